using ServiceConsole.Web.Features.Board;

namespace ServiceConsole.Web.Features.Alerts;

/// <summary>One line of the alert list: a single alert, or a burst of first-response breaches read as one ("12 个咨询超时").</summary>
public sealed record AlertLine(BoardAlertRow Latest, IReadOnlyList<BoardAlertRow> Alerts)
{
    public int Count => Alerts.Count;

    public bool IsGroup => Alerts.Count > 1;

    /// <summary>
    /// Groups alerts (newest first) so a burst stays readable: consecutive first-response breaches of the same rule raised
    /// within the same minute become one line; every other alert stands alone.
    /// </summary>
    public static IReadOnlyList<AlertLine> Group(IEnumerable<BoardAlertRow> alerts)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        var lines = new List<AlertLine>();
        List<BoardAlertRow>? burst = null;
        foreach (var alert in alerts)
        {
            if (burst is not null && Joins(burst[0], alert))
            {
                burst.Add(alert);
                continue;
            }

            burst = [alert];
            lines.Add(new AlertLine(alert, burst));
        }

        return lines;
    }

    private static bool Joins(BoardAlertRow first, BoardAlertRow next) =>
        IsFirstResponseBreach(first) && IsFirstResponseBreach(next) && first.RuleId == next.RuleId && first.Drill == next.Drill
        && first.RaisedAt - next.RaisedAt < TimeSpan.FromMinutes(1);

    public static bool IsFirstResponseBreach(BoardAlertRow alert) =>
        alert is { IsBreach: true, Clock: Contacts.FirstResponseAlerts.Clock };
}
