using TalentWatch.Core.Dates;
using TalentWatch.Core.Timelines;
using TalentWatch.Web.Features.Shared;

namespace TalentWatch.Web.Features.Companies;

public sealed record DestinationChip(string Name, string? Slug, int Departures);

public sealed record TimelineGroup(string Heading, IReadOnlyList<DepartureRow> Departures);

public sealed record AttritionPoint(string Quarter, double Share, int FoundersDeparted);

/// <summary>
/// The company page's logic over what <see cref="CompanyQueries.DetailAsync"/> aggregated, kept apart from markup so it
/// can be tested: the filter, the grouping of the page of rows and the chart data.
/// </summary>
public sealed class CompanyTimeline
{
    public const string UnknownDestination = "Unknown";

    /// <summary>Departures a timeline page shows: a company with thousands of departures must not render them all at once.</summary>
    public const int PageSize = 50;

    /// <summary>The chart spans at most this many quarters from the first founder departure.</summary>
    public const int MaxChartQuarters = 40;

    public CompanyTimeline(CompanyDetail detail)
    {
        Detail = detail;
        Destinations = detail.Destinations;
        SelectedDestination = string.IsNullOrWhiteSpace(detail.ToSlug) ? null : Destinations.FirstOrDefault(c => c.Slug == detail.ToSlug);
        UnknownFilter = !string.IsNullOrWhiteSpace(detail.ToSlug) && SelectedDestination is null;
        FoundersDeparted = TalentWatch.Core.Timelines.FoundingTeamAttrition.FoundersDeparted(detail.FounderDepartures);
    }

    public CompanyDetail Detail { get; }

    /// <summary>All accepted departures of the company, whatever the filter.</summary>
    public int Departures => Destinations.Sum(d => d.Departures);

    public IReadOnlyList<DestinationChip> Destinations { get; }

    public DestinationChip? SelectedDestination { get; }

    /// <summary>True when ?to= names an employer nobody left this company for.</summary>
    public bool UnknownFilter { get; }

    public int FoundersDeparted { get; }

    public double? FoundingTeamAttrition => Detail.Facts.FoundingTeamSize is > 0 and var size
        ? Math.Round((double)FoundersDeparted / size, 4)
        : null;

    public int PageNumber => Detail.PageNumber;

    public int PageCount => Math.Max(1, (Detail.FilteredCount + PageSize - 1) / PageSize);

    /// <summary>Chips by count, then named before unknown, then by name.</summary>
    public static IReadOnlyList<DestinationChip> OrderChips(IEnumerable<DestinationChip> chips) =>
        [.. chips.OrderByDescending(c => c.Departures).ThenBy(c => c.Slug is null).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)];

    /// <summary>The page of rows in groups by year, newest first; unknown dates last.</summary>
    public IReadOnlyList<TimelineGroup> Groups() =>
        [.. Detail.PageRows
            .GroupBy(d => d.PrecisionDate.IsKnown ? d.PrecisionDate.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : "Date unknown")
            .Select(g => new TimelineGroup(g.Key, [.. g]))];

    /// <summary>Cumulative founding-team attrition at the end of each quarter from the first founder departure to the last departure.</summary>
    public IReadOnlyList<AttritionPoint> AttritionOverQuarters()
    {
        var size = Detail.Facts.FoundingTeamSize;
        var founderEnds = Detail.FounderDepartures.Where(d => d.End is not null).Select(d => d.End!.Value).ToList();
        if (size is not > 0 || founderEnds.Count == 0 || Detail.LastDatedEnd is not { } lastEnd)
        {
            return [];
        }

        var first = Quarter.Containing(founderEnds.Min());
        var last = Quarter.Containing(lastEnd);
        var cap = first.Plus(MaxChartQuarters - 1);
        if (cap < last)
        {
            last = cap;
        }

        return [.. TalentWatch.Core.Timelines.FoundingTeamAttrition.Series(first, last, Detail.FounderDepartures, size)
            .Select(p => new AttritionPoint(p.Quarter, (double)(p.Attrition ?? 0m), p.FoundersDepartedToDate))];
    }
}
