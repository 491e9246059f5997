using ServiceConsole.Domain.Contacts;

namespace ServiceConsole.Web.Features.Board;

public sealed record BoardTeam(string Code, string Name, Channel Channel);
