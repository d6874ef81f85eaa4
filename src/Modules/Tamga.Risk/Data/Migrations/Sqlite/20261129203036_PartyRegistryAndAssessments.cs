using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tamga.Risk.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PartyRegistryAndAssessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "rsk_assessments",
                columns: table => new
                {
                    declaration_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    office = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    profiles = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    assessed_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rsk_assessments", x => x.declaration_id);
                });

            migrationBuilder.CreateTable(
                name: "rsk_parties",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    first_seen_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rsk_parties", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rsk_party_controls",
                columns: table => new
                {
                    party_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    declaration_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    irregularity = table.Column<bool>(type: "INTEGER", nullable: false),
                    revenue_raised = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rsk_party_controls", x => new { x.party_id, x.declaration_id });
                });

            migrationBuilder.CreateTable(
                name: "rsk_party_declarations",
                columns: table => new
                {
                    party_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    declaration_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    seen_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rsk_party_declarations", x => new { x.party_id, x.declaration_id, x.role });
                });

            migrationBuilder.CreateTable(
                name: "rsk_party_keys",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    party_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    value = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    shown = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    postcode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    declaration_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    linked_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rsk_party_keys", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_rsk_assessments_office",
                table: "rsk_assessments",
                column: "office");

            migrationBuilder.CreateIndex(
                name: "IX_rsk_parties_number",
                table: "rsk_parties",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rsk_party_declarations_declaration_id",
                table: "rsk_party_declarations",
                column: "declaration_id");

            migrationBuilder.CreateIndex(
                name: "IX_rsk_party_keys_kind_value",
                table: "rsk_party_keys",
                columns: new[] { "kind", "value" });

            migrationBuilder.CreateIndex(
                name: "IX_rsk_party_keys_party_id",
                table: "rsk_party_keys",
                column: "party_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rsk_assessments");

            migrationBuilder.DropTable(
                name: "rsk_parties");

            migrationBuilder.DropTable(
                name: "rsk_party_controls");

            migrationBuilder.DropTable(
                name: "rsk_party_declarations");

            migrationBuilder.DropTable(
                name: "rsk_party_keys");
        }
    }
}
