using ServiceConsole.Domain.Assessment;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Assessment;
using ServiceConsole.Web.Features.Personnel;

namespace ServiceConsole.Web.Features.HrDesk;

/// <summary>
/// What the HR desk shows, read from the capabilities that own it: probation ending this month and the rewards and
/// penalties waiting for a decision (<see cref="PersonnelRecords"/>), and the month's assessment with the open
/// termination proposals (<see cref="IMonthlyAssessments"/>, read-only).
/// </summary>
public sealed class HrDeskSummary(PersonnelRecords personnel, IMonthlyAssessments assessments, AssessmentClock clock)
{
    /// <summary>Today in the centre's calendar.</summary>
    public DateOnly Today => personnel.Today;

    public AssessmentMonth CurrentMonth => clock.CurrentMonth;

    /// <summary>GEN-06: agents still on probation whose probation ends this month.</summary>
    public Task<IReadOnlyList<PersonnelRowResource>> ProbationEndingAsync(CancellationToken cancellationToken = default) =>
        personnel.ProbationEndingAsync(Today, cancellationToken);

    /// <summary>GEN-07: the proposals waiting for HR.</summary>
    public Task<IReadOnlyList<DisciplineRecordResource>> PendingAsync(CancellationToken cancellationToken = default) =>
        personnel.PendingAsync(cancellationToken);

    /// <summary>
    /// The latest month with assessment results (this month once run, otherwise last month): how many agents, graded,
    /// awaiting attitude, excellent and failed; and the open termination proposals (TRN-06).
    /// </summary>
    public async Task<HrAssessmentSummary> AssessmentAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var month = clock.CurrentMonth;
        var rows = await assessments.MonthAsync(month, actor, cancellationToken);
        if (rows.Count == 0)
        {
            month = month.Previous;
            rows = await assessments.MonthAsync(month, actor, cancellationToken);
        }

        var proposals = (await assessments.ProposalsAsync(cancellationToken)).Where(p => p.Status == "open").ToList();
        return new HrAssessmentSummary(
            month, rows.Count > 0 && rows.All(r => r.Final), rows.Count, rows.Count(r => r.Grade is not null), rows.Count(r => r.Grade is null),
            rows.Count(r => r.Grade == "excellent"), rows.Count(r => r.Grade == "failed"), proposals);
    }
}

/// <summary>The month's assessment at a glance for HR.</summary>
public sealed record HrAssessmentSummary(
    AssessmentMonth Month, bool Final, int Agents, int Graded, int AwaitingAttitude, int Excellent, int Failed, IReadOnlyList<TerminationProposalResource> OpenProposals);
