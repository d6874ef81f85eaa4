using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tamga.Publications.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "pub_audit_stream_heads",
                columns: table => new
                {
                    stream = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pub_audit_stream_heads", x => x.stream);
                });

            migrationBuilder.CreateTable(
                name: "pub_audit_trail",
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
                    table.PrimaryKey("PK_pub_audit_trail", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "pub_inbox",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    consumer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    handled_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pub_inbox", x => new { x.event_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "pub_outbox",
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
                    table.PrimaryKey("PK_pub_outbox", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "pub_subscribers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    email_key = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    kinds = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    agencies = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    pending_kinds = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    pending_agencies = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    confirmation_token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    unsubscribe_token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    confirmed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    unsubscribed_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pub_subscribers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "pub_versions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    agency = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: false),
                    form_number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    attachment_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    attachment_content_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    attachment = table.Column<byte[]>(type: "BLOB", nullable: true),
                    effective_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    effective_to = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    published_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    published_at = table.Column<long>(type: "INTEGER", nullable: true),
                    key_id = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    signature = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    search_text = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pub_versions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "pub_exchange_rates",
                columns: table => new
                {
                    version_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    units_per_national_unit = table.Column<long>(type: "INTEGER", precision: 18, scale: 6, nullable: false),
                    valid_to = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pub_exchange_rates", x => new { x.version_id, x.currency, x.valid_from });
                    table.ForeignKey(
                        name: "FK_pub_exchange_rates_pub_versions_version_id",
                        column: x => x.version_id,
                        principalTable: "pub_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_pub_audit_trail_stream_sequence",
                table: "pub_audit_trail",
                columns: new[] { "stream", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pub_exchange_rates_currency_valid_from",
                table: "pub_exchange_rates",
                columns: new[] { "currency", "valid_from" });

            migrationBuilder.CreateIndex(
                name: "IX_pub_outbox_dispatched_at_occurred_at",
                table: "pub_outbox",
                columns: new[] { "dispatched_at", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "IX_pub_subscribers_confirmation_token",
                table: "pub_subscribers",
                column: "confirmation_token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pub_subscribers_email_key",
                table: "pub_subscribers",
                column: "email_key");

            migrationBuilder.CreateIndex(
                name: "IX_pub_subscribers_status",
                table: "pub_subscribers",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "IX_pub_subscribers_unsubscribe_token",
                table: "pub_subscribers",
                column: "unsubscribe_token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pub_versions_number_version",
                table: "pub_versions",
                columns: new[] { "number", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pub_versions_status_kind",
                table: "pub_versions",
                columns: new[] { "status", "kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pub_audit_stream_heads");

            migrationBuilder.DropTable(
                name: "pub_audit_trail");

            migrationBuilder.DropTable(
                name: "pub_exchange_rates");

            migrationBuilder.DropTable(
                name: "pub_inbox");

            migrationBuilder.DropTable(
                name: "pub_outbox");

            migrationBuilder.DropTable(
                name: "pub_subscribers");

            migrationBuilder.DropTable(
                name: "pub_versions");
        }
    }
}
