using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Features.Points;

/// <summary>SVC-12: the month's excellent agent, proposed from the month's ratings, confirmed by a supervisor, published to every agent.</summary>
public interface IExcellentAgentRecognition
{
    /// <summary>The month's ranking, proposal and confirmed choice; <paramref name="month"/> is <c>yyyy-MM</c>, not in the future.</summary>
    Task<OperationResult<RecognitionResource>> GetAsync(string? month, CancellationToken cancellationToken = default);

    /// <summary>
    /// A supervisor confirms the month's excellent agent once the month is over: the proposal, or another agent with a
    /// reason. A repeat naming the same agent answers the award; naming another once confirmed is a conflict.
    /// </summary>
    Task<OperationResult<RecognitionAwardResource>> ConfirmAsync(
        string? month, RecognitionConfirmRequest request, Actor actor, CancellationToken cancellationToken = default);

    /// <summary>What every agent's screen shows: the award of the month just past (or, once confirmed early, of this one); null when none.</summary>
    Task<RecognitionAwardResource?> PublishedAsync(CancellationToken cancellationToken = default);
}
