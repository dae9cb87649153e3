using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentWatch.Data.Store.Migrations
{
    /// <summary>
    /// Search indexes (issue 15, docs/decisions.md H4): FTS5 tables with the trigram tokenizer over people's names and aliases,
    /// departure roles and source evidence, as external-content tables kept current by triggers (so every writer, EF or raw
    /// SQL, keeps them right), filled from the existing rows; and an index on Departures.UpdatedAt, which makes the store's
    /// change stamp (the quarter summary cache) one index probe. The EF model does not change.
    /// </summary>
    [DbContext(typeof(TalentWatchDbContext))]
    [Migration("20261202103000_SearchIndexes")]
    public partial class SearchIndexes : Migration
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
                migrationBuilder.Sql($"""CREATE VIRTUAL TABLE "{search}" USING fts5("{column}", content='{table}', content_rowid='Id', tokenize='trigram');""");
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

            migrationBuilder.Sql("""CREATE INDEX "IX_Departures_UpdatedAt" ON "Departures" ("UpdatedAt");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_Departures_UpdatedAt";""");
            foreach (var (search, _, _) in Indexes)
            {
                migrationBuilder.Sql($"""DROP TRIGGER "{search}_Insert";""");
                migrationBuilder.Sql($"""DROP TRIGGER "{search}_Delete";""");
                migrationBuilder.Sql($"""DROP TRIGGER "{search}_Update";""");
                migrationBuilder.Sql($"""DROP TABLE "{search}";""");
            }
        }
    }
}
