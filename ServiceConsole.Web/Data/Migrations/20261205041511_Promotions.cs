using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceConsole.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Promotions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Level",
                table: "Agents",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Specialist");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PromotionObjections");

            migrationBuilder.DropTable(
                name: "PromotionSteps");

            migrationBuilder.DropTable(
                name: "PromotionApplications");

            migrationBuilder.DropColumn(
                name: "Level",
                table: "Agents");
        }
    }
}
