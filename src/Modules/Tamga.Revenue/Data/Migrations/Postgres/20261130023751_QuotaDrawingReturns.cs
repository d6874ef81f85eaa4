using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tamga.Revenue.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class QuotaDrawingReturns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "declaration_id",
                schema: "revenue",
                table: "rev_quota_drawings",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "held",
                schema: "revenue",
                table: "rev_quota_drawings",
                type: "numeric(24,6)",
                precision: 24,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "return_reason",
                schema: "revenue",
                table: "rev_quota_drawings",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "settled_at",
                schema: "revenue",
                table: "rev_quota_drawings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "status",
                schema: "revenue",
                table: "rev_quota_drawings",
                type: "character varying(12)",
                maxLength: 12,
                nullable: false,
                defaultValue: "Confirmed");

            migrationBuilder.AddColumn<int>(
                name: "version",
                schema: "revenue",
                table: "rev_quota_drawings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Drawings made before drawings could be returned stood for good: they are confirmed, holding what they were given.
            migrationBuilder.Sql("UPDATE revenue.rev_quota_drawings SET held = allocated;");

            migrationBuilder.CreateIndex(
                name: "IX_rev_quota_drawings_declaration_id",
                schema: "revenue",
                table: "rev_quota_drawings",
                column: "declaration_id");

            migrationBuilder.CreateIndex(
                name: "IX_rev_quota_drawings_status_at",
                schema: "revenue",
                table: "rev_quota_drawings",
                columns: new[] { "status", "at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_rev_quota_drawings_declaration_id",
                schema: "revenue",
                table: "rev_quota_drawings");

            migrationBuilder.DropIndex(
                name: "IX_rev_quota_drawings_status_at",
                schema: "revenue",
                table: "rev_quota_drawings");

            migrationBuilder.DropColumn(
                name: "declaration_id",
                schema: "revenue",
                table: "rev_quota_drawings");

            migrationBuilder.DropColumn(
                name: "held",
                schema: "revenue",
                table: "rev_quota_drawings");

            migrationBuilder.DropColumn(
                name: "return_reason",
                schema: "revenue",
                table: "rev_quota_drawings");

            migrationBuilder.DropColumn(
                name: "settled_at",
                schema: "revenue",
                table: "rev_quota_drawings");

            migrationBuilder.DropColumn(
                name: "status",
                schema: "revenue",
                table: "rev_quota_drawings");

            migrationBuilder.DropColumn(
                name: "version",
                schema: "revenue",
                table: "rev_quota_drawings");
        }
    }
}
