using Microsoft.EntityFrameworkCore;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Reports;

/// <summary>
/// A short text that changes whenever anything a quarter summary or a public page reads changes, from any writer (the web app,
/// the command line, another web instance): departures (count, highest id, latest <c>UpdatedAt</c>, which every import, edit,
/// review and merge sets), companies (count, highest id, sum of versions: edits bump the version), headcounts (count, sum),
/// people and their aliases (highest ids: a renamed person or a new spelling), sources, articles and claims (count and highest
/// id: a second report of a departure, an article's claims), imported files (highest id: a companies.csv that changes a
/// founding-team size without a version) and the editors' change history (highest id: every rename, merge and review writes
/// one). One round trip of primary-key and index look-ups plus a few counts and small-table sums.
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
            CAST(COALESCE((SELECT SUM("Headcount") FROM "Headcounts"), 0) AS TEXT) || ':' ||
            CAST(COALESCE((SELECT MAX("Id") FROM "People"), 0) AS TEXT) || ':' ||
            CAST(COALESCE((SELECT MAX("Id") FROM "PersonAliases"), 0) AS TEXT) || ':' ||
            CAST((SELECT COUNT(*) FROM "DepartureSources") AS TEXT) || ':' ||
            CAST(COALESCE((SELECT MAX("Id") FROM "DepartureSources"), 0) AS TEXT) || ':' ||
            CAST(COALESCE((SELECT MAX("Id") FROM "Articles"), 0) AS TEXT) || ':' ||
            CAST((SELECT COUNT(*) FROM "Claims") AS TEXT) || ':' ||
            CAST(COALESCE((SELECT MAX("Id") FROM "Claims"), 0) AS TEXT) || ':' ||
            CAST(COALESCE((SELECT MAX("Id") FROM "ImportedFiles"), 0) AS TEXT) || ':' ||
            CAST(COALESCE((SELECT MAX("Id") FROM "Changes"), 0) AS TEXT) AS "Value"
        """;

    public static async Task<string> ReadAsync(TalentWatchDbContext db, CancellationToken cancellationToken = default) =>
        await db.Database.SqlQueryRaw<string>(Sql).SingleAsync(cancellationToken);
}
