using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tamga.Revenue.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RevenueAccounting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "rev_account_balances",
                columns: table => new
                {
                    account = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    balance = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_account_balances", x => new { x.account, x.currency });
                });

            migrationBuilder.CreateTable(
                name: "rev_audit_stream_heads",
                columns: table => new
                {
                    stream = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_audit_stream_heads", x => x.stream);
                });

            migrationBuilder.CreateTable(
                name: "rev_audit_trail",
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
                    table.PrimaryKey("PK_rev_audit_trail", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rev_debts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    declaration_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    declaration_version = table.Column<int>(type: "INTEGER", nullable: false),
                    lrn = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    mrn = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    party_id = table.Column<string>(type: "TEXT", maxLength: 17, nullable: false),
                    office = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    amount = table.Column<long>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    guarantee_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    deferred_account_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    settled_by = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    assessed_at = table.Column<long>(type: "INTEGER", nullable: false),
                    settled_at = table.Column<long>(type: "INTEGER", nullable: true),
                    refunded = table.Column<long>(type: "INTEGER", nullable: false),
                    over_paid = table.Column<long>(type: "INTEGER", nullable: false),
                    over_paid_refunded = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_debts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rev_deferred_accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    party_id = table.Column<string>(type: "TEXT", maxLength: 17, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    limit = table.Column<long>(type: "INTEGER", nullable: false),
                    used = table.Column<long>(type: "INTEGER", nullable: false),
                    active = table.Column<bool>(type: "INTEGER", nullable: false),
                    opened_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_deferred_accounts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rev_deferred_charges",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    account_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    debt_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    amount = table.Column<long>(type: "INTEGER", nullable: false),
                    charged_at = table.Column<long>(type: "INTEGER", nullable: false),
                    statement_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_deferred_charges", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rev_gateway_callbacks",
                columns: table => new
                {
                    callback_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    payment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    received_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_gateway_callbacks", x => x.callback_id);
                });

            migrationBuilder.CreateTable(
                name: "rev_guarantee_reservations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    guarantee_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    debt_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    amount = table.Column<long>(type: "INTEGER", nullable: false),
                    reserved_at = table.Column<long>(type: "INTEGER", nullable: false),
                    released_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_guarantee_reservations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rev_guarantees",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    reference = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    party_id = table.Column<string>(type: "TEXT", maxLength: 17, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 14, nullable: false),
                    covers_lrn = table.Column<string>(type: "TEXT", maxLength: 35, nullable: true),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    reference_amount = table.Column<long>(type: "INTEGER", nullable: false),
                    reserved = table.Column<long>(type: "INTEGER", nullable: false),
                    active = table.Column<bool>(type: "INTEGER", nullable: false),
                    accepted_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_guarantees", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rev_inbox",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    consumer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    handled_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_inbox", x => new { x.event_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "rev_ledger_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    reference = table.Column<Guid>(type: "TEXT", nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_ledger_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rev_outbox",
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
                    table.PrimaryKey("PK_rev_outbox", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rev_payments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    debt_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    party_id = table.Column<string>(type: "TEXT", maxLength: 17, nullable: false),
                    method = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    amount = table.Column<long>(type: "INTEGER", nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    idempotency_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    gateway = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    external_reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    decline_reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    completed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    over_payment = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_payments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rev_refunds",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    debt_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    party_id = table.Column<string>(type: "TEXT", maxLength: 17, nullable: false),
                    amount = table.Column<long>(type: "INTEGER", nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    explanation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    requested_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    requested_at = table.Column<long>(type: "INTEGER", nullable: false),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    decided_at = table.Column<long>(type: "INTEGER", nullable: true),
                    decision_note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    paid_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    paid_at = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_refunds", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rev_statements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    account_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    period = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    total = table.Column<long>(type: "INTEGER", nullable: false),
                    charges = table.Column<int>(type: "INTEGER", nullable: false),
                    issued_at = table.Column<long>(type: "INTEGER", nullable: false),
                    debited_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_statements", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rev_debt_lines",
                columns: table => new
                {
                    debt_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    line = table.Column<int>(type: "INTEGER", nullable: false),
                    item = table.Column<int>(type: "INTEGER", nullable: false),
                    tax_type = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    @base = table.Column<long>(name: "base", type: "INTEGER", nullable: false),
                    rate = table.Column<long>(type: "INTEGER", nullable: false),
                    amount = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_debt_lines", x => new { x.debt_id, x.line });
                    table.ForeignKey(
                        name: "FK_rev_debt_lines_rev_debts_debt_id",
                        column: x => x.debt_id,
                        principalTable: "rev_debts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rev_postings",
                columns: table => new
                {
                    entry_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    line = table.Column<int>(type: "INTEGER", nullable: false),
                    account = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    amount = table.Column<long>(type: "INTEGER", nullable: false),
                    tax_type = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    party = table.Column<string>(type: "TEXT", maxLength: 17, nullable: true),
                    office = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_postings", x => new { x.entry_id, x.line });
                    table.ForeignKey(
                        name: "FK_rev_postings_rev_ledger_entries_entry_id",
                        column: x => x.entry_id,
                        principalTable: "rev_ledger_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_rev_audit_trail_stream_sequence",
                table: "rev_audit_trail",
                columns: new[] { "stream", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rev_debts_declaration_id_declaration_version",
                table: "rev_debts",
                columns: new[] { "declaration_id", "declaration_version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rev_debts_party_id_status",
                table: "rev_debts",
                columns: new[] { "party_id", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_rev_deferred_accounts_number",
                table: "rev_deferred_accounts",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rev_deferred_accounts_party_id",
                table: "rev_deferred_accounts",
                column: "party_id");

            migrationBuilder.CreateIndex(
                name: "IX_rev_deferred_charges_account_id_statement_id",
                table: "rev_deferred_charges",
                columns: new[] { "account_id", "statement_id" });

            migrationBuilder.CreateIndex(
                name: "IX_rev_deferred_charges_debt_id",
                table: "rev_deferred_charges",
                column: "debt_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rev_gateway_callbacks_payment_id",
                table: "rev_gateway_callbacks",
                column: "payment_id");

            migrationBuilder.CreateIndex(
                name: "IX_rev_guarantee_reservations_debt_id",
                table: "rev_guarantee_reservations",
                column: "debt_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rev_guarantee_reservations_guarantee_id",
                table: "rev_guarantee_reservations",
                column: "guarantee_id");

            migrationBuilder.CreateIndex(
                name: "IX_rev_guarantees_party_id",
                table: "rev_guarantees",
                column: "party_id");

            migrationBuilder.CreateIndex(
                name: "IX_rev_guarantees_reference",
                table: "rev_guarantees",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rev_ledger_entries_at",
                table: "rev_ledger_entries",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "IX_rev_ledger_entries_reference",
                table: "rev_ledger_entries",
                column: "reference");

            migrationBuilder.CreateIndex(
                name: "IX_rev_outbox_dispatched_at_occurred_at",
                table: "rev_outbox",
                columns: new[] { "dispatched_at", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "IX_rev_payments_method_external_reference",
                table: "rev_payments",
                columns: new[] { "method", "external_reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_rev_payments_one_pending",
                table: "rev_payments",
                column: "debt_id",
                unique: true,
                filter: "status = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "ix_rev_payments_one_settling",
                table: "rev_payments",
                columns: new[] { "debt_id", "over_payment" },
                unique: true,
                filter: "status = 'Confirmed' AND NOT over_payment");

            migrationBuilder.CreateIndex(
                name: "IX_rev_payments_party_id_idempotency_key",
                table: "rev_payments",
                columns: new[] { "party_id", "idempotency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rev_postings_account_currency",
                table: "rev_postings",
                columns: new[] { "account", "currency" });

            migrationBuilder.CreateIndex(
                name: "IX_rev_refunds_debt_id",
                table: "rev_refunds",
                column: "debt_id");

            migrationBuilder.CreateIndex(
                name: "IX_rev_refunds_party_id_status",
                table: "rev_refunds",
                columns: new[] { "party_id", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_rev_statements_account_id_period",
                table: "rev_statements",
                columns: new[] { "account_id", "period" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rev_account_balances");

            migrationBuilder.DropTable(
                name: "rev_audit_stream_heads");

            migrationBuilder.DropTable(
                name: "rev_audit_trail");

            migrationBuilder.DropTable(
                name: "rev_debt_lines");

            migrationBuilder.DropTable(
                name: "rev_deferred_accounts");

            migrationBuilder.DropTable(
                name: "rev_deferred_charges");

            migrationBuilder.DropTable(
                name: "rev_gateway_callbacks");

            migrationBuilder.DropTable(
                name: "rev_guarantee_reservations");

            migrationBuilder.DropTable(
                name: "rev_guarantees");

            migrationBuilder.DropTable(
                name: "rev_inbox");

            migrationBuilder.DropTable(
                name: "rev_outbox");

            migrationBuilder.DropTable(
                name: "rev_payments");

            migrationBuilder.DropTable(
                name: "rev_postings");

            migrationBuilder.DropTable(
                name: "rev_refunds");

            migrationBuilder.DropTable(
                name: "rev_statements");

            migrationBuilder.DropTable(
                name: "rev_debts");

            migrationBuilder.DropTable(
                name: "rev_ledger_entries");
        }
    }
}
