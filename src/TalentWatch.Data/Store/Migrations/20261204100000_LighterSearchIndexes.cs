using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentWatch.Data.Store.Migrations
{
    /// <summary>
    /// Lighter search indexes (issue 14, docs/decisions.md P23): the four FTS5 tables of migration SearchIndexes made again with
    /// <c>columnsize=0</c>. The store never ranks matches (no bm25; a search wants the matching ids only), so the size of every
    /// row's column, which FTS5 keeps for ranking in a table of its own, was written for nothing: a quarter to a half of each
    /// table's build. Matches are the same. Triggers as in migration SearchIndexes; the tables are filled from the existing
    /// rows. The EF model does not change; PostgreSQL's trigram indexes have no such part.
    /// </summary>
    [DbContext(typeof(TalentWatchDbContext))]
    [Migration("20261204100000_LighterSearchIndexes")]
    public partial class LighterSearchIndexes : Migration
    {
        private static readonly (string Search, string Table, string Column)[] Indexes =
        [
            ("PeopleSearch", "People", "Name"),
            ("PersonAliasesSearch", "PersonAliases", "Name"),
            ("DepartureRoleSearch", "Departures", "Role"),
            ("DepartureSourcesSearch", "DepartureSources", "Evidence"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var (search, table, column) in Indexes)
            {
                Drop(migrationBuilder, search);
                Create(migrationBuilder, search, table, column, "columnsize=0, ");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (search, table, column) in Indexes)
            {
                Drop(migrationBuilder, search);
                Create(migrationBuilder, search, table, column, string.Empty);
            }
        }

        private static void Drop(MigrationBuilder migrationBuilder, string search)
        {
            migrationBuilder.Sql($"""DROP TRIGGER "{search}_Insert";""");
            migrationBuilder.Sql($"""DROP TRIGGER "{search}_Delete";""");
            migrationBuilder.Sql($"""DROP TRIGGER "{search}_Update";""");
            migrationBuilder.Sql($"""DROP TABLE "{search}";""");
        }

        private static void Create(MigrationBuilder migrationBuilder, string search, string table, string column, string options)
        {
            migrationBuilder.Sql($"""CREATE VIRTUAL TABLE "{search}" USING fts5("{column}", content='{table}', content_rowid='Id', {options}tokenize='trigram');""");
            migrationBuilder.Sql($"""
                CREATE TRIGGER "{search}_Insert" AFTER INSERT ON "{table}" BEGIN
                    INSERT INTO "{search}"(rowid, "{column}") VALUES (new."Id", new."{column}");
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "{search}_Delete" AFTER DELETE ON "{table}" BEGIN
                    INSERT INTO "{search}"("{search}", rowid, "{column}") VALUES ('delete', old."Id", old."{column}");
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "{search}_Update" AFTER UPDATE OF "{column}" ON "{table}" BEGIN
                    INSERT INTO "{search}"("{search}", rowid, "{column}") VALUES ('delete', old."Id", old."{column}");
                    INSERT INTO "{search}"(rowid, "{column}") VALUES (new."Id", new."{column}");
                END;
                """);
            migrationBuilder.Sql($"""INSERT INTO "{search}"("{search}") VALUES ('rebuild');""");
        }
    }
}
