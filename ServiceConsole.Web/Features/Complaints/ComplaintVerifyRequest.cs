using System.ComponentModel.DataAnnotations;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Web.Common.OpenApi;

namespace ServiceConsole.Web.Features.Complaints;

/// <summary>
/// <c>POST /complaints/{id}/verify</c>. <paramref name="Accountable"/> is an addition: the courier or
/// agent code held responsible when <paramref name="FaultParty"/> is courier or agent (CMP-11/12).
/// </summary>
public sealed record ComplaintVerifyRequest([Required] string? Findings, [WireEnum<FaultParty>] string? FaultParty, DateTimeOffset? At, string? Accountable = null);
