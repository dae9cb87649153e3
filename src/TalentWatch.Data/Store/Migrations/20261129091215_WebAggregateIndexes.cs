using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentWatch.Data.Store.Migrations
{
    /// <inheritdoc />
    public partial class WebAggregateIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Departures_Status_DateStart_DateEnd",
                table: "Departures");

            migrationBuilder.CreateIndex(
                name: "IX_Departures_CompanyId_Status_Founder_PersonId",
                table: "Departures",
                columns: new[] { "CompanyId", "Status", "Founder", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_Departures_Status_CompanyId_DestinationId_DateStart_DateEnd_Founder",
                table: "Departures",
                columns: new[] { "Status", "CompanyId", "DestinationId", "DateStart", "DateEnd", "Founder" });

            migrationBuilder.CreateIndex(
                name: "IX_Departures_Status_DateStart_DateEnd_DestinationId",
                table: "Departures",
                columns: new[] { "Status", "DateStart", "DateEnd", "DestinationId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Departures_CompanyId_Status_Founder_PersonId",
                table: "Departures");

            migrationBuilder.DropIndex(
                name: "IX_Departures_Status_CompanyId_DestinationId_DateStart_DateEnd_Founder",
                table: "Departures");

            migrationBuilder.DropIndex(
                name: "IX_Departures_Status_DateStart_DateEnd_DestinationId",
                table: "Departures");

            migrationBuilder.CreateIndex(
                name: "IX_Departures_Status_DateStart_DateEnd",
                table: "Departures",
                columns: new[] { "Status", "DateStart", "DateEnd" });
        }
    }
}
