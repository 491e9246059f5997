namespace ServiceConsole.Domain.Promotions;

/// <summary>
/// PRM-01: the career ladder of customer service, 客服专员 → 客服主管 → 客服经理. Every agent starts as a specialist;
/// the level changes only when an approved promotion takes effect (<see cref="PromotionApplication.TakeEffect"/>).
/// An application targets exactly the next level: nobody skips one (interpretation, POLICY.md lists the levels in order).
/// </summary>
public enum PromotionLevel
{
    Specialist,
    Supervisor,
    Manager,
}

/// <summary>The wire names of the promotion enums and the ladder's order.</summary>
public static class PromotionLevels
{
    /// <summary>The level above <paramref name="level"/>, or null at the top (a manager cannot apply).</summary>
    public static PromotionLevel? Next(PromotionLevel level) => level switch
    {
        PromotionLevel.Specialist => PromotionLevel.Supervisor,
        PromotionLevel.Supervisor => PromotionLevel.Manager,
        _ => null,
    };

    public static string ToWire(PromotionLevel level) => level switch
    {
        PromotionLevel.Specialist => "specialist",
        PromotionLevel.Supervisor => "supervisor",
        PromotionLevel.Manager => "manager",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static bool TryParse(string? wire, out PromotionLevel level)
    {
        foreach (var candidate in Enum.GetValues<PromotionLevel>())
        {
            if (string.Equals(ToWire(candidate), wire, StringComparison.Ordinal))
            {
                level = candidate;
                return true;
            }
        }

        level = default;
        return false;
    }

    public static string ToWire(PromotionStatus status) => status switch
    {
        PromotionStatus.FirstReview => "first-review",
        PromotionStatus.Committee => "committee",
        PromotionStatus.Publicity => "publicity",
        PromotionStatus.Approved => "approved",
        PromotionStatus.Effective => "effective",
        PromotionStatus.Rejected => "rejected",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static bool TryParse(string? wire, out PromotionStatus status)
    {
        foreach (var candidate in Enum.GetValues<PromotionStatus>())
        {
            if (string.Equals(ToWire(candidate), wire, StringComparison.Ordinal))
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }

    public static string ToWire(PromotionStepKind kind) => kind switch
    {
        PromotionStepKind.Applied => "applied",
        PromotionStepKind.FirstReview => "first-review",
        PromotionStepKind.CommitteeDecision => "committee-decision",
        PromotionStepKind.Objection => "objection",
        PromotionStepKind.ObjectionAnswered => "objection-answered",
        PromotionStepKind.HrApproval => "hr-approval",
        PromotionStepKind.HrRejection => "hr-rejection",
        PromotionStepKind.Effective => "effective",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
