using ServiceConsole.Domain.Complaints;

namespace ServiceConsole.Domain.Emergency;

/// <summary>
/// EMG-04: the one solution decided for every complaint of a mass complaint (CMP-05…07 kinds),
/// proposed to each complainant by <see cref="MassSolutionApplier"/>. <see cref="Findings"/> and
/// <see cref="FaultParty"/> are the common verification (CMP-04): when given, a linked complaint
/// not yet verified is verified with them first; when absent, such a complaint is skipped.
/// </summary>
public sealed record MassSolution
{
    public MassSolution(CompensationKind kind, decimal amount, string? note, string? findings = null, FaultParty? faultParty = null)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown compensation kind.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        if (string.IsNullOrWhiteSpace(findings) != (faultParty is null))
        {
            throw new ArgumentException("Common findings and the party at fault go together (CMP-04).", nameof(faultParty));
        }

        if (faultParty is { } f && !Enum.IsDefined(f))
        {
            throw new ArgumentOutOfRangeException(nameof(faultParty), faultParty, "Unknown fault party.");
        }

        Kind = kind;
        Amount = amount;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        Findings = string.IsNullOrWhiteSpace(findings) ? null : findings.Trim();
        FaultParty = faultParty;
    }

    public CompensationKind Kind { get; }

    /// <summary>Yuan.</summary>
    public decimal Amount { get; }

    public string? Note { get; }
    public string? Findings { get; }
    public FaultParty? FaultParty { get; }
}
