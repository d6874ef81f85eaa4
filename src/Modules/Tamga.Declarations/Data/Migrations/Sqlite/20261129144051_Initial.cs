using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tamga.Declarations.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "decl_audit_stream_heads",
                columns: table => new
                {
                    stream = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decl_audit_stream_heads", x => x.stream);
                });

            migrationBuilder.CreateTable(
                name: "decl_audit_trail",
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
                    table.PrimaryKey("PK_decl_audit_trail", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "decl_callback_deliveries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    notification_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    declaration_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    party_id = table.Column<string>(type: "TEXT", maxLength: 17, nullable: false),
                    url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    next_attempt_at = table.Column<long>(type: "INTEGER", nullable: false),
                    delivered_at = table.Column<long>(type: "INTEGER", nullable: true),
                    last_status_code = table.Column<int>(type: "INTEGER", nullable: true),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decl_callback_deliveries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "decl_callbacks",
                columns: table => new
                {
                    party_id = table.Column<string>(type: "TEXT", maxLength: 17, nullable: false),
                    url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    secret = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decl_callbacks", x => x.party_id);
                });

            migrationBuilder.CreateTable(
                name: "decl_declarations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    lrn = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    declarant_id = table.Column<string>(type: "TEXT", maxLength: 17, nullable: false),
                    representative_id = table.Column<string>(type: "TEXT", maxLength: 17, nullable: true),
                    importer_id = table.Column<string>(type: "TEXT", maxLength: 17, nullable: true),
                    exporter_id = table.Column<string>(type: "TEXT", maxLength: 17, nullable: true),
                    type_code = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    mrn = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    channel_reasons = table.Column<string>(type: "TEXT", nullable: false),
                    risk_decided_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    control_office = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    assigned_officer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    content_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    content = table.Column<string>(type: "TEXT", nullable: false),
                    duty_assessed = table.Column<bool>(type: "INTEGER", nullable: false),
                    duty_total = table.Column<long>(type: "INTEGER", nullable: false),
                    duty_currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    duty_note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    duty_lines = table.Column<string>(type: "TEXT", nullable: false),
                    duty_paid_or_secured = table.Column<bool>(type: "INTEGER", nullable: false),
                    lodged_at = table.Column<long>(type: "INTEGER", nullable: false),
                    registered_at = table.Column<long>(type: "INTEGER", nullable: true),
                    released_at = table.Column<long>(type: "INTEGER", nullable: true),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    row_version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decl_declarations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "decl_inbox",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    consumer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    handled_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decl_inbox", x => new { x.event_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "decl_outbox",
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
                    table.PrimaryKey("PK_decl_outbox", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "decl_submissions",
                columns: table => new
                {
                    declaration_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    format = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    body = table.Column<byte[]>(type: "BLOB", nullable: false),
                    received_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decl_submissions", x => new { x.declaration_id, x.version });
                });

            migrationBuilder.CreateTable(
                name: "decl_document_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    declaration_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    requested_at = table.Column<long>(type: "INTEGER", nullable: false),
                    requested_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    received_at = table.Column<long>(type: "INTEGER", nullable: true),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    content = table.Column<byte[]>(type: "BLOB", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decl_document_requests", x => x.id);
                    table.ForeignKey(
                        name: "FK_decl_document_requests_decl_declarations_declaration_id",
                        column: x => x.declaration_id,
                        principalTable: "decl_declarations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "decl_notifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    declaration_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    function_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    issued_at = table.Column<long>(type: "INTEGER", nullable: false),
                    mrn = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    lrn = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    message = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    errors = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decl_notifications", x => x.id);
                    table.ForeignKey(
                        name: "FK_decl_notifications_decl_declarations_declaration_id",
                        column: x => x.declaration_id,
                        principalTable: "decl_declarations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "decl_status_changes",
                columns: table => new
                {
                    declaration_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decl_status_changes", x => new { x.declaration_id, x.sequence });
                    table.ForeignKey(
                        name: "FK_decl_status_changes_decl_declarations_declaration_id",
                        column: x => x.declaration_id,
                        principalTable: "decl_declarations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_decl_audit_trail_stream_sequence",
                table: "decl_audit_trail",
                columns: new[] { "stream", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_decl_callback_deliveries_delivered_at_next_attempt_at",
                table: "decl_callback_deliveries",
                columns: new[] { "delivered_at", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "IX_decl_callback_deliveries_notification_id_party_id",
                table: "decl_callback_deliveries",
                columns: new[] { "notification_id", "party_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_decl_callback_deliveries_party_id_created_at",
                table: "decl_callback_deliveries",
                columns: new[] { "party_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_decl_declarations_control_office_status",
                table: "decl_declarations",
                columns: new[] { "control_office", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_decl_declarations_declarant_id_lrn",
                table: "decl_declarations",
                columns: new[] { "declarant_id", "lrn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_decl_declarations_exporter_id",
                table: "decl_declarations",
                column: "exporter_id");

            migrationBuilder.CreateIndex(
                name: "IX_decl_declarations_importer_id",
                table: "decl_declarations",
                column: "importer_id");

            migrationBuilder.CreateIndex(
                name: "IX_decl_declarations_lodged_at",
                table: "decl_declarations",
                column: "lodged_at");

            migrationBuilder.CreateIndex(
                name: "IX_decl_declarations_mrn",
                table: "decl_declarations",
                column: "mrn",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_decl_declarations_representative_id",
                table: "decl_declarations",
                column: "representative_id");

            migrationBuilder.CreateIndex(
                name: "IX_decl_document_requests_declaration_id",
                table: "decl_document_requests",
                column: "declaration_id");

            migrationBuilder.CreateIndex(
                name: "IX_decl_notifications_declaration_id_sequence",
                table: "decl_notifications",
                columns: new[] { "declaration_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_decl_outbox_dispatched_at_occurred_at",
                table: "decl_outbox",
                columns: new[] { "dispatched_at", "occurred_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "decl_audit_stream_heads");

            migrationBuilder.DropTable(
                name: "decl_audit_trail");

            migrationBuilder.DropTable(
                name: "decl_callback_deliveries");

            migrationBuilder.DropTable(
                name: "decl_callbacks");

            migrationBuilder.DropTable(
                name: "decl_document_requests");

            migrationBuilder.DropTable(
                name: "decl_inbox");

            migrationBuilder.DropTable(
                name: "decl_notifications");

            migrationBuilder.DropTable(
                name: "decl_outbox");

            migrationBuilder.DropTable(
                name: "decl_status_changes");

            migrationBuilder.DropTable(
                name: "decl_submissions");

            migrationBuilder.DropTable(
                name: "decl_declarations");
        }
    }
}
