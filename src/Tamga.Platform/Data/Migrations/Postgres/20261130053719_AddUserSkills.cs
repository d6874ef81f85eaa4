using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tamga.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddUserSkills : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "skills",
                schema: "platform",
                table: "plat_users",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "skills",
                schema: "platform",
                table: "plat_users");
        }
    }
}
