using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tamga.Declarations.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UnboundedDutyNote : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
