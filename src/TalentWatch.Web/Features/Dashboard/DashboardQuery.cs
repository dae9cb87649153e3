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

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var dated = await db.Departures.Where(d => d.Status == DepartureStatus.Accepted && d.DateStart != null)
            .Select(d => new DatedDeparture(d.DateStart!.Value, d.DateEnd!.Value, d.Destination == null ? null : d.Destination.Name))
            .ToListAsync(cancellationToken);
        var stack = Stack(dated, [.. quarters.Take(8).Reverse()]);
        var ranked = await companies.ListAsync(null, CompanySort.Attrition, descending: true, page: 1, pageSize: 8, cancellationToken);
        var recent = await departures.SearchAsync(DepartureFilter.None, pageSize: 8, cancellationToken);
        return new DashboardData(latest, stack, [.. ranked.Items.Where(c => c.FoundingTeamAttrition is not null)], recent.Items);
    }

    /// <summary>Departures in each quarter, stacked by the top destination employers over those quarters; the rest as "Other", unknown last.</summary>
    public static QuarterStack Stack(IReadOnlyList<DatedDeparture> dated, IReadOnlyList<Quarter> quarters)
    {
        var inQuarter = dated.Select(d => (Departure: d, Quarter: Quarter.Containing(d.Start)))
            .Where(x => x.Quarter.Contains(x.Departure.End) && quarters.Contains(x.Quarter)).ToList();
        var top = inQuarter.Where(x => x.Departure.Destination is not null)
            .GroupBy(x => x.Departure.Destination!)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(TopDestinations).Select(g => g.Key).ToList();
        string Bucket(string? destination) => destination is null ? Unknown : top.Contains(destination) ? destination : Other;

        var names = top.Concat([Other, Unknown]).ToList();
        var series = names.Select(name => new StackedSeries(name,
                [.. quarters.Select(q => inQuarter.Count(x => x.Quarter == q && Bucket(x.Departure.Destination) == name))]))
            .Where(s => s.Values.Any(v => v > 0))
            .ToList();
        return new QuarterStack([.. quarters.Select(q => q.ToString())], series);
    }
}

public sealed record DatedDeparture(DateOnly Start, DateOnly End, string? Destination);
