using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Features.Promotions;

/// <summary>The promotion workflow (PRM-01…05) as the API and the screens use it; every answer is scoped to the viewer.</summary>
public interface IPromotionWorkflow
{
    Task<OperationResult<PromotionResource>> ApplyAsync(PromotionApplyRequest request, PromotionViewer viewer, CancellationToken cancellationToken = default);

    Task<OperationResult<PromotionResource>> ReviewAsync(Guid id, PromotionReviewRequest request, PromotionViewer viewer, CancellationToken cancellationToken = default);

    Task<OperationResult<PromotionResource>> DecideAsync(Guid id, PromotionDecideRequest request, PromotionViewer viewer, CancellationToken cancellationToken = default);

    Task<OperationResult<PromotionResource>> ObjectAsync(Guid id, PromotionObjectionRequest request, PromotionViewer viewer, CancellationToken cancellationToken = default);

    Task<OperationResult<PromotionResource>> AnswerAsync(Guid id, Guid objectionId, PromotionAnswerRequest request, PromotionViewer viewer, CancellationToken cancellationToken = default);

    Task<OperationResult<PromotionResource>> ApproveAsync(Guid id, PromotionNoteRequest request, PromotionViewer viewer, CancellationToken cancellationToken = default);

    Task<OperationResult<PromotionResource>> RejectAsync(Guid id, PromotionNoteRequest request, PromotionViewer viewer, CancellationToken cancellationToken = default);

    /// <summary>One application, or null when it does not exist or lies outside the viewer's scope.</summary>
    Task<PromotionResource?> GetAsync(Guid id, PromotionViewer viewer, CancellationToken cancellationToken = default);

    /// <summary>The applications the viewer may read, optionally of one status; open ones first, newest first.</summary>
    Task<OperationResult<IReadOnlyList<PromotionResource>>> ListAsync(string? status, PromotionViewer viewer, CancellationToken cancellationToken = default);

    /// <summary>PRM-03: the publicities running now, for every agent's screen.</summary>
    Task<IReadOnlyList<PromotionPublicityResource>> PublicityAsync(CancellationToken cancellationToken = default);

    /// <summary>PRM-02: the data the console already has for the agent; null when the agent is unknown or outside the viewer's scope.</summary>
    Task<PromotionProfileResource?> ProfileAsync(string agentCode, PromotionViewer viewer, CancellationToken cancellationToken = default);
}
