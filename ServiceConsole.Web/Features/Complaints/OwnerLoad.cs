namespace ServiceConsole.Web.Features.Complaints;

/// <summary>What one owner carries: open complaints, the major ones, and those past a deadline now.</summary>
/// <param name="Key">The agent code or the specialist's login.</param>
public sealed record OwnerLoad(string Key, string Name, bool IsSpecialist, bool OnDuty, int Open, int Major, int Overdue);
