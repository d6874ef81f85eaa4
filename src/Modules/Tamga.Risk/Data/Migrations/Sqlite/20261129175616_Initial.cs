using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tamga.Risk.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "rsk_audit_stream_heads",
                columns: table => new
                {
                    stream = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rsk_audit_stream_heads", x => x.stream);
                });

            migrationBuilder.CreateTable(
                name: "rsk_audit_trail",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    stream = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    before_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    after_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    previous_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rsk_audit_trail", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rsk_control_results",
                columns: table => new
                {
                    declaration_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    item = table.Column<int>(type: "INTEGER", nullable: false),
                    mrn = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    officer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    irregularity = table.Column<bool>(type: "INTEGER", nullable: false),
                    revenue_raised = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: true),
                    office = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    declaration_type = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    procedure_code = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    transport_mode = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    declarant = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    importer = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    seller = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    commodity_code = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    dispatch_country = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    origin_country = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    preference = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    net_mass_kg = table.Column<long>(type: "INTEGER", precision: 16, scale: 6, nullable: true),
                    item_value = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rsk_control_results", x => new { x.declaration_id, x.item });
                });

            migrationBuilder.CreateTable(
                name: "rsk_inbox",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    consumer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    handled_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rsk_inbox", x => new { x.event_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "rsk_outbox",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    occurred_at = table.Column<long>(type: "INTEGER", nullable: false),
                    dispatched_at = table.Column<long>(type: "INTEGER", nullable: true),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rsk_outbox", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rsk_profiles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    criteria = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    target_rate = table.Column<long>(type: "INTEGER", precision: 7, scale: 4, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    drafted_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    drafted_at = table.Column<long>(type: "INTEGER", nullable: false),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    decided_at = table.Column<long>(type: "INTEGER", nullable: true),
                    decision_note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    row_version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rsk_profiles", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_rsk_audit_trail_stream_sequence",
                table: "rsk_audit_trail",
                columns: new[] { "stream", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rsk_control_results_importer",
                table: "rsk_control_results",
                column: "importer");

            migrationBuilder.CreateIndex(
                name: "IX_rsk_control_results_recorded_at",
                table: "rsk_control_results",
                column: "recorded_at");

            migrationBuilder.CreateIndex(
                name: "IX_rsk_outbox_dispatched_at_occurred_at",
                table: "rsk_outbox",
                columns: new[] { "dispatched_at", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "IX_rsk_profiles_number_version",
                table: "rsk_profiles",
                columns: new[] { "number", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rsk_profiles_status",
                table: "rsk_profiles",
                column: "status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rsk_audit_stream_heads");

            migrationBuilder.DropTable(
                name: "rsk_audit_trail");

            migrationBuilder.DropTable(
                name: "rsk_control_results");

            migrationBuilder.DropTable(
                name: "rsk_inbox");

            migrationBuilder.DropTable(
                name: "rsk_outbox");

            migrationBuilder.DropTable(
                name: "rsk_profiles");
        }
    }
}
