using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ent.Plugins.Absences.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class IndexEventsBySchoolAndEnd : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_events_SchoolId_EndsAt",
                schema: "absences",
                table: "events",
                columns: new[] { "SchoolId", "EndsAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_events_SchoolId_EndsAt",
                schema: "absences",
                table: "events");
        }
    }
}
