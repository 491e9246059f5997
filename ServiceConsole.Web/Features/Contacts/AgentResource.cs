namespace ServiceConsole.Web.Api.Contracts;

public sealed record AgentResource(string Code, string Name, string Channel, string Status, int QueueLength, string TeamCode);
