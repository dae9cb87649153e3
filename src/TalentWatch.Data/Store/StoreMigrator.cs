using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TalentWatch.Data.Store.NewStore;

namespace TalentWatch.Data.Store;

public static class StoreMigrator
{
    /// <summary>SQLite: ANALYZE the tables whose statistics are missing or stale (decision P6).</summary>
    public const string RefreshStatistics = "PRAGMA optimize=0x10002;";

    /// <summary>
    /// Applies pending migrations; on SQLite also turns on WAL so readers never block the importer, and refreshes the
    /// planner's statistics.
    /// </summary>
    public static async Task MigrateAsync(IDbContextFactory<TalentWatchDbContext> factory, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await MigrateAsync(db, cancellationToken);
    }

    /// <summary>
    /// For a command that runs once and exits (the CLI): when the store's history already lists every migration this build
    /// has, that one query is all; otherwise <see cref="MigrateAsync(TalentWatchDbContext, CancellationToken)"/>. EF's own
    /// check (lock, history, pending-model comparison) costs a fifth of a second at every start (decision P9).
    /// </summary>
    public static async Task MigrateIfBehindAsync(IDbContextFactory<TalentWatchDbContext> factory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (!await IsCurrentAsync(db, cancellationToken))
        {
            await MigrateAsync(db, cancellationToken);
        }
    }

    /// <summary>True when every migration of this build is in the store's history (one SELECT); false when any is missing or there is no history yet.</summary>
    public static async Task<bool> IsCurrentAsync(TalentWatchDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);

        // SQLite: this build's listed ids, as the read commands check them; EF's list is found by reflection over the
        // assembly, a cost every command that opens the store through EF paid at start (decision P22).
        var known = db.Database.IsSqlite() ? SqliteMigrationIds : db.GetService<IMigrationsAssembly>().Migrations.Keys;
        var historyTable = db.GetService<IDbContextOptions>().Extensions.OfType<Microsoft.EntityFrameworkCore.Infrastructure.RelationalOptionsExtension>()
            .Select(e => e.MigrationsHistoryTableName).FirstOrDefault(n => n is not null) ?? HistoryRepository.DefaultTableName;
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            return await HistoryListsAsync(db.Database.GetDbConnection(), historyTable, known, cancellationToken);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            // No history table yet (a new store): the full migration creates it. A store that cannot be reached fails there
            // again, with the error the command has always reported.
            return false;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// As <see cref="IsCurrentAsync(TalentWatchDbContext, CancellationToken)"/> for a SQLite store on an open connection, without
    /// EF Core's services: the command line's read commands check the store this way and use EF only when it is behind
    /// (decision P22). This build's SQLite migrations are <see cref="SqliteMigrationIds"/>.
    /// </summary>
    public static async Task<bool> IsCurrentAsync(SqliteConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        try
        {
            return await HistoryListsAsync(connection, HistoryRepository.DefaultTableName, SqliteMigrationIds, cancellationToken);
        }
        catch (SqliteException)
        {
            return false; // no history table yet: a new store
        }
    }

    /// <summary>
    /// The ids of this build's SQLite migrations (those in this assembly). Listed rather than found by reflection: finding them
    /// as EF does means loading every type of this assembly and the assemblies those types name (decision P22).
    /// <c>PlainStoreCheckTests</c> compare the list with EF's and fail, naming this list, when a migration is added.
    /// </summary>
    public static IReadOnlyList<string> SqliteMigrationIds { get; } =
    [
        "20261129043302_InitialSchema",
        "20261129082949_DataProtectionKeys",
        "20261129083337_Accounts",
        "20261129084618_ReviewHistory",
        "20261129091215_WebAggregateIndexes",
        "20261202102624_Feeds",
        "20261202103000_SearchIndexes",
        "20261202131445_ArticleReview",
        "20261204100000_LighterSearchIndexes",
    ];

    private static async Task<bool> HistoryListsAsync(DbConnection connection, string historyTable, IEnumerable<string> known, CancellationToken cancellationToken)
    {
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"MigrationId\" FROM \"{historyTable}\"";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied.Add(reader.GetString(0));
        }

        return known.All(applied.Contains);
    }

    /// <summary>
    /// Brings the store to this build's schema. A new SQLite store (no schema yet) is created from one script instead of every
    /// migration in turn (<see cref="NewStoreScript"/>, decision P19); any other store, and PostgreSQL, goes through EF's migrations.
    /// </summary>
    public static Task MigrateAsync(TalentWatchDbContext db, CancellationToken cancellationToken = default) =>
        MigrateAsync(db, newStoreFromScript: true, cancellationToken);

    /// <summary>
    /// As <see cref="MigrateAsync(TalentWatchDbContext, CancellationToken)"/>, but a new SQLite store too goes through every
    /// migration: the store the new-store script must equal, and the one Store/NewStore/regenerate.sh captures it from.
    /// </summary>
    public static Task MigrateThroughEveryMigrationAsync(TalentWatchDbContext db, CancellationToken cancellationToken = default) =>
        MigrateAsync(db, newStoreFromScript: false, cancellationToken);

    private static async Task MigrateAsync(TalentWatchDbContext db, bool newStoreFromScript, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsSqlite())
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                // A script older than this build's migrations (NewStoreScriptTests guards against it) still ends current:
                // the migrations it lacks run after it.
                var createdFromScript = newStoreFromScript && NewStoreScript.CreateIfEmpty((SqliteConnection)db.Database.GetDbConnection());
                if (!createdFromScript || !await IsCurrentAsync(db, cancellationToken))
                {
                    await db.Database.MigrateAsync(cancellationToken);
                }

                // Table statistics for the query planner (a full ANALYZE where they are missing or
                // stale). Without them SQLite picks the (Status, DateStart) index for a company's or a destination's
                // newest rows because it matches the ORDER BY, and scans every accepted departure (decision P6).
                await db.Database.ExecuteSqlRawAsync(RefreshStatistics, cancellationToken);
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
