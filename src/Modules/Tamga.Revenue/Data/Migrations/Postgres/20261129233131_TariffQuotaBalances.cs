using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tamga.Revenue.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TariffQuotaBalances : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "rev_quota_balances",
                schema: "revenue",
                columns: table => new
                {
                    order_number = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    period_start = table.Column<DateOnly>(type: "date", nullable: false),
                    period_end = table.Column<DateOnly>(type: "date", nullable: false),
                    volume = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    unit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    allocated = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_quota_balances", x => new { x.order_number, x.period_start });
                });

            migrationBuilder.CreateTable(
                name: "rev_quota_drawings",
                schema: "revenue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    order_number = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    period_start = table.Column<DateOnly>(type: "date", nullable: false),
                    reference = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    requested = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    allocated = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    unit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_quota_drawings", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_rev_quota_drawings_order_number_period_start_reference",
                schema: "revenue",
                table: "rev_quota_drawings",
                columns: new[] { "order_number", "period_start", "reference" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rev_quota_balances",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "rev_quota_drawings",
                schema: "revenue");
        }
    }
}
