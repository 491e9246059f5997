using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceConsole.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ClocksAlertsAccountability : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "BreachedAt",
                table: "Callbacks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RuleId",
                table: "Callbacks",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "");

            // Rows from before this migration were all SVC-05 promises (the only kind created then).
            migrationBuilder.Sql("UPDATE Callbacks SET RuleId = 'SVC-05' WHERE RuleId = '' AND Kind = 'Promise';");

            migrationBuilder.CreateTable(
                name: "Accountability",
                columns: table => new
                {
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Party = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Accountable = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OutletCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Points = table.Column<int>(type: "INTEGER", nullable: false),
                    FineYuan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    RuleId = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    InForce = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsDrill = table.Column<bool>(type: "INTEGER", nullable: false)
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
                name: "Alerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RuleId = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Clock = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubjectKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgentCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IsDrill = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Alerts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Accountability_Party_Accountable_RecordedAt",
                table: "Accountability",
                columns: new[] { "Party", "Accountable", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_RaisedAt",
                table: "Alerts",
                column: "RaisedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_SubjectId_Clock_Kind_DueAt",
                table: "Alerts",
                columns: new[] { "SubjectId", "Clock", "Kind", "DueAt" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Accountability");

            migrationBuilder.DropTable(
                name: "Alerts");

            migrationBuilder.DropColumn(
                name: "BreachedAt",
                table: "Callbacks");

            migrationBuilder.DropColumn(
                name: "RuleId",
                table: "Callbacks");
        }
    }
}
