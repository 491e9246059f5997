namespace ServiceConsole.Domain.Promotions;

/// <summary>
/// PRM-04: promotions are decided in the last month of a quarter (March, June, September, December) and take effect on
/// the first day of the next month. Interpretation where POLICY.md is silent: an HR approval given in another month is
/// not refused (a publicity can end in any month) but counts as decided in its quarter's last month, so it takes effect
/// with that quarter's promotions, on the first day after the quarter ends (approved in February → 1 April).
/// </summary>
public static class PromotionCalendar
{
    /// <summary>Whether <paramref name="date"/> (centre-local) lies in a quarter's last month, when promotions are decided.</summary>
    public static bool IsDecisionMonth(DateOnly date) => date.Month % 3 == 0;

    /// <summary>The first day after the quarter of <paramref name="decidedOn"/> (centre-local): when the new level applies.</summary>
    public static DateOnly EffectiveOn(DateOnly decidedOn)
    {
        var quarterLastMonth = ((decidedOn.Month - 1) / 3 * 3) + 3;
        return new DateOnly(decidedOn.Year, quarterLastMonth, 1).AddMonths(1);
    }
}
