using System.ComponentModel.DataAnnotations;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Web.Common.OpenApi;

namespace ServiceConsole.Web.Features.Emergency.Mass;

/// <summary>How a complainant was told: phone or sms (EMG-04).</summary>
/// <param name="Channel">How the complainant was told.</param>
public sealed record MassNotifyRequest([Required, WireEnum<NotificationChannel>] string? Channel);
