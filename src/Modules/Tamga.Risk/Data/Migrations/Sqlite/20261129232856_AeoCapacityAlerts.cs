using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tamga.Risk.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AeoCapacityAlerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "rsk_aeo_authorisations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    identifier = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    reference = table.Column<string>(type: "TEXT", maxLength: 35, nullable: true),
                    valid_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    registered_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    registered_at = table.Column<long>(type: "INTEGER", nullable: false),
                    revoked_at = table.Column<long>(type: "INTEGER", nullable: true),
                    revoked_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    revocation_note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rsk_aeo_authorisations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rsk_alerts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    party = table.Column<string>(type: "TEXT", maxLength: 35, nullable: true),
                    commodity_prefix = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    origin_country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    shareable = table.Column<bool>(type: "INTEGER", nullable: false),
                    raised_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    raised_at = table.Column<long>(type: "INTEGER", nullable: false),
                    watch_list_profile_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    watch_list_profile_number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rsk_alerts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rsk_office_capacities",
                columns: table => new
                {
                    office = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    physical_per_day = table.Column<int>(type: "INTEGER", nullable: true),
                    documentary_per_day = table.Column<int>(type: "INTEGER", nullable: true),
                    set_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    set_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rsk_office_capacities", x => x.office);
                });

            migrationBuilder.CreateTable(
                name: "rsk_shared_results",
                columns: table => new
                {
                    declaration_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    shared_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    shared_at = table.Column<long>(type: "INTEGER", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rsk_shared_results", x => x.declaration_id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_rsk_aeo_authorisations_identifier",
                table: "rsk_aeo_authorisations",
                column: "identifier");

            migrationBuilder.CreateIndex(
                name: "IX_rsk_alerts_number",
                table: "rsk_alerts",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rsk_shared_results_shared_at",
                table: "rsk_shared_results",
                column: "shared_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rsk_aeo_authorisations");

            migrationBuilder.DropTable(
                name: "rsk_alerts");

            migrationBuilder.DropTable(
                name: "rsk_office_capacities");

            migrationBuilder.DropTable(
                name: "rsk_shared_results");
        }
    }
}
