namespace ServiceConsole.Web.Features.Contacts;

public sealed record ContactAnswerRequest(string? AgentCode, DateTimeOffset? At);
