namespace ServiceConsole.Web.Api.Contracts;

/// <summary>How a complainant was told: phone or sms (EMG-04).</summary>
public sealed record MassNotifyRequest(string? Channel);
