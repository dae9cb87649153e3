using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentWatch.Data.Store.Migrations
{
    /// <inheritdoc />
    public partial class ArticleReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "Confidence",
                table: "Departures",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReviewedAt",
                table: "Articles",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "Articles",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PossibleDepartureDismissals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    SpanStart = table.Column<int>(type: "INTEGER", nullable: false),
                    SpanLength = table.Column<int>(type: "INTEGER", nullable: false),
                    DismissedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DismissedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PossibleDepartureDismissals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PossibleDepartureDismissals_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_ReviewedAt",
                table: "Articles",
                column: "ReviewedAt");

            migrationBuilder.CreateIndex(
                name: "IX_PossibleDepartureDismissals_ArticleId_SpanStart_SpanLength",
                table: "PossibleDepartureDismissals",
                columns: new[] { "ArticleId", "SpanStart", "SpanLength" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PossibleDepartureDismissals");

            migrationBuilder.DropIndex(
                name: "IX_Articles_ReviewedAt",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "Confidence",
                table: "Departures");

            migrationBuilder.DropColumn(
                name: "ReviewedAt",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "ReviewedBy",
                table: "Articles");
        }
    }
}
