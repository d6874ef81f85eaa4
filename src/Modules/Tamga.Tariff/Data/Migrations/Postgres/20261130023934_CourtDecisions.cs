using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tamga.Tariff.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CourtDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "tar_court_decisions",
                schema: "tariff",
                columns: table => new
                {
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    court = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    case_number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    case_key = table.Column<string>(type: "character varying(261)", maxLength: 261, nullable: false),
                    judgment_date = table.Column<DateOnly>(type: "date", nullable: false),
                    parties = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    commodity_codes = table.Column<string>(type: "character varying(110)", maxLength: 110, nullable: false),
                    summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    operative_text = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    search_text = table.Column<string>(type: "character varying(11000)", maxLength: 11000, nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    signature = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    key_id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tar_court_decisions", x => x.number);
                });

            migrationBuilder.CreateTable(
                name: "tar_court_decision_rulings",
                schema: "tariff",
                columns: table => new
                {
                    decision_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ruling_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    annuls = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tar_court_decision_rulings", x => new { x.decision_number, x.ruling_number });
                    table.ForeignKey(
                        name: "FK_tar_court_decision_rulings_tar_court_decisions_decision_num~",
                        column: x => x.decision_number,
                        principalSchema: "tariff",
                        principalTable: "tar_court_decisions",
                        principalColumn: "number",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_tar_court_decision_rulings_ruling_number",
                schema: "tariff",
                table: "tar_court_decision_rulings",
                column: "ruling_number");

            migrationBuilder.CreateIndex(
                name: "IX_tar_court_decisions_case_key",
                schema: "tariff",
                table: "tar_court_decisions",
                column: "case_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tar_court_decisions_published_at",
                schema: "tariff",
                table: "tar_court_decisions",
                column: "published_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "tar_court_decision_rulings",
                schema: "tariff");

            migrationBuilder.DropTable(
                name: "tar_court_decisions",
                schema: "tariff");
        }
    }
}
