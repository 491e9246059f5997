namespace ServiceConsole.Web.Features.Emergency.Mass;

/// <summary>The emergency team of a mass complaint (EMG-03).</summary>
public sealed record MassTeamRequest(string? AgentCode, string? SpecialistCode, string? OutletHead);
