using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Complaints;

namespace ServiceConsole.Tests.Components.Complaints;

/// <summary>
/// Stands in for the complaint services: holds the stored complaint, answers a step with what the test
/// queued (by default the step succeeds and returns the complaint as it is), and records every request.
/// </summary>
internal sealed class FakeComplaintDesk : IComplaintDesk
{
    private readonly Queue<(OperationResult<ComplaintResource> Result, ComplaintResource? Stored)> _answers = new();

    /// <summary>What a load returns; null is "not found".</summary>
    public ComplaintResource? Stored { get; set; }

    public CompensationQuote? QuoteResult { get; set; } = new(CompensationKind.Coupon, 10m, "CMP-05");

    public int Loads { get; private set; }

    public List<Actor> LoadedAs { get; } = [];

    public List<(string Step, object Request, Actor Actor)> Steps { get; } = [];

    /// <summary>The answer to the next step; <paramref name="stored"/> is what a reload finds afterwards.</summary>
    public void Answer(OperationResult<ComplaintResource> result, ComplaintResource? stored = null) => _answers.Enqueue((result, stored));

    public Task<ComplaintResource?> GetAsync(Guid id, Actor actor, CancellationToken cancellationToken = default)
    {
        Loads++;
        LoadedAs.Add(actor);
        return Task.FromResult(Stored?.Id == id ? Stored : null);
    }

    public CompensationQuote? Quote(ComplaintResource complaint) => QuoteResult;

    public Task<OperationResult<ComplaintResource>> RecordEvidenceAsync(Guid id, ComplaintEvidenceRequest request, Actor actor, CancellationToken cancellationToken = default) =>
        Step("evidence", request, actor);

    public List<OwnerLoad> Owners { get; } = [new("A002", "李娜", false, true, 2, 0, 0), new("specialist2", "曹专员", true, true, 1, 1, 0)];

    public Task<IReadOnlyList<OwnerLoad>> OwnersAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<OwnerLoad>>(Owners);

    public Task<OperationResult<ComplaintResource>> AssignAsync(Guid id, string assignee, Actor actor, CancellationToken cancellationToken = default) =>
        Step("assign", assignee, actor);

    public Task<OperationResult<ComplaintResource>> VerifyAsync(Guid id, ComplaintVerifyRequest request, Actor actor, CancellationToken cancellationToken = default) =>
        Step("verify", request, actor);

    public Task<OperationResult<ComplaintResource>> ProposeAsync(Guid id, ComplaintProposeRequest request, Actor actor, CancellationToken cancellationToken = default) =>
        Step("propose", request, actor);

    public Task<OperationResult<ComplaintResource>> DeclineAsync(Guid id, ComplaintNoteRequest request, Actor actor, CancellationToken cancellationToken = default) =>
        Step("decline", request, actor);

    public Task<OperationResult<ComplaintResource>> AcceptAsync(Guid id, ComplaintNoteRequest request, Actor actor, CancellationToken cancellationToken = default) =>
        Step("accept", request, actor);

    public Task<OperationResult<ComplaintResource>> CallbackAsync(Guid id, ComplaintCallbackRequest request, Actor actor, CancellationToken cancellationToken = default) =>
        Step("callback", request, actor);

    private Task<OperationResult<ComplaintResource>> Step(string step, object request, Actor actor)
    {
        Steps.Add((step, request, actor));
        if (!_answers.TryDequeue(out var answer))
        {
            return Task.FromResult(OperationResult<ComplaintResource>.Ok(Stored!));
        }

        Stored = answer.Stored ?? answer.Result.Value ?? Stored;
        return Task.FromResult(answer.Result);
    }
}
