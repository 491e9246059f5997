using System.ComponentModel.DataAnnotations;

namespace ServiceConsole.Web.Features.Emergency.Modes;

public sealed record EmergencyDeactivateRequest([Required] string? Reason);
