using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TalentWatch.Data.Store;

#nullable disable

namespace TalentWatch.Data.Postgres.Migrations
{
    /// <summary>
    /// Search indexes (issue 15, docs/decisions.md H4): pg_trgm GIN indexes on <c>lower(column)</c>, the expression the
    /// store's case-insensitive LIKE compares (decision O5), over people's names and aliases, departure roles and source
    /// evidence; and an index on Departures.UpdatedAt for the store's change stamp. pg_trgm is a trusted extension (PostgreSQL
    /// 13+): the database owner may create it. The EF model does not change.
    /// </summary>
    [DbContext(typeof(TalentWatchDbContext))]
    [Migration("20261202103000_SearchIndexes")]
    public partial class SearchIndexes : Migration
    {
        private static readonly (string Index, string Table, string Column)[] Indexes =
        [
            ("IX_People_Name_Trigram", "People", "Name"),
            ("IX_PersonAliases_Name_Trigram", "PersonAliases", "Name"),
            ("IX_Departures_Role_Trigram", "Departures", "Role"),
            ("IX_DepartureSources_Evidence_Trigram", "DepartureSources", "Evidence"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            foreach (var (index, table, column) in Indexes)
            {
                migrationBuilder.Sql($"""CREATE INDEX "{index}" ON "{table}" USING gin (lower("{column}") gin_trgm_ops);""");
            }

            migrationBuilder.Sql("""CREATE INDEX "IX_Departures_UpdatedAt" ON "Departures" ("UpdatedAt");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_Departures_UpdatedAt";""");
            foreach (var (index, _, _) in Indexes)
            {
                migrationBuilder.Sql($"""DROP INDEX "{index}";""");
            }
        }
    }
}
