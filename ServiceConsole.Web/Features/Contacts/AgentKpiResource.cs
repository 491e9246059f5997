namespace ServiceConsole.Web.Features.Contacts;

/// <summary>An agent's month (SVC-07…09); score and grade stay null until the month's qualitative assessment exists (TRN-04).</summary>
public sealed record AgentKpiResource(
    string AgentCode,
    string Month,
    double? ResponseCompliance,
    double? FirstContactResolution,
    double? Satisfaction,
    double? Score,
    string? Grade,
    int ContactsMeasured,
    int ResolutionsMeasured,
    int Ratings,
    KpiTargetsResource Targets,
    int Breaches = 0,
    int PenaltyPoints = 0);
