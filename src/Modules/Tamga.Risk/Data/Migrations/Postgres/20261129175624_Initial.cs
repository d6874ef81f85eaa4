using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tamga.Risk.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "risk");

            migrationBuilder.CreateTable(
                name: "rsk_audit_stream_heads",
                schema: "risk",
                columns: table => new
                {
                    stream = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rsk_audit_stream_heads", x => x.stream);
                });

            migrationBuilder.CreateTable(
                name: "rsk_audit_trail",
                schema: "risk",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    stream = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    action = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    before_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    after_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    previous_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rsk_audit_trail", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rsk_control_results",
                schema: "risk",
                columns: table => new
                {
                    declaration_id = table.Column<Guid>(type: "uuid", nullable: false),
                    item = table.Column<int>(type: "integer", nullable: false),
                    mrn = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    officer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    irregularity = table.Column<bool>(type: "boolean", nullable: false),
                    revenue_raised = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    office = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: false),
                    declaration_type = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: false),
                    procedure_code = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: false),
                    transport_mode = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: false),
                    declarant = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: false),
                    importer = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: false),
                    seller = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: false),
                    commodity_code = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: false),
                    dispatch_country = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: false),
                    origin_country = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: false),
                    preference = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: false),
                    net_mass_kg = table.Column<decimal>(type: "numeric(16,6)", precision: 16, scale: 6, nullable: true),
                    item_value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rsk_control_results", x => new { x.declaration_id, x.item });
                });

            migrationBuilder.CreateTable(
                name: "rsk_inbox",
                schema: "risk",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    handled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rsk_inbox", x => new { x.event_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "rsk_outbox",
                schema: "risk",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "text", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    dispatched_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rsk_outbox", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rsk_profiles",
                schema: "risk",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    channel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    criteria = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    target_rate = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    drafted_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    drafted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decision_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    row_version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rsk_profiles", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_rsk_audit_trail_stream_sequence",
                schema: "risk",
                table: "rsk_audit_trail",
                columns: new[] { "stream", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rsk_control_results_importer",
                schema: "risk",
                table: "rsk_control_results",
                column: "importer");

            migrationBuilder.CreateIndex(
                name: "IX_rsk_control_results_recorded_at",
                schema: "risk",
                table: "rsk_control_results",
                column: "recorded_at");

            migrationBuilder.CreateIndex(
                name: "IX_rsk_outbox_dispatched_at_occurred_at",
                schema: "risk",
                table: "rsk_outbox",
                columns: new[] { "dispatched_at", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "IX_rsk_profiles_number_version",
                schema: "risk",
                table: "rsk_profiles",
                columns: new[] { "number", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rsk_profiles_status",
                schema: "risk",
                table: "rsk_profiles",
                column: "status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rsk_audit_stream_heads",
                schema: "risk");

            migrationBuilder.DropTable(
                name: "rsk_audit_trail",
                schema: "risk");

            migrationBuilder.DropTable(
                name: "rsk_control_results",
                schema: "risk");

            migrationBuilder.DropTable(
                name: "rsk_inbox",
                schema: "risk");

            migrationBuilder.DropTable(
                name: "rsk_outbox",
                schema: "risk");

            migrationBuilder.DropTable(
                name: "rsk_profiles",
                schema: "risk");
        }
    }
}
