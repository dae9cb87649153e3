using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Dates;
using TalentWatch.Core.Departures;
using TalentWatch.Core.Reports;
using TalentWatch.Data.Store;
using TalentWatch.Web.Features.Companies;
using TalentWatch.Web.Features.Departures;
using TalentWatch.Web.Features.Reports;
using TalentWatch.Web.Features.Shared;

namespace TalentWatch.Web.Features.Dashboard;

public sealed record StackedSeries(string Name, IReadOnlyList<int> Values);

public sealed record QuarterStack(IReadOnlyList<string> Quarters, IReadOnlyList<StackedSeries> Series);

public sealed record DashboardData(
    QuarterSummary? Latest,
    QuarterStack Stack,
    IReadOnlyList<CompanyListRow> Attrition,
    IReadOnlyList<DepartureRow> LatestDepartures);

public sealed class DashboardQuery(
    IDbContextFactory<TalentWatchDbContext> factory,
    QuarterReportQuery reports,
    CompanyQueries companies,
    DepartureQueries departures)
{
    public const int TopDestinations = 5;
    public const string Other = "Other";
    public const string Unknown = "Unknown";

    public async Task<DashboardData> LoadAsync(CancellationToken cancellationToken = default)
    {
        var quarters = await reports.QuartersWithDataAsync(cancellationToken);
        var latest = quarters.Count == 0 ? null : await reports.SummaryAsync(quarters[0], cancellationToken);

        IReadOnlyList<Quarter> shown = [.. quarters.Take(8).Reverse()];
        var stack = new QuarterStack([], []);
        if (shown.Count > 0)
        {
            // Aggregated in SQL over the indexed (Status, DateStart, DateEnd) columns: one row per interval and destination.
            var (from, to) = (shown.Min(q => q.Start), shown.Max(q => q.End));
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var grouped = await db.Departures
                .Where(d => d.Status == DepartureStatus.Accepted && d.DateStart != null && d.DateStart >= from && d.DateEnd <= to)
                .GroupBy(d => new { Start = d.DateStart!.Value, End = d.DateEnd!.Value, Destination = d.Destination == null ? null : d.Destination.Name })
                .Select(g => new { g.Key.Start, g.Key.End, g.Key.Destination, Count = g.Count() })
                .ToListAsync(cancellationToken);
            stack = StackCounts([.. grouped.Select(g => (new DatedDeparture(g.Start, g.End, g.Destination), g.Count))], shown);
        }
        else
        {
            stack = Stack(Array.Empty<DatedDeparture>(), shown);
        }

        var ranked = await companies.ListAsync(null, CompanySort.Attrition, descending: true, page: 1, pageSize: 8, cancellationToken);
        var recent = await departures.SearchAsync(DepartureFilter.None, pageSize: 8, cancellationToken);
        return new DashboardData(latest, stack, [.. ranked.Items.Where(c => c.FoundingTeamAttrition is not null)], recent.Items);
    }

    /// <summary>Departures in each quarter, stacked by the top destination employers over those quarters; the rest as "Other", unknown last.</summary>
    public static QuarterStack Stack(IReadOnlyList<DatedDeparture> dated, IReadOnlyList<Quarter> quarters) =>
        StackCounts([.. dated.Select(d => (d, 1))], quarters);

    /// <summary>As <see cref="Stack(IReadOnlyList{DatedDeparture}, IReadOnlyList{Quarter})"/>, over pre-aggregated (departure, count) pairs.</summary>
    public static QuarterStack StackCounts(IReadOnlyList<(DatedDeparture Departure, int Count)> dated, IReadOnlyList<Quarter> quarters)
    {
        var inQuarter = dated.Select(d => (d.Departure, d.Count, Quarter: Quarter.Containing(d.Departure.Start)))
            .Where(x => x.Quarter.Contains(x.Departure.End) && quarters.Contains(x.Quarter)).ToList();
        var top = inQuarter.Where(x => x.Departure.Destination is not null)
            .GroupBy(x => x.Departure.Destination!)
            .OrderByDescending(g => g.Sum(x => x.Count)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(TopDestinations).Select(g => g.Key).ToList();
        string Bucket(string? destination) => destination is null ? Unknown : top.Contains(destination) ? destination : Other;

        var names = top.Concat([Other, Unknown]).ToList();
        var series = names.Select(name => new StackedSeries(name,
                [.. quarters.Select(q => inQuarter.Where(x => x.Quarter == q && Bucket(x.Departure.Destination) == name).Sum(x => x.Count))]))
            .Where(s => s.Values.Any(v => v > 0))
            .ToList();
        return new QuarterStack([.. quarters.Select(q => q.ToString())], series);
    }
}

public sealed record DatedDeparture(DateOnly Start, DateOnly End, string? Destination);
