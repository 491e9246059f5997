using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceConsole.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PointsAndRecognition : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ExcellentAgentAwards",
                columns: table => new
                {
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    AgentCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProposedAgentCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    BonusYuan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Ratings = table.Column<int>(type: "INTEGER", nullable: false),
                    MeanRating = table.Column<double>(type: "REAL", nullable: true),
                    FiveStars = table.Column<int>(type: "INTEGER", nullable: false),
                    ConfirmedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExcellentAgentAwards", x => x.Month);
                });

            migrationBuilder.CreateTable(
                name: "NormViolations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgentCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Points = table.Column<int>(type: "INTEGER", nullable: false),
                    RuleId = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NormViolations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NormViolations_AgentCode_RecordedAt",
                table: "NormViolations",
                columns: new[] { "AgentCode", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_NormViolations_ComplaintId",
                table: "NormViolations",
                column: "ComplaintId",
                unique: true,
                filter: "ComplaintId IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_NormViolations_RecordedAt",
                table: "NormViolations",
                column: "RecordedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExcellentAgentAwards");

            migrationBuilder.DropTable(
                name: "NormViolations");
        }
    }
}
