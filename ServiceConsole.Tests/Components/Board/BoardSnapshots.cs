using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Deadlines;
using ServiceConsole.Web.Features.Board;

namespace ServiceConsole.Tests.Components.Board;

/// <summary>Builds board snapshots for component tests: two chat teams, one phone team.</summary>
public static class BoardSnapshots
{
    public static readonly BoardTargets Targets = new(0.95, 0.90, 4.5);

    public static readonly IReadOnlyList<BoardTeam> Teams =
    [
        new("ONL-1", "在线客服一组", Channel.Online),
        new("ONL-2", "在线客服二组", Channel.Online),
        new("PHN-1", "电话客服一组", Channel.Phone),
    ];

    public static BoardSnapshot Empty() => BoardSnapshot.Empty(BoardTestContext.Now, Targets);

    public static BoardAgentRow Agent(string code, string team, Channel channel, AgentStatus status = AgentStatus.Available, BoardContactRow? oldest = null) =>
        new(code, $"坐席{code}", team, channel, status, oldest is null ? 0 : 1, oldest, 0.96, 0.92, 4.6, 10);

    /// <summary>A contact that arrived <paramref name="waited"/> before <see cref="ConsoleComponentTest.Now"/>.</summary>
    public static BoardContactRow Waiting(string externalId, Channel channel, TimeSpan waited, string? agent = null)
    {
        var arrived = BoardTestContext.Now - waited;
        DateTimeOffset? due = channel switch
        {
            Channel.Online => arrived.AddSeconds(10),
            Channel.Phone => arrived.AddSeconds(15),
            _ => null,
        };
        return new BoardContactRow(Guid.NewGuid(), externalId, channel, "王**", "查件", agent, arrived, due, false);
    }

    public static BoardComplaintRow Complaint(string externalId, Severity severity, DateTimeOffset received, ComplaintStatus status = ComplaintStatus.Registered)
    {
        var verifyBy = received.AddHours(severity == Severity.Major ? 6 : 1);
        var resolveBy = received.AddHours(severity == Severity.Major ? 48 : 24);
        var id = Guid.NewGuid();
        return new BoardComplaintRow(id, externalId, Channel.Phone, severity, status, ComplaintCategory.Delay, null, $"YD{externalId}",
            received, verifyBy, resolveBy, null, null,
            ComplaintUrgency.NextDeadline(new OpenComplaintClocks(id, severity, status, received, verifyBy, resolveBy, null)), false);
    }

    public static BoardSnapshot With(
        IReadOnlyList<BoardAgentRow>? agents = null,
        IReadOnlyList<BoardContactRow>? waiting = null,
        IReadOnlyList<BoardComplaintRow>? complaints = null,
        IReadOnlyList<BoardEmergency>? emergencies = null)
    {
        var ranked = ComplaintUrgency.Order(complaints ?? [], c => new OpenComplaintClocks(c.Id, c.Severity, c.Status, c.ReceivedAt, c.VerifyBy, c.ResolveBy, c.CallbackDue), BoardTestContext.Now);
        return Empty() with
        {
            Teams = Teams,
            Agents = agents ?? [],
            Waiting = waiting ?? [],
            WaitingTotal = waiting?.Count ?? 0,
            Complaints = ranked,
            OpenComplaintsTotal = ranked.Count,
            Emergencies = emergencies ?? [],
        };
    }
}
