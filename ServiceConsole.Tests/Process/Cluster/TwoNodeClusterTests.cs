using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Tests.Integration.Callbacks;
using static Microsoft.Playwright.Assertions;

namespace ServiceConsole.Tests.Process.Cluster;

/// <summary>
/// Issue 14, item 3: two console nodes from <c>scripts/cluster.sh</c> on one PostgreSQL database and one Redis behave as
/// one console: what is ingested on A reaches B's hub clients and B's open board, a sign-in on A is good on B, and one
/// externalId posted to both at once is one contact.
/// </summary>
[Trait("Category", "Process")]
public sealed class TwoNodeClusterTests(ClusterFixture cluster) : IClassFixture<ClusterFixture>
{
    [Fact]
    [Trait("Rule", "SVC-02")]
    public async Task A_contact_ingested_on_A_reaches_a_hub_client_on_B_as_often_as_one_on_A()
    {
        await using var onA = await HubClient.ConnectAsync(cluster.NodeA, ClusterFixture.ApiKey);
        await using var onB = await HubClient.ConnectAsync(cluster.NodeB, ClusterFixture.ApiKey);
        var externalId = $"cluster-hub-{Guid.NewGuid():N}";

        await PostContactAsync(cluster.ApiA, externalId, "phone");

        bool Mine(JsonElement c) => c.GetProperty("externalId").GetString() == externalId;
        await onB.WaitForAsync("contactChanged", Mine, TimeSpan.FromSeconds(15));
        await onA.WaitForAsync("contactChanged", Mine, TimeSpan.FromSeconds(15));
        await Task.Delay(TimeSpan.FromSeconds(2)); // room for a doubled message (backplane and feed both forwarding) to show
        Assert.Equal(onA.Count("contactChanged", Mine), onB.Count("contactChanged", Mine));
    }

    [Fact]
    public async Task One_externalId_posted_to_both_nodes_at_once_makes_one_contact()
    {
        var externalId = $"cluster-race-{Guid.NewGuid():N}";
        var posts = Enumerable.Range(0, 12).Select(i => (i % 2 == 0 ? cluster.ApiA : cluster.ApiB).PostAsJsonAsync("/api/v1/contacts", new
        {
            externalId, channel = "online", customerName = "周女士", customerPhone = "13900139000",
        }));

        var responses = await Task.WhenAll(posts);

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.OK }));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()));
        Assert.Single(ids.Distinct());
    }

    [Fact]
    public async Task A_sign_in_on_A_is_accepted_on_B()
    {
        var cookie = await ClusterFixture.SignInAsync(cluster.NodeA, "supervisor");
        using var onB = new HttpClient { BaseAddress = cluster.NodeB };
        onB.DefaultRequestHeaders.Add("Cookie", cookie);

        var agents = await onB.GetAsync(new Uri("/api/v1/agents", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, agents.StatusCode);
        Assert.NotEmpty((await agents.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
    }

    [Fact]
    [Trait("Category", "Browser")]
    [Trait("Rule", "SVC-02")]
    public async Task A_board_open_on_B_shows_a_contact_ingested_on_A_without_a_reload()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserConsoleFixture.ChromiumPath, Headless = true, ChromiumSandbox = false, Args = BrowserConsoleFixture.ChromiumArgs,
        });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = cluster.NodeB.ToString(), Locale = "zh-CN", TimezoneId = "Asia/Shanghai", ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
        });
        context.SetDefaultTimeout(20_000);
        var board = await context.NewPageAsync();
        await board.GotoAsync("/account/login");
        await board.Locator("#userName").FillAsync("supervisor");
        await board.Locator("#password").FillAsync(ClusterFixture.DemoPassword);
        await board.Locator("button[type=submit]").ClickAsync();
        await Expect(board.GetByTestId("supervisor-board")).ToBeVisibleAsync();
        await BrowserConsoleFixture.WaitUntilInteractiveAsync(board);
        await BrowserConsoleFixture.MarkAsNotReloadedAsync(board);
        var externalId = $"cluster-board-{Guid.NewGuid():N}";

        await PostContactAsync(cluster.ApiA, externalId, "phone");

        await Expect(board.Locator($"[data-testid='waiting-contact'][data-external-id='{externalId}']")).ToBeVisibleAsync();
        Assert.True(await BrowserConsoleFixture.WasNotReloadedAsync(board), "The board on B was reloaded instead of updating in place.");
    }

    internal static async Task PostContactAsync(HttpClient api, string externalId, string channel)
    {
        var response = await api.PostAsJsonAsync("/api/v1/contacts", new
        {
            externalId, channel, customerName = "王女士", customerPhone = "13800138000", waybillNo = "YD4312345678901", topic = "查件",
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }
}

/// <summary>
/// Issue 14, item 3, SVC-05 across a node's death: a callback promised on node A, which is killed (SIGKILL) before it
/// falls due, fires exactly once, on node B, from the clustered Quartz store.
/// </summary>
[Trait("Category", "Process")]
public sealed class ClusterFailoverTests(FailoverClusterFixture cluster) : IClassFixture<FailoverClusterFixture>
{
    [Fact]
    [Trait("Rule", "SVC-05")]
    public async Task SVC_05_a_callback_promised_on_A_fires_once_on_B_when_A_is_killed_before_it_is_due()
    {
        var id = await CallbackClockTests.PromiseAsync(cluster.ApiA, $"cluster-callback-{Guid.NewGuid():N}");
        var promised = (await cluster.ApiB.GetFromJsonAsync<JsonElement>("/api/v1/callbacks?status=all")).EnumerateArray()
            .Single(c => c.GetProperty("id").GetString() == id);
        Assert.False(promised.GetProperty("breached").GetBoolean());

        cluster.KillHard(cluster.NodeA);
        var breached = (await CallbackClockTests.WaitUntilBreachedAsync(cluster.ApiB, [id], TimeSpan.FromSeconds(90)))[id];
        await Task.Delay(TimeSpan.FromSeconds(5)); // room for a second, wrong, firing to show

        var alerts = (await cluster.ApiB.GetFromJsonAsync<JsonElement>("/api/v1/alerts")).EnumerateArray().ToList();
        Assert.Single(alerts, a => a.GetProperty("subjectId").GetString() == id && a.GetProperty("kind").GetString() == "breach");
        Assert.True(breached.GetProperty("breachedAt").GetDateTimeOffset() >= breached.GetProperty("dueAt").GetDateTimeOffset());
    }
}
