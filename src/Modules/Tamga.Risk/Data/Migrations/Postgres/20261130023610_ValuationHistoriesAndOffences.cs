using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tamga.Risk.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ValuationHistoriesAndOffences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "rsk_party_offences",
                schema: "risk",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    party_id = table.Column<Guid>(type: "uuid", nullable: false),
                    party_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    offence_date = table.Column<DateOnly>(type: "date", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    reference = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    penalty_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rsk_party_offences", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rsk_valuation_histories",
                schema: "risk",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    subheading = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    origin = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    importer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    count = table.Column<int>(type: "integer", nullable: false),
                    mean = table.Column<double>(type: "double precision", nullable: false),
                    sum_of_squares = table.Column<double>(type: "double precision", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rsk_valuation_histories", x => x.key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_rsk_party_offences_party_id",
                schema: "risk",
                table: "rsk_party_offences",
                column: "party_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rsk_party_offences",
                schema: "risk");

            migrationBuilder.DropTable(
                name: "rsk_valuation_histories",
                schema: "risk");
        }
    }
}
