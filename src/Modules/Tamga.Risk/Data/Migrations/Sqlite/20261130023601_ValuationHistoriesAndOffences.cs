using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tamga.Risk.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ValuationHistoriesAndOffences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "rsk_party_offences",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    party_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    party_number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    offence_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    reference = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    penalty_amount = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rsk_party_offences", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rsk_valuation_histories",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    subheading = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    origin = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    importer_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    count = table.Column<int>(type: "INTEGER", nullable: false),
                    mean = table.Column<double>(type: "REAL", nullable: false),
                    sum_of_squares = table.Column<double>(type: "REAL", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rsk_valuation_histories", x => x.key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_rsk_party_offences_party_id",
                table: "rsk_party_offences",
                column: "party_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rsk_party_offences");

            migrationBuilder.DropTable(
                name: "rsk_valuation_histories");
        }
    }
}
