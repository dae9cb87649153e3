using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentWatch.Core.History;
using TalentWatch.Data.Editing;
using TalentWatch.Data.Imports.Csv;
using TalentWatch.Data.Store;
using TalentWatch.Data.Tests;
using TalentWatch.Web.Infrastructure.Caching;
using TalentWatch.Web.Tests.Support;

namespace TalentWatch.Web.Tests.Integration;

public sealed class PageCacheSqliteTests() : PageCacheTests(StoreProvider.Sqlite);

public sealed class PageCachePostgresTests() : PageCacheTests(StoreProvider.Postgres);

/// <summary>
/// The dashboard, the explorer and the company page are kept per store change (decision P11): a change made through the app
/// shows on the next request, and one made by another process (the command line's CSV import, on its own connection and
/// without the app's interceptor) within the stamp's interval. On SQLite and PostgreSQL.
/// </summary>
public abstract class PageCacheTests : IAsyncLifetime
{
    private static readonly string[] Pages = ["/", "/departures", "/companies/veritas-ai"];

    private readonly string directory = Directory.CreateTempSubdirectory("talentwatch-page-cache-").FullName;
    private readonly PostgresServer.Database? postgres;
    private readonly StoreLocation location;
    private App app;

    protected PageCacheTests(StoreProvider provider)
    {
        if (provider == StoreProvider.Postgres)
        {
            postgres = PostgresServer.CreateDatabase(migrated: false);
            location = new StoreLocation(provider, postgres.ConnectionString);
        }
        else
        {
            location = new StoreLocation(provider, StoreRegistration.ForFile(Path.Combine(directory, "talentwatch.db")));
        }

        app = new App(location, directory, clock: null);
    }

    public async Task InitializeAsync() => await TestData.SeedAsync(app.Services.GetRequiredService<IDbContextFactory<TalentWatchDbContext>>());

    [Fact]
    public async Task A_change_made_through_the_app_shows_on_the_next_request()
    {
        // A clock that stands still: the store's stamp is read once and never again, so only the app's own write can show.
        app.Dispose();
        app = new App(location, directory, new FixedClock(DateTimeOffset.UtcNow));
        var client = app.CreateClient();
        foreach (var page in Pages)
        {
            Assert.Contains("Mira Chen", await client.GetStringAsync(page), StringComparison.Ordinal);
            Assert.Contains("Mira Chen", await client.GetStringAsync(page), StringComparison.Ordinal); // now from the cache
        }

        // An editor merges Mira Chen into Barret Zoph: her departures are his from now on.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var people = await PeopleAsync("Mira Chen", "Barret Zoph");
            var result = await scope.ServiceProvider.GetRequiredService<PersonEditor>()
                .MergeAsync(people["Barret Zoph"].Id, people["Barret Zoph"].Version, people["Mira Chen"].Id, people["Mira Chen"].Version, new Actor(null, "test"));
            Assert.True(result.Succeeded, result.Message);
        }

