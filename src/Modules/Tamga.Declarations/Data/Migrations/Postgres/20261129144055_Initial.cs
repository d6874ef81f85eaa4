using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tamga.Declarations.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "declarations");

            migrationBuilder.CreateTable(
                name: "decl_audit_stream_heads",
                schema: "declarations",
                columns: table => new
                {
                    stream = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decl_audit_stream_heads", x => x.stream);
                });

            migrationBuilder.CreateTable(
                name: "decl_audit_trail",
                schema: "declarations",
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
                    table.PrimaryKey("PK_decl_audit_trail", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "decl_callback_deliveries",
                schema: "declarations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    notification_id = table.Column<Guid>(type: "uuid", nullable: false),
                    declaration_id = table.Column<Guid>(type: "uuid", nullable: false),
                    party_id = table.Column<string>(type: "character varying(17)", maxLength: 17, nullable: false),
                    url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    delivered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_status_code = table.Column<int>(type: "integer", nullable: true),
                    last_error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decl_callback_deliveries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "decl_callbacks",
                schema: "declarations",
                columns: table => new
                {
                    party_id = table.Column<string>(type: "character varying(17)", maxLength: 17, nullable: false),
                    url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    secret = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decl_callbacks", x => x.party_id);
                });

            migrationBuilder.CreateTable(
                name: "decl_declarations",
                schema: "declarations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    lrn = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: false),
                    declarant_id = table.Column<string>(type: "character varying(17)", maxLength: 17, nullable: false),
                    representative_id = table.Column<string>(type: "character varying(17)", maxLength: 17, nullable: true),
                    importer_id = table.Column<string>(type: "character varying(17)", maxLength: 17, nullable: true),
                    exporter_id = table.Column<string>(type: "character varying(17)", maxLength: 17, nullable: true),
                    type_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    mrn = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    channel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    channel_reasons = table.Column<string>(type: "text", nullable: false),
                    risk_decided_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    control_office = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    assigned_officer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    content_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    content = table.Column<string>(type: "text", nullable: false),
                    duty_assessed = table.Column<bool>(type: "boolean", nullable: false),
                    duty_total = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    duty_currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    duty_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    duty_lines = table.Column<string>(type: "text", nullable: false),
                    duty_paid_or_secured = table.Column<bool>(type: "boolean", nullable: false),
                    lodged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    released_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    row_version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decl_declarations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "decl_inbox",
                schema: "declarations",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    handled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decl_inbox", x => new { x.event_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "decl_outbox",
                schema: "declarations",
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
                    table.PrimaryKey("PK_decl_outbox", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "decl_submissions",
                schema: "declarations",
                columns: table => new
                {
                    declaration_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    format = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    body = table.Column<byte[]>(type: "bytea", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decl_submissions", x => new { x.declaration_id, x.version });
                });

            migrationBuilder.CreateTable(
                name: "decl_document_requests",
                schema: "declarations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    declaration_id = table.Column<Guid>(type: "uuid", nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    requested_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    content = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decl_document_requests", x => x.id);
                    table.ForeignKey(
                        name: "FK_decl_document_requests_decl_declarations_declaration_id",
                        column: x => x.declaration_id,
                        principalSchema: "declarations",
                        principalTable: "decl_declarations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "decl_notifications",
                schema: "declarations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    declaration_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    type = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    function_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    mrn = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    lrn = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: false),
                    message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    errors = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decl_notifications", x => x.id);
                    table.ForeignKey(
                        name: "FK_decl_notifications_decl_declarations_declaration_id",
                        column: x => x.declaration_id,
                        principalSchema: "declarations",
                        principalTable: "decl_declarations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "decl_status_changes",
                schema: "declarations",
                columns: table => new
                {
                    declaration_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decl_status_changes", x => new { x.declaration_id, x.sequence });
                    table.ForeignKey(
                        name: "FK_decl_status_changes_decl_declarations_declaration_id",
                        column: x => x.declaration_id,
                        principalSchema: "declarations",
                        principalTable: "decl_declarations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_decl_audit_trail_stream_sequence",
                schema: "declarations",
                table: "decl_audit_trail",
                columns: new[] { "stream", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_decl_callback_deliveries_delivered_at_next_attempt_at",
                schema: "declarations",
                table: "decl_callback_deliveries",
                columns: new[] { "delivered_at", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "IX_decl_callback_deliveries_notification_id_party_id",
                schema: "declarations",
                table: "decl_callback_deliveries",
                columns: new[] { "notification_id", "party_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_decl_callback_deliveries_party_id_created_at",
                schema: "declarations",
                table: "decl_callback_deliveries",
                columns: new[] { "party_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_decl_declarations_control_office_status",
                schema: "declarations",
                table: "decl_declarations",
                columns: new[] { "control_office", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_decl_declarations_declarant_id_lrn",
                schema: "declarations",
                table: "decl_declarations",
                columns: new[] { "declarant_id", "lrn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_decl_declarations_exporter_id",
                schema: "declarations",
                table: "decl_declarations",
                column: "exporter_id");

            migrationBuilder.CreateIndex(
                name: "IX_decl_declarations_importer_id",
                schema: "declarations",
                table: "decl_declarations",
                column: "importer_id");

            migrationBuilder.CreateIndex(
                name: "IX_decl_declarations_lodged_at",
                schema: "declarations",
                table: "decl_declarations",
                column: "lodged_at");

            migrationBuilder.CreateIndex(
                name: "IX_decl_declarations_mrn",
                schema: "declarations",
                table: "decl_declarations",
                column: "mrn",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_decl_declarations_representative_id",
                schema: "declarations",
                table: "decl_declarations",
                column: "representative_id");

            migrationBuilder.CreateIndex(
                name: "IX_decl_document_requests_declaration_id",
                schema: "declarations",
                table: "decl_document_requests",
                column: "declaration_id");

            migrationBuilder.CreateIndex(
                name: "IX_decl_notifications_declaration_id_sequence",
                schema: "declarations",
                table: "decl_notifications",
                columns: new[] { "declaration_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_decl_outbox_dispatched_at_occurred_at",
                schema: "declarations",
                table: "decl_outbox",
                columns: new[] { "dispatched_at", "occurred_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "decl_audit_stream_heads",
                schema: "declarations");

            migrationBuilder.DropTable(
                name: "decl_audit_trail",
                schema: "declarations");

            migrationBuilder.DropTable(
                name: "decl_callback_deliveries",
                schema: "declarations");

            migrationBuilder.DropTable(
                name: "decl_callbacks",
                schema: "declarations");

            migrationBuilder.DropTable(
                name: "decl_document_requests",
                schema: "declarations");

            migrationBuilder.DropTable(
                name: "decl_inbox",
                schema: "declarations");

            migrationBuilder.DropTable(
                name: "decl_notifications",
                schema: "declarations");

            migrationBuilder.DropTable(
                name: "decl_outbox",
                schema: "declarations");

            migrationBuilder.DropTable(
                name: "decl_status_changes",
                schema: "declarations");

            migrationBuilder.DropTable(
                name: "decl_submissions",
                schema: "declarations");

            migrationBuilder.DropTable(
                name: "decl_declarations",
                schema: "declarations");
        }
    }
}
