using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tamga.Revenue.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QuotaDrawingReturns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "declaration_id",
                table: "rev_quota_drawings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "held",
                table: "rev_quota_drawings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "return_reason",
                table: "rev_quota_drawings",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "settled_at",
                table: "rev_quota_drawings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "rev_quota_drawings",
                type: "TEXT",
                maxLength: 12,
                nullable: false,
                defaultValue: "Confirmed");

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "rev_quota_drawings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Drawings made before drawings could be returned stood for good: they are confirmed, holding what they were given.
            migrationBuilder.Sql("UPDATE rev_quota_drawings SET held = allocated;");

            migrationBuilder.CreateIndex(
                name: "IX_rev_quota_drawings_declaration_id",
                table: "rev_quota_drawings",
                column: "declaration_id");

            migrationBuilder.CreateIndex(
                name: "IX_rev_quota_drawings_status_at",
                table: "rev_quota_drawings",
                columns: new[] { "status", "at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_rev_quota_drawings_declaration_id",
                table: "rev_quota_drawings");

            migrationBuilder.DropIndex(
                name: "IX_rev_quota_drawings_status_at",
                table: "rev_quota_drawings");

            migrationBuilder.DropColumn(
                name: "declaration_id",
                table: "rev_quota_drawings");

            migrationBuilder.DropColumn(
                name: "held",
                table: "rev_quota_drawings");

            migrationBuilder.DropColumn(
                name: "return_reason",
                table: "rev_quota_drawings");

            migrationBuilder.DropColumn(
                name: "settled_at",
                table: "rev_quota_drawings");

            migrationBuilder.DropColumn(
                name: "status",
                table: "rev_quota_drawings");

            migrationBuilder.DropColumn(
                name: "version",
                table: "rev_quota_drawings");
        }
    }
}
