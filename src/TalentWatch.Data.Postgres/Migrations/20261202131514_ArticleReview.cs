using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TalentWatch.Data.Postgres.Migrations
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
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReviewedAt",
                table: "Articles",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "Articles",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                collation: "C");

            migrationBuilder.CreateTable(
                name: "PossibleDepartureDismissals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    SpanStart = table.Column<int>(type: "integer", nullable: false),
                    SpanLength = table.Column<int>(type: "integer", nullable: false),
                    DismissedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    DismissedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
