using Bunit;
using Microsoft.AspNetCore.Components;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Web.Features.Board;
using Xunit.Abstractions;

namespace ServiceConsole.Tests.Components.Board;

/// <summary>
/// What a board costs a supervisor's circuit (issue 14, item 6): the renderer keeps every component's state and two
/// render buffers for as long as the window is open, so the board's repeated cells (status, clocks, KPIs, sortable
/// headers) are markup in their row, not a component each.
/// </summary>
public sealed class SupervisorBoardWeightTests(ITestOutputHelper output) : BoardTestContext
{
    [Fact]
    public void A_board_of_the_demo_centres_size_renders_one_component_per_agent_not_one_per_cell()
    {
        const int Agents = 42;
        var agents = new List<BoardAgentRow>();
        for (var i = 1; i <= Agents; i++)
        {
            var team = BoardSnapshots.Teams[i % BoardSnapshots.Teams.Count];
            var oldest = i % 7 == 0 ? BoardSnapshots.Waiting($"q{i}", team.Channel, TimeSpan.FromSeconds(i), $"A{i:000}") : null;
            agents.Add(BoardSnapshots.Agent($"A{i:000}", team.Code, team.Channel, oldest: oldest));
        }

        Source.Snapshot = BoardSnapshots.With(
            agents: agents,
            waiting: [BoardSnapshots.Waiting("w1", Channel.Online, TimeSpan.FromSeconds(2), "A003"), BoardSnapshots.Waiting("w2", Channel.Phone, TimeSpan.FromSeconds(2))],
            complaints: [BoardSnapshots.Complaint("c1", Severity.Major, Now.AddMinutes(-5)), BoardSnapshots.Complaint("c2", Severity.General, Now.AddMinutes(-50))]) with
        {
            Trend = [.. Enumerable.Range(0, 20).Select(i => new BoardTrendPoint(Now.AddMinutes(-15 * (20 - i)), i, 0.9))],
        };

        var cut = Render<SupervisorBoard>();

        var components = cut.FindComponents<IComponent>();
        foreach (var type in components.GroupBy(c => c.Instance.GetType().Name).OrderByDescending(g => g.Count()))
        {
            output.WriteLine($"{type.Count(),4} {type.Key}");
        }

        Assert.Equal(Agents, cut.FindAll("[data-testid=agent-row]").Count);
        Assert.Equal(Agents, cut.FindComponents<AgentRow>().Count);
        Assert.Equal(6, cut.FindAll("[data-testid=agent-row] [data-deadline]").Count); // every seventh agent's oldest contact ticks
        // The rows, plus the board's fixed parts (panels, filters, search box, the two charts): nothing per cell.
        Assert.InRange(components.Count, Agents, Agents + 50);
    }
}
