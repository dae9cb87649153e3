using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TalentWatch.Data;
using TalentWatch.Data.Store;
using TalentWatch.Fetching.Http;

namespace TalentWatch.Fetching.Tests.Support;

/// <summary>
/// A migrated SQLite store in a temp folder with the fetching services over it, configured as a test needs (one quick
/// retry). <paramref name="trustLocalSite"/> treats 127.0.0.1 (the <see cref="LocalSite"/>) as a
/// public address while every other private one is still refused, so redirects to private addresses can be tested.
/// </summary>
public sealed class FetchingStore : IAsyncDisposable
{
    /// <param name="postgres">A PostgreSQL database's connection string; default a SQLite file in <see cref="Directory"/>.</param>
    /// <param name="time">The clock (a fake one for the scheduled poll); default the system's.</param>
    public FetchingStore(IDictionary<string, string?>? settings = null, bool trustLocalSite = true, string? postgres = null, TimeProvider? time = null)
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("talentwatch-fetch-tests-").FullName;
        var values = new Dictionary<string, string?>
        {
            ["Database:Provider"] = postgres is null ? "Sqlite" : "Postgres",
            ["ConnectionStrings:" + StoreRegistration.ConnectionStringName] = postgres,
            // Generous for a busy CI machine; the tests of a silent server set their own short timeout.
            ["Fetch:Timeout"] = "00:00:05",
            ["Fetch:RetryDelay"] = "00:00:00.050",
            ["Fetch:Retries"] = "1",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services
            .AddLogging()
            .AddTalentWatchServices(configuration, postgres is null ? Path.Combine(Directory, "store.db") : null)
            .AddTalentWatchFetching(configuration);
        if (trustLocalSite)
        {
            services.AddHttpClient(WebFetcher.ClientName).ConfigurePrimaryHttpMessageHandler(provider =>
                SafeConnector.CreateHandler(
                    provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<FetchOptions>>().Value,
                    address => address.Equals(IPAddress.Loopback) ? null : AddressPolicy.RefusalReason(address)));
        }

        Services = services.BuildServiceProvider();
        Factory = Services.GetRequiredService<IDbContextFactory<TalentWatchDbContext>>();
        StoreMigrator.MigrateAsync(Factory).GetAwaiter().GetResult();
    }

    public string Directory { get; }

    public ServiceProvider Services { get; }

    public IDbContextFactory<TalentWatchDbContext> Factory { get; }

    public T Get<T>()
        where T : notnull => Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    public async Task<(int Articles, int Departures, int Sources, int Feeds, int Entries)> CountsAsync()
    {
        await using var db = await Factory.CreateDbContextAsync();
        return (await db.Articles.CountAsync(), await db.Departures.CountAsync(), await db.DepartureSources.CountAsync(),
            await db.Feeds.CountAsync(), await db.FeedEntries.CountAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // left for the temp cleaner
        }
    }
}
