using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tamga.Publications.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "publications");

            migrationBuilder.CreateTable(
                name: "pub_audit_stream_heads",
                schema: "publications",
                columns: table => new
                {
                    stream = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pub_audit_stream_heads", x => x.stream);
                });

            migrationBuilder.CreateTable(
                name: "pub_audit_trail",
                schema: "publications",
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
                    table.PrimaryKey("PK_pub_audit_trail", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "pub_inbox",
                schema: "publications",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    handled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pub_inbox", x => new { x.event_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "pub_outbox",
                schema: "publications",
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
                    table.PrimaryKey("PK_pub_outbox", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "pub_subscribers",
                schema: "publications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    email_key = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    kinds = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    agencies = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    pending_kinds = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    pending_agencies = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    confirmation_token = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    unsubscribe_token = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    unsubscribed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pub_subscribers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "pub_versions",
                schema: "publications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    agency = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    form_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    attachment_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    attachment_content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    attachment = table.Column<byte[]>(type: "bytea", nullable: true),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    effective_to = table.Column<DateOnly>(type: "date", nullable: true),
                    source = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    key_id = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    signature = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    search_text = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pub_versions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "pub_exchange_rates",
                schema: "publications",
                columns: table => new
                {
                    version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    units_per_national_unit = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pub_exchange_rates", x => new { x.version_id, x.currency, x.valid_from });
                    table.ForeignKey(
                        name: "FK_pub_exchange_rates_pub_versions_version_id",
                        column: x => x.version_id,
                        principalSchema: "publications",
                        principalTable: "pub_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_pub_audit_trail_stream_sequence",
                schema: "publications",
                table: "pub_audit_trail",
                columns: new[] { "stream", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pub_exchange_rates_currency_valid_from",
                schema: "publications",
                table: "pub_exchange_rates",
                columns: new[] { "currency", "valid_from" });

            migrationBuilder.CreateIndex(
                name: "IX_pub_outbox_dispatched_at_occurred_at",
                schema: "publications",
                table: "pub_outbox",
                columns: new[] { "dispatched_at", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "IX_pub_subscribers_confirmation_token",
                schema: "publications",
                table: "pub_subscribers",
                column: "confirmation_token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pub_subscribers_email_key",
                schema: "publications",
                table: "pub_subscribers",
                column: "email_key");

            migrationBuilder.CreateIndex(
                name: "IX_pub_subscribers_status",
                schema: "publications",
                table: "pub_subscribers",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "IX_pub_subscribers_unsubscribe_token",
                schema: "publications",
                table: "pub_subscribers",
                column: "unsubscribe_token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pub_versions_number_version",
                schema: "publications",
                table: "pub_versions",
                columns: new[] { "number", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pub_versions_status_kind",
                schema: "publications",
                table: "pub_versions",
                columns: new[] { "status", "kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pub_audit_stream_heads",
                schema: "publications");

            migrationBuilder.DropTable(
                name: "pub_audit_trail",
                schema: "publications");

            migrationBuilder.DropTable(
                name: "pub_exchange_rates",
                schema: "publications");

            migrationBuilder.DropTable(
                name: "pub_inbox",
                schema: "publications");

            migrationBuilder.DropTable(
                name: "pub_outbox",
                schema: "publications");

            migrationBuilder.DropTable(
                name: "pub_subscribers",
                schema: "publications");

            migrationBuilder.DropTable(
                name: "pub_versions",
                schema: "publications");
        }
    }
}
