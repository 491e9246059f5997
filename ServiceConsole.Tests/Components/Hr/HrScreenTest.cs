using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Domain.Personnel;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Attendance;
using ServiceConsole.Web.Features.Personnel;

namespace ServiceConsole.Tests.Components.Hr;

/// <summary>
/// The HR screens on their real services (attendance, leave, personnel records) over an in-memory SQLite database of
/// the console's model, so a test seeds teams, agents and punches and reads what the screen shows from them; the fake
/// clock of <see cref="ConsoleComponentTest"/> (Sunday 2026-11-22 16:00 centre time unless a test says otherwise).
/// </summary>
public abstract class HrScreenTest : ConsoleComponentTest
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    protected HrScreenTest()
        : this(Now)
    {
    }

    protected HrScreenTest(DateTimeOffset start)
        : base(start)
    {
        _connection.Open();
        Services.AddDbContextFactory<ConsoleDbContext>(options => options.UseSqlite(_connection));
        Services.AddSingleton<WriteGate>();
        Services.AddSingleton<WritePath>();
        Services.AddSingleton<IngestClock>();
        Services.AddSingleton<AttendanceService>();
        Services.AddSingleton<LeaveService>();
        Services.AddSingleton(new ProbationRules(Policy));
        Services.AddSingleton(new DisciplineCatalogue(Policy));
        Services.AddSingleton<PersonnelRecords>();
        using var db = NewDb();
        db.Database.EnsureCreated();
    }

    protected ConsoleDbContext NewDb() =>
        new(new DbContextOptionsBuilder<ConsoleDbContext>().UseSqlite(_connection).Options);

    /// <summary>A team with its direct supervisor and named agents (code, name).</summary>
    protected void SeedTeam(string code, string name, string supervisor, params (string Code, string Name)[] agents)
    {
        using var db = NewDb();
        db.Database.ExecuteSql($"INSERT INTO Teams (Code, Name, Channel, SupervisorUserName) VALUES ({code}, {name}, 'Phone', {supervisor})");
        foreach (var (agentCode, agentName) in agents)
        {
            db.Database.ExecuteSql($"INSERT INTO Agents (Code, Name, TeamCode, Channel, Status, StatusSince, IdleSince, Hold, Level) VALUES ({agentCode}, {agentName}, {code}, 'Phone', 'Available', 0, 0, 'None', 'Specialist')");
        }
    }

    /// <summary>The text of a MudBlazor field (label, value, helper or error) whose input carries the test id.</summary>
    protected static string Field<T>(IRenderedComponent<T> cut, string testId)
        where T : IComponent =>
        cut.Find($"input[data-testid={testId}]").Closest(".mud-input-control")?.TextContent ?? "";

    /// <summary>A punch from the clock at a centre-local time (UTC+8).</summary>
    protected async Task PunchAsync(string agentCode, DateTime centreLocal, string kind)
    {
        var at = new DateTimeOffset(centreLocal, TimeSpan.FromHours(8));
        var result = await Services.GetRequiredService<AttendanceService>()
            .RecordPunchAsync(new PunchRequest($"{agentCode}-{at:yyyyMMddHHmm}-{kind}", agentCode, at, kind), Actor.System);
        Assert.True(result.Succeeded, result.Detail);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await _connection.DisposeAsync();
    }
}
