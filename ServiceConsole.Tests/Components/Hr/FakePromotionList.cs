using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Promotions;

namespace ServiceConsole.Tests.Components.Hr;

/// <summary>The promotion workflow as the HR desk reads it: the applications a test gives; every decision is outside these tests.</summary>
public sealed class FakePromotionList : IPromotionWorkflow
{
    public List<PromotionResource> Applications { get; } = [];

    public Task<OperationResult<IReadOnlyList<PromotionResource>>> ListAsync(string? status, PromotionViewer viewer, CancellationToken cancellationToken = default) =>
        Task.FromResult(OperationResult<IReadOnlyList<PromotionResource>>.Ok([.. Applications.Where(a => status is null || a.Status == status)]));

    public Task<PromotionResource?> GetAsync(Guid id, PromotionViewer viewer, CancellationToken cancellationToken = default) =>
        Task.FromResult(Applications.FirstOrDefault(a => a.Id == id));

    public Task<OperationResult<PromotionResource>> ApplyAsync(PromotionApplyRequest request, PromotionViewer viewer, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<OperationResult<PromotionResource>> ReviewAsync(Guid id, PromotionReviewRequest request, PromotionViewer viewer, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<OperationResult<PromotionResource>> DecideAsync(Guid id, PromotionDecideRequest request, PromotionViewer viewer, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<OperationResult<PromotionResource>> ObjectAsync(Guid id, PromotionObjectionRequest request, PromotionViewer viewer, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<OperationResult<PromotionResource>> AnswerAsync(Guid id, Guid objectionId, PromotionAnswerRequest request, PromotionViewer viewer, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<OperationResult<PromotionResource>> ApproveAsync(Guid id, PromotionNoteRequest request, PromotionViewer viewer, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<OperationResult<PromotionResource>> RejectAsync(Guid id, PromotionNoteRequest request, PromotionViewer viewer, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<PromotionPublicityResource>> PublicityAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<PromotionPublicityResource>>([]);

    public Task<PromotionProfileResource?> ProfileAsync(string agentCode, PromotionViewer viewer, CancellationToken cancellationToken = default) => Task.FromResult<PromotionProfileResource?>(null);
}
