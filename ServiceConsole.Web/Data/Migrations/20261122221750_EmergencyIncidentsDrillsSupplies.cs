using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceConsole.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class EmergencyIncidentsDrillsSupplies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DrillSchedules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CronExpression = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    EditedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EditedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastRunAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DrillSchedules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MassIncidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssueKey = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    IssueTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IsDrill = table.Column<bool>(type: "INTEGER", nullable: false),
                    ApologyNotice = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ApologyPublishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PlanDueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ResolveDueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PlanText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PlanPublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PlanPublishedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PlanRevisedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    TeamAgentCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    TeamSpecialistCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    TeamOutletHeadName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    TeamFormedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    TeamFormedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ResolvedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    AllResolvedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SolutionKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    SolutionAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    SolutionNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SolutionFindings = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SolutionFaultParty = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    SolutionDecidedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SolutionDecidedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MassIncidents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutageIncidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NoticedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    IsDrill = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReportDueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EstimatedRestoreAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RestoredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RestoredBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RestoredNotice = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CallbackDueAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutageIncidents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SuppliesDirectories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuppliesDirectories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WeatherRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CustomerPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    WaybillNo = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NewAddress = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IsDrill = table.Column<bool>(type: "INTEGER", nullable: false),
                    DoneAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DoneBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WeatherRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MassIncidentBreaches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RuleId = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Clock = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LinkedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SolutionAppliedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SolutionAppliedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignedTo = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DoneAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DoneBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RuleId = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Clock = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OutageId = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CustomerPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    WaybillNo = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Issue = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CallbackTaskId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OutageId = table.Column<Guid>(type: "TEXT", nullable: false)
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
                name: "SupplyContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    DirectoryId = table.Column<Guid>(type: "TEXT", nullable: false)
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
                name: "IX_SupplyContacts_DirectoryId",
                table: "SupplyContacts",
                column: "DirectoryId");

            migrationBuilder.CreateIndex(
                name: "IX_WeatherRequests_RecordedAt",
                table: "WeatherRequests",
                column: "RecordedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DrillSchedules");

            migrationBuilder.DropTable(
                name: "MassIncidentBreaches");

            migrationBuilder.DropTable(
                name: "MassIncidentLinks");

            migrationBuilder.DropTable(
                name: "MassNotifications");

            migrationBuilder.DropTable(
                name: "OutageBreaches");

            migrationBuilder.DropTable(
                name: "OutageWaitingCustomers");

            migrationBuilder.DropTable(
                name: "SupplyContacts");

            migrationBuilder.DropTable(
                name: "WeatherRequests");

            migrationBuilder.DropTable(
                name: "MassIncidents");

            migrationBuilder.DropTable(
                name: "OutageIncidents");

            migrationBuilder.DropTable(
                name: "SuppliesDirectories");
        }
    }
}
