using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Dates;
using TalentWatch.Data.Imports.Csv;
using TalentWatch.Data.Reports;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Tests.Backup;

/// <summary>
/// Fixtures/initial-schema.db is a store as the first release wrote it: only the InitialSchema migration applied (WAL mode),
/// then companies, headcounts and departures from <see cref="Fixtures"/> imported. Opening it with today's code must migrate it
/// and keep every row. Never regenerate the fixture with newer code: it stands for stores that already exist.
/// </summary>
public sealed class UpgradeTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("talentwatch-upgrade-tests-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }

    [Fact]
    public async Task A_first_release_store_migrates_to_the_current_schema_and_keeps_its_data()
    {
        var path = Path.Combine(directory, "store.db");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "initial-schema.db"), path);
        IDbContextFactory<TalentWatchDbContext> factory = new Factory(StoreRegistration.OptionsFor(StoreRegistration.ForFile(path)));
        await using (var before = await factory.CreateDbContextAsync())
        {
            // The fixture really is first-release: exactly the first migration recorded.
            Assert.Equal(["20261129043302_InitialSchema"], await before.Database.GetAppliedMigrationsAsync());
        }

        await StoreMigrator.MigrateAsync(factory);

        await using var db = await factory.CreateDbContextAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal("ok", await db.Database.SqlQueryRaw<string>("PRAGMA integrity_check").AsAsyncEnumerable().FirstAsync());
        Assert.Equal(
            ["Aurora Labs", "Meta Platforms", "Northwind Research", "Veritas AI"],
            await db.Companies.OrderBy(c => c.Name).Select(c => c.Name).ToListAsync());
        var veritas = await db.Companies.Include(c => c.Aliases).Include(c => c.Headcounts).SingleAsync(c => c.Slug == "veritas-ai");
        Assert.Equal(new DateOnly(2022, 3, 1), veritas.Founded);
        Assert.Equal(4, veritas.FoundingTeamSize);
        Assert.Equal(["veritas", "veritas ai", "veritas labs"], veritas.Aliases.Select(a => a.Key).Order(StringComparer.Ordinal));
        Assert.Equal([40, 50, 99], veritas.Headcounts.OrderBy(h => h.AsOf).Select(h => h.Headcount));
        Assert.Equal(9, await db.Departures.CountAsync());
        Assert.Equal(10, await db.DepartureSources.CountAsync());
        Assert.Equal(3, await db.ImportedFiles.CountAsync());
        var ana = await db.Departures.Include(d => d.Sources).SingleAsync(d => d.Person!.Name == "Ana Kowalska");
        Assert.Equal("2026-01-15", ana.DateText);
        Assert.Equal(DatePrecision.Day, ana.DatePrecision);
        Assert.Equal(2, ana.Sources.Count);

        // The figures read from the upgraded store are those of the same files imported into a new store by today's code.
        using var fresh = new TestStore();
        var importer = new CsvImporter(fresh.Factory);
        foreach (var (name, content) in new[] { ("companies.csv", Fixtures.Companies), ("headcounts.csv", Fixtures.Headcounts), ("departures.csv", Fixtures.Departures) })
        {
            Assert.True((await importer.ImportFileAsync(fresh.WriteFile(name, content))).Succeeded);
        }

        var quarter = Quarter.Parse("2026-Q1");
        Assert.Equal(
            JsonSerializer.Serialize(await new QuarterSummaryService(fresh.Factory).GetAsync(quarter)),
            JsonSerializer.Serialize(await new QuarterSummaryService(factory).GetAsync(quarter)));

        // And it still takes writes: the same file is recognised as imported, a new one goes in.
        var upgraded = new CsvImporter(factory);
        Assert.True((await upgraded.ImportFileAsync(fresh.WriteFile("departures.csv", Fixtures.Departures))).Skipped);
        var more = await upgraded.ImportFileAsync(fresh.WriteFile("more.csv", "person,from,to,date,role,founder,source_url\nHana Ito,Veritas AI,Meta,2026-05,,,\n"));
        Assert.True(more.Succeeded, string.Join("\n", more.Errors));
        Assert.Equal(10, await db.Departures.CountAsync());
    }

    private sealed class Factory(DbContextOptions<TalentWatchDbContext> options) : IDbContextFactory<TalentWatchDbContext>
    {
        public TalentWatchDbContext CreateDbContext() => new(options);
    }
}
