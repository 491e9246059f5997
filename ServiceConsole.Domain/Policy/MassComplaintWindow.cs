namespace ServiceConsole.Domain.Policy;

/// <summary>The densest burst found: first and last complaint in it, and how many it holds.</summary>
public sealed record MassComplaintWindow(DateTimeOffset From, DateTimeOffset To, int Count);
