using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TalentWatch.Core.Dates;
using TalentWatch.Core.Departures;
using TalentWatch.Core.Reports;
using TalentWatch.Data.Reports;
using TalentWatch.Data.Store;
using TalentWatch.Web.Infrastructure.Api;
using TalentWatch.Web.Infrastructure.Caching;

namespace TalentWatch.Web.Features.Reports;

/// <summary>
/// The SPEC quarter summary for the page, the API and the downloads: the same <see cref="QuarterSummaryService"/> as
/// <c>talentwatch summary</c>, so every consumer reads the store the same (narrow) way, through the
/// <see cref="QuarterSummaryCache"/> (computed once per quarter until the store changes).
/// </summary>
public sealed class QuarterReportQuery(IDbContextFactory<TalentWatchDbContext> factory, QuarterSummaryService summaries, QuarterSummaryCache cache,
    StoreCache answers, IOptions<JsonOptions> json)
{
    public Task<QuarterSummary> SummaryAsync(Quarter quarter, CancellationToken cancellationToken = default) =>
        cache.GetAsync(quarter, q => summaries.GetAsync(q, CancellationToken.None), cancellationToken);

    /// <summary>
    /// The summary as <c>/api/reports/quarter/…</c> sends it, serialised with the API's JSON options and tagged once per store
    /// change (<see cref="StoreCache"/>): at 100,000 departures writing and hashing its 606 KB was most of a request's CPU.
    /// </summary>
    public Task<TaggedJson> SummaryJsonAsync(Quarter quarter, CancellationToken cancellationToken = default) =>
        answers.GetAsync("api/reports/quarter/" + quarter, async _ => TaggedJson.Of(await SummaryAsync(quarter, CancellationToken.None), json.Value.SerializerOptions),
            cancellationToken);

    /// <summary>The company page slug of each company name in <paramref name="summary"/> (summary names are canonical names).</summary>
    public async Task<IReadOnlyDictionary<string, string>> SlugsAsync(QuarterSummary summary, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var names = summary.Companies.Select(c => c.Company).Distinct().ToList();
        if (names.Count == 0)
        {
            return new Dictionary<string, string>();
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var pairs = await db.Companies.Where(c => names.Contains(c.Name)).Select(c => new { c.Name, c.Slug }).ToListAsync(cancellationToken);
        return pairs.GroupBy(p => p.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Slug, StringComparer.Ordinal);
    }

    /// <summary>Quarters that hold at least one departure (interval within the quarter), newest first.</summary>
    public async Task<IReadOnlyList<Quarter>> QuartersWithDataAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var intervals = await db.Departures.Where(d => d.Status == DepartureStatus.Accepted && d.DateStart != null)
            .Select(d => new { d.DateStart, d.DateEnd }).Distinct().ToListAsync(cancellationToken);
        return [.. intervals
            .Select(i => (Quarter: Quarter.Containing(i.DateStart!.Value), i.DateEnd))
            .Where(x => x.DateEnd is { } e && x.Quarter.Contains(e))
            .Select(x => x.Quarter)
            .Distinct().OrderByDescending(q => q)];
    }
}
