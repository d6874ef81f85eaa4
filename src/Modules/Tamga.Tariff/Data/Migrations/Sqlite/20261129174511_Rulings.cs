using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tamga.Tariff.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Rulings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "tar_ruling_appeals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ruling_number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    party = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    submitted_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    grounds = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    submitted_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tar_ruling_appeals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tar_ruling_applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    party = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    submitted_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    idempotency_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    goods_description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    proposed_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    confidential_details = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    assigned_to = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    information_request = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    trader_answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    submitted_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    decided_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    decision = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ruling_number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tar_ruling_applications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tar_rulings",
                columns: table => new
                {
                    number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    application_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    commodity_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    goods_description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    justification = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    search_text = table.Column<string>(type: "TEXT", maxLength: 12100, nullable: false),
                    published_at = table.Column<long>(type: "INTEGER", nullable: false),
                    signature = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    key_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tar_rulings", x => x.number);
                });

            migrationBuilder.CreateTable(
                name: "tar_ruling_attachments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    application_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    size = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tar_ruling_attachments", x => x.id);
                    table.ForeignKey(
                        name: "FK_tar_ruling_attachments_tar_ruling_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "tar_ruling_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_tar_ruling_appeals_reference",
                table: "tar_ruling_appeals",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tar_ruling_applications_party_idempotency_key",
                table: "tar_ruling_applications",
                columns: new[] { "party", "idempotency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tar_ruling_applications_reference",
                table: "tar_ruling_applications",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tar_ruling_applications_status",
                table: "tar_ruling_applications",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "IX_tar_ruling_attachments_application_id",
                table: "tar_ruling_attachments",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "IX_tar_rulings_application_id",
                table: "tar_rulings",
                column: "application_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tar_rulings_commodity_code",
                table: "tar_rulings",
                column: "commodity_code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "tar_ruling_appeals");

            migrationBuilder.DropTable(
                name: "tar_ruling_attachments");

            migrationBuilder.DropTable(
                name: "tar_rulings");

            migrationBuilder.DropTable(
                name: "tar_ruling_applications");
        }
    }
}
