using System.Collections.Frozen;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace ServiceConsole.Web.Auth;

/// <summary>
/// The console's authorization policies, named for what they allow. Pages (<c>[Authorize(Policy = …)]</c>),
/// endpoints (<c>RequireAuthorization(…)</c>), <c>&lt;AuthorizeView Policy=…&gt;</c> and the live hub all use these
/// names; the roles behind each name are written once, here. <see cref="Roles.Integration"/> is the API key.
/// </summary>
public static class Policies
{
    /// <summary>Take in, answer and close contacts; promise a callback (SVC-01…05).</summary>
    public const string HandleContacts = nameof(HandleContacts);

    /// <summary>Read complaints and the deadline alerts around them (a coordinator reads, for mass incidents).</summary>
    public const string ReadComplaints = nameof(ReadComplaints);

    /// <summary>Carry a complaint through its lifecycle and complete callbacks (CMP-04…10).</summary>
    public const string WorkComplaints = nameof(WorkComplaints);

    /// <summary>Give a complaint to another owner (an agent, or a specialist for a major one).</summary>
    public const string AssignComplaints = nameof(AssignComplaints);

    /// <summary>List the agents and their live status.</summary>
    public const string ListAgents = nameof(ListAgents);

    /// <summary>Read an agent's monthly KPIs (an agent: their own).</summary>
    public const string ReadKpis = nameof(ReadKpis);

    /// <summary>Switch an emergency mode on or off (EMG-07).</summary>
    public const string SwitchModes = nameof(SwitchModes);

    /// <summary>Lead an emergency: the coordinator screen, the outage report and restore, weather hubs and requests, supplies.</summary>
    public const string LeadEmergency = nameof(LeadEmergency);

    /// <summary>Take part in an outage or weather emergency: its page, waiting customers, return/redirect requests.</summary>
    public const string JoinEmergency = nameof(JoinEmergency);

    /// <summary>The mass-complaint incident page and its API (EMG-03/04).</summary>
    public const string RunMassIncidents = nameof(RunMassIncidents);

    /// <summary>See the drills and their reports (EMG-05): the people a drill rehearses with.</summary>
    public const string ViewDrills = nameof(ViewDrills);

    /// <summary>Schedule, start and end drills (EMG-05).</summary>
    public const string RunDrills = nameof(RunDrills);

    /// <summary>Sees every agent's work rather than only their own (INF-05); an agent without it acts only as themselves.</summary>
    public const string SeeAllWork = nameof(SeeAllWork);

    /// <summary>Receives every live change on the hub (wallboards, supervisors, integrations).</summary>
    public const string ReceiveAllChanges = nameof(ReceiveAllChanges);

    /// <summary>Receives complaint, incident and alert changes on the hub (coordinators and specialists).</summary>
    public const string ReceiveComplaintChanges = nameof(ReceiveComplaintChanges);

    /// <summary>Read and verify the audit chain (INF-05).</summary>
    public const string ReadAudit = nameof(ReadAudit);

    /// <summary>Administer the console: accounts, and the INF-08 retention purge and its destruction records. Admins only.</summary>
    public const string Administer = nameof(Administer);

    /// <summary>Read the points ledger (SVC-10, CMP-11/12); an agent reads only their own entries.</summary>
    public const string ReadPoints = nameof(ReadPoints);

    /// <summary>The points and recognition page: every agent's and courier's ledger and the month's excellent agent (SVC-10…12).</summary>
    public const string ReviewPoints = nameof(ReviewPoints);

    /// <summary>Record a norm violation against an agent (SVC-10): supervisors and complaint specialists.</summary>
    public const string RecordViolations = nameof(RecordViolations);

    /// <summary>Confirm the month's excellent agent (SVC-12): supervisors.</summary>
    public const string ConfirmRecognition = nameof(ConfirmRecognition);
    /// <summary>Read the monthly and annual assessments (TRN-03…06); an agent reads only their own.</summary>
    public const string ReadAssessments = nameof(ReadAssessments);

    /// <summary>The supervisor's part of the monthly assessment: the attitude score (TRN-04) and the one-to-one talk (TRN-08).</summary>
    public const string ScoreAttitude = nameof(ScoreAttitude);

    /// <summary>Run a month's assessment now, also before the month ends (TRN-03).</summary>
    public const string RunAssessments = nameof(RunAssessments);

    /// <summary>The month's assessment sheet with every agent's row (supervisors, HR, trainers, admins).</summary>
    public const string ViewAssessmentSheet = nameof(ViewAssessmentSheet);

    /// <summary>The termination proposals after failed months in a row (TRN-06), for HR.</summary>
    public const string ReadTerminationProposals = nameof(ReadTerminationProposals);

    /// <summary>An agent's own performance page: this month's KPIs, grade history.</summary>
    public const string ViewOwnPerformance = nameof(ViewOwnPerformance);

    /// <summary>Run training (TRN-01, TRN-02, TRN-05/06, SVC-11): enrol and examine new agents, schedule sessions, record attendance and results.</summary>
    public const string RunTraining = nameof(RunTraining);

