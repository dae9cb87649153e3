using Microsoft.EntityFrameworkCore;

namespace TalentWatch.Data.Store;

public static class StoreMigrator
{
    /// <summary>
    /// Applies pending migrations; on SQLite also turns on WAL so readers never block the importer, and refreshes the
    /// planner's statistics.
    /// </summary>
    public static async Task MigrateAsync(IDbContextFactory<TalentWatchDbContext> factory, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await MigrateAsync(db, cancellationToken);
    }

    public static async Task MigrateAsync(TalentWatchDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                await db.Database.MigrateAsync(cancellationToken);

                // Table statistics for the query planner (a full ANALYZE where they are missing or
                // stale). Without them SQLite picks the (Status, DateStart) index for a company's or a destination's
                // newest rows because it matches the ORDER BY, and scans every accepted departure (decision P6).
                await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;", cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }

            return;
        }

        await db.Database.MigrateAsync(cancellationToken);
    }
}
