namespace ServiceConsole.Domain.Deadlines;

/// <summary>The day's breach counters on the board: late first responses (SVC-01/02) and complaint clocks (CMP-04, CMP-02/03, CMP-09/10).</summary>
public sealed record DailyBreaches(int FirstResponse, int Verify, int Resolve, int Callback)
{
    public int Total => FirstResponse + Verify + Resolve + Callback;
}
