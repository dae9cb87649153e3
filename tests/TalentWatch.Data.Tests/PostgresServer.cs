using Npgsql;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Tests;

/// <summary>
/// The PostgreSQL server the tests run against: <c>TALENTWATCH_TEST_POSTGRES</c> is a connection string to its maintenance
/// database (.ci/run starts a throwaway cluster and sets it). Without it every PostgreSQL test fails, saying how to start one:
/// a missing server must never look like a green run.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "TALENTWATCH_TEST_POSTGRES";

    public static string MaintenanceConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set{(Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ? " (and this is a CI run)" : string.Empty)}: the PostgreSQL half of the "
                + "store tests needs a server. Run the tests with .ci/test, the README's test command (it starts a throwaway cluster), or start one yourself, e.g. "
                + "`source .ci/postgres.sh && start_throwaway_postgres` and run `dotnet test` in that shell, or set "
                + $"{Variable}=\"Host=127.0.0.1;Port=5432;Username=postgres;Password=...;Database=postgres\" for a server whose user may CREATE DATABASE.");

    /// <summary>
    /// Test databases get a linguistic default collation (ICU en-US, as many production servers have), not the cluster's C
    /// locale: ordinal ordering must come from the schema's own "C" collation (decision O5), which the tests then prove.
    /// </summary>
    private const string LinguisticDefault = "TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'";

    // Migrating takes longer than copying: one migrated template per test run, copied for every store, dropped at exit.
    private static readonly Lazy<string> MigratedTemplate = new(CreateMigratedTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A new database with a unique name, already migrated; disposing drops it.</summary>
    public static Database CreateDatabase(bool migrated = true)
    {
        var maintenance = MaintenanceConnectionString;
        var name = "talentwatch_test_" + Guid.NewGuid().ToString("N");
        var sql = migrated ? $"CREATE DATABASE \"{name}\" TEMPLATE \"{MigratedTemplate.Value}\"" : $"CREATE DATABASE \"{name}\" {LinguisticDefault}";

        // PostgreSQL refuses to copy a template while another CREATE DATABASE is copying it ("being accessed by other
        // users"): one copy at a time in this process, and a short retry for the rare overlap with a starting connection.
        lock (CreateLock)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    Execute(maintenance, sql);
                    break;
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 20)
                {
                    Thread.Sleep(100 * attempt);
                }
            }
        }

        return new Database(maintenance, name, ConnectionStringFor(maintenance, name));
    }

    private static readonly Lock CreateLock = new();

    private static string CreateMigratedTemplate()
    {
        var maintenance = MaintenanceConnectionString;
        var name = "talentwatch_template_" + Guid.NewGuid().ToString("N");
        Execute(maintenance, $"CREATE DATABASE \"{name}\" {LinguisticDefault}");

        // Unpooled: no connection may stay open on a template.
        var connectionString = new NpgsqlConnectionStringBuilder(maintenance) { Database = name, Pooling = false }.ConnectionString;
        using (var db = new TalentWatchDbContext(StoreRegistration.OptionsFor(new StoreLocation(StoreProvider.Postgres, connectionString))))
        {
            StoreMigrator.MigrateAsync(db).GetAwaiter().GetResult();
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Execute(maintenance, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            }
            catch (NpgsqlException)
            {
                // the server went first (CI stops it after the run); a throwaway cluster takes the template with it
            }
        };
        return name;
    }

    private static string ConnectionStringFor(string maintenance, string database) =>
        new NpgsqlConnectionStringBuilder(maintenance) { Database = database, Pooling = true }.ConnectionString;

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public sealed class Database(string maintenance, string name, string connectionString) : IDisposable
    {
        public string Name { get; } = name;

        public string ConnectionString { get; } = connectionString;

        public void Dispose()
        {
            using (var pooled = new NpgsqlConnection(ConnectionString))
            {
                NpgsqlConnection.ClearPool(pooled);
            }

            Execute(maintenance, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
        }
    }
}
