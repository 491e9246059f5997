using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceConsole.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AuditChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditRecords",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Fields = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Revealed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    From = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditRecords", x => x.Sequence);
                });

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

            // INF-05: the application may only append; the database itself refuses to change or remove a row.
            migrationBuilder.Sql(
                "CREATE TRIGGER AuditRecords_NoUpdate BEFORE UPDATE ON AuditRecords " +
                "BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;");
            migrationBuilder.Sql(
                "CREATE TRIGGER AuditRecords_NoDelete BEFORE DELETE ON AuditRecords " +
                "BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS AuditRecords_NoDelete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS AuditRecords_NoUpdate;");
            migrationBuilder.DropTable(
                name: "AuditRecords");
        }
    }
}
