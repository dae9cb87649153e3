using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace TalentWatch.Data.Store;

/// <summary>Where the store lives and how to open it; shared by the web app, the CLI and the tests.</summary>
public static class StoreRegistration
{
    public const string ConnectionStringName = "TalentWatch";

    /// <summary>The configuration key choosing the database: <c>Sqlite</c> (default) or <c>Postgres</c>.</summary>
    public const string ProviderKey = "Database:Provider";

    /// <summary>The assembly holding the PostgreSQL migrations (the SQLite ones live in this assembly; docs/deployment.md).</summary>
    public const string PostgresMigrationsAssembly = "TalentWatch.Data.Postgres";

    /// <summary>
    /// Registers a context factory (one context per operation, as Blazor Server needs). <paramref name="compiledModel"/>: on
    /// SQLite, use the model compiled into this assembly (<see cref="CompiledModel.TalentWatchDbContextModel"/>) instead of
    /// building it at start-up; the command line does, where start-up is most of a command's time (decision P9).
    /// </summary>
    public static IServiceCollection AddTalentWatchStore(this IServiceCollection services, IConfiguration configuration, string? databasePathOverride = null, bool compiledModel = false)
    {
        var location = ResolveLocation(configuration, databasePathOverride);
        services.AddSingleton(location);
        services.AddDbContextFactory<TalentWatchDbContext>(options => Configure(options, location, compiledModel));
        return services;
    }

    /// <summary>Opens a SQLite store (the connection string of a file; see <see cref="ForFile"/>).</summary>
    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        Configure(options, new StoreLocation(StoreProvider.Sqlite, connectionString));

    public static void Configure(DbContextOptionsBuilder options, StoreLocation location) => Configure(options, location, compiledModel: false);

    public static void Configure(DbContextOptionsBuilder options, StoreLocation location, bool compiledModel)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(location);
        switch (location.Provider)
        {
            case StoreProvider.Postgres:
                options.UseNpgsql(WithAutoPrepare(location.ConnectionString), npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly).CommandTimeout(60));
                ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new PostgresLikeExtension());
                break;
            default:
                options.UseSqlite(location.ConnectionString, sqlite => sqlite.CommandTimeout(60));
                if (compiledModel)
                {
                    // Generated for SQLite only: the PostgreSQL model differs (collations, instant conversion; ConfigureConventions).
                    options.UseModel(CompiledModel.TalentWatchDbContextModel.Instance);
                }

                break;
        }
    }

    /// <summary>
    /// Npgsql prepares the statements a connection runs repeatedly (the bulk import's per-row inserts, the app's queries) unless
    /// the connection string says otherwise; SQLite's bulk writer prepares its own.
    /// </summary>
    private static string WithAutoPrepare(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 64;
        }

        return builder.ConnectionString;
    }

    /// <summary>Options for a SQLite store.</summary>
    public static DbContextOptions<TalentWatchDbContext> OptionsFor(string connectionString) =>
        OptionsFor(new StoreLocation(StoreProvider.Sqlite, connectionString));

    public static DbContextOptions<TalentWatchDbContext> OptionsFor(StoreLocation location, bool compiledModel = false)
    {
        var builder = new DbContextOptionsBuilder<TalentWatchDbContext>();
        Configure(builder, location, compiledModel);
        return builder.Options;
    }

    /// <summary>
    /// <c>--db PATH</c> wins (always a SQLite file), then <c>Database:Provider</c> with <c>ConnectionStrings:TalentWatch</c>;
    /// PostgreSQL needs the connection string, SQLite defaults to <see cref="DefaultDatabasePath"/>.
    /// </summary>
    public static StoreLocation ResolveLocation(IConfiguration configuration, string? databasePathOverride)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!string.IsNullOrWhiteSpace(databasePathOverride))
        {
            return new StoreLocation(StoreProvider.Sqlite, ForFile(databasePathOverride));
        }

        var provider = ParseProvider(configuration[ProviderKey]);
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (provider == StoreProvider.Postgres)
        {
            return string.IsNullOrWhiteSpace(configured)
                ? throw new StoreUnavailableException(
                    $"{ProviderKey} is Postgres but ConnectionStrings:{ConnectionStringName} is not set (e.g. ConnectionStrings__{ConnectionStringName}=\"Host=db;Database=talentwatch;Username=talentwatch;Password=...\")")
                : new StoreLocation(provider, configured);
        }

        return new StoreLocation(provider, string.IsNullOrWhiteSpace(configured) ? ForFile(DefaultDatabasePath()) : configured);
    }

    /// <summary>The connection string only (kept for callers that predate the provider switch).</summary>
    public static string ResolveConnectionString(IConfiguration configuration, string? databasePathOverride) =>
        ResolveLocation(configuration, databasePathOverride).ConnectionString;

    public static StoreProvider ParseProvider(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => StoreProvider.Sqlite,
        "postgres" or "postgresql" or "npgsql" => StoreProvider.Postgres,
        _ => throw new StoreUnavailableException($"{ProviderKey} '{value}' is not a known database provider (expected Sqlite or Postgres)"),
    };

    public static string ForFile(string path)
    {
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        return new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Cache = SqliteCacheMode.Default,
            Pooling = true,
            DefaultTimeout = 60,
        }.ToString();
    }

    public static string DefaultDatabasePath()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TalentWatch.sln")))
            {
                return Path.Combine(dir.FullName, ".data", "talentwatch.db");
            }
        }

        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "TalentWatch", "talentwatch.db");
    }
}
