namespace ServiceConsole.Domain.Policy;

/// <summary>Emergencies (POLICY.md EMG, 制度 5).</summary>
public sealed class EmergencyOptions
{
    /// <summary>EMG-01: lower bound in days of the delay estimate given in natural-disaster mode.</summary>
    public int WeatherEstimateMinDays { get; set; } = 2;

    /// <summary>EMG-01: upper bound in days of the delay estimate given in natural-disaster mode.</summary>
    public int WeatherEstimateMaxDays { get; set; } = 3;

    /// <summary>EMG-01: hours within which every affected customer is called back in recovery.</summary>
    public int WeatherRecoveryCallbackHours { get; set; } = 24;

    /// <summary>EMG-02: minutes within which the supervisor contacts the technical team.</summary>
    public int OutageReportMinutes { get; set; } = 5;

    /// <summary>EMG-02: minutes of the repair estimate given to customers.</summary>
    public int OutageEstimateMinutes { get; set; } = 30;

    /// <summary>EMG-02: hours after recovery within which every waiting customer is contacted.</summary>
    public int OutageRecoveryCallbackHours { get; set; } = 1;

    /// <summary>EMG-03: mass-complaint mode starts when MORE than this many complaints about one issue arrive in the window.</summary>
    public int MassComplaintThreshold { get; set; } = 20;

    /// <summary>EMG-03: length in minutes of the sliding window.</summary>
    public int MassComplaintWindowMinutes { get; set; } = 60;

    /// <summary>EMG-04: hours within which the handling plan is published.</summary>
    public int MassComplaintPlanHours { get; set; } = 2;

    /// <summary>EMG-04: hours within which all complaints of a mass complaint are resolved.</summary>
    public int MassComplaintResolveHours { get; set; } = 48;

    /// <summary>EMG-05: emergency drills per month.</summary>
    public int DrillsPerMonth { get; set; } = 1;

    /// <summary>
    /// EMG-05: when a scheduled drill starts, as a Quartz cron expression (seconds minutes hours
    /// day-of-month month day-of-week). The default is 10:00 on the 15th of every month, in the
    /// centre's time zone. Only emptiness is checked here; the web layer parses the syntax.
    /// </summary>
    public string DrillCron { get; set; } = "0 0 10 15 * ?";
}
