using System.ComponentModel.DataAnnotations;

namespace ServiceConsole.Web.Features.Customers;

/// <summary><c>POST /api/v1/customers/{id}/reveal</c>: why the caller needs the customer in clear (INF-07).</summary>
public sealed record RevealRequest([Required] string? Reason);
