using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Contacts;

namespace ServiceConsole.Domain.Routing;

/// <summary>An agent as the router sees them at one moment.</summary>
public sealed record AgentLoad(string Code, Channel Channel, AgentStatus Status, int OpenContacts, DateTimeOffset IdleSince);
