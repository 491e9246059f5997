using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Points;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Training;

namespace ServiceConsole.Web.Features.Points;

/// <summary>
/// SVC-11: after a complaint's verification has committed, sends the agent it names to the service-norm training when
/// it completes a run of consecutive attitude complaints. Which agent a complaint is about, and when it counts, is
/// <see cref="AttitudeRun"/>'s interpretation: the agent the verification holds accountable (agent at fault, the CMP-12
/// record in force), counted from that verification, in the order the verifications were recorded. The training
/// itself, and the suspension a failed one brings, belong to <see cref="ITrainingAssignments"/>; the assignment is
/// idempotent per complaint (<c>attitude:{complaintId}</c>), so a repeated verification never sends the agent twice.
/// </summary>
public sealed class AttitudeComplaints(
    IDbContextFactory<ConsoleDbContext> dbFactory,
    PenaltyPolicy penalties,
    IOptions<PolicyOptions> policy,
    ITrainingAssignments trainings,
    ILogger<AttitudeComplaints> logger)
{
    /// <summary>
    /// Called once the verification of <paramref name="complaintId"/> is committed, never inside a write. A failure is
    /// logged, not thrown: the verification stands, and the next verification of the agent's complaints looks again.
    /// </summary>
    /// <returns>The assignment made (or found), or null when this complaint completes no run.</returns>
    public async Task<TrainingAssignmentResource?> ComplaintVerifiedAsync(Guid complaintId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var complaint = await db.Complaints.AsNoTracking()
                .Where(c => c.Id == complaintId)
                .Select(c => new { c.Category, c.IsDrill, c.Accountability })
                .FirstOrDefaultAsync(cancellationToken);
            if (complaint is not { Category: ComplaintCategory.Attitude, IsDrill: false, Accountability: { InForce: true, Party: FaultParty.Agent, Accountable: { } agentCode } })
            {
                return null;
            }

            if (!await db.Agents.AnyAsync(a => a.Code == agentCode, cancellationToken))
            {
                logger.LogWarning("Complaint {ComplaintId} holds {Accountable} accountable, who is no agent: SVC-11 cannot count it", complaintId, agentCode);
                return null;
            }

            var found = await db.Complaints.AsNoTracking()
                .Where(c => !c.IsDrill && c.Accountability != null && c.Accountability.InForce
                    && c.Accountability.Party == FaultParty.Agent && c.Accountability.Accountable == agentCode)
                .Select(c => new AgentComplaint(c.Id, c.Category, c.Accountability!.RecordedAt))
                .ToListAsync(cancellationToken);
            if (!AttitudeRun.Completing(penalties, found).Contains(complaintId))
            {
                return null;
            }

            // The trainer reads the reason as it is written: in the centre's language.
            var run = policy.Value.Service.AttitudeComplaintsForTraining;
            var result = await trainings.AssignAsync(
                new TrainingAssignmentRequest(
                    agentCode, TrainingAssignmentKind.ServiceNorm, PointsRules.AttitudeTraining, $"attitude:{complaintId}",
                    $"连续 {run} 次态度投诉经核实由本人负责", actor.Name),
                cancellationToken);
            if (!result.Succeeded)
            {
                logger.LogWarning(
                    "SVC-11: sending agent {Agent} to the service-norm training after complaint {ComplaintId} was refused: {Status} {Detail}",
                    agentCode, complaintId, result.Status, result.Detail);
            }

            return result.Value;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "SVC-11: the attitude-complaint check after complaint {ComplaintId} failed", complaintId);
            return null;
        }
    }
}
