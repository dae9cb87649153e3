using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Tests;

/// <summary>
/// A real, migrated store like the app's (never the EF in-memory provider): a SQLite file in a temporary directory, or a
/// throwaway PostgreSQL database created for this store and dropped when it is disposed (<see cref="PostgresServer"/>).
/// </summary>
public sealed class TestStore : IDisposable
{
    public TestStore(StoreProvider provider = StoreProvider.Sqlite)
    {
        Provider = provider;
        Directory = System.IO.Directory.CreateTempSubdirectory("talentwatch-data-tests-").FullName;
        DatabasePath = Path.Combine(Directory, "store.db");
        if (provider == StoreProvider.Postgres)
        {
            postgresDatabase = PostgresServer.CreateDatabase();
            Location = new StoreLocation(provider, postgresDatabase.ConnectionString);
        }
        else
        {
            Location = new StoreLocation(provider, StoreRegistration.ForFile(DatabasePath));
        }

        Factory = new ContextFactory(StoreRegistration.OptionsFor(Location));
        StoreMigrator.MigrateAsync(Factory).GetAwaiter().GetResult();
    }

    private readonly PostgresServer.Database? postgresDatabase;

    public StoreProvider Provider { get; }

    public StoreLocation Location { get; }

    /// <summary>A scratch directory for the test's files (and, on SQLite, the store file).</summary>
    public string Directory { get; }

    /// <summary>The SQLite file (unused on PostgreSQL).</summary>
    public string DatabasePath { get; }

    public IDbContextFactory<TalentWatchDbContext> Factory { get; }

    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllText(path, content.ReplaceLineEndings("\n"));
        return path;
    }

    public string WriteBytes(string name, byte[] content)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>Row counts of every table an import writes: equal before and after means nothing was stored.</summary>
    public async Task<string> CountsAsync()
    {
        await using var db = await Factory.CreateDbContextAsync();
        return $"companies={await db.Companies.CountAsync()} aliases={await db.CompanyAliases.CountAsync()} headcounts={await db.Headcounts.CountAsync()} "
               + $"people={await db.People.CountAsync()} departures={await db.Departures.CountAsync()} sources={await db.DepartureSources.CountAsync()} files={await db.ImportedFiles.CountAsync()}";
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        postgresDatabase?.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // best effort: a temp directory left behind does not fail a test
        }
    }

    private sealed class ContextFactory(DbContextOptions<TalentWatchDbContext> options) : IDbContextFactory<TalentWatchDbContext>
    {
        public TalentWatchDbContext CreateDbContext() => new(options);
    }
}

/// <summary>A small, hand-checked data set used by the import, summary and timeline tests.</summary>
public static class Fixtures
{
    public const string Companies = """
        name,aliases,founded,founding_team_size
        Veritas AI,VERITAS;Véritas Labs,2022-03-01,4
        Aurora Labs,,2021-06-15,
        Meta Platforms,Meta;META,2004-02-04,5
        Northwind Research,Northwind,2020-01-01,10
        """;

    public const string Headcounts = """
        company,as_of,headcount
        Veritas AI,2025-06-01,40
        veritas ai,2025-12-31,50
        Veritas AI,2026-01-02,99
        """;

    // Line numbers (header = 1) are the evidence of each source.
    public const string Departures = """
        person,from,to,date,role,founder,source_url
        Ana Kowalska,Veritas AI,Meta,2026-01-15,CTO,true,https://news.example/1
        ana kowalska,VÉRITAS,,2026-01,,,https://news.example/2
        Bram Dekker,veritas labs,Northwind,2026-02,Research Scientist,false,https://news.example/3
        Chen Wei,Veritas AI,Meta,2026,Engineer,false,https://news.example/4
        ,Veritas AI,,2025-11-03,Co-founder,true,https://news.example/5
        Dara Obi,Veritas AI,Meta,2024-05-01,Researcher,true,https://news.example/6
        Dara Obi,Veritas AI,Northwind,2026-03-30,Researcher,true,https://news.example/7
        Eve Stone,Aurora Labs,Meta,2026-Q1,,true,https://news.example/8
        Finn Moss,Aurora Labs,,,,false,https://news.example/9
        Gus Hale,Northwind,Meta,2026-04-01,,false,https://news.example/10
        """;
}
