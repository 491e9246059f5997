namespace ServiceConsole.Web.Features.Attendance;

/// <summary>Marker for the attendance screens' strings (AttendanceResource*.resx beside it).</summary>
public sealed class AttendanceResource;
