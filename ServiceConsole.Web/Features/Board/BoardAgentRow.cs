using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Contacts;

namespace ServiceConsole.Web.Features.Board;

/// <summary>One agent on the board with today's KPIs (SVC-07…09); a KPI is null until something was measured.</summary>
public sealed record BoardAgentRow(
    string Code,
    string Name,
    string TeamCode,
    Channel Channel,
    AgentStatus Status,
    int QueueLength,
    BoardContactRow? OldestWaiting,
    double? ResponseCompliance,
    double? FirstContactResolution,
    double? AverageRating,
    int ContactsToday);
