using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tamga.Tariff.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "tariff");

            migrationBuilder.CreateTable(
                name: "tar_audit_stream_heads",
                schema: "tariff",
                columns: table => new
                {
                    stream = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tar_audit_stream_heads", x => x.stream);
                });

            migrationBuilder.CreateTable(
                name: "tar_audit_trail",
                schema: "tariff",
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
                    table.PrimaryKey("PK_tar_audit_trail", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tar_geographical_areas",
                schema: "tariff",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    description = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    is_group = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tar_geographical_areas", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "tar_inbox",
                schema: "tariff",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    handled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tar_inbox", x => new { x.event_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "tar_nomenclature_versions",
                schema: "tariff",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    basis = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    effective_to = table.Column<DateOnly>(type: "date", nullable: true),
                    source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    content_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    entries = table.Column<int>(type: "integer", nullable: false),
                    loaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tar_nomenclature_versions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tar_outbox",
                schema: "tariff",
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
                    table.PrimaryKey("PK_tar_outbox", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tar_quotas",
                schema: "tariff",
                columns: table => new
                {
                    order_number = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    period_start = table.Column<DateOnly>(type: "date", nullable: false),
                    period_end = table.Column<DateOnly>(type: "date", nullable: false),
                    volume = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    balance = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    unit = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tar_quotas", x => new { x.order_number, x.period_start });
                });

            migrationBuilder.CreateTable(
                name: "tar_trade_agreements",
                schema: "tariff",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    partner_area = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    legal_base = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tar_trade_agreements", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "tar_geographical_area_members",
                schema: "tariff",
                columns: table => new
                {
                    group_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    member_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tar_geographical_area_members", x => new { x.group_code, x.member_code, x.valid_from });
                    table.ForeignKey(
                        name: "FK_tar_geographical_area_members_tar_geographical_areas_group_~",
                        column: x => x.group_code,
                        principalSchema: "tariff",
                        principalTable: "tar_geographical_areas",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tar_hs_entries",
                schema: "tariff",
                columns: table => new
                {
                    version_id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    parent = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    level = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tar_hs_entries", x => new { x.version_id, x.code });
                    table.ForeignKey(
                        name: "FK_tar_hs_entries_tar_nomenclature_versions_version_id",
                        column: x => x.version_id,
                        principalSchema: "tariff",
                        principalTable: "tar_nomenclature_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tar_lines",
                schema: "tariff",
                columns: table => new
                {
                    version_id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    hs2022_subheading = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    change_note = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    trade_remedy_applies = table.Column<bool>(type: "boolean", nullable: false),
                    cet_until_trade_remedy_review = table.Column<bool>(type: "boolean", nullable: false),
                    suspension_applies = table.Column<bool>(type: "boolean", nullable: false),
                    quota_applies = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tar_lines", x => new { x.version_id, x.code });
                    table.ForeignKey(
                        name: "FK_tar_lines_tar_nomenclature_versions_version_id",
                        column: x => x.version_id,
                        principalSchema: "tariff",
                        principalTable: "tar_nomenclature_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tar_measures",
                schema: "tariff",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    nomenclature_id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    goods_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    measure_type = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    origin_area = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    season = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    pending_until = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    expression = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    parse_status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    parse_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    legal_base = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    footnote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    agreement_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    quota_order_number = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tar_measures", x => x.id);
                    table.ForeignKey(
                        name: "FK_tar_measures_tar_nomenclature_versions_nomenclature_id",
                        column: x => x.nomenclature_id,
                        principalSchema: "tariff",
                        principalTable: "tar_nomenclature_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tar_measure_components",
                schema: "tariff",
                columns: table => new
                {
                    measure_id = table.Column<long>(type: "bigint", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    clause = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    rate = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: true),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    unit = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    qualifier = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tar_measure_components", x => new { x.measure_id, x.sequence });
                    table.ForeignKey(
                        name: "FK_tar_measure_components_tar_measures_measure_id",
                        column: x => x.measure_id,
                        principalSchema: "tariff",
                        principalTable: "tar_measures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tar_measure_conditions",
                schema: "tariff",
                columns: table => new
                {
                    measure_id = table.Column<long>(type: "bigint", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    condition_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    required_document = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    agency = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    action = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tar_measure_conditions", x => new { x.measure_id, x.sequence });
                    table.ForeignKey(
                        name: "FK_tar_measure_conditions_tar_measures_measure_id",
                        column: x => x.measure_id,
                        principalSchema: "tariff",
                        principalTable: "tar_measures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_tar_audit_trail_stream_sequence",
                schema: "tariff",
                table: "tar_audit_trail",
                columns: new[] { "stream", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tar_lines_hs2022_subheading",
                schema: "tariff",
                table: "tar_lines",
                column: "hs2022_subheading");

            migrationBuilder.CreateIndex(
                name: "IX_tar_measures_nomenclature_id_goods_code",
                schema: "tariff",
                table: "tar_measures",
                columns: new[] { "nomenclature_id", "goods_code" });

            migrationBuilder.CreateIndex(
                name: "IX_tar_measures_parse_status",
                schema: "tariff",
                table: "tar_measures",
                column: "parse_status");

            migrationBuilder.CreateIndex(
                name: "IX_tar_outbox_dispatched_at_occurred_at",
                schema: "tariff",
                table: "tar_outbox",
                columns: new[] { "dispatched_at", "occurred_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "tar_audit_stream_heads",
                schema: "tariff");

            migrationBuilder.DropTable(
                name: "tar_audit_trail",
                schema: "tariff");

            migrationBuilder.DropTable(
                name: "tar_geographical_area_members",
                schema: "tariff");

            migrationBuilder.DropTable(
                name: "tar_hs_entries",
                schema: "tariff");

            migrationBuilder.DropTable(
                name: "tar_inbox",
                schema: "tariff");

            migrationBuilder.DropTable(
                name: "tar_lines",
                schema: "tariff");

            migrationBuilder.DropTable(
                name: "tar_measure_components",
                schema: "tariff");

            migrationBuilder.DropTable(
                name: "tar_measure_conditions",
                schema: "tariff");

            migrationBuilder.DropTable(
                name: "tar_outbox",
                schema: "tariff");

            migrationBuilder.DropTable(
                name: "tar_quotas",
                schema: "tariff");

            migrationBuilder.DropTable(
                name: "tar_trade_agreements",
                schema: "tariff");

            migrationBuilder.DropTable(
                name: "tar_geographical_areas",
                schema: "tariff");

            migrationBuilder.DropTable(
                name: "tar_measures",
                schema: "tariff");

            migrationBuilder.DropTable(
                name: "tar_nomenclature_versions",
                schema: "tariff");
        }
    }
}
