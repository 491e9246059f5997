using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Points;

namespace ServiceConsole.Tests.Components.Points;

/// <summary>Holds a month's recognition in memory and records the confirmations the screens ask for.</summary>
public sealed class FakeRecognition : IExcellentAgentRecognition
{
    public RecognitionResource? Month { get; set; }

    public RecognitionAwardResource? Published { get; set; }

    public List<(string? Month, RecognitionConfirmRequest Request, string Actor)> Confirmations { get; } = [];

    public Func<RecognitionConfirmRequest, OperationResult<RecognitionAwardResource>>? ConfirmResult { get; set; }

    public Task<OperationResult<RecognitionResource>> GetAsync(string? month, CancellationToken cancellationToken = default) =>
        Task.FromResult(Month is { } known && known.Month == month
            ? OperationResult<RecognitionResource>.Ok(known)
            : OperationResult<RecognitionResource>.Ok(new RecognitionResource(month ?? "", true, 10, 200m, [], null, null)));

    public Task<OperationResult<RecognitionAwardResource>> ConfirmAsync(
        string? month, RecognitionConfirmRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        Confirmations.Add((month, request, actor.Name));
        var result = ConfirmResult?.Invoke(request) ?? OperationResult<RecognitionAwardResource>.Created(
            new RecognitionAwardResource(month!, request.AgentCode!, request.AgentCode!, Month?.Proposal?.AgentCode, request.Reason, 200m, 0, null, 0, actor.Name, DateTimeOffset.UnixEpoch));
        if (result.Value is { } award && Month is { } shown)
        {
            Month = shown with { Confirmed = award };
        }

        return Task.FromResult(result);
    }

    public Task<RecognitionAwardResource?> PublishedAsync(CancellationToken cancellationToken = default) => Task.FromResult(Published);
}
