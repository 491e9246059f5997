using System.Globalization;
using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Components;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Features.Board;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Tests.Components;

/// <summary>
/// The one bUnit set-up every screen of the console shares, so that a context for a capability adds only its own fakes:
/// MudBlazor with loose JS interop, resources in Chinese, null loggers, a fake clock, a real change feed, the policy and
/// console options as configured by default, the centre's time zone and the per-circuit clocks, and a fake sign-in.
/// </summary>
public abstract class ConsoleComponentTest : BunitContext, IAsyncLifetime
{
    /// <summary>Where the clock starts unless a context says otherwise: Sunday 22 November 2026, 08:00 UTC, 16:00 in the centre.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    private BunitAuthorizationContext? _authorization;

    protected ConsoleComponentTest()
        : this(Now)
    {
    }

    /// <param name="start">
    /// Where the fake clock starts. A constructor argument rather than a virtual property, because the clock is
    /// registered here, before a derived constructor (and any state an override would read) has run.
    /// </param>
    protected ConsoleComponentTest(DateTimeOffset start)
    {
        Time = new FakeTimeProvider(start);
        UseChinese();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        // No ResourcesPath: the resx files sit beside their components, as the app registers them.
        Services.AddLocalization();
        Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton(Feed);
        Services.AddSingleton(Policy);
        Services.AddSingleton(Options.Create(Policy));
        Services.AddSingleton(Options.Create(ConsoleOptions));
        Services.AddSingleton(Options.Create(BoardOptions));
        Services.AddSingleton(Options.Create(LiveOptions));
        Services.AddSingleton<CentreTimeZone>();
        Services.AddSingleton<LiveRefreshFactory>();
        // The screen kit as the app registers it: the circuit's clock, the cascading viewer, results in the viewer's words.
        Services.AddScoped<ViewerTime>();
        Services.AddCascadingViewer();

        // Nobody is signed in until a test signs someone in; the cascading viewer is then anonymous.
        _ = Authorization;
        Services.AddSingleton<ResultMessages>();
        Services.AddSingleton<IStaffDirectory>(Staff);
        Services.AddSingleton(Options.Create(new OutletOptions()));
        Services.AddSingleton<OutletDirectory>();

        // INF-07 on screens: the real masking rule, and reveals and views kept in a fake audit chain.
        Services.AddSingleton<PersonalDataAccess>();
        Services.AddSingleton<IAuditTrail>(Audit);
        Reveals = new FakeCustomerReveal(Audit);
        Services.AddSingleton<ICustomerReveal>(Reveals);
        Services.AddHttpContextAccessor();
        Services.AddScoped<ViewerAddress>();
    }

    /// <summary>What the screens under test recorded in the audit chain.</summary>
    protected FakeAuditTrail Audit { get; } = new();

    /// <summary>The customers a reveal may show; a test adds them before it clicks.</summary>
    protected FakeCustomerReveal Reveals { get; }

    /// <summary>The quiet interval after a live refresh; a change inside it shows once the clock passes it.</summary>
    protected static TimeSpan Coalesce { get; } = new LiveOptions().Quiet;

    protected FakeTimeProvider Time { get; }

    protected ChangeFeed Feed { get; } = new(NullLogger<ChangeFeed>.Instance);

    /// <summary>The policy the components read; a test may change it before it renders.</summary>
    protected PolicyOptions Policy { get; } = new();

    protected ServiceConsoleOptions ConsoleOptions { get; } = new() { TimeZone = "Asia/Shanghai" };

    protected BoardOptions BoardOptions { get; } = new();

    protected LiveOptions LiveOptions { get; } = new();

    /// <summary>Who is who on the screens under test; a test may add people before it renders.</summary>
    protected FakeStaffDirectory Staff { get; } = FakeStaffDirectory.Known();

    /// <summary>bUnit's fake authorization, added on first use and kept, so a second sign-in replaces the first user.</summary>
    protected BunitAuthorizationContext Authorization => _authorization ??= AddAuthorization();

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>MudBlazor's services dispose only asynchronously, so xunit must dispose the context that way before its Dispose.</summary>
    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    /// <summary>The console speaks Chinese unless the viewer switches; the culture flows with the test, not the process.</summary>
    protected static void UseChinese() => UseCulture("zh-CN");

    protected static void UseEnglish() => UseCulture("en");

    protected static void UseCulture(string name) =>
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);

    /// <summary>Signs in exactly this user: the roles and claims given replace any earlier ones.</summary>
    protected void SignIn(string userName, IReadOnlyCollection<string> roles, params Claim[] claims)
    {
        Authorization.SetAuthorized(userName);
        Authorization.SetRoles([.. roles]);
        Authorization.SetClaims(claims);
    }

    protected void SignInAs(string userName, params string[] roles) => SignIn(userName, roles);

    /// <summary>An agent, who sees and works only what carries their agent code.</summary>
    protected void SignInAsAgent(string agentCode = "A001") =>
        SignIn("agent", [Roles.Agent], new Claim(ConsoleClaims.AgentCode, agentCode));
}
