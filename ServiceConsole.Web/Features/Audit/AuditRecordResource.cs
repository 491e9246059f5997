using System.Text.Json.Serialization;

namespace ServiceConsole.Web.Features.Audit;

/// <summary>One audit row as the admin reads it: the login and, where known, the person's name.</summary>
public sealed record AuditRecordResource(
    long Sequence,
    DateTimeOffset At,
    string Actor,
    string? ActorName,
    string Action,
    string? Subject,
    string? Fields,
    bool Revealed,
    string? Detail,
    string? From,
    string Hash);

/// <summary>
/// <c>GET /api/v1/audit/verify</c>: ok with the number of rows that link, or the first broken link (its position and
/// why: missing, previous-hash, altered) after <see cref="Rows"/> good rows.
/// </summary>
public sealed record AuditVerification(
    bool Ok,
    long Rows,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? BrokenAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason);
