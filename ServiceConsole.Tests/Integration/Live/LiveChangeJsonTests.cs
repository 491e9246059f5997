using System.Text;
using System.Text.Json;
using ServiceConsole.Web.Features.Contacts;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Tests.Integration.Live;

/// <summary>
/// The change feed between nodes (issue 14): every kind of <see cref="LiveChange"/> the console has crosses to another
/// node as the very record it was. The kinds are discovered by reflection and each gets a sample by reflection, so a
/// new kind is covered without being listed, and one that cannot be sampled or does not travel fails here.
/// </summary>
public sealed class LiveChangeJsonTests
{
    private readonly LiveChangeJson _json = new();

    public static TheoryData<string> Kinds()
    {
        var data = new TheoryData<string>();
        foreach (var type in new LiveChangeJson().Types.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            data.Add(type.Name);
        }

        return data;
    }

    [Fact]
    public void Every_concrete_change_of_the_console_is_known_to_the_bridge()
    {
        var declared = typeof(LiveChange).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(LiveChange)))
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(declared, _json.Types.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.True(declared.Count >= 18, $"only {declared.Count} kinds of change found");
        Assert.Contains(nameof(ContactChanged), declared);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_kind_of_change_crosses_to_another_node_as_an_equal_record(string kind)
    {
        var type = _json.Types.Single(t => t.Name == kind);
        var sample = LiveChangeSamples.For(type);

        var envelope = _json.Write(sample, "node-a");
        var (node, change) = new LiveChangeJson().Read(envelope);

        Assert.Equal("node-a", node);
        Assert.IsType(type, change);
        Assert.False(change.FromPeer);
        Assert.Null(LiveChangeSamples.Difference(sample, change, kind));
        Assert.Equal(sample.AgentCodes, change.AgentCodes);
    }

    [Fact]
    public void A_member_the_api_hides_still_travels_between_nodes()
    {
        var change = (ContactChanged)LiveChangeSamples.For(typeof(ContactChanged));
        Assert.NotNull(change.Contact.CreatedBy);

        var (_, read) = _json.Read(_json.Write(change, "a"));

        Assert.Equal(change.Contact.CreatedBy, ((ContactChanged)read).Contact.CreatedBy);
    }

    [Fact]
    public void Instants_travel_in_utc_and_computed_members_do_not_travel()
    {
        var change = (ContactChanged)LiveChangeSamples.For(typeof(ContactChanged));
        change = change with { Contact = change.Contact with { ArrivedAt = new DateTimeOffset(2026, 11, 22, 16, 0, 0, TimeSpan.FromHours(8)) } };

        using var document = JsonDocument.Parse(_json.Write(change, "a"));
        var body = document.RootElement.GetProperty("change");

        Assert.Equal("ContactChanged", document.RootElement.GetProperty("type").GetString());
        Assert.Equal("2026-11-22T08:00:00Z", body.GetProperty("contact").GetProperty("arrivedAt").GetString());
        Assert.False(body.TryGetProperty("agentCodes", out _));
        Assert.False(body.TryGetProperty("fromPeer", out _));
    }

    [Fact]
    public void A_change_of_a_kind_this_node_does_not_know_is_refused_with_its_name()
    {
        var envelope = Encoding.UTF8.GetBytes("""{"type":"NoSuchChange","node":"b","change":{}}""");

        var error = Assert.Throws<JsonException>(() => _json.Read(envelope));

        Assert.Contains("NoSuchChange", error.Message);
    }

    [Fact]
    public void A_change_that_is_not_the_consoles_does_not_travel()
    {
        Assert.False(_json.Knows(typeof(LocalOnly)));
        Assert.Throws<NotSupportedException>(() => _json.Write(new LocalOnly(), "a"));
    }

    private sealed record LocalOnly : LiveChange
    {
        public override IReadOnlyList<string> AgentCodes => [];

        public override Task SendAsync(Microsoft.AspNetCore.SignalR.IHubClients<ILiveClient> clients, CancellationToken cancellationToken) =>
            Task.CompletedTask;
    }
}
