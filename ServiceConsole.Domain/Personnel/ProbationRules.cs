using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Domain.Personnel;

/// <summary>
/// GEN-06: probation is at least <see cref="GeneralOptions.ProbationMonths"/> months. The probation end is the first day
/// the agent may be confirmed (转正): the hire date's day of the month, that many months later (interpretation: a day
/// the later month lacks falls on its last day, so a 30 November hire ends its three months on 28 February or 29 February
/// in a leap year). 制度 1 allows a probation to be extended or shortened as the agent's evaluation warrants; since it
/// also says "at least three months", a shortening below the minimum is refused.
/// </summary>
public sealed class ProbationRules(GeneralOptions options)
{
    public ProbationRules(PolicyOptions policy)
        : this(NotNull(policy).General)
    {
    }

    /// <summary>GEN-06: the minimum probation in months.</summary>
    public int Months => options.ProbationMonths;

    /// <summary>The earliest probation end for a hire on <paramref name="hireDate"/>: the default, and the floor of any shortening.</summary>
    public DateOnly MinimumEnd(DateOnly hireDate) => hireDate.AddMonths(options.ProbationMonths);

    /// <summary>Whether a probation from <paramref name="hireDate"/> ending on <paramref name="end"/> lasts at least the minimum.</summary>
    public bool IsLongEnough(DateOnly hireDate, DateOnly end) => end >= MinimumEnd(hireDate);

    private static PolicyOptions NotNull(PolicyOptions policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy;
    }
}
