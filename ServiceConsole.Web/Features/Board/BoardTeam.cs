using ServiceConsole.Domain;

namespace ServiceConsole.Web.Board;

public sealed record BoardTeam(string Code, string Name, Channel Channel);