        var writes = app.Services.GetRequiredService<LocalStoreWrites>().Count;
        foreach (var page in Pages)
        {
            Assert.False((await client.GetStringAsync(page)).Contains("Mira Chen", StringComparison.Ordinal), $"{page} still shows Mira Chen ({writes} writes)");
        }
    }

    [Fact]
    public async Task The_quarter_api_keeps_its_bytes_and_etag_until_the_app_writes()
    {
        app.Dispose();
        app = new App(location, directory, new FixedClock(DateTimeOffset.UtcNow));
        var client = app.CreateClient();
        var (total, tag) = await QuarterAsync(client);
        Assert.Equal((total, tag), await QuarterAsync(client)); // now from the cache
        using (var again = new HttpRequestMessage(HttpMethod.Get, QuarterApi))
        {
            again.Headers.IfNoneMatch.Add(tag);
            Assert.Equal(System.Net.HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
        }

        // An import through the app's own context factory: its interceptor moves the stamp, the clock does not.
        var importer = new CsvImporter(app.Services.GetRequiredService<IDbContextFactory<TalentWatchDbContext>>(), TimeProvider.System);
        Assert.True((await importer.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(AdaCsv)), "departures.csv")).Succeeded);

        var (after, newTag) = await QuarterAsync(client);
        Assert.Equal(total + 1, after);
        Assert.NotEqual(tag, newTag);
        using var old = new HttpRequestMessage(HttpMethod.Get, QuarterApi);
        old.Headers.IfNoneMatch.Add(tag);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.SendAsync(old)).StatusCode);
    }

    [Fact]
    public async Task A_change_made_by_another_process_shows_within_the_stamp_interval()
    {
        var client = app.CreateClient();
        foreach (var page in Pages)
        {
            Assert.DoesNotContain("Ada Lovelace", await client.GetStringAsync(page), StringComparison.Ordinal);
        }

        var (total, tag) = await QuarterAsync(client);

        // What `talentwatch import-csv` does: its own context factory, no interceptor of the web app's.
        var importer = new CsvImporter(new OtherProcessFactory(StoreRegistration.OptionsFor(location)), TimeProvider.System);
        var imported = await importer.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(AdaCsv)), "departures.csv");
        Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));

        await Task.Delay(StoreChangeStamp.Interval + TimeSpan.FromMilliseconds(300));
        foreach (var page in Pages)
        {
            Assert.Contains("Ada Lovelace", await client.GetStringAsync(page), StringComparison.Ordinal);
        }

        var (after, newTag) = await QuarterAsync(client);
        Assert.Equal(total + 1, after);
        Assert.NotEqual(tag, newTag);
    }

    private const string QuarterApi = "/api/reports/quarter/2026-Q1";

    private const string AdaCsv = """
        person,from,to,date,role,founder,source_url
        Ada Lovelace,Veritas AI,Meta,2026-03-02,engineer,false,https://example.org/ada

        """;

    /// <summary>The quarter API's total and ETag; the tag must be the hash of the body, as for every other API answer.</summary>
    private static async Task<(int Total, System.Net.Http.Headers.EntityTagHeaderValue Tag)> QuarterAsync(HttpClient client)
    {
        var response = await client.GetAsync(QuarterApi);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync();
        var tag = response.Headers.ETag!;
        Assert.Equal(Infrastructure.Api.ApiCaching.TagOf(body), tag.Tag);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        using var summary = System.Text.Json.JsonDocument.Parse(body);
        return (summary.RootElement.GetProperty("totalDepartures").GetInt32(), tag);
    }

    private async Task<Dictionary<string, (int Id, int Version)>> PeopleAsync(params string[] names)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<TalentWatchDbContext>>().CreateDbContextAsync();
        return await db.People.Where(p => names.Contains(p.Name)).ToDictionaryAsync(p => p.Name, p => (p.Id, p.Version));
    }

    public Task DisposeAsync()
    {
        app.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Npgsql.NpgsqlConnection.ClearAllPools();
        postgres?.Dispose();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open by the OS is left for the temp cleaner
        }

        return Task.CompletedTask;
    }

    private sealed class OtherProcessFactory(DbContextOptions<TalentWatchDbContext> options) : IDbContextFactory<TalentWatchDbContext>
    {
        public TalentWatchDbContext CreateDbContext() => new(options);
    }

    private sealed class App(StoreLocation location, string directory, TimeProvider? clock) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            if (clock is not null)
            {
                builder.ConfigureServices(services => services.AddSingleton(clock));
            }

            builder.UseEnvironment("Development");
            builder.UseSetting(StoreRegistration.ProviderKey, location.Provider.ToString());
            builder.UseSetting("ConnectionStrings:" + StoreRegistration.ConnectionStringName, location.ConnectionString);
            builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(directory, "logs", "web-.log"));
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            builder.UseSetting("Seeds:Directory", Path.Combine(directory, "no-seeds"));
            builder.UseSetting("Feeds:Enabled", "false");
        }
    }
}

/// <summary>The cache itself: one computation per key and stamp, shared by concurrent callers; a failure is not kept.</summary>
public sealed class StoreCacheTests : IAsyncLifetime
{
    private readonly TalentWatchApp app = new();

    private StoreCache Cache => app.Services.GetRequiredService<StoreCache>();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync()
    {
        app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_value_is_computed_once_per_key_until_the_app_writes()
    {
        var computed = 0;
        Task<int> ComputeAsync(CancellationToken _) => Task.FromResult(Interlocked.Increment(ref computed));

        Assert.Equal(1, await Cache.GetAsync("a", ComputeAsync));
        Assert.Equal(1, await Cache.GetAsync("a", ComputeAsync));
        Assert.Equal(2, await Cache.GetAsync("b", ComputeAsync));

        app.Services.GetRequiredService<LocalStoreWrites>().Mark();
        Assert.Equal(3, await Cache.GetAsync("a", ComputeAsync));
        Assert.Equal(3, await Cache.GetAsync("a", ComputeAsync));
    }

    [Fact]
    public async Task Concurrent_requests_share_one_computation_and_a_failure_is_not_kept()
    {
        var computed = 0;
        var release = new TaskCompletionSource();
        async Task<string> SlowAsync(CancellationToken _)
        {
            Interlocked.Increment(ref computed);
            await release.Task;
            return "page";
        }

        var waiting = Enumerable.Range(0, 10).Select(_ => Cache.GetAsync("shared", SlowAsync)).ToList();
        release.SetResult();
        Assert.All(await Task.WhenAll(waiting), value => Assert.Equal("page", value));
        Assert.Equal(1, computed);

        var attempts = 0;
        Task<string> FailingOnceAsync(CancellationToken _) =>
            Interlocked.Increment(ref attempts) == 1 ? throw new InvalidOperationException("store unavailable") : Task.FromResult("recovered");
        await Assert.ThrowsAsync<InvalidOperationException>(() => Cache.GetAsync("flaky", FailingOnceAsync));
        Assert.Equal("recovered", await Cache.GetAsync("flaky", FailingOnceAsync));
    }
}
