using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceConsole.Web.Data.PostgresMigrations
{
    /// <inheritdoc />
    public partial class RoutingLoadIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Contacts_Channel_Status_AgentCode",
                table: "Contacts",
                columns: new[] { "Channel", "Status", "AgentCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Contacts_Channel_Status_AgentCode",
                table: "Contacts");
        }
    }
}
