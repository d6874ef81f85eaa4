using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tamga.Revenue.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RevenueAccounting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "revenue");

            migrationBuilder.CreateTable(
                name: "rev_account_balances",
                schema: "revenue",
                columns: table => new
                {
                    account = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    balance = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_account_balances", x => new { x.account, x.currency });
                });

            migrationBuilder.CreateTable(
                name: "rev_audit_stream_heads",
                schema: "revenue",
                columns: table => new
                {
                    stream = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_audit_stream_heads", x => x.stream);
                });

            migrationBuilder.CreateTable(
                name: "rev_audit_trail",
                schema: "revenue",
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
                    table.PrimaryKey("PK_rev_audit_trail", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rev_debts",
                schema: "revenue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    declaration_id = table.Column<Guid>(type: "uuid", nullable: false),
                    declaration_version = table.Column<int>(type: "integer", nullable: false),
                    lrn = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: false),
                    mrn = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    party_id = table.Column<string>(type: "character varying(17)", maxLength: 17, nullable: false),
                    office = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    guarantee_id = table.Column<Guid>(type: "uuid", nullable: true),
                    deferred_account_id = table.Column<Guid>(type: "uuid", nullable: true),
                    settled_by = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    assessed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    settled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    refunded = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    over_paid = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    over_paid_refunded = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_debts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rev_deferred_accounts",
                schema: "revenue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    party_id = table.Column<string>(type: "character varying(17)", maxLength: 17, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    limit = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    used = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_deferred_accounts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rev_deferred_charges",
                schema: "revenue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    debt_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    charged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    statement_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_deferred_charges", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rev_gateway_callbacks",
                schema: "revenue",
                columns: table => new
                {
                    callback_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    payment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_gateway_callbacks", x => x.callback_id);
                });

            migrationBuilder.CreateTable(
                name: "rev_guarantee_reservations",
                schema: "revenue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    guarantee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    debt_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    reserved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    released_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_guarantee_reservations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rev_guarantees",
                schema: "revenue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    reference = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    party_id = table.Column<string>(type: "character varying(17)", maxLength: 17, nullable: false),
                    kind = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: false),
                    covers_lrn = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: true),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    reference_amount = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    reserved = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_guarantees", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rev_inbox",
                schema: "revenue",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    handled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_inbox", x => new { x.event_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "rev_ledger_entries",
                schema: "revenue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    reference = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_ledger_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rev_outbox",
                schema: "revenue",
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
                    table.PrimaryKey("PK_rev_outbox", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rev_payments",
                schema: "revenue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    debt_id = table.Column<Guid>(type: "uuid", nullable: false),
                    party_id = table.Column<string>(type: "character varying(17)", maxLength: 17, nullable: false),
                    method = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    idempotency_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    gateway = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    external_reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    decline_reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    over_payment = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_payments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rev_refunds",
                schema: "revenue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    debt_id = table.Column<Guid>(type: "uuid", nullable: false),
                    party_id = table.Column<string>(type: "character varying(17)", maxLength: 17, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    reason = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    explanation = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    requested_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decision_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    paid_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    paid_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_refunds", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rev_statements",
                schema: "revenue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    total = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    charges = table.Column<int>(type: "integer", nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    debited_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_statements", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rev_debt_lines",
                schema: "revenue",
                columns: table => new
                {
                    debt_id = table.Column<Guid>(type: "uuid", nullable: false),
                    line = table.Column<int>(type: "integer", nullable: false),
                    item = table.Column<int>(type: "integer", nullable: false),
                    tax_type = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    @base = table.Column<decimal>(name: "base", type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    rate = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_debt_lines", x => new { x.debt_id, x.line });
                    table.ForeignKey(
                        name: "FK_rev_debt_lines_rev_debts_debt_id",
                        column: x => x.debt_id,
                        principalSchema: "revenue",
                        principalTable: "rev_debts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rev_postings",
                schema: "revenue",
                columns: table => new
                {
                    entry_id = table.Column<Guid>(type: "uuid", nullable: false),
                    line = table.Column<int>(type: "integer", nullable: false),
                    account = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    tax_type = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    party = table.Column<string>(type: "character varying(17)", maxLength: 17, nullable: true),
                    office = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_postings", x => new { x.entry_id, x.line });
                    table.ForeignKey(
                        name: "FK_rev_postings_rev_ledger_entries_entry_id",
                        column: x => x.entry_id,
                        principalSchema: "revenue",
                        principalTable: "rev_ledger_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_rev_audit_trail_stream_sequence",
                schema: "revenue",
                table: "rev_audit_trail",
                columns: new[] { "stream", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rev_debts_declaration_id_declaration_version",
                schema: "revenue",
                table: "rev_debts",
                columns: new[] { "declaration_id", "declaration_version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rev_debts_party_id_status",
                schema: "revenue",
                table: "rev_debts",
                columns: new[] { "party_id", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_rev_deferred_accounts_number",
                schema: "revenue",
                table: "rev_deferred_accounts",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rev_deferred_accounts_party_id",
                schema: "revenue",
                table: "rev_deferred_accounts",
                column: "party_id");

            migrationBuilder.CreateIndex(
                name: "IX_rev_deferred_charges_account_id_statement_id",
                schema: "revenue",
                table: "rev_deferred_charges",
                columns: new[] { "account_id", "statement_id" });

            migrationBuilder.CreateIndex(
                name: "IX_rev_deferred_charges_debt_id",
                schema: "revenue",
                table: "rev_deferred_charges",
                column: "debt_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rev_gateway_callbacks_payment_id",
                schema: "revenue",
                table: "rev_gateway_callbacks",
                column: "payment_id");

            migrationBuilder.CreateIndex(
                name: "IX_rev_guarantee_reservations_debt_id",
                schema: "revenue",
                table: "rev_guarantee_reservations",
                column: "debt_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rev_guarantee_reservations_guarantee_id",
                schema: "revenue",
                table: "rev_guarantee_reservations",
                column: "guarantee_id");

            migrationBuilder.CreateIndex(
                name: "IX_rev_guarantees_party_id",
                schema: "revenue",
                table: "rev_guarantees",
                column: "party_id");

            migrationBuilder.CreateIndex(
                name: "IX_rev_guarantees_reference",
                schema: "revenue",
                table: "rev_guarantees",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rev_ledger_entries_at",
                schema: "revenue",
                table: "rev_ledger_entries",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "IX_rev_ledger_entries_reference",
                schema: "revenue",
                table: "rev_ledger_entries",
                column: "reference");

            migrationBuilder.CreateIndex(
                name: "IX_rev_outbox_dispatched_at_occurred_at",
                schema: "revenue",
                table: "rev_outbox",
                columns: new[] { "dispatched_at", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "IX_rev_payments_method_external_reference",
                schema: "revenue",
                table: "rev_payments",
                columns: new[] { "method", "external_reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_rev_payments_one_pending",
                schema: "revenue",
                table: "rev_payments",
                column: "debt_id",
                unique: true,
                filter: "status = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "ix_rev_payments_one_settling",
                schema: "revenue",
                table: "rev_payments",
                columns: new[] { "debt_id", "over_payment" },
                unique: true,
                filter: "status = 'Confirmed' AND NOT over_payment");

            migrationBuilder.CreateIndex(
                name: "IX_rev_payments_party_id_idempotency_key",
                schema: "revenue",
                table: "rev_payments",
                columns: new[] { "party_id", "idempotency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rev_postings_account_currency",
                schema: "revenue",
                table: "rev_postings",
                columns: new[] { "account", "currency" });

            migrationBuilder.CreateIndex(
                name: "IX_rev_refunds_debt_id",
                schema: "revenue",
                table: "rev_refunds",
                column: "debt_id");

            migrationBuilder.CreateIndex(
                name: "IX_rev_refunds_party_id_status",
                schema: "revenue",
                table: "rev_refunds",
                columns: new[] { "party_id", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_rev_statements_account_id_period",
                schema: "revenue",
                table: "rev_statements",
                columns: new[] { "account_id", "period" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rev_account_balances",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "rev_audit_stream_heads",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "rev_audit_trail",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "rev_debt_lines",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "rev_deferred_accounts",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "rev_deferred_charges",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "rev_gateway_callbacks",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "rev_guarantee_reservations",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "rev_guarantees",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "rev_inbox",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "rev_outbox",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "rev_payments",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "rev_postings",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "rev_refunds",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "rev_statements",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "rev_debts",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "rev_ledger_entries",
                schema: "revenue");
        }
    }
}
