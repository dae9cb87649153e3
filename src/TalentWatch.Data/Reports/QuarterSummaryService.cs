using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Dates;
using TalentWatch.Core.Departures;
using TalentWatch.Core.Reports;
using TalentWatch.Data.Resolution;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Reports;

/// <summary>
/// The SPEC quarter summary from the store: reads only the accepted departures overlapping the quarter, projected, counts
/// foundersDepartedToDate per company in SQL, and hands both to <see cref="QuarterSummaryCalculator"/>. The report page,
/// exports, API and <c>talentwatch summary</c> all use it.
/// </summary>
public sealed class QuarterSummaryService(IDbContextFactory<TalentWatchDbContext> contextFactory)
{
    /// <summary>The summary of every company.</summary>
    public async Task<QuarterSummary> GetAsync(Quarter quarter, CancellationToken cancellationToken = default) =>
        (await ComputeAsync(quarter, null, cancellationToken))!;

    /// <summary>The summary restricted to one company (slug, name or alias); null when no company has that name.</summary>
    public Task<QuarterSummary?> GetForCompanyAsync(Quarter quarter, string company, CancellationToken cancellationToken = default) =>
        ComputeAsync(quarter, company, cancellationToken);

    private async Task<QuarterSummary?> ComputeAsync(Quarter quarter, string? companyName, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        int? companyId = null;
        if (companyName is not null)
        {
            companyId = await CompanyLookup.FindIdAsync(db, companyName, cancellationToken);
            if (companyId is null)
            {
                return null;
            }
        }

        var start = quarter.Start;
        var end = quarter.End;
        var accepted = db.Departures.AsNoTracking().Where(d => d.Status == DepartureStatus.Accepted);
        if (companyId is { } only)
        {
            accepted = accepted.Where(d => d.CompanyId == only);
        }

        // Overlapping the quarter (in or unplaced). No interval is longer than a year, so the lower bound on DateStart lets
        // SQLite range-scan the (Status, DateStart, DateEnd) index instead of reading every earlier departure.
        var earliestStart = start.DayNumber > 366 ? start.AddDays(-366) : DateOnly.MinValue; // total at 0001-Q1
        var departures = await accepted
            .Where(d => d.DateStart >= earliestStart && d.DateStart <= end && d.DateEnd >= start)
            .Select(d => new SummaryDeparture(
                d.Id,
                d.PersonId,
                d.CompanyId,
                d.DestinationId,
                d.Destination != null ? d.Destination.Name : null,
                d.DateStart,
                d.DateEnd,
                d.Founder == true))
            .ToListAsync(cancellationToken);

        var foundersDepartedToDate = await FoundersDepartedToDateAsync(accepted, end, cancellationToken);

        // Companies and headcount snapshots are small tables (thousands of rows): reading them whole is cheaper than an
        // IN list of every company with a departure in the quarter.
        var companies = await db.Companies.AsNoTracking()
            .Select(c => new SummaryCompany(c.Id, c.Name, c.FoundingTeamSize))
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var headcounts = await db.Headcounts.AsNoTracking()
            .Where(h => h.AsOf <= start)
            .Select(h => new SummaryHeadcount(h.CompanyId, h.AsOf, h.Headcount))
            .ToListAsync(cancellationToken);

        return QuarterSummaryCalculator.Compute(quarter, departures, companies, headcounts, foundersDepartedToDate, companyId);
    }

    /// <summary>
    /// foundersDepartedToDate per company counted in the store, so the summary does not read every founder departure up to
    /// the quarter (docs/decisions.md P-numbered "foundersDepartedToDate in SQL"): distinct named founders plus each unnamed
    /// founder departure, over dated founder departures ending on or before <paramref name="quarterEnd"/>. Core's
    /// <see cref="QuarterSummaryCalculator.FoundersDepartedToDate"/> is the definition; SummaryQueryConsistencyTests compare.
    /// </summary>
    internal static async Task<Dictionary<int, int>> FoundersDepartedToDateAsync(
        IQueryable<Departure> accepted, DateOnly quarterEnd, CancellationToken cancellationToken)
    {
        // One query (a CLI run compiles each query once; decision P9): a named founder counts once per company (their
        // person id), an unnamed founder departure counts alone (its own id, negated so it cannot equal a person id).
        var counts = await accepted
            .Where(d => d.Founder == true && d.DateStart != null && d.DateEnd <= quarterEnd)
            .Select(d => new { d.CompanyId, Founder = d.PersonId ?? -d.Id })
            .Distinct()
            .GroupBy(d => d.CompanyId)
            .Select(g => new { CompanyId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(f => f.CompanyId, f => f.Count, cancellationToken);

        return counts;
    }
}
