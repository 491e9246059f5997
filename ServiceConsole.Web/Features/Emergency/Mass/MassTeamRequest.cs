using System.ComponentModel.DataAnnotations;

namespace ServiceConsole.Web.Features.Emergency.Mass;

/// <summary>The emergency team of a mass complaint (EMG-03).</summary>
/// <param name="AgentCode">The agent on the team.</param>
/// <param name="SpecialistCode">The complaint specialist on the team.</param>
/// <param name="OutletHead">The head of the outlet concerned.</param>
public sealed record MassTeamRequest(
    [Required, StringLength(50)] string? AgentCode,
    [Required, StringLength(50)] string? SpecialistCode,
    [Required, StringLength(50)] string? OutletHead);
