namespace ServiceConsole.Web.Common;

/// <summary>A person of the centre as others read them: the display name, and the agent code they work as, if any.</summary>
public sealed record StaffMember(string Key, string DisplayName, string? AgentCode);
