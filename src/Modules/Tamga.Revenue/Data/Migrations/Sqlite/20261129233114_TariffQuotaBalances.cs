using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tamga.Revenue.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TariffQuotaBalances : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "rev_quota_balances",
                columns: table => new
                {
                    order_number = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    period_start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    period_end = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    volume = table.Column<long>(type: "INTEGER", nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    allocated = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_quota_balances", x => new { x.order_number, x.period_start });
                });

            migrationBuilder.CreateTable(
                name: "rev_quota_drawings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    order_number = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    period_start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    reference = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    requested = table.Column<long>(type: "INTEGER", nullable: false),
                    allocated = table.Column<long>(type: "INTEGER", nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rev_quota_drawings", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_rev_quota_drawings_order_number_period_start_reference",
                table: "rev_quota_drawings",
                columns: new[] { "order_number", "period_start", "reference" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rev_quota_balances");

            migrationBuilder.DropTable(
                name: "rev_quota_drawings");
        }
    }
}
