using System.ComponentModel.DataAnnotations;

namespace ServiceConsole.Web.Features.Emergency.Mass;

/// <summary>The handling plan of a mass complaint (EMG-04).</summary>
/// <param name="Plan">The plan, free text.</param>
public sealed record MassPlanRequest([Required, StringLength(4000)] string? Plan);
