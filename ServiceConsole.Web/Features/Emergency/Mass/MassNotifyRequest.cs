namespace ServiceConsole.Web.Features.Emergency.Mass;

/// <summary>How a complainant was told: phone or sms (EMG-04).</summary>
public sealed record MassNotifyRequest(string? Channel);
