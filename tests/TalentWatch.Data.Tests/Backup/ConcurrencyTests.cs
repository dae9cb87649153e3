using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Cli.Generate;
using TalentWatch.Core.Dates;
using TalentWatch.Data.Imports.Csv;
using TalentWatch.Data.Reports;
using Xunit.Abstractions;

namespace TalentWatch.Data.Tests.Backup;

/// <summary>
/// The web app reads (and may import) while the CLI imports into the same SQLite file. WAL lets readers run beside the writer;
/// a second writer must wait for the lock (the connection's busy timeout) rather than fail with "database is locked".
/// </summary>
public sealed class ConcurrencyTests(ITestOutputHelper log) : IDisposable
{
    private readonly TestStore store = new();

    public void Dispose() => store.Dispose();

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

        var readers = Enumerable.Range(0, 4).Select(i => Task.Run(() => ReadLoopAsync(i))).ToArray();
        var watch = Stopwatch.StartNew();
        var bigImport = Task.Run(() => new CsvImporter(store.Factory).ImportFileAsync(big.Departures));

        // The second writer starts while the big import holds the write lock, and must queue behind it.
        await Task.Delay(300);
        var secondWriter = Task.Run(async () =>
        {
            var other = new CsvImporter(store.Factory);
            var headcounts = await other.ImportFileAsync(big.Headcounts);
            var departures = await other.ImportFileAsync(small.Departures);
            return new[] { headcounts, departures };
        });

        var results = (await Task.WhenAll(bigImport, secondWriter.ContinueWith(t => t.Result[0], TaskScheduler.Default), secondWriter.ContinueWith(t => t.Result[1], TaskScheduler.Default))).ToList();
        var importTime = watch.Elapsed;
        await importsDone.CancelAsync();
        await Task.WhenAll(readers);

        log.WriteLine($"imports finished in {importTime.TotalMilliseconds:F0} ms; {reads} reads meanwhile, slowest {slowestRead.TotalMilliseconds:F0} ms");
        Assert.Empty(errors);
        foreach (var result in results)
        {
            Assert.True(result.Succeeded, $"{result.FileName}: {string.Join("\n", result.Errors)}");
        }

        Assert.True(reads >= 4, $"only {reads} reads ran during the imports");
        await using var check = await store.Factory.CreateDbContextAsync();
        Assert.Equal(4, await check.ImportedFiles.CountAsync());
        Assert.Equal(12_000 + 1_500, await check.DepartureSources.CountAsync());
    }
}
