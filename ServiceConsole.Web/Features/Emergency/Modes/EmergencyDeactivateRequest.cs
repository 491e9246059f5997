using System.ComponentModel.DataAnnotations;

namespace ServiceConsole.Web.Features.Emergency.Modes;

/// <summary><c>POST /api/v1/emergency/{mode}/deactivate</c>.</summary>
/// <param name="Reason">Why the mode ends, logged with the change.</param>
public sealed record EmergencyDeactivateRequest([Required, StringLength(500)] string? Reason);
