using Microsoft.AspNetCore.SignalR;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Promotions;

/// <summary>A promotion application changed (a step, an objection, the effective date): open promotion screens reload. In-process only.</summary>
public sealed record PromotionChanged(Guid Id, string AgentCode) : LiveChange
{
    public override IReadOnlyList<string> AgentCodes => Agents(AgentCode);

    public override Task SendAsync(IHubClients<ILiveClient> clients, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>PRM-03: the first review of an application is due soon; the direct supervisor's screens show the reminder.</summary>
public sealed record PromotionReviewReminder(Guid Id, string AgentCode, string AgentName, string SupervisorUserName, DateTimeOffset DueAt) : LiveChange
{
    public override IReadOnlyList<string> AgentCodes => [];

    public override Task SendAsync(IHubClients<ILiveClient> clients, CancellationToken cancellationToken) => Task.CompletedTask;
}
