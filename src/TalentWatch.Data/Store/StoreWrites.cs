using Microsoft.EntityFrameworkCore;

namespace TalentWatch.Data.Store;

/// <summary>
/// What the bulk imports need from the database to give rows explicit ids (decision F6): on SQLite the write lock a
/// transaction takes with its first write; on PostgreSQL an explicit table lock and, before commit, moving the identity
/// sequences past the ids written, so later inserts that let the database number the row do not collide.
/// </summary>
public static class StoreWrites
{
    /// <summary>
    /// On PostgreSQL, locks every table with a generated integer key in EXCLUSIVE mode for the rest of the transaction:
    /// readers carry on, other writers wait (as SQLite's single writer lock does). Nothing to do on SQLite.
    /// </summary>
    public static async Task LockForExplicitIdsAsync(TalentWatchDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsNpgsql())
        {
            return;
        }

        // Always the same order, so two importers never hold one table each and wait for the other's.
        var sql = $"LOCK TABLE {string.Join(", ", IdentityTables(db).Select(Quote))} IN EXCLUSIVE MODE";
        await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
    }

    /// <summary>
    /// On PostgreSQL, makes article imports (find-or-create of names, merging) run one at a time until the transaction ends,
    /// as SQLite's single write lock does for them; nothing to do on SQLite.
    /// </summary>
    public static async Task SerializeArticleImportsAsync(TalentWatchDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync(ArticleImportLock, cancellationToken);
        }
    }

    // Any fixed key; 0x54574152 is "TWAR" in ASCII, recognisable in pg_locks.
    private const string ArticleImportLock = "SELECT pg_advisory_xact_lock(1415004498)";

    // "TWFP": the feed poll, held for a whole poll on a connection the poller keeps open (a session lock, not a transaction's).
    private const long FeedPollLock = 0x54574650;

    /// <summary>
    /// On PostgreSQL, takes the store-wide feed-poll lock on <paramref name="db"/>'s connection (kept open by the caller
    /// until <see cref="EndFeedPollAsync"/>) without waiting: false when another instance is polling. Always true on SQLite,
    /// where the web app and the CLI are one machine's processes and each entry is claimed by a unique row anyway.
    /// </summary>
    public static async Task<bool> TryBeginFeedPollAsync(TalentWatchDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsNpgsql())
        {
            return true;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        return await db.Database.SqlQueryRaw<bool>($"SELECT pg_try_advisory_lock({FeedPollLock}) AS \"Value\"").SingleAsync(cancellationToken);
    }

    public static async Task EndFeedPollAsync(TalentWatchDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({FeedPollLock})");
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>On PostgreSQL, sets each identity sequence to continue after the largest id in its table. Nothing to do on SQLite.</summary>
    public static async Task AdvanceIdSequencesAsync(TalentWatchDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsNpgsql())
        {
            return;
        }

        var statements = IdentityTables(db).Select(table =>
            $"SELECT setval(pg_get_serial_sequence('{Quote(table)}', 'Id'), COALESCE(MAX(\"Id\"), 0) + 1, false) FROM {Quote(table)};");
        var sql = string.Join("\n", statements);
        await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
    }

    private static IEnumerable<string> IdentityTables(TalentWatchDbContext db) =>
        db.Model.GetEntityTypes()
            .Where(e => e.GetTableName() is not null && e.FindPrimaryKey() is { Properties: [{ Name: "Id", ClrType: var type, ValueGenerated: Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.OnAdd }] } && type == typeof(int))
            .Select(e => e.GetTableName()!)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
