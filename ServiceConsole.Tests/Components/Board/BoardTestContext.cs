using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using ServiceConsole.Tests.Components.Workspace;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Features.Board;
using ServiceConsole.Web.Features.Contacts;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Tests.Components.Board;

/// <summary>
/// bUnit base for the board: MudBlazor services, loose JS interop, a fake clock, a real change feed and
/// live board state over a snapshot source the test fills, and recorded supervisor actions.
/// </summary>
public abstract class BoardTestContext : BunitContext
{
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    protected BoardTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton(Options.Create(new BoardOptions()));
        Services.AddSingleton(Options.Create(new ServiceConsole.Domain.Policy.PolicyOptions()));
        Services.AddSingleton(Options.Create(new ServiceConsoleOptions { TimeZone = "Asia/Shanghai" }));
        Services.AddSingleton(Feed);
        Services.AddSingleton<IBoardSnapshotSource>(Source);
        Services.AddSingleton<LiveBoardState>();
        Services.AddSingleton<ISupervisorActions>(Actions);
        Services.AddSingleton<ServiceConsole.Web.Configuration.CentreTimeZone>();
        Services.AddScoped<ViewerClock>();
    }

    protected FakeTimeProvider Time { get; } = new(Now);

    protected ChangeFeed Feed { get; } = new(NullLogger<ChangeFeed>.Instance);

    protected FakeSnapshotSource Source { get; } = new();

    protected RecordingSupervisorActions Actions { get; } = new();

    protected LiveBoardState Board => Services.GetRequiredService<LiveBoardState>();

    /// <summary>Publishes a change and lets the coalescing delay pass, so the board rebuilds once.</summary>
    protected void PushChange(int changes = 1)
    {
        for (var i = 0; i < changes; i++)
        {
            Feed.Publish(new ContactChanged(WorkspaceFixtures.Contact($"board-{i}")));
        }

        Time.Advance(TimeSpan.FromMilliseconds(new BoardOptions().CoalesceMilliseconds));
    }
}
