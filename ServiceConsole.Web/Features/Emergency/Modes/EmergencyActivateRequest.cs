using System.ComponentModel.DataAnnotations;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Web.Common.OpenApi;

namespace ServiceConsole.Web.Features.Emergency.Modes;

public sealed record EmergencyActivateRequest([Required, StringLength(500)] string? Reason, [WireEnum<EmergencyPhase>] string? Phase, bool? Drill, [StringLength(120)] string? IssueKey);
