using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tamga.Risk.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AeoCapacityAlerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "rsk_aeo_authorisations",
                schema: "risk",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    identifier = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: false),
                    type = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    reference = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: true),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    registered_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revoked_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    revocation_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rsk_aeo_authorisations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rsk_alerts",
                schema: "risk",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    party = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: true),
                    commodity_prefix = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    origin_country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    shareable = table.Column<bool>(type: "boolean", nullable: false),
                    raised_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    raised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    watch_list_profile_id = table.Column<Guid>(type: "uuid", nullable: true),
                    watch_list_profile_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rsk_alerts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rsk_office_capacities",
                schema: "risk",
                columns: table => new
                {
                    office = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: false),
                    physical_per_day = table.Column<int>(type: "integer", nullable: true),
                    documentary_per_day = table.Column<int>(type: "integer", nullable: true),
                    set_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    set_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rsk_office_capacities", x => x.office);
                });

            migrationBuilder.CreateTable(
                name: "rsk_shared_results",
                schema: "risk",
                columns: table => new
                {
                    declaration_id = table.Column<Guid>(type: "uuid", nullable: false),
                    shared_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    shared_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rsk_shared_results", x => x.declaration_id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_rsk_aeo_authorisations_identifier",
                schema: "risk",
                table: "rsk_aeo_authorisations",
                column: "identifier");

            migrationBuilder.CreateIndex(
                name: "IX_rsk_alerts_number",
                schema: "risk",
                table: "rsk_alerts",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rsk_shared_results_shared_at",
                schema: "risk",
                table: "rsk_shared_results",
                column: "shared_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rsk_aeo_authorisations",
                schema: "risk");

            migrationBuilder.DropTable(
                name: "rsk_alerts",
                schema: "risk");

            migrationBuilder.DropTable(
                name: "rsk_office_capacities",
                schema: "risk");

            migrationBuilder.DropTable(
                name: "rsk_shared_results",
                schema: "risk");
        }
    }
}