    /// <summary>Read the onboarding cohort, the month's sessions and who missed them (supervisors read-only).</summary>
    public const string ViewTraining = nameof(ViewTraining);

    /// <summary>Read an agent's training file (TRN-07); an agent reads only their own.</summary>
    public const string ReadTrainingFile = nameof(ReadTrainingFile);

    /// <summary>Read an agent's personnel file: employment record, probation history, rewards and penalties (GEN-06/07); an agent reads only their own.</summary>
    public const string ReadPersonnelFile = nameof(ReadPersonnelFile);

    /// <summary>The personnel page: every agent's employment record and the pending rewards and penalties (GEN-06/07).</summary>
    public const string ViewPersonnel = nameof(ViewPersonnel);

    /// <summary>Open and change employment records (hire date, probation end) and confirm agents (GEN-06): HR.</summary>
    public const string ManageEmployment = nameof(ManageEmployment);

    /// <summary>Propose a reward or penalty (GEN-07): supervisors and HR.</summary>
    public const string ProposeRecords = nameof(ProposeRecords);

    /// <summary>Approve or reject a proposed reward or penalty (GEN-07): HR, never their own proposal.</summary>
    public const string DecideRecords = nameof(DecideRecords);

    /// <summary>The HR desk HR lands on (probation ending, pending approvals, the month's assessments and sheets).</summary>
    public const string ViewHrDesk = nameof(ViewHrDesk);

    /// <summary>Send time-clock punches (GEN-03): the clock devices through the API key.</summary>
    public const string IngestPunches = nameof(IngestPunches);

    /// <summary>Read an agent's attendance month (GEN-03…05); an agent reads only their own.</summary>
    public const string ReadAttendance = nameof(ReadAttendance);

    /// <summary>The team attendance view and punch corrections (a supervisor: their own teams; HR and admins: every team).</summary>
    public const string SuperviseAttendance = nameof(SuperviseAttendance);

    /// <summary>File a leave request (GEN-03): an agent for themselves, HR for anyone.</summary>
    public const string FileLeave = nameof(FileLeave);

    /// <summary>Approve or reject leave (GEN-03): HR, or the team's direct supervisor.</summary>
    public const string DecideLeave = nameof(DecideLeave);

    /// <summary>Pay profiles (monthly base, position allowance) and the printable attendance and overtime sheet: HR.</summary>
    public const string ManagePay = nameof(ManagePay);

    /// <summary>Record approved overtime (GEN-02): supervisors and HR.</summary>
    public const string RecordOvertime = nameof(RecordOvertime);

    /// <summary>Quote overtime pay (GEN-02): every signed-in member of staff and the API key.</summary>
    public const string QuoteOvertime = nameof(QuoteOvertime);

    /// <summary>Read promotion applications (PRM-05): HR, the committee, the supervision group; a supervisor their teams', an agent their own.</summary>
    public const string ReadPromotions = nameof(ReadPromotions);

    /// <summary>Apply for a promotion (PRM-03): an agent for themselves, HR for an agent.</summary>
    public const string ApplyForPromotion = nameof(ApplyForPromotion);

    /// <summary>The direct supervisor's first review of a promotion (PRM-03); the service checks it is the agent's team's supervisor.</summary>
    public const string ReviewPromotions = nameof(ReviewPromotions);

    /// <summary>The review committee's decision (PRM-03): HR and customer-service management (admins).</summary>
    public const string DecidePromotions = nameof(DecidePromotions);

    /// <summary>Answer objections and give the final approval or rejection of a promotion (PRM-03): HR.</summary>
    public const string ApprovePromotions = nameof(ApprovePromotions);

