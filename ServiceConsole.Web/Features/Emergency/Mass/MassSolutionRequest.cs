using System.ComponentModel.DataAnnotations;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Web.Common.OpenApi;

namespace ServiceConsole.Web.Features.Emergency.Mass;

/// <summary>
/// The one solution for every complaint of a mass complaint (EMG-04); <c>findings</c> with
/// <c>faultParty</c> (courier|agent|customer|none) verify the complaints not verified yet.
/// </summary>
/// <param name="Kind">The compensation proposed on every complaint.</param>
/// <param name="Amount">The amount in yuan, 0 to 10,000,000.</param>
/// <param name="Note">Free text.</param>
/// <param name="Findings">The common findings that verify the complaints not verified yet.</param>
/// <param name="FaultParty">Who was at fault, with <c>findings</c>.</param>
public sealed record MassSolutionRequest(
    [Required, WireEnum<CompensationKind>] string? Kind,
    [Required, Range(0, 10_000_000)] decimal? Amount,
    [StringLength(2000)] string? Note,
    [StringLength(2000)] string? Findings,
    [WireEnum<FaultParty>] string? FaultParty = null);
