using System.Diagnostics;
using Microsoft.Data.Sqlite;
using TalentWatch.Cli.Generate;
using Xunit.Abstractions;

namespace TalentWatch.Cli.Tests.Backup;

/// <summary>
/// The real <c>talentwatch</c> process killed with SIGKILL in the middle of <c>import-csv</c>: the store must be intact and
/// hold none or all of the file, and the same import run again must complete it without duplicates.
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper log) : IDisposable
{
    // Large enough that the import itself runs well over a second (measured ~1.5 s in a Debug build), small enough to keep the test quick.
    private const int DepartureRows = 20_000;

    private readonly string directory = Directory.CreateTempSubdirectory("talentwatch-crash-tests-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }

    [Fact]
    public async Task Killing_import_csv_mid_file_leaves_a_consistent_store_and_the_rerun_completes_it()
    {
        var files = await SampleDataGenerator.WriteAsync(Path.Combine(directory, "gen"), 40, DepartureRows, seed: 7);

        // The clean run: the departure count to expect, and how long an uninterrupted import takes.
        var clean = Path.Combine(directory, "clean.db");
        await PrepareStoreAsync(clean, files.Companies);
        var watch = Stopwatch.StartNew();
        var (cleanExit, cleanError) = await RunToEndAsync("import-csv", files.Departures, "--db", clean);
        var cleanDuration = watch.Elapsed;
        Assert.True(cleanExit == 0, cleanError);
        var expectedDepartures = Count(clean, "Departures");
        Assert.True(expectedDepartures > 0);

        // The killed run: SIGKILL at a fraction of the clean run's time, when start-up is over and the rows are going in. On a
        // loaded machine a run can be much quicker than the clean one; then it was not a crash, and a fresh store is tried
        // earlier. The last tries may land before the rows go in: the store must then hold none of the file, which is checked too.
        string crashed = null!;
        (long, long, long) countsBefore = default;
        double? killedAt = null;
        foreach (var fraction in new[] { 0.75, 0.55, 0.4, 0.25, 0.1 })
        {
            crashed = Path.Combine(directory, $"crashed-{fraction:F2}.db");
            await PrepareStoreAsync(crashed, files.Companies);
            countsBefore = (Count(crashed, "Departures"), Count(crashed, "DepartureSources"), Count(crashed, "ImportedFiles"));
            using var process = Start("import-csv", files.Departures, "--db", crashed);
            await Task.Delay(cleanDuration * fraction);
            if (process.HasExited)
            {
                log.WriteLine($"the import finished within {fraction:P0} of the clean run's time; trying earlier");
                continue;
            }

            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            killedAt = cleanDuration.TotalMilliseconds * fraction;
            break;
        }

        Assert.True(killedAt is not null, $"every import finished before it could be killed (clean run took {cleanDuration.TotalMilliseconds:F0} ms)");
        log.WriteLine($"clean import of {DepartureRows} rows in a child process: {cleanDuration.TotalMilliseconds:F0} ms; killed after {killedAt:F0} ms");
        Assert.Equal("ok", Scalar(crashed, "PRAGMA integrity_check"));
        var departuresAfterKill = Count(crashed, "Departures");
        Assert.True(departuresAfterKill == countsBefore.Item1 || departuresAfterKill == expectedDepartures, $"{departuresAfterKill} departures after the kill: part of the file");
        if (departuresAfterKill == countsBefore.Item1)
        {
            // Nothing of the file: not its rows, not its sources, and not its "already imported" marker (which would block the rerun).
            Assert.Equal(countsBefore, (departuresAfterKill, Count(crashed, "DepartureSources"), Count(crashed, "ImportedFiles")));
        }

        var (rerunExit, rerunError) = await RunToEndAsync("import-csv", files.Departures, "--db", crashed);
        Assert.True(rerunExit == 0, rerunError);
        Assert.Equal(expectedDepartures, Count(crashed, "Departures"));
        Assert.Equal(Count(clean, "DepartureSources"), Count(crashed, "DepartureSources"));
        Assert.Equal("ok", Scalar(crashed, "PRAGMA integrity_check"));
    }

    /// <summary>Migrated, with companies.csv in, so the child's start-up does no schema work and the timing is the import's.</summary>
    private static async Task PrepareStoreAsync(string db, string companies)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.True(await TalentWatchCommandLine.InvokeAsync(["import-csv", companies, "--db", db], output, error) == 0, error.ToString());
        SqliteConnection.ClearAllPools();
    }

    /// <summary>
    /// The CLI as its own process: the test project references the CLI project, so talentwatch.dll and its runtimeconfig are
    /// copied next to the test assembly and <c>dotnet talentwatch.dll</c> runs exactly the built command.
    /// </summary>
    private static Process Start(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "talentwatch.dll");
        Assert.True(File.Exists(dll), $"{dll} not found");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
    }

    private static async Task<(int Exit, string Error)> RunToEndAsync(params string[] args)
    {
        using var process = Start(args);
        var error = process.StandardError.ReadToEndAsync();
        _ = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await error);
    }

    private static long Count(string db, string table) => Convert.ToInt64(Scalar(db, $"SELECT COUNT(*) FROM \"{table}\""), System.Globalization.CultureInfo.InvariantCulture);

    private static object? Scalar(string db, string sql)
    {
        // Unpooled: the next step may be another process opening the same file.
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
