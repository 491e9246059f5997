namespace ServiceConsole.Domain.Personnel;

/// <summary>GEN-07: the three rewards and the four penalties of 制度 1, lightest first.</summary>
public enum DisciplineKind
{
    /// <summary>表扬 (commendation).</summary>
    Commendation,

    /// <summary>记功 (merit).</summary>
    Merit,

    /// <summary>记大功 (major merit).</summary>
    MajorMerit,

    /// <summary>警告 (warning).</summary>
    Warning,

    /// <summary>记过 (demerit).</summary>
    Demerit,

    /// <summary>记大过 (major demerit).</summary>
    MajorDemerit,

    /// <summary>解雇 (dismissal).</summary>
    Dismissal,
}

/// <summary>The kinds' wire names and sides.</summary>
public static class DisciplineKinds
{
    public static IReadOnlyList<DisciplineKind> All { get; } = Enum.GetValues<DisciplineKind>();

    public static bool IsPenalty(this DisciplineKind kind) => kind >= DisciplineKind.Warning;

    public static bool IsReward(this DisciplineKind kind) => !kind.IsPenalty();

    public static string ToWire(DisciplineKind kind) => kind switch
    {
        DisciplineKind.Commendation => "commendation",
        DisciplineKind.Merit => "merit",
        DisciplineKind.MajorMerit => "major-merit",
        DisciplineKind.Warning => "warning",
        DisciplineKind.Demerit => "demerit",
        DisciplineKind.MajorDemerit => "major-demerit",
        DisciplineKind.Dismissal => "dismissal",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse(string? wire, out DisciplineKind kind)
    {
        foreach (var k in All)
        {
            if (string.Equals(ToWire(k), wire, StringComparison.Ordinal))
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
