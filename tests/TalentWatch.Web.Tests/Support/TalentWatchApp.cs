using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentWatch.Data.Store;

namespace TalentWatch.Web.Tests.Support;

/// <summary>The web app over a real SQLite file in a temp folder; the app migrates it on start, the tests seed it.</summary>
public class TalentWatchApp : WebApplicationFactory<Program>
{
    public TalentWatchApp()
    {
        Directory = Path.Combine(Path.GetTempPath(), "talentwatch-web-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        DatabasePath = Path.Combine(Directory, "talentwatch.db");
    }

    public string Directory { get; }

    public string DatabasePath { get; }

    public bool Seed { get; init; } = true;

    /// <summary>The seed articles imported on start; none unless a test sets it.</summary>
    public string? SeedsDirectory { get; init; }

    /// <summary>Extra configuration (for example lower <c>RateLimits:*</c> or <c>Access:RequireSignIn</c>), applied last.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>The hosting environment; Development unless a test checks what changes outside it.</summary>
    public string EnvironmentName { get; init; } = "Development";

    /// <summary>The app's clock (<see cref="TimeProvider"/>) stands still at this instant when set; the real clock otherwise.</summary>
    public DateTimeOffset? Now { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (Now is { } now)
        {
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new FixedClock(now)));
        }

        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("ConnectionStrings:" + StoreRegistration.ConnectionStringName, StoreRegistration.ForFile(DatabasePath));
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(Directory, "logs", "web-.log"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Seeds:Directory", SeedsDirectory ?? Path.Combine(Directory, "no-seeds"));
        builder.UseSetting("Feeds:Enabled", "false"); // no scheduled poll while a test runs
        // One test class signs in and downloads far more often than a person; the limit tests set their own lower values.
        builder.UseSetting("RateLimits:SignIn:PermitLimit", "10000");
        builder.UseSetting("RateLimits:Export:PermitLimit", "10000");
        builder.UseSetting("RateLimits:Import:PermitLimit", "10000");
        builder.UseSetting("RateLimits:Api:PermitLimit", "10000");
        builder.UseSetting("RateLimits:Search:PermitLimit", "10000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Starts the app (which migrates the store) and inserts <see cref="TestData"/> once.</summary>
    public async Task InitializeAsync()
    {
        _ = Services;
        if (Seed)
        {
            await TestData.SeedAsync(Services.GetRequiredService<IDbContextFactory<TalentWatchDbContext>>());
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open by the OS is left for the temp cleaner
        }
    }
}

/// <summary>A clock that always reads the same instant.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>One seeded app shared by a test class.</summary>
public sealed class SeededApp : IAsyncLifetime
{
    public TalentWatchApp App { get; } = new();

    public Task InitializeAsync() => App.InitializeAsync();

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }
}
