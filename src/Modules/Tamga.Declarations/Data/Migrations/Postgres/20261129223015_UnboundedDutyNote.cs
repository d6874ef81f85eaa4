using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tamga.Declarations.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class UnboundedDutyNote : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "duty_note",
                schema: "declarations",
                table: "decl_declarations",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(500)",
                oldMaxLength: 500);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "duty_note",
                schema: "declarations",
                table: "decl_declarations",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");
        }
    }
}
