using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceConsole.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AgentDutyHold : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Hold",
                table: "Agents",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.AddColumn<string>(
                name: "HoldRuleId",
                table: "Agents",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "HoldUntil",
                table: "Agents",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Hold",
                table: "Agents");

            migrationBuilder.DropColumn(
                name: "HoldRuleId",
                table: "Agents");

            migrationBuilder.DropColumn(
                name: "HoldUntil",
                table: "Agents");
        }
    }
}
