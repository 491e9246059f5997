namespace ServiceConsole.Web.Api.Contracts;

public sealed record ContactAnswerRequest(string? AgentCode, DateTimeOffset? At);
