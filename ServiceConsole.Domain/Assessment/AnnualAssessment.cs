using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Domain.Assessment;

/// <summary>One agent's annual assessment (TRN-03): its parts and result, replaced whenever December is assessed again.</summary>
public sealed class AnnualAssessment
{
    // For EF Core materialisation only.
    private AnnualAssessment()
    {
    }

    public AnnualAssessment(Guid id, int year, string agentCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentCode);
        Id = id;
        Year = year;
        AgentCode = agentCode;
    }

    public Guid Id { get; private set; }

    public int Year { get; private set; }

    public string AgentCode { get; private set; } = "";

    public int MonthsScored { get; private set; }

    public double? MonthlyAverage { get; private set; }

    public double? Satisfaction { get; private set; }

    public double? RatingScore { get; private set; }

    public int TrainingsPassed { get; private set; }

    public int TrainingsRecorded { get; private set; }

    public double? TrainingScore { get; private set; }

    public double? Score { get; private set; }

    public Grade? Grade { get; private set; }

    /// <summary>December's assessment was final (TRN-03) when this was computed, rather than December so far.</summary>
    public bool Final { get; private set; }

    public DateTimeOffset ComputedAt { get; private set; }

    public string ComputedBy { get; private set; } = "";

    public void Record(AnnualScore score, bool final, DateTimeOffset at, string by)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        (MonthsScored, MonthlyAverage, Satisfaction, RatingScore) = (score.MonthsScored, score.MonthlyAverage, score.Satisfaction, score.RatingScore);
        (TrainingsPassed, TrainingsRecorded, TrainingScore) = (score.TrainingsPassed, score.TrainingsRecorded, score.TrainingScore);
        (Score, Grade) = (score.Score, score.Grade);
        Final |= final;
        (ComputedAt, ComputedBy) = (at, by);
    }
}
