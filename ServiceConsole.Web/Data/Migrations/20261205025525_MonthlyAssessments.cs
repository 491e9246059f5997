using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceConsole.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class MonthlyAssessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AnnualAssessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    AgentCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MonthsScored = table.Column<int>(type: "INTEGER", nullable: false),
                    MonthlyAverage = table.Column<double>(type: "REAL", nullable: true),
                    Satisfaction = table.Column<double>(type: "REAL", nullable: true),
                    RatingScore = table.Column<double>(type: "REAL", nullable: true),
                    TrainingsPassed = table.Column<int>(type: "INTEGER", nullable: false),
                    TrainingsRecorded = table.Column<int>(type: "INTEGER", nullable: false),
                    TrainingScore = table.Column<double>(type: "REAL", nullable: true),
                    Score = table.Column<double>(type: "REAL", nullable: true),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Final = table.Column<bool>(type: "INTEGER", nullable: false),
                    ComputedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ComputedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
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
                name: "MonthlyAssessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    AgentCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ResponseCompliance = table.Column<double>(type: "REAL", nullable: true),
                    FirstContactResolution = table.Column<double>(type: "REAL", nullable: true),
                    Satisfaction = table.Column<double>(type: "REAL", nullable: true),
                    ContactsMeasured = table.Column<int>(type: "INTEGER", nullable: false),
                    ResolutionsMeasured = table.Column<int>(type: "INTEGER", nullable: false),
                    Ratings = table.Column<int>(type: "INTEGER", nullable: false),
                    Quantitative = table.Column<double>(type: "REAL", nullable: false),
                    PenaltyPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    RuleCompliance = table.Column<double>(type: "REAL", nullable: false),
                    Attitude = table.Column<double>(type: "REAL", nullable: true),
                    AttitudeNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AttitudeBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AttitudeAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Qualitative = table.Column<double>(type: "REAL", nullable: true),
                    Score = table.Column<double>(type: "REAL", nullable: true),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Consequence = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    BonusYuan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    PromotionPriority = table.Column<bool>(type: "INTEGER", nullable: false),
                    TerminationProposed = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConsecutiveFailedMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    Final = table.Column<bool>(type: "INTEGER", nullable: false),
                    ComputedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ComputedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AppliedConsequence = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ConsequencesAppliedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    TalkedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TalkSummary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ImprovementPlan = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true)
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
                name: "TerminationProposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    AgentCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FailedMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    ProposedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ProposedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true)
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
                name: "IX_MonthlyAssessments_AgentCode_Month",
                table: "MonthlyAssessments",
                columns: new[] { "AgentCode", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyAssessments_Month_AgentCode",
                table: "MonthlyAssessments",
                columns: new[] { "Month", "AgentCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TerminationProposals_AgentCode_Month",
                table: "TerminationProposals",
                columns: new[] { "AgentCode", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TerminationProposals_ProposedAt",
                table: "TerminationProposals",
                column: "ProposedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnnualAssessments");

            migrationBuilder.DropTable(
                name: "MonthlyAssessments");

            migrationBuilder.DropTable(
                name: "TerminationProposals");
        }
    }
}
