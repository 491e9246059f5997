using System.ComponentModel.DataAnnotations;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Web.Common.OpenApi;

namespace ServiceConsole.Web.Features.Emergency.Weather;

/// <summary>
/// EMG-01: a customer asks to have a stuck parcel returned (<c>return</c>) or delivered elsewhere (<c>redirect</c>, with
/// <paramref name="NewAddress"/>). <paramref name="RecordedBy"/> is the agent who took it (an agent's own by default).
/// </summary>
/// <param name="CustomerName">The customer's name.</param>
/// <param name="CustomerPhone">The customer's phone.</param>
/// <param name="WaybillNo">The stuck parcel's waybill; it matches the waybill pattern (Policy:Data).</param>
/// <param name="Kind">Return the parcel or redirect it.</param>
/// <param name="NewAddress">Where a redirected parcel goes.</param>
/// <param name="Note">Free text.</param>
/// <param name="RecordedBy">An existing agent's code; left out, the signed-in user (required when the caller is neither an agent nor a signed-in user).</param>
public sealed record WeatherRequestCreateRequest(
    [Required, StringLength(100)] string? CustomerName,
    [Required, StringLength(20)] string? CustomerPhone,
    [Required, StringLength(40)] string? WaybillNo,
    [Required, WireEnum<WeatherRequestKind>] string? Kind,
    [StringLength(300)] string? NewAddress,
    [StringLength(1000)] string? Note,
    [StringLength(20)] string? RecordedBy);
