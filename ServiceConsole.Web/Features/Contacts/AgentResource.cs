namespace ServiceConsole.Web.Features.Contacts;

public sealed record AgentResource(string Code, string Name, string Channel, string Status, int QueueLength, string TeamCode);
