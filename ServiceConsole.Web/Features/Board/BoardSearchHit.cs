using ServiceConsole.Domain.Contacts;


namespace ServiceConsole.Web.Features.Board;

/// <summary>What a found thing is.</summary>
public enum BoardSearchKind
{
    Complaint,
    Contact,
    Agent,
}

/// <summary>
/// One thing the board's search found: a complaint (opens its page), a contact (opens its holder's queue) or an agent
/// (opens their queue). The customer is masked (INF-07) and the phone shows its last four digits only.
/// </summary>
public sealed record BoardSearchHit(
    BoardSearchKind Kind,
    Guid? Id,
    string Title,
    string Detail,
    string? AgentCode,
    Channel? Channel,
    bool Open,
    string Status = "",
    bool Major = false);
