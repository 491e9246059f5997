namespace ServiceConsole.Domain.Emergency;

/// <summary>EMG-04: a linked complaint the one solution was not proposed on, and why.</summary>
public sealed record MassSolutionSkip(Guid ComplaintId, MassSolutionSkipReason Reason);
