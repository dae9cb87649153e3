using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Dates;
using TalentWatch.Core.Departures;
using TalentWatch.Core.Reports;
using TalentWatch.Core.Timelines;
using TalentWatch.Data.Store;
using TalentWatch.Web.Features.Companies;
using TalentWatch.Web.Features.Departures;
using TalentWatch.Web.Features.Reports;
using TalentWatch.Web.Features.Shared;
using TalentWatch.Web.Infrastructure.Caching;

namespace TalentWatch.Web.Features.Dashboard;

public sealed record StackedSeries(string Name, IReadOnlyList<int> Values);

public sealed record QuarterStack(IReadOnlyList<string> Quarters, IReadOnlyList<StackedSeries> Series);

/// <summary>A company in the founding-team attrition ranking.</summary>
public sealed record AttritionRank(string Name, string Slug, int FoundersDeparted, int FoundingTeamSize);

public sealed record DashboardData(
    QuarterSummary? Latest,
    QuarterStack Stack,
    IReadOnlyList<AttritionRank> Attrition,
    IReadOnlyList<DepartureRow> LatestDepartures);

public sealed class DashboardQuery(
    IDbContextFactory<TalentWatchDbContext> factory,
    DepartureQueries departures,
    StoreCache cache)
{
    public const int TopDestinations = 5;
    public const string Other = "Other";
    public const string Unknown = "Unknown";
    public const int RankedCompanies = 8;
    public const int ShownQuarters = 8;

    /// <summary>The dashboard, computed once per store change (<see cref="StoreCache"/>): it reads no request parameter.</summary>
    public Task<DashboardData> LoadAsync(CancellationToken cancellationToken = default) =>
        cache.GetAsync("dashboard", ComputeAsync, cancellationToken);

    private async Task<DashboardData> ComputeAsync(CancellationToken cancellationToken)
    {
        var quarters = await LatestQuartersWithDataAsync(ShownQuarters, cancellationToken);
        var latest = quarters.Count == 0 ? null : await HeadlineAsync(quarters[0], cancellationToken);

        IReadOnlyList<Quarter> shown = [.. quarters.Reverse()];
        var stack = new QuarterStack([], []);
        if (shown.Count > 0)
        {
            // Aggregated in SQL from the (Status, DateStart, DateEnd, DestinationId) index alone, by the months the interval
            // starts and ends in (whether it lies within one quarter depends on nothing finer) and destination id; names
            // are looked up for the ids that occur.
            var (from, to) = (shown.Min(q => q.Start), shown.Max(q => q.End));
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var counts = await CountByMonthsAndDestinationAsync(
                db, db.Departures.Where(d => d.Status == DepartureStatus.Accepted && d.DateStart != null && d.DateStart >= from && d.DateEnd <= to),
                cancellationToken);
            stack = StackCounts(counts, shown);
        }
        else
        {
            stack = Stack(Array.Empty<DatedDeparture>(), shown);
        }

        var ranked = await RankByAttritionAsync(cancellationToken);
        var recent = await departures.SearchAsync(DepartureFilter.None, pageSize: 8, cancellationToken);
        return new DashboardData(latest, stack, ranked, recent.Items);
    }

    /// <summary>
    /// The newest <paramref name="count"/> quarters holding a departure whose interval lies within them, newest first
    /// (as <see cref="QuarterReportQuery.QuartersWithDataAsync"/>), reading distinct intervals newest first from the
    /// (Status, DateStart, DateEnd) index and stopping once older intervals cannot add a quarter.
    /// </summary>
    private async Task<IReadOnlyList<Quarter>> LatestQuartersWithDataAsync(int count, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var intervals = db.Departures.Where(d => d.Status == DepartureStatus.Accepted && d.DateStart != null)
            .Select(d => new { Start = d.DateStart!.Value, End = d.DateEnd!.Value }).Distinct()
            .OrderByDescending(i => i.Start).ThenByDescending(i => i.End)
            .AsAsyncEnumerable();
        var quarters = new List<Quarter>();
        await foreach (var interval in intervals.WithCancellation(cancellationToken))
        {
            var quarter = Quarter.Containing(interval.Start);
            if (quarters.Count == count && quarter < quarters[^1])
            {
                break; // an interval lies within the quarter its start is in, so later rows only reach older quarters
            }

            if (quarter.Contains(interval.End) && !quarters.Contains(quarter))
            {
                quarters.Add(quarter);
            }
        }

        return quarters;
    }

    /// <summary>
    /// The headline figures of the quarter: the SPEC summary computed over the departures that overlap it only. The page
    /// shows no foundersDepartedToDate, so the founder history before the quarter (most of the store) is not read.
    /// </summary>
    private async Task<QuarterSummary> HeadlineAsync(Quarter quarter, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var (start, end) = (quarter.Start, quarter.End);
        var (departures, companies) = await SummaryInputs.LoadAsync(db, d => d.DateStart <= end && d.DateEnd >= start, cancellationToken);
        return QuarterSummaryCalculator.Compute(quarter, departures, companies, []);
    }

    /// <summary>
    /// The top companies by founding-team attrition. SQL groups the founder departures by company and person from the
    /// (CompanyId, Status, Founder, PersonId) index alone; Core's <see cref="FoundingTeamAttrition.FoundersDeparted"/>
    /// counts them (the one definition), over the founding-team size.
    /// </summary>
    private async Task<IReadOnlyList<AttritionRank>> RankByAttritionAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var pairs = await db.Departures
            .Where(d => d.Status == DepartureStatus.Accepted && d.Founder == true)
            .GroupBy(d => new { d.CompanyId, d.PersonId })
            .Select(g => new { g.Key.CompanyId, g.Key.PersonId, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var teams = await db.Companies.AsNoTracking().Where(c => c.FoundingTeamSize > 0)
            .Select(c => new { c.Id, c.Name, c.Slug, Size = c.FoundingTeamSize!.Value })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        return [.. pairs.Where(p => teams.ContainsKey(p.CompanyId))
            .GroupBy(p => p.CompanyId)
            .Select(g => (Team: teams[g.Key], Departed: FoundingTeamAttrition.FoundersDeparted(g.SelectMany(p => p.PersonId is null
                ? Enumerable.Repeat(new FounderDeparture(null, null), p.Count)
                : [new FounderDeparture(p.PersonId, null)]))))
            .OrderByDescending(x => (double)x.Departed / x.Team.Size).ThenBy(x => x.Team.Name, StringComparer.Ordinal)
            .Take(RankedCompanies)
            .Select(x => new AttritionRank(x.Team.Name, x.Team.Slug, x.Departed, x.Team.Size))];
    }

    /// <summary>Departures in each quarter, stacked by the top destination employers over those quarters; the rest as "Other", unknown last.</summary>
    public static QuarterStack Stack(IReadOnlyList<DatedDeparture> dated, IReadOnlyList<Quarter> quarters) =>
        StackCounts([.. dated.Select(d => (d, 1))], quarters);

    /// <summary>As <see cref="Stack(IReadOnlyList{DatedDeparture}, IReadOnlyList{Quarter})"/>, over pre-aggregated (departure, count) pairs.</summary>
    /// <summary>Dated departures counted in SQL by the months their interval starts and ends in (whether it lies within one
    /// quarter depends on nothing finer) and destination, with the destinations' names looked up for the ids that occur.</summary>
    public static async Task<List<(DatedDeparture Departure, int Count)>> CountByMonthsAndDestinationAsync(
        TalentWatchDbContext db, IQueryable<Departure> departures, CancellationToken cancellationToken)
    {
        var grouped = await departures
            .Where(d => d.DateStart != null && d.DateEnd != null)
            .GroupBy(d => new
            {
                StartYear = d.DateStart!.Value.Year,
                StartMonth = d.DateStart!.Value.Month,
                EndYear = d.DateEnd!.Value.Year,
                EndMonth = d.DateEnd!.Value.Month,
                d.DestinationId,
            })
            .Select(g => new { g.Key.StartYear, g.Key.StartMonth, g.Key.EndYear, g.Key.EndMonth, g.Key.DestinationId, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var ids = grouped.Where(g => g.DestinationId is not null).Select(g => g.DestinationId!.Value).Distinct().ToList();
        var names = await db.Companies.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.Name })
            .ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        return [.. grouped.Select(g => (new DatedDeparture(new DateOnly(g.StartYear, g.StartMonth, 1), new DateOnly(g.EndYear, g.EndMonth, 1),
            g.DestinationId is { } id ? names[id] : null), g.Count))];
    }

    public static QuarterStack StackCounts(IReadOnlyList<(DatedDeparture Departure, int Count)> dated, IReadOnlyList<Quarter> quarters)
    {
        var shown = quarters.ToHashSet();
        var inQuarter = dated.Select(d => (d.Departure, d.Count, Quarter: Quarter.Containing(d.Departure.Start)))
            .Where(x => x.Quarter.Contains(x.Departure.End) && shown.Contains(x.Quarter)).ToList();
        var top = inQuarter.Where(x => x.Departure.Destination is not null)
            .GroupBy(x => x.Departure.Destination!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(x => x.Count)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(TopDestinations).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        string Bucket(string? destination) => destination is null ? Unknown : top.Contains(destination) ? destination : Other;

        // One pass: counts per (bucket, quarter).
        var counts = new Dictionary<(string Bucket, Quarter Quarter), int>();
        foreach (var x in inQuarter)
        {
            var key = (Bucket(x.Departure.Destination), x.Quarter);
            counts[key] = counts.GetValueOrDefault(key) + x.Count;
        }

        var names = top.Order(StringComparer.Ordinal)
            .OrderByDescending(name => quarters.Sum(q => counts.GetValueOrDefault((name, q))))
            .Concat([Other, Unknown]).ToList();
        var series = names.Select(name => new StackedSeries(name, [.. quarters.Select(q => counts.GetValueOrDefault((name, q)))]))
            .Where(s => s.Values.Any(v => v > 0))
            .ToList();
        return new QuarterStack([.. quarters.Select(q => q.ToString())], series);
    }
}

public sealed record DatedDeparture(DateOnly Start, DateOnly End, string? Destination);
