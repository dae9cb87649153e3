using System.Collections.Concurrent;
using TalentWatch.Core.Dates;
using TalentWatch.Core.Reports;
using TalentWatch.Web.Infrastructure.Caching;

namespace TalentWatch.Web.Features.Reports;

/// <summary>
/// Quarter summaries kept per quarter and thrown away when the store changes (<see cref="StoreChangeStamp"/>: from any
/// writer within a second, from this app at once), for the report page, <c>/api/reports/quarter/…</c> and the downloads:
/// under load a summary is computed once, not once per request (issue 15: 1.3 s per call under 20 clients); concurrent
/// requests for the same quarter share one computation.
/// </summary>
public sealed class QuarterSummaryCache(StoreChangeStamp stamps)
{
    public static readonly TimeSpan StampInterval = StoreChangeStamp.Interval;

    /// <summary>More quarters than anyone reads at once; past this the cache starts over.</summary>
    public const int MaxQuarters = 64;

    private readonly ConcurrentDictionary<Quarter, (string Stamp, Lazy<Task<QuarterSummary>> Summary)> summaries = new();

    public async Task<QuarterSummary> GetAsync(Quarter quarter, Func<Quarter, Task<QuarterSummary>> compute, CancellationToken cancellationToken)
    {
        var stamp = await stamps.CurrentAsync(cancellationToken);
        if (summaries.TryGetValue(quarter, out var cached) && cached.Stamp == stamp && !cached.Summary.Value.IsFaulted)
        {
            return await cached.Summary.Value.WaitAsync(cancellationToken);
        }

        if (summaries.Count >= MaxQuarters)
        {
            summaries.Clear();
        }

        var entry = summaries.AddOrUpdate(
            quarter,
            _ => (stamp, new Lazy<Task<QuarterSummary>>(() => compute(quarter))),
            (_, old) => old.Stamp == stamp && !old.Summary.Value.IsFaulted ? old : (stamp, new Lazy<Task<QuarterSummary>>(() => compute(quarter))));
        return await entry.Summary.Value.WaitAsync(cancellationToken);
    }

    /// <summary>Forgets every summary (tests, and a writer in this process that wants its change seen at once).</summary>
    public void Clear() => summaries.Clear();
}
