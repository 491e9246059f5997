using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Alerts;
using ServiceConsole.Domain.Assessment;
using ServiceConsole.Domain.Attendance;
using ServiceConsole.Domain.Audit;
using ServiceConsole.Domain.Callbacks;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Drills;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Domain.Personnel;
using ServiceConsole.Domain.Points;
using ServiceConsole.Domain.Promotions;
using ServiceConsole.Domain.Security;
using ServiceConsole.Domain.Supplies;
using ServiceConsole.Domain.Training;
using ServiceConsole.Web.Data.Entities;

namespace ServiceConsole.Web.Data;

/// <summary>The console's model, the same on SQLite and PostgreSQL (decision 0010).</summary>
public class ConsoleDbContext : IdentityDbContext<ConsoleUser>
{
    public ConsoleDbContext(DbContextOptions<ConsoleDbContext> options)
        : base(options)
    {
    }

    /// <summary>For <see cref="PostgresConsoleDbContext"/>, the type the PostgreSQL migrations belong to.</summary>
    protected ConsoleDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Shadow column holding a hash of the caller's request, to tell a retry from a conflicting reuse of an externalId.</summary>
    public const string RequestHash = "RequestHash";

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<Agent> Agents => Set<Agent>();

    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<CallbackTask> Callbacks => Set<CallbackTask>();

    public DbSet<ClockAlert> Alerts => Set<ClockAlert>();

    public DbSet<EmergencyModeState> EmergencyModes => Set<EmergencyModeState>();

    public DbSet<EmergencyLogEntry> EmergencyLog => Set<EmergencyLogEntry>();

    public DbSet<OutageIncident> Outages => Set<OutageIncident>();

    public DbSet<MassIncident> MassIncidents => Set<MassIncident>();

    public DbSet<WeatherRequest> WeatherRequests => Set<WeatherRequest>();

    public DbSet<DrillSchedule> DrillSchedules => Set<DrillSchedule>();

    public DbSet<SuppliesDirectory> Supplies => Set<SuppliesDirectory>();

    public DbSet<DrillRun> DrillRuns => Set<DrillRun>();

    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    public DbSet<SecurityIncident> SecurityIncidents => Set<SecurityIncident>();

    public DbSet<RetentionRun> RetentionRuns => Set<RetentionRun>();

    /// <summary>SVC-10: norm violations, the points ledger's own records (complaint accountability is read from the complaints).</summary>
    public DbSet<NormViolation> NormViolations => Set<NormViolation>();

    /// <summary>SVC-12: the confirmed excellent agent of each month.</summary>
    public DbSet<ExcellentAgentAward> ExcellentAgentAwards => Set<ExcellentAgentAward>();

    public DbSet<TrainingAssignment> TrainingAssignments => Set<TrainingAssignment>();

    public DbSet<MonthlyAssessment> MonthlyAssessments => Set<MonthlyAssessment>();

    public DbSet<TerminationProposal> TerminationProposals => Set<TerminationProposal>();

    public DbSet<AnnualAssessment> AnnualAssessments => Set<AnnualAssessment>();

    public DbSet<Onboarding> Onboardings => Set<Onboarding>();

    public DbSet<TrainingSession> TrainingSessions => Set<TrainingSession>();

    /// <summary>GEN-06: one employment record per agent (hire date, probation, confirmation) with its history.</summary>
    public DbSet<EmploymentRecord> EmploymentRecords => Set<EmploymentRecord>();

    /// <summary>GEN-07: rewards and penalties.</summary>
    public DbSet<DisciplineRecord> DisciplineRecords => Set<DisciplineRecord>();

    /// <summary>GEN-03: time-clock punches and supervisors' corrections.</summary>
    public DbSet<Punch> Punches => Set<Punch>();

    /// <summary>GEN-03: leave requests and their decisions.</summary>
    public DbSet<LeaveRequest> LeaveRequests => Set<LeaveRequest>();

    /// <summary>GEN-02/05: each agent's monthly base and position allowance.</summary>
    public DbSet<PayProfile> PayProfiles => Set<PayProfile>();

    /// <summary>GEN-02: approved overtime.</summary>
    public DbSet<OvertimeRecord> OvertimeRecords => Set<OvertimeRecord>();

    /// <summary>GEN-01: shift rosters that differ from the standard week.</summary>
    public DbSet<Roster> Rosters => Set<Roster>();

    /// <summary>PRM-01…05: promotion applications with their steps and objections.</summary>
    public DbSet<PromotionApplication> PromotionApplications => Set<PromotionApplication>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ConsoleDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset columns; UTC ticks keep every deadline query in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
    }
}
