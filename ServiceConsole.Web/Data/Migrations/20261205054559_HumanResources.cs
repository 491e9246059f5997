using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceConsole.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class HumanResources : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SupervisorUserName",
                table: "Teams",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Level",
                table: "Agents",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Specialist");

            migrationBuilder.CreateTable(
                name: "DisciplineRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgentCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Cause = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProposedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProposedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
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
                    AgentCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    HireDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProbationEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ConfirmedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConfirmedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
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
                name: "LeaveRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgentCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FiledBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FiledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LeaveRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OvertimeRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgentCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    DayKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Compensation = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AmountYuan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    HourlyRate = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OvertimeRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PayProfiles",
                columns: table => new
                {
                    AgentCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MonthlyBaseYuan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    HasPositionAllowance = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayProfiles", x => x.AgentCode);
                });

            migrationBuilder.CreateTable(
                name: "PromotionApplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgentCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FromLevel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TargetLevel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Statement = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AppliedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AppliedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FirstReviewDueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    TeamworkNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PublicityStartsAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublicityEndsAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewReminderSent = table.Column<bool>(type: "INTEGER", nullable: false)
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
                name: "Punches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AgentCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    VoidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    VoidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    VoidReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RequestHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Punches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Rosters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    AgentCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WeekdayList = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FirstStart = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    FirstEnd = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    SecondStart = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    SecondEnd = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rosters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProbationChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    HireDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PreviousEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProbationEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    AgentCode = table.Column<string>(type: "TEXT", nullable: false)
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
                name: "PromotionObjections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    FiledBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    FiledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Approve = table.Column<bool>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false)
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
                name: "IX_DisciplineRecords_AgentCode_Date",
                table: "DisciplineRecords",
                columns: new[] { "AgentCode", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_DisciplineRecords_Status",
                table: "DisciplineRecords",
                column: "Status");

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
                name: "IX_Rosters_From_To",
                table: "Rosters",
                columns: new[] { "From", "To" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DisciplineRecords");

            migrationBuilder.DropTable(
                name: "LeaveRequests");

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
                name: "Rosters");

            migrationBuilder.DropTable(
                name: "EmploymentRecords");

            migrationBuilder.DropTable(
                name: "PromotionApplications");

            migrationBuilder.DropColumn(
                name: "SupervisorUserName",
                table: "Teams");

            migrationBuilder.DropColumn(
                name: "Level",
                table: "Agents");
        }
    }
}
