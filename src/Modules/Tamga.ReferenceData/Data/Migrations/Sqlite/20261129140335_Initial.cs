using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tamga.ReferenceData.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ref_audit_stream_heads",
                columns: table => new
                {
                    stream = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ref_audit_stream_heads", x => x.stream);
                });

            migrationBuilder.CreateTable(
                name: "ref_audit_trail",
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
                    table.PrimaryKey("PK_ref_audit_trail", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "ref_code_list_entries",
                columns: table => new
                {
                    list = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    description_fr = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    description_ru = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    parent = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    level = table.Column<int>(type: "INTEGER", nullable: true),
                    source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    version = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    withdrawn_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ref_code_list_entries", x => new { x.list, x.code });
                });

            migrationBuilder.CreateTable(
                name: "ref_code_list_versions",
                columns: table => new
                {
                    list = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    version = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    entries = table.Column<int>(type: "INTEGER", nullable: false),
                    loaded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ref_code_list_versions", x => new { x.list, x.version });
                });

            migrationBuilder.CreateTable(
                name: "ref_inbox",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    consumer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    handled_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ref_inbox", x => new { x.event_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "ref_outbox",
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
                    table.PrimaryKey("PK_ref_outbox", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ref_audit_trail_stream_sequence",
                table: "ref_audit_trail",
                columns: new[] { "stream", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ref_outbox_dispatched_at_occurred_at",
                table: "ref_outbox",
                columns: new[] { "dispatched_at", "occurred_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ref_audit_stream_heads");

            migrationBuilder.DropTable(
                name: "ref_audit_trail");

            migrationBuilder.DropTable(
                name: "ref_code_list_entries");

            migrationBuilder.DropTable(
                name: "ref_code_list_versions");

            migrationBuilder.DropTable(
                name: "ref_inbox");

            migrationBuilder.DropTable(
                name: "ref_outbox");
        }
    }
}
