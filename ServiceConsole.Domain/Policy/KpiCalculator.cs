using ServiceConsole.Domain.Contacts;

namespace ServiceConsole.Domain.Policy;

/// <summary>
/// SVC-07 response compliance, SVC-08 first-contact resolution, SVC-09 satisfaction.
/// <list type="bullet">
/// <item>SVC-07: answered online/phone contacts within the SVC-01/02 limit ÷ answered online/phone
/// contacts. Unanswered contacts are left out because their wait is still running or was
/// abandoned by the customer; counter contacts have no limit (SVC-03).</item>
/// <item>SVC-08: (closed contacts resolved + closed complaints never reopened) ÷ (closed
/// contacts whose resolution is known + closed complaints).</item>
/// <item>SVC-09: mean of every 1–5 rating from contacts and complaint callbacks.</item>
/// </list>
/// </summary>
public sealed class KpiCalculator(PolicyOptions options)
{
    private readonly FirstResponsePolicy _firstResponse = new(options ?? throw new ArgumentNullException(nameof(options)));

    public KpiResult Compute(IEnumerable<ContactOutcome> contacts, IEnumerable<ComplaintOutcome> complaints)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        ArgumentNullException.ThrowIfNull(complaints);

        int measured = 0, withinTarget = 0;
        int resolutionsMeasured = 0, resolvedFirstTime = 0;
        int ratings = 0;
        long ratingSum = 0;

        foreach (var c in contacts)
        {
            if (c.Channel != Channel.Offline && c.AnsweredAt is { } answeredAt)
            {
                measured++;
                if (_firstResponse.IsWithinTarget(c.Channel, c.ArrivedAt, answeredAt))
                {
                    withinTarget++;
                }
            }

            if (c.Resolved is { } resolved)
            {
                resolutionsMeasured++;
                if (resolved)
                {
                    resolvedFirstTime++;
                }
            }

            if (IsRating(c.Satisfaction))
            {
                ratings++;
                ratingSum += c.Satisfaction!.Value;
            }
        }

        foreach (var c in complaints)
        {
            if (c.Closed)
            {
                resolutionsMeasured++;
                if (!c.Reopened)
                {
                    resolvedFirstTime++;
                }
            }

            if (IsRating(c.Satisfaction))
            {
                ratings++;
                ratingSum += c.Satisfaction!.Value;
            }
        }

        return new KpiResult(
            Ratio(withinTarget, measured),
            Ratio(resolvedFirstTime, resolutionsMeasured),
            ratings == 0 ? null : (double)ratingSum / ratings,
            measured,
            resolutionsMeasured,
            ratings);
    }

    // Anything outside the scale is a data error upstream; it must not drag the mean.
    private static bool IsRating(int? value) => value is >= 1 and <= 5;

    private static double? Ratio(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
