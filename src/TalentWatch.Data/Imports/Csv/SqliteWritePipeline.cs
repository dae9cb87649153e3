using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace TalentWatch.Data.Imports.Csv;

/// <summary>
/// The SQLite import's writes, run on a second thread while the first reads, checks, resolves and merges the next rows
/// (decision P16). Statements are queued with the CSV line they come from and handed over in batches of <see cref="BatchOps"/>;
/// one batch is written while the next fills, so a failure is seen at the next hand-over or at <see cref="Flush"/>, and
/// names the line of the row that failed (<see cref="StoredRowException"/>). Within a batch the statements run grouped by
/// kind, in the order the kinds were declared (the order a row depends on them: companies before their aliases, people before
/// departures, departures before their sources), each kind's statements in the order they came; a kind with a multi-row form
/// goes in <see cref="SqliteBulkStatement.RowsPerStatement"/> rows a statement. Only one thread touches the connection at a
/// time: the importer waits for the writer (<see cref="Flush"/>) before it uses the connection itself.
/// </summary>
internal sealed class SqliteWritePipeline : IDisposable
{
    /// <summary>Statements a batch holds (a departures row queues one to four).</summary>
    internal const int BatchOps = 4096;

    private readonly List<Kind> kinds = [];
    private List<Op> filling = new(BatchOps);
    private List<Op>? spare;
    private Task<List<Op>>? running;
    private Action? afterBatches;
    private int every;
    private int executed;

    /// <summary>The CSV line of the row whose statements are being queued (0: none; the importer then names its current line).</summary>
    public int Line { get; set; }

    /// <summary>A kind of statement; kinds run in the order they are declared. <paramref name="multiRow"/> inserts several rows at once.</summary>
    public int Declare(SqliteBulkStatement single, SqliteBulkStatement? multiRow = null)
    {
        kinds.Add(new Kind(single, multiRow));
        return kinds.Count - 1;
    }

    /// <summary>Work that follows the rows on the writer's thread: <paramref name="work"/> runs after every <paramref name="batches"/> batches.</summary>
    public void RunAfterBatches(Action work, int batches)
    {
        afterBatches = work;
        every = batches;
    }

    public void Add(int kind, object?[] values)
    {
        filling.Add(new Op(kind, values, Line));
        if (filling.Count >= BatchOps)
        {
            HandOver();
        }
    }

    /// <summary>Writes everything queued and waits for it; throws what the writes threw.</summary>
    public void Flush()
    {
        Wait();
        if (filling.Count > 0)
        {
            Execute(filling);
            filling.Clear();
        }
    }

    /// <summary>Waits for the batch being written, if any, without throwing: the import is ending (rolled back on failure).</summary>
    public void Dispose()
    {
        try
        {
            running?.Wait();
        }
        catch (AggregateException)
        {
            // already reported, or the import failed before and is rolled back
        }

        running = null;
    }

    private static readonly bool Inline = Environment.GetEnvironmentVariable("TALENTWATCH_IMPORT_INLINE") == "1";

    private void HandOver()
    {
        if (Inline)
        {
            Execute(filling);
            filling.Clear();
            return;
        }

        Wait();
        var batch = filling;
        filling = spare ?? new List<Op>(BatchOps);
        spare = null;
        running = Task.Run(() =>
        {
            Execute(batch);
            batch.Clear();
            return batch;
        });
    }

    private void Wait()
    {
        if (running is { } batch)
        {
            var t0 = System.Diagnostics.Stopwatch.GetTimestamp();
            running = null;
            spare = batch.GetAwaiter().GetResult();
            waitTicks += System.Diagnostics.Stopwatch.GetTimestamp() - t0;
        }
    }

    // Where the time went, for TALENTWATCH_IMPORT_TIMING: the writer's statements, its work after batches, the importer waiting for it.
    private long statementTicks;
    private long afterTicks;
    private long waitTicks;

    /// <summary>Milliseconds the writer spent on statements and on the work after batches, and the importer spent waiting for it.</summary>
    public string Times => FormattableString.Invariant(
        $"writer: statements {statementTicks * 1000 / System.Diagnostics.Stopwatch.Frequency} ms, search fills {afterTicks * 1000 / System.Diagnostics.Stopwatch.Frequency} ms, importer waited {waitTicks * 1000 / System.Diagnostics.Stopwatch.Frequency} ms");

    private void Execute(List<Op> batch)
    {
        var t0 = System.Diagnostics.Stopwatch.GetTimestamp();
        // Stable grouping by kind: a bucket per kind, filled in arrival order.
        var buckets = new List<object?[]>?[kinds.Count];
        var lines = new List<int>?[kinds.Count];
        foreach (var op in batch)
        {
            (buckets[op.Kind] ??= []).Add(op.Values);
            (lines[op.Kind] ??= []).Add(op.Line);
        }

        for (var k = 0; k < kinds.Count; k++)
        {
            if (buckets[k] is not { } rows)
            {
                continue;
            }

            var (single, multi) = kinds[k];
            var i = 0;
            if (multi is not null)
            {
                for (; i + multi.RowsPerStatement <= rows.Count; i += multi.RowsPerStatement)
                {
                    try
                    {
                        multi.ExecuteRows(rows, i);
                    }
                    catch (SqliteException)
                    {
                        // The failed statement changed nothing (SQLite undoes a statement that fails); row by row, the failing
                        // row throws with its line.
                        RunSingly(single, rows, lines[k]!, i, multi.RowsPerStatement);
                        throw;
                    }
                }
            }

            RunSingly(single, rows, lines[k]!, i, rows.Count - i);
        }

        var t1 = System.Diagnostics.Stopwatch.GetTimestamp();
        statementTicks += t1 - t0;
        if (afterBatches is not null && ++executed % every == 0)
        {
            afterBatches();
        }

        afterTicks += System.Diagnostics.Stopwatch.GetTimestamp() - t1;
    }

    private static void RunSingly(SqliteBulkStatement statement, List<object?[]> rows, List<int> lines, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            try
            {
                statement.Execute(rows[i]);
            }
            catch (SqliteException e)
            {
                throw new StoredRowException(lines[i], e);
            }
        }
    }

    private readonly record struct Op(int Kind, object?[] Values, int Line);

    private readonly record struct Kind(SqliteBulkStatement Single, SqliteBulkStatement? MultiRow);
}

/// <summary>A statement of the import that SQLite refused, with the CSV line of the row it came from (0 when not known).</summary>
internal sealed class StoredRowException(int line, SqliteException inner) : DbException(inner.Message, inner)
{
    public int Line { get; } = line;
}
