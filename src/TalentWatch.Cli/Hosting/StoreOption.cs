using System.CommandLine;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TalentWatch.Data;
using TalentWatch.Data.Store;

namespace TalentWatch.Cli.Hosting;

/// <summary>The <c>--db PATH</c> option every store command takes, and opening (and migrating) the store it names.</summary>
public static class StoreOption
{
    public static Option<string?> Create() => new("--db")
    {
        Description = "A SQLite store file; default: the store the web app is configured with (Database__Provider=Sqlite|Postgres and ConnectionStrings__TalentWatch, else .data/talentwatch.db).",
        HelpName = "PATH",
    };

    /// <summary>
    /// The services over the store: configuration from environment variables (Database__Provider, ConnectionStrings__TalentWatch)
    /// like the web app, <c>--db</c> (always SQLite) winning; migrations applied first so a new store is ready (one query when
    /// the store is current), and on SQLite the model compiled into TalentWatch.Data (decision P9).
    /// </summary>
    public static async Task<ServiceProvider> OpenAsync(string? databasePath, CancellationToken cancellationToken, Action<IServiceCollection, IConfiguration>? addServices = null)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var collection = new ServiceCollection().AddTalentWatchServices(configuration, databasePath, compiledModel: true);
        addServices?.Invoke(collection, configuration);
        var services = collection.BuildServiceProvider();
        try
        {
            await StoreMigrator.MigrateIfBehindAsync(services.GetRequiredService<IDbContextFactory<TalentWatchDbContext>>(), cancellationToken);
        }
        catch (DbException e)
        {
            var location = services.GetRequiredService<StoreLocation>();
            await services.DisposeAsync();
            throw new StoreUnavailableException($"cannot open the {location.Provider} store: {e.Message}", e);
        }

        return services;
    }
}
