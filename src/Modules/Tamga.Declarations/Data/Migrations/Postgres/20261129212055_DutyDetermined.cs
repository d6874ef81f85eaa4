using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tamga.Declarations.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DutyDetermined : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "duty_determined",
                schema: "declarations",
                table: "decl_declarations",
                type: "boolean",
                nullable: false,
                defaultValue: true); // declarations lodged before: their duties were taken as determined
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "duty_determined",
                schema: "declarations",
                table: "decl_declarations");
        }
    }
}
