using System.ComponentModel.DataAnnotations;

namespace ServiceConsole.Web.Features.Security;

/// <summary>A security incident as the admin reads it (INF-10, INF-11); customers by id only, never by name or phone.</summary>
public sealed record SecurityIncidentResource(
    Guid Id,
    string Kind,
    DateTimeOffset OpenedAt,
    string OpenedBy,
    string? Account,
    string? AccountName,
    int RecordCount,
    string Description,
    bool PoliceReferral,
    DateTimeOffset? PlanDueAt,
    DateTimeOffset? PlanStartedAt,
    string? PlanStartedBy,
    bool PlanBreached,
    IReadOnlyList<AffectedCustomerResource> Customers);

/// <summary>One affected customer's notification task (INF-11).</summary>
public sealed record AffectedCustomerResource(Guid CustomerId, DateTimeOffset? NotifiedAt, string? NotifiedBy);

/// <summary><c>POST /api/v1/security/incidents</c>: a data loss and the customers it touched (INF-11).</summary>
/// <param name="Description">What was lost or leaked, free text.</param>
/// <param name="CustomerIds">The customers whose data was lost or leaked: at least one, each an existing customer.</param>
public sealed record DataLossRequest([Required, StringLength(1000)] string? Description, [Required, MinLength(1)] IReadOnlyList<Guid>? CustomerIds);
