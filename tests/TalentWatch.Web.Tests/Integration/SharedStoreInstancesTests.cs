using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentWatch.Data.Store;
using TalentWatch.Data.Tests;

namespace TalentWatch.Web.Tests.Integration;

public sealed class SharedStoreInstancesSqliteTests() : SharedStoreInstancesTests(StoreProvider.Sqlite);

public sealed class SharedStoreInstancesPostgresTests() : SharedStoreInstancesTests(StoreProvider.Postgres);

/// <summary>
/// Two web instances on one store, as behind a load balancer (docs/deployment.md): both healthy, and what one protects (antiforgery
/// tokens, cookies) the other can read, because the data-protection keys live in the store rather than in each host.
/// </summary>
public abstract class SharedStoreInstancesTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("talentwatch-instances-").FullName;
    private readonly PostgresServer.Database? postgres;
    private readonly StoreLocation location;

    protected SharedStoreInstancesTests(StoreProvider provider)
    {
        if (provider == StoreProvider.Postgres)
        {
            // An empty database: the first instance's start-up migrates it, as in production.
            postgres = PostgresServer.CreateDatabase(migrated: false);
            location = new StoreLocation(provider, postgres.ConnectionString);
        }
        else
        {
            location = new StoreLocation(provider, StoreRegistration.ForFile(Path.Combine(directory, "talentwatch.db")));
        }
    }

    [Fact]
    public async Task Each_instance_reads_what_the_other_protected_and_both_are_healthy()
    {
        using var first = new Instance(location, Path.Combine(directory, "first"));
        using var second = new Instance(location, Path.Combine(directory, "second"));

        var fromFirst = first.Protector().Protect("circuit state from instance one");
        var fromSecond = second.Protector().Protect("antiforgery token from instance two");

        Assert.Equal("circuit state from instance one", second.Protector().Unprotect(fromFirst));
        Assert.Equal("antiforgery token from instance two", first.Protector().Unprotect(fromSecond));
        await using (var db = await first.Services.GetRequiredService<IDbContextFactory<TalentWatchDbContext>>().CreateDbContextAsync())
        {
            Assert.Equal(1, await db.DataProtectionKeys.CountAsync());
        }

        foreach (var instance in new[] { first, second })
        {
            var response = await instance.CreateClient().GetAsync("/health");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("\"Healthy\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    public void Dispose()
    {
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

        GC.SuppressFinalize(this);
    }

    private sealed class Instance(StoreLocation location, string directory) : WebApplicationFactory<Program>
    {
        public IDataProtector Protector() => Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("TalentWatch.Tests.SharedStore");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting(StoreRegistration.ProviderKey, location.Provider.ToString());
            builder.UseSetting("ConnectionStrings:" + StoreRegistration.ConnectionStringName, location.ConnectionString);
            builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(directory, "logs", "web-.log"));
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            builder.UseSetting("Seeds:Directory", Path.Combine(directory, "no-seeds"));
        }
    }
}
