using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Tests.Store;

/// <summary>
/// The command line's read commands check a SQLite store on a plain connection, without EF Core (decision P22): the migrations
/// they look for must be EF's, and the answer EF's check gives.
/// </summary>
public sealed class PlainStoreCheckTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("talentwatch-plain-check-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void The_migrations_found_without_ef_are_the_ones_ef_applies()
    {
        using var db = new TalentWatchDbContext(StoreRegistration.OptionsFor(StoreRegistration.ForFile(Path.Combine(directory, "any.db"))));
        var efMigrations = db.GetService<IMigrationsAssembly>().Migrations.Keys.Order(StringComparer.Ordinal);

        Assert.True(
            efMigrations.SequenceEqual(StoreMigrator.SqliteMigrationIds),
            $"StoreMigrator.SqliteMigrationIds (src/TalentWatch.Data/Store/StoreMigrator.cs) must list every SQLite migration: add the new one's id. EF lists: {string.Join(", ", efMigrations)}");
        Assert.NotEmpty(StoreMigrator.SqliteMigrationIds);
    }

    [Fact]
    public async Task A_new_a_current_and_a_behind_store_are_told_apart_as_efs_check_tells_them()
    {
        var path = Path.Combine(directory, "store.db");
        Assert.False(await IsCurrentOnPlainConnectionAsync(path)); // no schema yet

        await using (var db = new TalentWatchDbContext(StoreRegistration.OptionsFor(StoreRegistration.ForFile(path))))
        {
            await StoreMigrator.MigrateAsync(db);
            Assert.True(await StoreMigrator.IsCurrentAsync(db));
        }

        Assert.True(await IsCurrentOnPlainConnectionAsync(path));

        await using (var connection = new SqliteConnection(StoreRegistration.ForFile(path)))
        {
            await connection.OpenAsync();
            await using var forget = connection.CreateCommand();
            forget.CommandText = $"DELETE FROM \"{HistoryRepository.DefaultTableName}\" WHERE \"MigrationId\" = '{StoreMigrator.SqliteMigrationIds[^1]}'";
            await forget.ExecuteNonQueryAsync();
        }

        Assert.False(await IsCurrentOnPlainConnectionAsync(path)); // a store from an older build: the command line migrates it
    }

    private static async Task<bool> IsCurrentOnPlainConnectionAsync(string path)
    {
        await using var connection = new SqliteConnection(StoreRegistration.ForFile(path));
        await connection.OpenAsync();
        return await StoreMigrator.IsCurrentAsync(connection);
    }
}
