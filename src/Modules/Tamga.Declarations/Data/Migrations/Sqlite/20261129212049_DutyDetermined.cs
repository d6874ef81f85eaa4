using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tamga.Declarations.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DutyDetermined : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "duty_determined",
                table: "decl_declarations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "duty_determined",
                table: "decl_declarations");
        }
    }
}
