using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tamga.Tariff.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CourtDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "tar_court_decisions",
                columns: table => new
                {
                    number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    court = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    case_number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    case_key = table.Column<string>(type: "TEXT", maxLength: 261, nullable: false),
                    judgment_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    parties = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    commodity_codes = table.Column<string>(type: "TEXT", maxLength: 110, nullable: false),
                    summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    operative_text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    search_text = table.Column<string>(type: "TEXT", maxLength: 11000, nullable: false),
                    published_at = table.Column<long>(type: "INTEGER", nullable: false),
                    signature = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    key_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tar_court_decisions", x => x.number);
                });

            migrationBuilder.CreateTable(
                name: "tar_court_decision_rulings",
                columns: table => new
                {
                    decision_number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ruling_number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    annuls = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tar_court_decision_rulings", x => new { x.decision_number, x.ruling_number });
                    table.ForeignKey(
                        name: "FK_tar_court_decision_rulings_tar_court_decisions_decision_number",
                        column: x => x.decision_number,
                        principalTable: "tar_court_decisions",
                        principalColumn: "number",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_tar_court_decision_rulings_ruling_number",
                table: "tar_court_decision_rulings",
                column: "ruling_number");

            migrationBuilder.CreateIndex(
                name: "IX_tar_court_decisions_case_key",
                table: "tar_court_decisions",
                column: "case_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tar_court_decisions_published_at",
                table: "tar_court_decisions",
                column: "published_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "tar_court_decision_rulings");

            migrationBuilder.DropTable(
                name: "tar_court_decisions");
        }
    }
}
