using System.Diagnostics;
using Microsoft.Data.Sqlite;
using TalentWatch.Cli.Hosting;
using TalentWatch.Data.Store;
using TalentWatch.Data.Tests;

namespace TalentWatch.Cli.Tests.Backup;

/// <summary>
/// The real <c>talentwatch</c> process pointed at PostgreSQL by environment variables (docs/deployment.md): a SQLite store
/// moved into an empty PostgreSQL database with export-data / import-data, then read back by the store commands.
/// </summary>
public sealed class PostgresCommandTests : IDisposable
{
    private const string Departures = """
        person,from,to,date,role,founder,source_url
        Ana Kowalska,Veritas AI,Meta,2026-01-15,CTO,true,https://news.example/1
        ana kowalska,VÉRITAS AI,,2026-01,,,https://news.example/2
        Bram Dekker,Veritas AI,Northwind,2026-02,Research Scientist,false,https://news.example/3
        """;

    private readonly string directory = Directory.CreateTempSubdirectory("talentwatch-pg-cli-tests-").FullName;
    private readonly PostgresServer.Database postgres = PostgresServer.CreateDatabase(migrated: false);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        postgres.Dispose();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }

    private string PathOf(string name) => Path.Combine(directory, name);

    [Fact]
    public async Task A_sqlite_store_moves_to_postgres_with_export_and_import_and_reads_the_same()
    {
        await File.WriteAllTextAsync(PathOf("departures.csv"), Departures.ReplaceLineEndings("\n"));
        Assert.Equal(0, (await InProcess("import-csv", PathOf("departures.csv"), "--db", PathOf("old.db"))).Exit);
        Assert.Equal(0, (await InProcess("export-data", PathOf("from-sqlite.json"), "--db", PathOf("old.db"))).Exit);
        var sqliteTimeline = await InProcess("timeline", "Veritas AI", "--format", "json", "--db", PathOf("old.db"));

        var import = await OnPostgresAsync("import-data", PathOf("from-sqlite.json"));
        var export = await OnPostgresAsync("export-data", PathOf("from-postgres.json"));
        var timeline = await OnPostgresAsync("timeline", "véritas ai", "--format", "json");
        var again = await OnPostgresAsync("import-data", PathOf("from-sqlite.json"));

        Assert.True(import.Exit == ExitCodes.Success, import.Error);
        Assert.StartsWith("from-sqlite.json: imported 3 companies", import.Out, StringComparison.Ordinal);
        Assert.True(export.Exit == ExitCodes.Success, export.Error);
        Assert.Equal(await File.ReadAllTextAsync(PathOf("from-sqlite.json")), await File.ReadAllTextAsync(PathOf("from-postgres.json")));
        Assert.True(timeline.Exit == ExitCodes.Success, timeline.Error);
        Assert.Equal(sqliteTimeline.Out.Trim(), timeline.Out.Trim());
        Assert.Equal(ExitCodes.BadInput, again.Exit);
        Assert.Contains("the store is not empty", again.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Oracle", null, "talentwatch: Database:Provider 'Oracle' is not a known database provider (expected Sqlite or Postgres)")]
    [InlineData("Postgres", "", "talentwatch: Database:Provider is Postgres but ConnectionStrings:TalentWatch is not set")]
    [InlineData("Postgres", "Host=127.0.0.1;Port=1;Username=nobody;Database=none;Timeout=5", "talentwatch: cannot open the Postgres store: ")]
    public async Task A_wrong_provider_or_an_unreachable_server_is_bad_input_with_a_clear_message(string provider, string? connectionString, string expected)
    {
        var result = await RunAsync(provider, connectionString, "summary", "--quarter", "2026-Q1");

        Assert.Equal(ExitCodes.BadInput, result.Exit);
        Assert.StartsWith(expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Out, string Error)> InProcess(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await TalentWatchCommandLine.InvokeAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private Task<(int Exit, string Out, string Error)> OnPostgresAsync(params string[] args) => RunAsync("Postgres", postgres.ConnectionString, args);

    /// <summary>The built <c>talentwatch.dll</c> as a child process: the variables are its own, not this test process's.</summary>
    private static async Task<(int Exit, string Out, string Error)> RunAsync(string provider, string? connectionString, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "talentwatch.dll");
        Assert.True(File.Exists(dll), $"{dll} not found");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["Database__Provider"] = provider;
        info.Environment["ConnectionStrings__" + StoreRegistration.ConnectionStringName] = connectionString;
        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output, await error);
    }
}
