using System;
using System.IO;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ServiceConsole.Web.Data.PostgresMigrations
{
    /// <summary>
    /// The whole schema on PostgreSQL (decision 0010): the console's model as it stands, then Quartz's job store tables
    /// with their lock rows seeded (Data/Sql/quartz-postgres.sql). The SQLite migrations are a separate history.
    /// </summary>
    public partial class InitialPostgres : Migration
    {
        private static readonly string[] QuartzTables =
        [
            "qrtz_job_status", "qrtz_misfire_history", "qrtz_execution_history", "qrtz_fired_triggers", "qrtz_paused_job_grps",
            "qrtz_paused_trigger_grps", "qrtz_scheduler_state", "qrtz_locks", "qrtz_simple_triggers", "qrtz_simprop_triggers",
            "qrtz_cron_triggers", "qrtz_blob_triggers", "qrtz_calendars", "qrtz_triggers", "qrtz_job_details",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            using (var stream = typeof(InitialPostgres).Assembly.GetManifestResourceStream("ServiceConsole.Web.Data.Sql.quartz-postgres.sql")
                ?? throw new InvalidOperationException("The Quartz PostgreSQL schema script is not embedded."))
            using (var reader = new StreamReader(stream))
            {
                migrationBuilder.Sql(reader.ReadToEnd());
            }

            migrationBuilder.CreateTable(
                name: "Alerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RuleId = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Clock = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubjectKind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgentCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DueAt = table.Column<long>(type: "bigint", nullable: false),
                    RaisedAt = table.Column<long>(type: "bigint", nullable: false),
                    IsDrill = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Alerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    DisplayName = table.Column<string>(type: "text", nullable: false),
                    AgentCode = table.Column<string>(type: "text", nullable: true),
                    PasswordChangedAt = table.Column<long>(type: "bigint", nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<long>(type: "bigint", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditRecords",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Subject = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Fields = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Revealed = table.Column<bool>(type: "boolean", nullable: false),
                    Detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    From = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditRecords", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "Callbacks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: true),
                    ContactId = table.Column<Guid>(type: "uuid", nullable: true),
                    AgentCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    DueAt = table.Column<long>(type: "bigint", nullable: false),
                    DoneAt = table.Column<long>(type: "bigint", nullable: true),
                    Breached = table.Column<bool>(type: "boolean", nullable: false),
                    BreachedAt = table.Column<long>(type: "bigint", nullable: true),
                    RuleId = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    IsDrill = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Callbacks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Complaints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ExternalId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CustomerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CustomerPhone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    WaybillNo = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OutletCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DelayDays = table.Column<int>(type: "integer", nullable: true),
                    PackagingOnly = table.Column<bool>(type: "boolean", nullable: false),
                    ItemValue = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Insured = table.Column<bool>(type: "boolean", nullable: false),
                    InsuredValue = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    ShippingFee = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Demand = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    IssueKey = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    ReceivedAt = table.Column<long>(type: "bigint", nullable: false),
                    RegisteredAt = table.Column<long>(type: "bigint", nullable: false),
                    Severity = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    VerifyBy = table.Column<long>(type: "bigint", nullable: false),
                    ResolveBy = table.Column<long>(type: "bigint", nullable: false),
                    VerifiedAt = table.Column<long>(type: "bigint", nullable: true),
                    ResolvedAt = table.Column<long>(type: "bigint", nullable: true),
                    ClosedAt = table.Column<long>(type: "bigint", nullable: true),
                    CallbackDue = table.Column<long>(type: "bigint", nullable: true),
                    Assignee = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Findings = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    FaultParty = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ReopenCount = table.Column<int>(type: "integer", nullable: false),
                    Satisfaction = table.Column<int>(type: "integer", nullable: true),
                    IsDrill = table.Column<bool>(type: "boolean", nullable: false),
                    IncidentId = table.Column<Guid>(type: "uuid", nullable: true),
                    RequestHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    IdNumberProtected = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    IdNumberExpiresAt = table.Column<long>(type: "bigint", nullable: true),
                    LateEntry = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Complaints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Contacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ExternalId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CustomerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CustomerPhone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    WaybillNo = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Topic = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ArrivedAt = table.Column<long>(type: "bigint", nullable: false),
                    RespondBy = table.Column<long>(type: "bigint", nullable: true),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AgentCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    AssignedAt = table.Column<long>(type: "bigint", nullable: true),
                    AnsweredAt = table.Column<long>(type: "bigint", nullable: true),
                    FirstResponseSeconds = table.Column<double>(type: "double precision", nullable: true),
                    WithinTarget = table.Column<bool>(type: "boolean", nullable: true),
                    ClosedAt = table.Column<long>(type: "bigint", nullable: true),
                    Resolved = table.Column<bool>(type: "boolean", nullable: true),
                    Satisfaction = table.Column<int>(type: "integer", nullable: true),
                    IsDrill = table.Column<bool>(type: "boolean", nullable: false),
                    RequestHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    IdNumberProtected = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    IdNumberExpiresAt = table.Column<long>(type: "bigint", nullable: true),
                    LateEntry = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Customers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FirstSeenAt = table.Column<long>(type: "bigint", nullable: false),
                    LastSeenAt = table.Column<long>(type: "bigint", nullable: false),
                    IsDrill = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Customers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DrillRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ScheduleId = table.Column<Guid>(type: "uuid", nullable: true),
                    Mode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    IssueKey = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    StartedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StartedAt = table.Column<long>(type: "bigint", nullable: false),
                    EndsAt = table.Column<long>(type: "bigint", nullable: false),
                    EndedAt = table.Column<long>(type: "bigint", nullable: true),
                    EndedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Failure = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ReportJson = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DrillRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DrillSchedules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Mode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CronExpression = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    EditedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EditedAt = table.Column<long>(type: "bigint", nullable: false),
                    LastRunAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DrillSchedules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EmergencyLog",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Mode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Phase = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Drill = table.Column<bool>(type: "boolean", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Actor = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    IssueKey = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmergencyLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EmergencyModes",
                columns: table => new
                {
                    Mode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    Phase = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Drill = table.Column<bool>(type: "boolean", nullable: false),
                    Since = table.Column<long>(type: "bigint", nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    IssueKey = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    ChangedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ChangedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmergencyModes", x => x.Mode);
                });

            migrationBuilder.CreateTable(
                name: "ExcellentAgentAwards",
                columns: table => new
                {
                    Month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    AgentCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProposedAgentCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    BonusYuan = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Ratings = table.Column<int>(type: "integer", nullable: false),
                    MeanRating = table.Column<double>(type: "double precision", nullable: true),
                    FiveStars = table.Column<int>(type: "integer", nullable: false),
                    ConfirmedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ConfirmedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExcellentAgentAwards", x => x.Month);
                });

            migrationBuilder.CreateTable(
                name: "LeaveRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgentCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FiledBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FiledAt = table.Column<long>(type: "bigint", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecidedAt = table.Column<long>(type: "bigint", nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LeaveRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MassIncidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IssueKey = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    IssueTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OpenedAt = table.Column<long>(type: "bigint", nullable: false),
                    IsDrill = table.Column<bool>(type: "boolean", nullable: false),
                    ApologyNotice = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ApologyPublishedAt = table.Column<long>(type: "bigint", nullable: false),
                    PlanDueAt = table.Column<long>(type: "bigint", nullable: false),
                    ResolveDueAt = table.Column<long>(type: "bigint", nullable: false),
                    PlanText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PlanPublishedAt = table.Column<long>(type: "bigint", nullable: true),
                    PlanPublishedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PlanRevisedAt = table.Column<long>(type: "bigint", nullable: true),
                    TeamAgentCode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    TeamSpecialistCode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    TeamOutletHeadName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    TeamFormedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    TeamFormedAt = table.Column<long>(type: "bigint", nullable: true),
                    ResolvedCount = table.Column<int>(type: "integer", nullable: false),
                    AllResolvedAt = table.Column<long>(type: "bigint", nullable: true),
                    ClosedAt = table.Column<long>(type: "bigint", nullable: true),
                    ClosedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SolutionKind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    SolutionAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    SolutionNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SolutionFindings = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SolutionFaultParty = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    SolutionDecidedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SolutionDecidedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MassIncidents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NormViolations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgentCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Points = table.Column<int>(type: "integer", nullable: false),
                    RuleId = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NormViolations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutageIncidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StartedAt = table.Column<long>(type: "bigint", nullable: false),
                    NoticedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    IsDrill = table.Column<bool>(type: "boolean", nullable: false),
                    ReportDueAt = table.Column<long>(type: "bigint", nullable: false),
                    EstimatedRestoreAt = table.Column<long>(type: "bigint", nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "bigint", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RestoredAt = table.Column<long>(type: "bigint", nullable: true),
                    RestoredBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RestoredNotice = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CallbackDueAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutageIncidents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OvertimeRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgentCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Hours = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    DayKind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Compensation = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AmountYuan = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    HourlyRate = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OvertimeRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PayProfiles",
                columns: table => new
                {
                    AgentCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MonthlyBaseYuan = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    HasPositionAllowance = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayProfiles", x => x.AgentCode);
                });

            migrationBuilder.CreateTable(
                name: "Punches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ExternalId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AgentCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    VoidedAt = table.Column<long>(type: "bigint", nullable: true),
                    VoidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    VoidReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RequestHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Punches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RetentionRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StartedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StartedAt = table.Column<long>(type: "bigint", nullable: false),
                    FinishedAt = table.Column<long>(type: "bigint", nullable: true),
                    CustomerCutoff = table.Column<long>(type: "bigint", nullable: false),
                    ServiceCutoff = table.Column<long>(type: "bigint", nullable: false),
                    Resumes = table.Column<int>(type: "integer", nullable: false),
                    Complaints = table.Column<int>(type: "integer", nullable: false),
                    Callbacks = table.Column<int>(type: "integer", nullable: false),
                    Contacts = table.Column<int>(type: "integer", nullable: false),
                    Alerts = table.Column<int>(type: "integer", nullable: false),
                    WeatherRequests = table.Column<int>(type: "integer", nullable: false),
                    Outages = table.Column<int>(type: "integer", nullable: false),
                    MassIncidents = table.Column<int>(type: "integer", nullable: false),
                    DrillRuns = table.Column<int>(type: "integer", nullable: false),
                    Customers = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Rosters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    AgentCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    WeekdayList = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FirstStart = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    FirstEnd = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    SecondStart = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    SecondEnd = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rosters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SecurityIncidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OpenedAt = table.Column<long>(type: "bigint", nullable: false),
                    OpenedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Account = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RecordCount = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    PoliceReferral = table.Column<bool>(type: "boolean", nullable: false),
                    PlanDueAt = table.Column<long>(type: "bigint", nullable: true),
                    PlanStartedAt = table.Column<long>(type: "bigint", nullable: true),
                    PlanStartedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PlanBreachedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SecurityIncidents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SuppliesDirectories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuppliesDirectories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Teams",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SupervisorUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Teams", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "TrainingSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TopicList = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StartsAt = table.Column<long>(type: "bigint", nullable: false),
                    Hours = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    TeamList = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ScheduledAt = table.Column<long>(type: "bigint", nullable: false),
                    ScheduledBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RemindersSent = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingSessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WeatherRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CustomerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CustomerPhone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    WaybillNo = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    NewAddress = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false),
                    IsDrill = table.Column<bool>(type: "boolean", nullable: false),
                    DoneAt = table.Column<long>(type: "bigint", nullable: true),
                    DoneBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WeatherRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    RoleId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Accountability",
                columns: table => new
                {
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: false),
                    Party = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Accountable = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    OutletCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Severity = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Points = table.Column<int>(type: "integer", nullable: false),
                    FineYuan = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    RuleId = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false),
                    InForce = table.Column<bool>(type: "boolean", nullable: false),
                    IsDrill = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Accountability", x => x.ComplaintId);
                    table.ForeignKey(
                        name: "FK_Accountability_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ComplaintBreaches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RuleId = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Clock = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DueAt = table.Column<long>(type: "bigint", nullable: false),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintBreaches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComplaintBreaches_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ComplaintEvidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComplaintEvidence_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ComplaintHistory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    Actor = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FromStatus = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ToStatus = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComplaintHistory_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NegotiationRounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ProposedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ProposedAt = table.Column<long>(type: "bigint", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AnsweredAt = table.Column<long>(type: "bigint", nullable: true),
                    AnswerNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AnsweredBy = table.Column<string>(type: "text", nullable: true),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NegotiationRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NegotiationRounds_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MassIncidentBreaches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RuleId = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Clock = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DueAt = table.Column<long>(type: "bigint", nullable: false),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false),
                    IncidentId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MassIncidentBreaches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MassIncidentBreaches_MassIncidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "MassIncidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MassIncidentLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: false),
                    LinkedAt = table.Column<long>(type: "bigint", nullable: false),
                    SolutionAppliedAt = table.Column<long>(type: "bigint", nullable: true),
                    SolutionAppliedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    IncidentId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MassIncidentLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MassIncidentLinks_MassIncidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "MassIncidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MassNotifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssignedTo = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    DoneAt = table.Column<long>(type: "bigint", nullable: true),
                    DoneBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    IncidentId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MassNotifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MassNotifications_MassIncidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "MassIncidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OutageBreaches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RuleId = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Clock = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DueAt = table.Column<long>(type: "bigint", nullable: false),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false),
                    OutageId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutageBreaches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutageBreaches_OutageIncidents_OutageId",
                        column: x => x.OutageId,
                        principalTable: "OutageIncidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OutageWaitingCustomers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CustomerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CustomerPhone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    WaybillNo = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Issue = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false),
                    CallbackTaskId = table.Column<Guid>(type: "uuid", nullable: true),
                    OutageId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutageWaitingCustomers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutageWaitingCustomers_OutageIncidents_OutageId",
                        column: x => x.OutageId,
                        principalTable: "OutageIncidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SecurityIncidentCustomers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: false),
                    NotifiedAt = table.Column<long>(type: "bigint", nullable: true),
                    NotifiedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    IncidentId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SecurityIncidentCustomers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SecurityIncidentCustomers_SecurityIncidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "SecurityIncidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupplyContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Note = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    DirectoryId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupplyContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupplyContacts_SuppliesDirectories_DirectoryId",
                        column: x => x.DirectoryId,
                        principalTable: "SuppliesDirectories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Agents",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TeamCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    StatusSince = table.Column<long>(type: "bigint", nullable: false),
                    IdleSince = table.Column<long>(type: "bigint", nullable: false),
                    Hold = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    HoldUntil = table.Column<long>(type: "bigint", nullable: true),
                    HoldRuleId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agents", x => x.Code);
                    table.ForeignKey(
                        name: "FK_Agents_Teams_TeamCode",
                        column: x => x.TeamCode,
                        principalTable: "Teams",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingSessionAttendees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgentCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Result = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingSessionAttendees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingSessionAttendees_TrainingSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "TrainingSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AnnualAssessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    AgentCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MonthsScored = table.Column<int>(type: "integer", nullable: false),
                    MonthlyAverage = table.Column<double>(type: "double precision", nullable: true),
                    Satisfaction = table.Column<double>(type: "double precision", nullable: true),
                    RatingScore = table.Column<double>(type: "double precision", nullable: true),
                    TrainingsPassed = table.Column<int>(type: "integer", nullable: false),
                    TrainingsRecorded = table.Column<int>(type: "integer", nullable: false),
                    TrainingScore = table.Column<double>(type: "double precision", nullable: true),
                    Score = table.Column<double>(type: "double precision", nullable: true),
                    Grade = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Final = table.Column<bool>(type: "boolean", nullable: false),
                    ComputedAt = table.Column<long>(type: "bigint", nullable: false),
                    ComputedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualAssessments_Agents_AgentCode",
                        column: x => x.AgentCode,
                        principalTable: "Agents",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DisciplineRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgentCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Cause = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    ProposedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProposedAt = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecidedAt = table.Column<long>(type: "bigint", nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisciplineRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisciplineRecords_Agents_AgentCode",
                        column: x => x.AgentCode,
                        principalTable: "Agents",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EmploymentRecords",
                columns: table => new
                {
                    AgentCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    HireDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ProbationEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ConfirmedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ConfirmedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmploymentRecords", x => x.AgentCode);
                    table.ForeignKey(
                        name: "FK_EmploymentRecords_Agents_AgentCode",
                        column: x => x.AgentCode,
                        principalTable: "Agents",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MonthlyAssessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    AgentCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ResponseCompliance = table.Column<double>(type: "double precision", nullable: true),
                    FirstContactResolution = table.Column<double>(type: "double precision", nullable: true),
                    Satisfaction = table.Column<double>(type: "double precision", nullable: true),
                    ContactsMeasured = table.Column<int>(type: "integer", nullable: false),
                    ResolutionsMeasured = table.Column<int>(type: "integer", nullable: false),
                    Ratings = table.Column<int>(type: "integer", nullable: false),
                    Quantitative = table.Column<double>(type: "double precision", nullable: false),
                    PenaltyPoints = table.Column<int>(type: "integer", nullable: false),
                    RuleCompliance = table.Column<double>(type: "double precision", nullable: false),
                    Attitude = table.Column<double>(type: "double precision", nullable: true),
                    AttitudeNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AttitudeBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AttitudeAt = table.Column<long>(type: "bigint", nullable: true),
                    Qualitative = table.Column<double>(type: "double precision", nullable: true),
                    Score = table.Column<double>(type: "double precision", nullable: true),
                    Grade = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Consequence = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    BonusYuan = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    PromotionPriority = table.Column<bool>(type: "boolean", nullable: false),
                    TerminationProposed = table.Column<bool>(type: "boolean", nullable: false),
                    ConsecutiveFailedMonths = table.Column<int>(type: "integer", nullable: false),
                    Final = table.Column<bool>(type: "boolean", nullable: false),
                    ComputedAt = table.Column<long>(type: "bigint", nullable: false),
                    ComputedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AppliedConsequence = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ConsequencesAppliedAt = table.Column<long>(type: "bigint", nullable: true),
                    TalkedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TalkSummary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ImprovementPlan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ReviewedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReviewedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonthlyAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonthlyAssessments_Agents_AgentCode",
                        column: x => x.AgentCode,
                        principalTable: "Agents",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Onboardings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgentCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Days = table.Column<int>(type: "integer", nullable: false),
                    MentorCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EnrolledAt = table.Column<long>(type: "bigint", nullable: false),
                    EnrolledBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PassedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Onboardings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Onboardings_Agents_AgentCode",
                        column: x => x.AgentCode,
                        principalTable: "Agents",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Onboardings_Agents_MentorCode",
                        column: x => x.MentorCode,
                        principalTable: "Agents",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PromotionApplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgentCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FromLevel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TargetLevel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Statement = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AppliedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AppliedAt = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FirstReviewDueAt = table.Column<long>(type: "bigint", nullable: false),
                    TeamworkNotes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PublicityStartsAt = table.Column<long>(type: "bigint", nullable: true),
                    PublicityEndsAt = table.Column<long>(type: "bigint", nullable: true),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedAt = table.Column<long>(type: "bigint", nullable: true),
                    ReviewReminderSent = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PromotionApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PromotionApplications_Agents_AgentCode",
                        column: x => x.AgentCode,
                        principalTable: "Agents",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TerminationProposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    AgentCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FailedMonths = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: false),
                    ProposedAt = table.Column<long>(type: "bigint", nullable: false),
                    ProposedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    WithdrawnAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TerminationProposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TerminationProposals_Agents_AgentCode",
                        column: x => x.AgentCode,
                        principalTable: "Agents",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrainingAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgentCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RuleId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SourceKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    AssignedAt = table.Column<long>(type: "bigint", nullable: false),
                    AssignedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Days = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DecidedAt = table.Column<long>(type: "bigint", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SuspendedUntil = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingAssignments_Agents_AgentCode",
                        column: x => x.AgentCode,
                        principalTable: "Agents",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProbationChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    HireDate = table.Column<DateOnly>(type: "date", nullable: false),
                    PreviousEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    ProbationEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    By = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    AgentCode = table.Column<string>(type: "character varying(20)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProbationChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProbationChanges_EmploymentRecords_AgentCode",
                        column: x => x.AgentCode,
                        principalTable: "EmploymentRecords",
                        principalColumn: "AgentCode",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OnboardingDays",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Day = table.Column<int>(type: "integer", nullable: false),
                    DoneAt = table.Column<long>(type: "bigint", nullable: false),
                    DoneBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    OnboardingId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnboardingDays", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnboardingDays_Onboardings_OnboardingId",
                        column: x => x.OnboardingId,
                        principalTable: "Onboardings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OnboardingExams",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Attempt = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    Theory = table.Column<double>(type: "double precision", nullable: false),
                    Practice = table.Column<double>(type: "double precision", nullable: false),
                    Passed = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OnboardingId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnboardingExams", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnboardingExams_Onboardings_OnboardingId",
                        column: x => x.OnboardingId,
                        principalTable: "Onboardings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PromotionObjections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    FiledBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    FiledAt = table.Column<long>(type: "bigint", nullable: false),
                    Answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AnsweredBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    AnsweredAt = table.Column<long>(type: "bigint", nullable: true),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PromotionObjections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PromotionObjections_PromotionApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "PromotionApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PromotionSteps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    By = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    Approve = table.Column<bool>(type: "boolean", nullable: true),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PromotionSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PromotionSteps_PromotionApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "PromotionApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Accountability_Party_Accountable_RecordedAt",
                table: "Accountability",
                columns: new[] { "Party", "Accountable", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Agents_Channel_Status",
                table: "Agents",
                columns: new[] { "Channel", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Agents_TeamCode",
                table: "Agents",
                column: "TeamCode");

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_RaisedAt",
                table: "Alerts",
                column: "RaisedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_SubjectId_Clock_Kind_DueAt",
                table: "Alerts",
                columns: new[] { "SubjectId", "Clock", "Kind", "DueAt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AnnualAssessments_AgentCode",
                table: "AnnualAssessments",
                column: "AgentCode");

            migrationBuilder.CreateIndex(
                name: "IX_AnnualAssessments_Year_AgentCode",
                table: "AnnualAssessments",
                columns: new[] { "Year", "AgentCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_Actor_Sequence",
                table: "AuditRecords",
                columns: new[] { "Actor", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_At",
                table: "AuditRecords",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_Subject_Sequence",
                table: "AuditRecords",
                columns: new[] { "Subject", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_Callbacks_AgentCode",
                table: "Callbacks",
                column: "AgentCode");

            migrationBuilder.CreateIndex(
                name: "IX_Callbacks_ComplaintId",
                table: "Callbacks",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_Callbacks_ContactId",
                table: "Callbacks",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_Callbacks_DoneAt_DueAt",
                table: "Callbacks",
                columns: new[] { "DoneAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintBreaches_ComplaintId",
                table: "ComplaintBreaches",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintEvidence_ComplaintId",
                table: "ComplaintEvidence",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintHistory_ComplaintId",
                table: "ComplaintHistory",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_CustomerId",
                table: "Complaints",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ExternalId",
                table: "Complaints",
                column: "ExternalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_IdNumberExpiresAt",
                table: "Complaints",
                column: "IdNumberExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_IssueKey_ReceivedAt",
                table: "Complaints",
                columns: new[] { "IssueKey", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Status_ReceivedAt",
                table: "Complaints",
                columns: new[] { "Status", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_WaybillNo_Status",
                table: "Complaints",
                columns: new[] { "WaybillNo", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_AgentCode_Status",
                table: "Contacts",
                columns: new[] { "AgentCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_ArrivedAt",
                table: "Contacts",
                column: "ArrivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_CustomerId",
                table: "Contacts",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_ExternalId",
                table: "Contacts",
                column: "ExternalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_IdNumberExpiresAt",
                table: "Contacts",
                column: "IdNumberExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_Status_Channel_ArrivedAt",
                table: "Contacts",
                columns: new[] { "Status", "Channel", "ArrivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Customers_Phone",
                table: "Customers",
                column: "Phone",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DisciplineRecords_AgentCode_Date",
                table: "DisciplineRecords",
                columns: new[] { "AgentCode", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_DisciplineRecords_Status",
                table: "DisciplineRecords",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_DrillRuns_EndedAt",
                table: "DrillRuns",
                column: "EndedAt");

            migrationBuilder.CreateIndex(
                name: "IX_DrillRuns_StartedAt",
                table: "DrillRuns",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_EmergencyLog_At",
                table: "EmergencyLog",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_EmploymentRecords_ProbationEnd",
                table: "EmploymentRecords",
                column: "ProbationEnd");

            migrationBuilder.CreateIndex(
                name: "IX_LeaveRequests_AgentCode_From",
                table: "LeaveRequests",
                columns: new[] { "AgentCode", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_LeaveRequests_Status",
                table: "LeaveRequests",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_MassIncidentBreaches_IncidentId",
                table: "MassIncidentBreaches",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_MassIncidentLinks_ComplaintId",
                table: "MassIncidentLinks",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_MassIncidentLinks_IncidentId",
                table: "MassIncidentLinks",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_MassIncidents_IssueKey_IsDrill_ClosedAt",
                table: "MassIncidents",
                columns: new[] { "IssueKey", "IsDrill", "ClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MassNotifications_IncidentId",
                table: "MassNotifications",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyAssessments_AgentCode_Month",
                table: "MonthlyAssessments",
                columns: new[] { "AgentCode", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyAssessments_Month_AgentCode",
                table: "MonthlyAssessments",
                columns: new[] { "Month", "AgentCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NegotiationRounds_ComplaintId",
                table: "NegotiationRounds",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_NormViolations_AgentCode_RecordedAt",
                table: "NormViolations",
                columns: new[] { "AgentCode", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_NormViolations_ComplaintId",
                table: "NormViolations",
                column: "ComplaintId",
                unique: true,
                filter: "\"ComplaintId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_NormViolations_RecordedAt",
                table: "NormViolations",
                column: "RecordedAt");

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingDays_OnboardingId_Day",
                table: "OnboardingDays",
                columns: new[] { "OnboardingId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingExams_OnboardingId_Attempt",
                table: "OnboardingExams",
                columns: new[] { "OnboardingId", "Attempt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Onboardings_AgentCode",
                table: "Onboardings",
                column: "AgentCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Onboardings_MentorCode",
                table: "Onboardings",
                column: "MentorCode");

            migrationBuilder.CreateIndex(
                name: "IX_Onboardings_Status_StartsOn",
                table: "Onboardings",
                columns: new[] { "Status", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_OutageBreaches_OutageId",
                table: "OutageBreaches",
                column: "OutageId");

            migrationBuilder.CreateIndex(
                name: "IX_OutageIncidents_StartedAt",
                table: "OutageIncidents",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_OutageWaitingCustomers_OutageId",
                table: "OutageWaitingCustomers",
                column: "OutageId");

            migrationBuilder.CreateIndex(
                name: "IX_OvertimeRecords_AgentCode_Date",
                table: "OvertimeRecords",
                columns: new[] { "AgentCode", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_OvertimeRecords_Date",
                table: "OvertimeRecords",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_ProbationChanges_AgentCode",
                table: "ProbationChanges",
                column: "AgentCode");

            migrationBuilder.CreateIndex(
                name: "IX_PromotionApplications_OpenPerAgent",
                table: "PromotionApplications",
                column: "AgentCode",
                unique: true,
                filter: "\"Status\" NOT IN ('Rejected', 'Effective')");

            migrationBuilder.CreateIndex(
                name: "IX_PromotionApplications_Status_AppliedAt",
                table: "PromotionApplications",
                columns: new[] { "Status", "AppliedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PromotionObjections_ApplicationId",
                table: "PromotionObjections",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_PromotionSteps_ApplicationId_Sequence",
                table: "PromotionSteps",
                columns: new[] { "ApplicationId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Punches_AgentCode_At",
                table: "Punches",
                columns: new[] { "AgentCode", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Punches_At",
                table: "Punches",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_Punches_ExternalId",
                table: "Punches",
                column: "ExternalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RetentionRuns_FinishedAt",
                table: "RetentionRuns",
                column: "FinishedAt");

            migrationBuilder.CreateIndex(
                name: "IX_RetentionRuns_StartedAt",
                table: "RetentionRuns",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Rosters_From_To",
                table: "Rosters",
                columns: new[] { "From", "To" });

            migrationBuilder.CreateIndex(
                name: "IX_SecurityIncidentCustomers_IncidentId",
                table: "SecurityIncidentCustomers",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_SecurityIncidents_Account_OpenedAt",
                table: "SecurityIncidents",
                columns: new[] { "Account", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SecurityIncidents_OpenedAt",
                table: "SecurityIncidents",
                column: "OpenedAt");

            migrationBuilder.CreateIndex(
                name: "IX_SupplyContacts_DirectoryId",
                table: "SupplyContacts",
                column: "DirectoryId");

            migrationBuilder.CreateIndex(
                name: "IX_TerminationProposals_AgentCode_Month",
                table: "TerminationProposals",
                columns: new[] { "AgentCode", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TerminationProposals_ProposedAt",
                table: "TerminationProposals",
                column: "ProposedAt");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingAssignments_AgentCode_Kind_SourceKey",
                table: "TrainingAssignments",
                columns: new[] { "AgentCode", "Kind", "SourceKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingAssignments_Status_AssignedAt",
                table: "TrainingAssignments",
                columns: new[] { "Status", "AssignedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingSessionAttendees_AgentCode",
                table: "TrainingSessionAttendees",
                column: "AgentCode");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingSessionAttendees_SessionId_AgentCode",
                table: "TrainingSessionAttendees",
                columns: new[] { "SessionId", "AgentCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingSessions_Month",
                table: "TrainingSessions",
                column: "Month");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingSessions_StartsAt",
                table: "TrainingSessions",
                column: "StartsAt");

            migrationBuilder.CreateIndex(
                name: "IX_WeatherRequests_RecordedAt",
                table: "WeatherRequests",
                column: "RecordedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in QuartzTables)
            {
                migrationBuilder.Sql($"DROP TABLE IF EXISTS {table};");
            }

            migrationBuilder.DropTable(
                name: "Accountability");

            migrationBuilder.DropTable(
                name: "Alerts");

            migrationBuilder.DropTable(
                name: "AnnualAssessments");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditRecords");

            migrationBuilder.DropTable(
                name: "Callbacks");

            migrationBuilder.DropTable(
                name: "ComplaintBreaches");

            migrationBuilder.DropTable(
                name: "ComplaintEvidence");

            migrationBuilder.DropTable(
                name: "ComplaintHistory");

            migrationBuilder.DropTable(
                name: "Contacts");

            migrationBuilder.DropTable(
                name: "Customers");

            migrationBuilder.DropTable(
                name: "DisciplineRecords");

            migrationBuilder.DropTable(
                name: "DrillRuns");

            migrationBuilder.DropTable(
                name: "DrillSchedules");

            migrationBuilder.DropTable(
                name: "EmergencyLog");

            migrationBuilder.DropTable(
                name: "EmergencyModes");

            migrationBuilder.DropTable(
                name: "ExcellentAgentAwards");

            migrationBuilder.DropTable(
                name: "LeaveRequests");

            migrationBuilder.DropTable(
                name: "MassIncidentBreaches");

            migrationBuilder.DropTable(
                name: "MassIncidentLinks");

            migrationBuilder.DropTable(
                name: "MassNotifications");

            migrationBuilder.DropTable(
                name: "MonthlyAssessments");

            migrationBuilder.DropTable(
                name: "NegotiationRounds");

            migrationBuilder.DropTable(
                name: "NormViolations");

            migrationBuilder.DropTable(
                name: "OnboardingDays");

            migrationBuilder.DropTable(
                name: "OnboardingExams");

            migrationBuilder.DropTable(
                name: "OutageBreaches");

            migrationBuilder.DropTable(
                name: "OutageWaitingCustomers");

            migrationBuilder.DropTable(
                name: "OvertimeRecords");

            migrationBuilder.DropTable(
                name: "PayProfiles");

            migrationBuilder.DropTable(
                name: "ProbationChanges");

            migrationBuilder.DropTable(
                name: "PromotionObjections");

            migrationBuilder.DropTable(
                name: "PromotionSteps");

            migrationBuilder.DropTable(
                name: "Punches");

            migrationBuilder.DropTable(
                name: "RetentionRuns");

            migrationBuilder.DropTable(
                name: "Rosters");

            migrationBuilder.DropTable(
                name: "SecurityIncidentCustomers");

            migrationBuilder.DropTable(
                name: "SupplyContacts");

            migrationBuilder.DropTable(
                name: "TerminationProposals");

            migrationBuilder.DropTable(
                name: "TrainingAssignments");

            migrationBuilder.DropTable(
                name: "TrainingSessionAttendees");

            migrationBuilder.DropTable(
                name: "WeatherRequests");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "MassIncidents");

            migrationBuilder.DropTable(
                name: "Complaints");

            migrationBuilder.DropTable(
                name: "Onboardings");

            migrationBuilder.DropTable(
                name: "OutageIncidents");

            migrationBuilder.DropTable(
                name: "EmploymentRecords");

            migrationBuilder.DropTable(
                name: "PromotionApplications");

            migrationBuilder.DropTable(
                name: "SecurityIncidents");

            migrationBuilder.DropTable(
                name: "SuppliesDirectories");

            migrationBuilder.DropTable(
                name: "TrainingSessions");

            migrationBuilder.DropTable(
                name: "Agents");

            migrationBuilder.DropTable(
                name: "Teams");
        }
    }
}
