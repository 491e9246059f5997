using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceConsole.Web.Data.Migrations
{
    /// <summary>Creates Quartz's persistent job store tables in the console's own database (see Data/Sql/quartz-sqlite.sql).</summary>
    public partial class SchedulerTables : Migration
    {
        private static readonly string[] Tables =
        [
            "QRTZ_JOB_STATUS", "QRTZ_MISFIRE_HISTORY", "QRTZ_EXECUTION_HISTORY", "QRTZ_FIRED_TRIGGERS", "QRTZ_PAUSED_JOB_GRPS",
            "QRTZ_PAUSED_TRIGGER_GRPS", "QRTZ_SCHEDULER_STATE", "QRTZ_LOCKS", "QRTZ_SIMPLE_TRIGGERS", "QRTZ_SIMPROP_TRIGGERS",
            "QRTZ_CRON_TRIGGERS", "QRTZ_BLOB_TRIGGERS", "QRTZ_CALENDARS", "QRTZ_TRIGGERS", "QRTZ_JOB_DETAILS",
        ];

        protected override void Up(MigrationBuilder migrationBuilder)
        {
            using var stream = typeof(SchedulerTables).Assembly.GetManifestResourceStream("ServiceConsole.Web.Data.Sql.quartz-sqlite.sql")
                ?? throw new InvalidOperationException("The Quartz schema script is not embedded.");
            using var reader = new StreamReader(stream);
            migrationBuilder.Sql(reader.ReadToEnd());
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
            {
                migrationBuilder.Sql($"DROP TABLE IF EXISTS {table};");
            }
        }
    }
}
