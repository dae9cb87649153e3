using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace TalentWatch.Data.Store;

/// <summary>Where the store lives and how to open it; shared by the web app, the CLI and the tests.</summary>
public static class StoreRegistration
{
    public const string ConnectionStringName = "TalentWatch";

    /// <summary>Registers a context factory (one context per operation, as Blazor Server needs).</summary>
    public static IServiceCollection AddTalentWatchStore(this IServiceCollection services, IConfiguration configuration, string? databasePathOverride = null)
    {
        var connectionString = ResolveConnectionString(configuration, databasePathOverride);
        services.AddDbContextFactory<TalentWatchDbContext>(options => Configure(options, connectionString));
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.CommandTimeout(60));

    public static DbContextOptions<TalentWatchDbContext> OptionsFor(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<TalentWatchDbContext>();
        Configure(builder, connectionString);
        return builder.Options;
    }

    /// <summary>
    /// <c>--db PATH</c> wins, then <c>ConnectionStrings:TalentWatch</c>, then the default file:
    /// <c>.data/talentwatch.db</c> under the repository root when run from inside the repository
    /// (so the CLI and the web app share it), else under the user's local application data.
    /// </summary>
    public static string ResolveConnectionString(IConfiguration configuration, string? databasePathOverride)
    {
        if (!string.IsNullOrWhiteSpace(databasePathOverride))
        {
            return ForFile(databasePathOverride);
        }

        var configured = configuration.GetConnectionString(ConnectionStringName);
        return string.IsNullOrWhiteSpace(configured) ? ForFile(DefaultDatabasePath()) : configured;
    }

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
