using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tamga.Tariff.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Rulings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "tar_ruling_appeals",
                schema: "tariff",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ruling_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    party = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    submitted_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    grounds = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tar_ruling_appeals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tar_ruling_applications",
                schema: "tariff",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    party = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    submitted_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    idempotency_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    goods_description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    proposed_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    confidential_details = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    assigned_to = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    information_request = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    trader_answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    decision = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    ruling_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tar_ruling_applications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tar_rulings",
                schema: "tariff",
                columns: table => new
                {
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    commodity_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    goods_description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    justification = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: false),
                    search_text = table.Column<string>(type: "character varying(12100)", maxLength: 12100, nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    signature = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    key_id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tar_rulings", x => x.number);
                });

            migrationBuilder.CreateTable(
                name: "tar_ruling_attachments",
                schema: "tariff",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tar_ruling_attachments", x => x.id);
                    table.ForeignKey(
                        name: "FK_tar_ruling_attachments_tar_ruling_applications_application_~",
                        column: x => x.application_id,
                        principalSchema: "tariff",
                        principalTable: "tar_ruling_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_tar_ruling_appeals_reference",
                schema: "tariff",
                table: "tar_ruling_appeals",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tar_ruling_applications_party_idempotency_key",
                schema: "tariff",
                table: "tar_ruling_applications",
                columns: new[] { "party", "idempotency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tar_ruling_applications_reference",
                schema: "tariff",
                table: "tar_ruling_applications",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tar_ruling_applications_status",
                schema: "tariff",
                table: "tar_ruling_applications",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "IX_tar_ruling_attachments_application_id",
                schema: "tariff",
                table: "tar_ruling_attachments",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "IX_tar_rulings_application_id",
                schema: "tariff",
                table: "tar_rulings",
                column: "application_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tar_rulings_commodity_code",
                schema: "tariff",
                table: "tar_rulings",
                column: "commodity_code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "tar_ruling_appeals",
                schema: "tariff");

            migrationBuilder.DropTable(
                name: "tar_ruling_attachments",
                schema: "tariff");

            migrationBuilder.DropTable(
                name: "tar_rulings",
                schema: "tariff");

            migrationBuilder.DropTable(
                name: "tar_ruling_applications",
                schema: "tariff");
        }
    }
}
