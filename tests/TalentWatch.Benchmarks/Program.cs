using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TalentWatch.Cli.Generate;
using TalentWatch.Core.Dates;
using TalentWatch.Data;
using TalentWatch.Data.Imports.Csv;
using TalentWatch.Data.Reports;
using TalentWatch.Data.Store;

// Foundation benchmark (docs/benchmarks.md): generate 2,000 companies and 100,000 departures, import them into a fresh SQLite
// file, then compute one quarter's summary. Arguments: [companies] [departures] [quarter].
// TALENTWATCH_BENCH_POSTGRES=<connection string to a maintenance database> runs it on PostgreSQL instead: a fresh database is
// created for the run and dropped afterwards.
var postgres = Environment.GetEnvironmentVariable("TALENTWATCH_BENCH_POSTGRES");
var benchDatabase = $"talentwatch_bench_{Environment.ProcessId}";
var companies = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2_000;
var departures = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
var quarter = Quarter.Parse(args.Length > 2 ? args[2] : "2025-Q2");

// TALENTWATCH_BENCH_DIR keeps the files and the store (to profile the summary alone on a second run).
var keep = Environment.GetEnvironmentVariable("TALENTWATCH_BENCH_DIR");
var work = keep ?? Path.Combine(Path.GetTempPath(), $"talentwatch-bench-{Environment.ProcessId}");
var summaryOnly = keep is not null && File.Exists(Path.Combine(keep, "bench.db"));
Directory.CreateDirectory(work);
try
{
    var clock = Stopwatch.StartNew();
    if (summaryOnly)
    {
        await using var existing = new ServiceCollection()
            .AddTalentWatchServices(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build(), Path.Combine(work, "bench.db"))
            .BuildServiceProvider();
        return await MeasureSummaryAsync(existing.GetRequiredService<QuarterSummaryService>(), quarter);
    }

    var files = await SampleDataGenerator.WriteAsync(work, companies, departures, seed: 7);
    Console.WriteLine($"generate: {files.CompanyRows} companies, {files.HeadcountRows} headcounts, {files.DepartureRows} departures in {clock.ElapsedMilliseconds} ms");

    var settings = new Dictionary<string, string?>();
    if (postgres is not null)
    {
        await ExecuteAsync(postgres, $"CREATE DATABASE \"{benchDatabase}\"");
        settings[StoreRegistration.ProviderKey] = "Postgres";
        settings["ConnectionStrings:" + StoreRegistration.ConnectionStringName] = new Npgsql.NpgsqlConnectionStringBuilder(postgres) { Database = benchDatabase }.ConnectionString;
    }

    Console.WriteLine($"provider: {(postgres is null ? "SQLite" : "PostgreSQL")}; load average before: {LoadAverage()}");
    await using var services = new ServiceCollection()
        .AddTalentWatchServices(new Microsoft.Extensions.Configuration.ConfigurationBuilder().AddInMemoryCollection(settings).Build(), postgres is null ? Path.Combine(work, "bench.db") : null)
        .BuildServiceProvider();
    await StoreMigrator.MigrateAsync(services.GetRequiredService<IDbContextFactory<TalentWatchDbContext>>());
    var importer = services.GetRequiredService<CsvImporter>();

    GC.Collect();
    var managedBefore = GC.GetTotalMemory(true);
    var peakManaged = 0L;
    using var sampler = new Timer(_ => peakManaged = Math.Max(peakManaged, GC.GetTotalMemory(false)), null, 0, 20);
    var totalRows = 0;
    clock.Restart();
    foreach (var file in new[] { files.Companies, files.Headcounts, files.Departures })
    {
        var fileClock = Stopwatch.StartNew();
        var result = await importer.ImportFileAsync(file);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine(string.Join(Environment.NewLine, result.Errors));
            return 1;
        }

        totalRows += result.Rows;
        Console.WriteLine($"import {Path.GetFileName(file)}: {result.Rows} rows in {fileClock.ElapsedMilliseconds} ms = {result.Rows / fileClock.Elapsed.TotalSeconds:N0} rows/s");
    }

    var importTime = clock.Elapsed;
    Console.WriteLine($"import total: {totalRows} rows in {importTime.TotalMilliseconds:N0} ms = {totalRows / importTime.TotalSeconds:N0} rows/s");
    Console.WriteLine($"managed heap: {managedBefore / 1048576.0:N1} MB before, peak {peakManaged / 1048576.0:N1} MB during import; process peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N1} MB; garbage collections gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, paused {GC.GetTotalPauseDuration().TotalMilliseconds:N0} ms in all (the generator's included)");

    var status = await MeasureSummaryAsync(services.GetRequiredService<QuarterSummaryService>(), quarter);
    Console.WriteLine($"load average after: {LoadAverage()}");
    return status;
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    if (postgres is not null)
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(postgres, $"DROP DATABASE IF EXISTS \"{benchDatabase}\" WITH (FORCE)");
    }

    if (keep is null)
    {
        Directory.Delete(work, recursive: true);
    }
}

static async Task<int> MeasureSummaryAsync(QuarterSummaryService summaries, Quarter quarter)
{
    var timings = new List<double>();
    var clock = new Stopwatch();
    for (var run = 0; run < 11; run++)
    {
        clock.Restart();
        var summary = await summaries.GetAsync(quarter);
        timings.Add(clock.Elapsed.TotalMilliseconds);
        if (run == 0)
        {
            Console.WriteLine($"summary {quarter}: {summary.TotalDepartures} departures in the quarter, {summary.UnplacedDepartures} unplaced, {summary.Companies.Count} companies; first (cold) run {timings[0]:N1} ms");
        }
    }

    var warm = timings.Skip(1).Order().ToList();
    Console.WriteLine($"summary warm runs: median {warm[warm.Count / 2]:N1} ms, min {warm[0]:N1} ms, max {warm[^1]:N1} ms");
    return 0;
}

static async Task ExecuteAsync(string connectionString, string sql)
{
    await using var connection = new Npgsql.NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = sql;
    await command.ExecuteNonQueryAsync();
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
