using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Dates;
using TalentWatch.Core.Departures;
using TalentWatch.Core.Reports;
using TalentWatch.Data.Store;

namespace TalentWatch.Web.Features.Reports;

/// <summary>
/// The SPEC quarter summary for the page, the API and the downloads: loads accepted departures and hands them to the
/// shared <see cref="QuarterSummaryCalculator"/> (the same metrics as <c>talentwatch summary</c>).
/// </summary>
public sealed class QuarterReportQuery(IDbContextFactory<TalentWatchDbContext> factory)
{
    public async Task<QuarterSummary> SummaryAsync(Quarter quarter, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var end = quarter.End;
        var start = quarter.Start;
        // The quarter's departures, and every founder departure up to its end (foundersDepartedToDate).
        var (departures, companies) = await SummaryInputs.LoadAsync(db,
            d => d.DateStart <= end && d.DateEnd >= start || (d.Founder == true && d.DateEnd <= end), cancellationToken);
        var ids = companies.Keys.ToList();
        var headcounts = await db.Headcounts.Where(h => ids.Contains(h.CompanyId))
            .Select(h => new SummaryHeadcount(h.CompanyId, h.AsOf, h.Headcount))
            .ToListAsync(cancellationToken);
        return QuarterSummaryCalculator.Compute(quarter, departures, companies, headcounts);
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
