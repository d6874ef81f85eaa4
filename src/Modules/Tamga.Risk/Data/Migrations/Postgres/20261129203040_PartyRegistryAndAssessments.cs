using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tamga.Risk.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PartyRegistryAndAssessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "rsk_assessments",
                schema: "risk",
                columns: table => new
                {
                    declaration_id = table.Column<Guid>(type: "uuid", nullable: false),
                    office = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: false),
                    channel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    profiles = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    assessed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rsk_assessments", x => x.declaration_id);
                });

            migrationBuilder.CreateTable(
                name: "rsk_parties",
                schema: "risk",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    first_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rsk_parties", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rsk_party_controls",
                schema: "risk",
                columns: table => new
                {
                    party_id = table.Column<Guid>(type: "uuid", nullable: false),
                    declaration_id = table.Column<Guid>(type: "uuid", nullable: false),
                    irregularity = table.Column<bool>(type: "boolean", nullable: false),
                    revenue_raised = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rsk_party_controls", x => new { x.party_id, x.declaration_id });
                });

            migrationBuilder.CreateTable(
                name: "rsk_party_declarations",
                schema: "risk",
                columns: table => new
                {
                    party_id = table.Column<Guid>(type: "uuid", nullable: false),
                    declaration_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rsk_party_declarations", x => new { x.party_id, x.declaration_id, x.role });
                });

            migrationBuilder.CreateTable(
                name: "rsk_party_keys",
                schema: "risk",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    party_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    value = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    shown = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    postcode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    declaration_id = table.Column<Guid>(type: "uuid", nullable: true),
                    linked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rsk_party_keys", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_rsk_assessments_office",
                schema: "risk",
                table: "rsk_assessments",
                column: "office");

            migrationBuilder.CreateIndex(
                name: "IX_rsk_parties_number",
                schema: "risk",
                table: "rsk_parties",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rsk_party_declarations_declaration_id",
                schema: "risk",
                table: "rsk_party_declarations",
                column: "declaration_id");

            migrationBuilder.CreateIndex(
                name: "IX_rsk_party_keys_kind_value",
                schema: "risk",
                table: "rsk_party_keys",
                columns: new[] { "kind", "value" });

            migrationBuilder.CreateIndex(
                name: "IX_rsk_party_keys_party_id",
                schema: "risk",
                table: "rsk_party_keys",
                column: "party_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rsk_assessments",
                schema: "risk");

            migrationBuilder.DropTable(
                name: "rsk_parties",
                schema: "risk");

            migrationBuilder.DropTable(
                name: "rsk_party_controls",
                schema: "risk");

            migrationBuilder.DropTable(
                name: "rsk_party_declarations",
                schema: "risk");

            migrationBuilder.DropTable(
                name: "rsk_party_keys",
                schema: "risk");
        }
    }
}
