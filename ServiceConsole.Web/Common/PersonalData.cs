using System.Security.Claims;
using Microsoft.Extensions.Options;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Configuration;

namespace ServiceConsole.Web.Common;

/// <summary>
/// A record that carries a customer's personal data (INF-07): it knows its customer, whose work it is, who created it,
/// and how it reads masked.
/// </summary>
public interface IPersonalRecord
{
    /// <summary>The customer the personal fields belong to (null for a drill).</summary>
    Guid? CustomerId { get; }

    /// <summary>The audit subject when no customer is known: <c>contact:{id}</c>, <c>complaint:{id}</c>.</summary>
    string RecordSubject { get; }

    /// <summary>The agent code or login whose task the record is (the agent serving it, the complaint's owner).</summary>
    string? WorkOwner { get; }

    /// <summary>Who created it (a login or <c>integration</c>).</summary>
    string? CreatedBy { get; }

    /// <summary>The personal fields it shows, for the audit (<c>name,phone</c>).</summary>
    string PersonalFields { get; }

    /// <summary>The same record with every personal field masked.</summary>
    IPersonalRecord Masked();
}

/// <summary>A page, list or report that holds personal records (a complaint page, an outage's waiting customers).</summary>
public interface IPersonalRecordHolder
{
    IEnumerable<IPersonalRecord> PersonalRecords { get; }

    /// <summary>The same holder with each record replaced by what <paramref name="shape"/> makes of it.</summary>
    object Reshape(Func<IPersonalRecord, IPersonalRecord> shape);
}

/// <summary>
/// INF-07, minimum necessary access: who reads a customer in clear. An agent reads the customer they are serving, a
/// specialist or agent the complainant of a complaint they own, the integration what it created itself (or everything
/// when configured as a trusted system); everybody else reads masked values and asks for a reveal, which is audited.
/// </summary>
public sealed class PersonalDataAccess(IOptions<ServiceConsoleOptions> options)
{
    public bool SeesInClear(ClaimsPrincipal user, IPersonalRecord record)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(record);
        var login = user.Identity?.Name;
        if (user.IsInRole(Roles.Integration))
        {
            return options.Value.Ingest.FullAccess || (record.CreatedBy is not null && record.CreatedBy == login);
        }

        var owner = record.WorkOwner;
        return owner is not null && (owner == login || owner == user.FindFirstValue(ConsoleClaims.AgentCode));
    }

    /// <summary>The record as <paramref name="user"/> may read it.</summary>
    public T Shape<T>(ClaimsPrincipal user, T record)
        where T : IPersonalRecord => SeesInClear(user, record) ? record : (T)record.Masked();

    /// <summary>The audit row of one view: which customer, which fields, masked or in clear.</summary>
    /// <remarks>The detail names the record the customer was read through (<c>contact:{id}</c>).</remarks>
    public static AuditEvent ViewOf(ClaimsPrincipal user, IPersonalRecord record, bool clear, string? from)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(record);
        return new(user.Identity?.Name ?? "unknown", AuditActions.View, SubjectOf(record), record.PersonalFields, clear, record.RecordSubject, from);
    }

    /// <summary><c>customer:{id}</c> when the customer is known, else the record itself.</summary>
    public static string SubjectOf(IPersonalRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.CustomerId is { } id ? CustomerSubject(id) : record.RecordSubject;
    }

    public static string CustomerSubject(Guid customerId) => $"customer:{customerId}";
}
