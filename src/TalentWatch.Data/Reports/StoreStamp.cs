using Microsoft.EntityFrameworkCore;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Reports;

/// <summary>
/// A short text that changes whenever anything a quarter summary reads changes, from any writer (the web app, the command
/// line, another web instance): departures (count, highest id, latest <c>UpdatedAt</c>, which every import, edit, review and
/// merge sets), companies (count, highest id, sum of versions: edits bump the version) and headcounts (count, sum). One round
/// trip of index lookups (the <c>UpdatedAt</c> index comes with migration <c>SearchIndexes</c>) and two small-table aggregates.
/// </summary>
public static class StoreStamp
{
    private const string Sql = """
        SELECT
            CAST((SELECT COUNT(*) FROM "Departures") AS TEXT) || ':' ||
            CAST(COALESCE((SELECT MAX("Id") FROM "Departures"), 0) AS TEXT) || ':' ||
            COALESCE(CAST((SELECT MAX("UpdatedAt") FROM "Departures") AS TEXT), '') || ':' ||
            CAST((SELECT COUNT(*) FROM "Companies") AS TEXT) || ':' ||
            CAST(COALESCE((SELECT MAX("Id") FROM "Companies"), 0) AS TEXT) || ':' ||
            CAST(COALESCE((SELECT SUM("Version") FROM "Companies"), 0) AS TEXT) || ':' ||
            CAST((SELECT COUNT(*) FROM "Headcounts") AS TEXT) || ':' ||
            CAST(COALESCE((SELECT SUM("Headcount") FROM "Headcounts"), 0) AS TEXT) AS "Value"
        """;

    public static async Task<string> ReadAsync(TalentWatchDbContext db, CancellationToken cancellationToken = default) =>
        await db.Database.SqlQueryRaw<string>(Sql).SingleAsync(cancellationToken);
}