    private static readonly FrozenDictionary<string, string[]> _roles = new Dictionary<string, string[]>
    {
        [HandleContacts] = [Roles.Integration, Roles.Agent, Roles.Supervisor, Roles.Admin],
        [ReadComplaints] = [Roles.Integration, Roles.Agent, Roles.Supervisor, Roles.ComplaintSpecialist, Roles.Coordinator, Roles.Admin],
        [WorkComplaints] = [Roles.Integration, Roles.Agent, Roles.Supervisor, Roles.ComplaintSpecialist, Roles.Admin],
        [AssignComplaints] = [Roles.Integration, Roles.Supervisor, Roles.Admin],
        [ListAgents] = [Roles.Integration, Roles.Supervisor, Roles.Admin, Roles.Coordinator, Roles.Trainer, Roles.HR, Roles.ComplaintSpecialist],
        [ReadKpis] = [Roles.Integration, Roles.Supervisor, Roles.Admin, Roles.Trainer, Roles.HR, Roles.Agent],
        [SwitchModes] = [Roles.Integration, Roles.Coordinator, Roles.Admin],
        [LeadEmergency] = [Roles.Integration, Roles.Supervisor, Roles.Coordinator, Roles.Admin],
        [JoinEmergency] = [Roles.Integration, Roles.Agent, Roles.Supervisor, Roles.Coordinator, Roles.Trainer, Roles.Admin],
        [RunMassIncidents] = [Roles.Integration, Roles.Coordinator, Roles.Supervisor, Roles.ComplaintSpecialist, Roles.Admin],
        [ViewDrills] = [Roles.Trainer, Roles.Admin, Roles.Coordinator, Roles.Supervisor],
        [RunDrills] = [Roles.Trainer, Roles.Admin],
        [SeeAllWork] = [Roles.Integration, Roles.Supervisor, Roles.Admin, Roles.ComplaintSpecialist, Roles.Coordinator],
        [ReceiveAllChanges] = [Roles.Integration, Roles.Supervisor, Roles.Admin],
        [ReceiveComplaintChanges] = [Roles.Coordinator, Roles.ComplaintSpecialist],
        [ReadAudit] = [Roles.Admin],
        [Administer] = [Roles.Admin],
        [ReadPoints] = [Roles.Integration, Roles.Supervisor, Roles.ComplaintSpecialist, Roles.HR, Roles.Trainer, Roles.Admin, Roles.Agent],
        [ReviewPoints] = [Roles.Integration, Roles.Supervisor, Roles.ComplaintSpecialist, Roles.HR, Roles.Trainer, Roles.Admin],
        [RecordViolations] = [Roles.Integration, Roles.Supervisor, Roles.ComplaintSpecialist, Roles.Admin],
        [ConfirmRecognition] = [Roles.Supervisor],
        [ReadAssessments] = [Roles.Integration, Roles.Supervisor, Roles.HR, Roles.Trainer, Roles.Admin, Roles.Agent],
        [ScoreAttitude] = [Roles.Integration, Roles.Supervisor],
        [RunAssessments] = [Roles.Integration, Roles.HR, Roles.Trainer, Roles.Admin],
        [ViewAssessmentSheet] = [Roles.Supervisor, Roles.HR, Roles.Trainer, Roles.Admin],
        [ReadTerminationProposals] = [Roles.Integration, Roles.HR, Roles.Admin],
        [ViewOwnPerformance] = [Roles.Agent],
        [RunTraining] = [Roles.Integration, Roles.Trainer, Roles.Admin],
        [ViewTraining] = [Roles.Integration, Roles.Trainer, Roles.Admin, Roles.Supervisor, Roles.HR],
        [ReadTrainingFile] = [Roles.Integration, Roles.Trainer, Roles.Admin, Roles.Supervisor, Roles.HR, Roles.Agent],
        [ReadPersonnelFile] = [Roles.Integration, Roles.Supervisor, Roles.HR, Roles.Admin, Roles.Supervision, Roles.Agent],
        [ViewPersonnel] = [Roles.Integration, Roles.Supervisor, Roles.HR, Roles.Admin, Roles.Supervision],
        [ManageEmployment] = [Roles.Integration, Roles.HR],
        [ProposeRecords] = [Roles.Integration, Roles.Supervisor, Roles.HR],
        [DecideRecords] = [Roles.Integration, Roles.HR],
        [ViewHrDesk] = [Roles.HR, Roles.Admin],
        [IngestPunches] = [Roles.Integration],
        [ReadAttendance] = [Roles.Integration, Roles.Supervisor, Roles.HR, Roles.Admin, Roles.Agent],
        [SuperviseAttendance] = [Roles.Integration, Roles.Supervisor, Roles.HR, Roles.Admin],
        [FileLeave] = [Roles.Integration, Roles.Agent, Roles.HR],
        [DecideLeave] = [Roles.Integration, Roles.Supervisor, Roles.HR],
        [ManagePay] = [Roles.Integration, Roles.HR],
        [RecordOvertime] = [Roles.Integration, Roles.Supervisor, Roles.HR],
        [QuoteOvertime] = [Roles.Integration, Roles.Supervisor, Roles.Agent, Roles.Coordinator, Roles.Trainer, Roles.ComplaintSpecialist, Roles.HR, Roles.Admin, Roles.Supervision],
        [ReadPromotions] = [Roles.Integration, Roles.HR, Roles.Admin, Roles.Supervision, Roles.Supervisor, Roles.Agent],
        [ApplyForPromotion] = [Roles.Agent, Roles.HR],
        [ReviewPromotions] = [Roles.Supervisor],
        [DecidePromotions] = [Roles.HR, Roles.Admin],
        [ApprovePromotions] = [Roles.HR],
    }.ToFrozenDictionary();

    /// <summary>Every policy name.</summary>
    public static IEnumerable<string> All => _roles.Keys;

    /// <summary>Registers every policy with the roles it admits.</summary>
    public static AuthorizationBuilder AddConsolePolicies(this AuthorizationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var (name, roles) in _roles)
        {
            builder.AddPolicy(name, policy => policy.RequireRole(roles));
        }

        return builder;
    }

    /// <summary>
    /// Whether <paramref name="user"/> satisfies the policy, for code that decides synchronously from the
    /// principal it already holds (the actor of a request, the hub's groups); it reads the same roles as the
    /// registered policy.
    /// </summary>
    public static bool Allows(this ClaimsPrincipal user, string policy)
    {
        ArgumentNullException.ThrowIfNull(user);
        return _roles[policy].Any(user.IsInRole);
    }
}
