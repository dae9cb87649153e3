using System.CommandLine;
using System.Data.Common;
using Microsoft.Data.Sqlite;
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

    /// <summary>
    /// For a command that only reads (<c>summary</c>, <c>timeline</c>): an open connection to the store. A SQLite store whose
    /// history lists every migration of this build is opened as a plain connection, without EF Core's services or model (the
    /// reports read it in plain SQL): most of a read command's time was EF starting up (decision P22). Any other store (new,
    /// behind, PostgreSQL, unreachable) goes through <see cref="OpenAsync"/> as before, migrated and with its errors, and the
    /// connection is its context's.
    /// </summary>
    public static async Task<StoreConnection> OpenForReadingAsync(string? databasePath, CancellationToken cancellationToken)
    {
        var location = StoreRegistration.ResolveLocation(new ConfigurationBuilder().AddEnvironmentVariables().Build(), databasePath);
        if (location.Provider == StoreProvider.Sqlite)
        {
            var connection = new SqliteConnection(location.ConnectionString);
            try
            {
                await connection.OpenAsync(cancellationToken);
                if (await StoreMigrator.IsCurrentAsync(connection, cancellationToken))
                {
                    return new StoreConnection(connection, connection);
                }
            }
            catch (DbException)
            {
                // Reported by the full path below, with the message every store command gives.
            }

            await connection.DisposeAsync();
        }

        var services = await OpenAsync(databasePath, cancellationToken);
        var db = await services.GetRequiredService<IDbContextFactory<TalentWatchDbContext>>().CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        return new StoreConnection(db.Database.GetDbConnection(), db, services);
    }
}

/// <summary>An open connection to the store and what owns it, disposed together.</summary>
public sealed class StoreConnection(DbConnection connection, params IAsyncDisposable[] owners) : IAsyncDisposable
{
    public DbConnection Connection { get; } = connection;

    public async ValueTask DisposeAsync()
    {
        foreach (var owner in owners)
        {
            await owner.DisposeAsync();
        }
    }
}
