using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceConsole.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SecurityIncidents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SecurityIncidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Account = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RecordCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    PoliceReferral = table.Column<bool>(type: "INTEGER", nullable: false),
                    PlanDueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PlanStartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PlanStartedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PlanBreachedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SecurityIncidents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SecurityIncidentCustomers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NotifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    NotifiedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SecurityIncidentCustomers");

            migrationBuilder.DropTable(
                name: "SecurityIncidents");
        }
    }
}
