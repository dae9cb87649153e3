using Microsoft.EntityFrameworkCore;

namespace TalentWatch.Data.Store;

public static class StoreMigrator
{
    /// <summary>Applies pending migrations; on SQLite also turns on WAL so readers never block the importer.</summary>
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
