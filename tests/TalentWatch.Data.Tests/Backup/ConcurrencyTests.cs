using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Cli.Generate;
using TalentWatch.Core.Dates;
using TalentWatch.Data.Imports.Csv;
using TalentWatch.Data.Reports;
using TalentWatch.Data.Store;
using Xunit.Abstractions;

namespace TalentWatch.Data.Tests.Backup;

public sealed class ConcurrencySqliteTests(ITestOutputHelper log) : ConcurrencyTests(StoreProvider.Sqlite, log);

/// <summary>
/// On PostgreSQL the second writer waits on the import's table lock (StoreWrites) instead of SQLite's write lock. The big
/// file is at least as large as the store, so it takes the tables exclusively if the readers let it within 200 ms (decision
/// P20): the readers then wait for its commit (slowest read about 1.3 s here) instead of reading beside it, and never fail.
/// </summary>
public sealed class ConcurrencyPostgresTests(ITestOutputHelper log) : ConcurrencyTests(StoreProvider.Postgres, log);

/// <summary>
/// The web app reads (and may import) while the CLI imports into the same store. On SQLite, WAL lets readers run beside the
/// writer; a second writer must wait for the lock (the connection's busy timeout) rather than fail with "database is locked".
/// </summary>
public abstract class ConcurrencyTests(StoreProvider provider, ITestOutputHelper log) : IDisposable
{
    private static readonly TimeSpan LockHeldFor = TimeSpan.FromMilliseconds(300);

    private readonly TestStore store = new(provider);

    /// <summary>
    /// A dedicated thread: Microsoft.Data.Sqlite's async calls run synchronously, so on a small (2-core) machine the loops would
    /// starve the thread pool and the writers would take turns instead of overlapping.
    /// </summary>
    private static Task<T> OnOwnThread<T>(Func<Task<T>> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();

    private static Task OnOwnThread(Func<Task> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();

    /// <summary>Reports on the importer's own thread (Progress&lt;T&gt; would post later, after the chunk's moment has passed).</summary>
    private sealed class InlineProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }

    public void Dispose()
    {
        store.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Readers_and_a_second_writer_run_beside_a_large_import_without_lock_errors()
    {
        var big = await SampleDataGenerator.WriteAsync(Path.Combine(store.Directory, "big"), 30, 12_000, seed: 3);
        var small = await SampleDataGenerator.WriteAsync(Path.Combine(store.Directory, "small"), 30, 1_500, seed: 4);
        var importer = new CsvImporter(store.Factory);
        Assert.True((await importer.ImportFileAsync(big.Companies)).Succeeded);

        var errors = new ConcurrentQueue<Exception>();
        var reads = 0;
        var slowestRead = TimeSpan.Zero;
        using var importsDone = new CancellationTokenSource();

        async Task ReadLoopAsync(int reader)
        {
            var summaries = new QuarterSummaryService(store.Factory);
            while (!importsDone.IsCancellationRequested)
            {
                var watch = Stopwatch.StartNew();
                try
                {
                    await summaries.GetAsync(Quarter.Parse(reader % 2 == 0 ? "2025-Q2" : "2026-Q1"));
                    await using var db = await store.Factory.CreateDbContextAsync();
                    _ = await db.Departures.CountAsync();
                    _ = await db.ImportedFiles.Select(f => f.FileName).ToListAsync();
                }
                catch (Exception e)
                {
                    errors.Enqueue(e);
                    return;
                }

                lock (errors)
                {
                    reads++;
                    slowestRead = watch.Elapsed > slowestRead ? watch.Elapsed : slowestRead;
                }
            }
        }

        var readers = Enumerable.Range(0, 3).Select(i => OnOwnThread(() => ReadLoopAsync(i))).ToArray();
        var watch = Stopwatch.StartNew();
        var secondWriterTime = TimeSpan.Zero;
        Task<CsvImportResult[]>? secondWriter = null;

        // On the big import's first progress report it has saved a chunk inside its transaction, so it holds the write lock.
        // The second writer starts right then, and the big import is held for LockHeldFor more: the second writer's first
        // write meets a locked database for at least that long and has to wait (busy timeout) rather than fail.
        var progress = new InlineProgress(_ =>
        {
            if (secondWriter is not null)
            {
                return;
            }

            secondWriter = OnOwnThread(async () =>
            {
                var other = new CsvImporter(store.Factory);
                var waiting = Stopwatch.StartNew();
                var headcounts = await other.ImportFileAsync(big.Headcounts);
                secondWriterTime = waiting.Elapsed;
                var departures = await other.ImportFileAsync(small.Departures);
                return new[] { headcounts, departures };
            });
            Thread.Sleep(LockHeldFor);
        });
        var bigImport = OnOwnThread(() => new CsvImporter(store.Factory).ImportFileAsync(big.Departures, progress));

        var results = new List<CsvImportResult> { await bigImport };
        Assert.NotNull(secondWriter);
        results.AddRange(await secondWriter);
        var importTime = watch.Elapsed;
        await importsDone.CancelAsync();
        await Task.WhenAll(readers);

        log.WriteLine($"imports finished in {importTime.TotalMilliseconds:F0} ms; {reads} reads meanwhile, slowest {slowestRead.TotalMilliseconds:F0} ms; "
                      + $"the second writer's first import took {secondWriterTime.TotalMilliseconds:F0} ms (waiting for the lock)");
        Assert.Empty(errors);
        foreach (var result in results)
        {
            Assert.True(result.Succeeded, $"{result.FileName}: {string.Join("\n", result.Errors)}");
        }

        Assert.True(secondWriterTime >= LockHeldFor, $"the second writer took {secondWriterTime.TotalMilliseconds:F0} ms: it cannot have waited for the lock");
        Assert.True(reads >= 4, $"only {reads} reads ran during the imports");
        await using var check = await store.Factory.CreateDbContextAsync();
        Assert.Equal(4, await check.ImportedFiles.CountAsync());
        Assert.Equal(12_000 + 1_500, await check.DepartureSources.CountAsync());
    }
}
