namespace ServiceConsole.Web.Api.Contracts;

/// <summary>The emergency team of a mass complaint (EMG-03).</summary>
public sealed record MassTeamRequest(string? AgentCode, string? SpecialistCode, string? OutletHead);
