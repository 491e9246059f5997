using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Domain.Personnel;

/// <summary>
/// GEN-07: which causes the policy lists for each reward and penalty, and what an approved penalty takes off the
/// month's rule-compliance score (TRN-04). Built from the bound <see cref="DisciplineOptions"/>.
/// </summary>
public sealed class DisciplineCatalogue(DisciplineOptions options)
{
    public DisciplineCatalogue(PolicyOptions policy)
        : this(NotNull(policy).General.Discipline)
    {
    }

    /// <summary>The listed causes of <paramref name="kind"/>, in the policy's order.</summary>
    public IReadOnlyList<string> CausesOf(DisciplineKind kind) => kind switch
    {
        DisciplineKind.Commendation => options.CommendationCauses,
        DisciplineKind.Merit => options.MeritCauses,
        DisciplineKind.MajorMerit => options.MajorMeritCauses,
        DisciplineKind.Warning => options.WarningCauses,
        DisciplineKind.Demerit => options.DemeritCauses,
        DisciplineKind.MajorDemerit => options.MajorDemeritCauses,
        DisciplineKind.Dismissal => options.DismissalCauses,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Whether <paramref name="cause"/> is one of the causes listed for <paramref name="kind"/> (exact text).</summary>
    public bool IsListed(DisciplineKind kind, string? cause) => cause is not null && CausesOf(kind).Contains(cause, StringComparer.Ordinal);

    /// <summary>Points an approved record of <paramref name="kind"/> takes off the month's rule compliance; a reward takes none (and adds none).</summary>
    public int DeductionOf(DisciplineKind kind) => kind switch
    {
        DisciplineKind.Warning => options.WarningDeduction,
        DisciplineKind.Demerit => options.DemeritDeduction,
        DisciplineKind.MajorDemerit => options.MajorDemeritDeduction,
        DisciplineKind.Dismissal => options.DismissalDeduction,
        _ => 0,
    };

    private static PolicyOptions NotNull(PolicyOptions policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy;
    }
}
