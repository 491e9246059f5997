namespace ServiceConsole.Domain.Policy;

/// <summary>
/// Every number of POLICY.md, bound from the <c>Policy</c> configuration section so a company
/// can change a rule without a rebuild. The defaults are the bold numbers of the catalogue;
/// <see cref="PolicyOptionsValidator"/> guards the combinations.
/// </summary>
public sealed class PolicyOptions
{
    public const string SectionName = "Policy";

    /// <summary>Service standards, SVC-01…SVC-12.</summary>
    public ServiceStandardsOptions Service { get; set; } = new();

    /// <summary>Complaints, CMP-01…CMP-13.</summary>
    public ComplaintOptions Complaints { get; set; } = new();

    /// <summary>Information management, INF-01…INF-11.</summary>
    public InformationOptions Information { get; set; } = new();

    /// <summary>Emergencies, EMG-01…EMG-07.</summary>
    public EmergencyOptions Emergency { get; set; } = new();

    /// <summary>Training and assessment, TRN-01…TRN-08.</summary>
    public TrainingOptions Training { get; set; } = new();

    /// <summary>General company rules, GEN-01…GEN-07.</summary>
    public GeneralOptions General { get; set; } = new();

    /// <summary>Promotion, PRM-01…PRM-05.</summary>
    public PromotionOptions Promotion { get; set; } = new();

    /// <summary>How the console runs the policy clocks (warning lead); not in POLICY.md but configurable.</summary>
    public ClockOptions Clocks { get; set; } = new();

    /// <summary>How many contacts an agent may hold at once; not in POLICY.md but configurable.</summary>
    public RoutingOptions Routing { get; set; } = new();
}
