namespace ServiceConsole.Web.Features.Attendance;

/// <summary>
/// Attendance and overtime (GEN-01…05): punches from the time clocks, corrections, rosters, leave, pay profiles,
/// overtime; the supervisor's team view, the agent's own page and HR's printable monthly sheet.
/// </summary>
public static class AttendanceFeature
{
    public static IServiceCollection AddAttendanceFeature(this IServiceCollection services)
    {
        services.AddSingleton<AttendanceService>();
        services.AddSingleton<LeaveService>();
        services.AddSingleton<PayrollService>();
        return services;
    }

    /// <summary><c>/api/v1/attendance/…</c> and <c>/api/v1/payroll/…</c>.</summary>
    public static RouteGroupBuilder MapAttendanceFeature(this RouteGroupBuilder api) => api.MapAttendanceEndpoints();
}
