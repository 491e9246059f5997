using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Points;

namespace ServiceConsole.Tests.Components.Points;

/// <summary>A ledger held in memory; records the violations the page records and the queries it makes.</summary>
public sealed class FakePointsLedger : IPointsLedger
{
    public List<PointsEntryResource> Entries { get; } = [];

    public List<(NormViolationRequest Request, string Actor)> Violations { get; } = [];

    public List<(string? Subject, string? Code, string? Month)> Queries { get; } = [];

    public List<PointsComplaintChoice> Complaints { get; } = [];

    public Task<OperationResult<IReadOnlyList<PointsEntryResource>>> ListAsync(
        string? subject, string? code, string? month, Actor actor, CancellationToken cancellationToken = default)
    {
        Queries.Add((subject, code, month));
        if (actor.ActsOnlyAsAgent && code != actor.AgentCode)
        {
            return Task.FromResult(OperationResult<IReadOnlyList<PointsEntryResource>>.NotFound("not yours"));
        }

        IReadOnlyList<PointsEntryResource> found =
            [.. Entries.Where(e => (subject is null || e.Subject == subject) && (code is null || e.Code == code))];
        return Task.FromResult(OperationResult<IReadOnlyList<PointsEntryResource>>.Ok(found));
    }

    public Task<OperationResult<PointsEntryResource>> RecordViolationAsync(NormViolationRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        Violations.Add((request, actor.Name));
        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            return Task.FromResult(OperationResult<PointsEntryResource>.Invalid("reason", "reason is required."));
        }

        var entry = new PointsEntryResource(
            $"violation-{Violations.Count}", "agent", request.AgentCode!, request.AgentCode!, -5, "SVC-10",
            request.ComplaintId is null ? "violation" : "complaint", request.ComplaintId, request.Reason, actor.Name, DateTimeOffset.UnixEpoch);
        Entries.Insert(0, entry);
        return Task.FromResult(OperationResult<PointsEntryResource>.Created(entry));
    }

    public Task<PointsEntryResource?> ViolationForComplaintAsync(Guid complaintId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Entries.FirstOrDefault(e => e.ComplaintId == complaintId && e.RuleId == "SVC-10"));

    public Task<IReadOnlyList<PointsAgent>> AgentsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<PointsAgent>>([new("A001", "王芳"), new("A002", "李娜"), new("A003", "张伟")]);

    public Task<IReadOnlyList<PointsComplaintChoice>> ComplaintChoicesAsync(string agentCode, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<PointsComplaintChoice>>(Complaints);
}
