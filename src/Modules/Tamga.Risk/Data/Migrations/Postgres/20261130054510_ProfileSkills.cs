using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tamga.Risk.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ProfileSkills : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "skills",
                schema: "risk",
                table: "rsk_profiles",
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
                schema: "risk",
                table: "rsk_profiles");
        }
    }
}
