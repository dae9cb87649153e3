using TalentWatch.Core.Dates;
using TalentWatch.Core.Timelines;
using TalentWatch.Web.Features.Shared;

namespace TalentWatch.Web.Features.Companies;

public sealed record DestinationChip(string Name, string? Slug, int Departures);

public sealed record TimelineGroup(string Heading, IReadOnlyList<DepartureRow> Departures);

public sealed record AttritionPoint(string Quarter, double Share, int FoundersDeparted);

/// <summary>The company page's logic, kept apart from markup so it can be tested: filter, grouping and chart data.</summary>
public sealed class CompanyTimeline
{
    public const string UnknownDestination = "Unknown";

    public CompanyTimeline(CompanyDetail detail, string? toSlug)
    {
        Detail = detail;
        All = detail.Departures;
        Destinations = [.. All.GroupBy(d => (d.Destination, d.DestinationSlug))
            .Select(g => new DestinationChip(g.Key.Destination ?? UnknownDestination, g.Key.DestinationSlug, g.Count()))
            .OrderByDescending(c => c.Departures).ThenBy(c => c.Slug is null).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)];
        SelectedDestination = string.IsNullOrWhiteSpace(toSlug) ? null : Destinations.FirstOrDefault(c => c.Slug == toSlug);
        UnknownFilter = !string.IsNullOrWhiteSpace(toSlug) && SelectedDestination is null;
        Filtered = SelectedDestination is null
            ? (UnknownFilter ? [] : All)
            : [.. All.Where(d => d.DestinationSlug == SelectedDestination.Slug)];
        FoundersDeparted = CountFounders(All, null);
    }

    public CompanyDetail Detail { get; }

    public IReadOnlyList<DepartureRow> All { get; }

    public IReadOnlyList<DepartureRow> Filtered { get; }

    public IReadOnlyList<DestinationChip> Destinations { get; }

    public DestinationChip? SelectedDestination { get; }

    /// <summary>True when ?to= names an employer nobody left this company for.</summary>
    public bool UnknownFilter { get; }

    public int FoundersDeparted { get; }

    public double? FoundingTeamAttrition => Detail.Facts.FoundingTeamSize is > 0 and var size
        ? Math.Round((double)FoundersDeparted / size, 4)
        : null;

    /// <summary>Departures a timeline page shows: a company with thousands of departures must not render them all at once.</summary>
    public const int PageSize = 50;

    public int PageCount => Math.Max(1, (Filtered.Count + PageSize - 1) / PageSize);

    /// <summary>One page of the timeline in groups by year, newest first; unknown dates last.</summary>
    public IReadOnlyList<TimelineGroup> Groups(int page = 1)
    {
        page = Math.Clamp(page, 1, PageCount);
        return [.. Filtered
            .OrderBy(d => !d.PrecisionDate.IsKnown).ThenByDescending(d => d.PrecisionDate)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .GroupBy(d => d.PrecisionDate.IsKnown ? d.PrecisionDate.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : "Date unknown")
            .Select(g => new TimelineGroup(g.Key, [.. g]))];
    }

    /// <summary>Cumulative founding-team attrition at the end of each quarter from the first founder departure to the last departure.</summary>
    public IReadOnlyList<AttritionPoint> AttritionOverQuarters()
    {
        var size = Detail.Facts.FoundingTeamSize;
        var dated = All.Where(d => d.PrecisionDate.Interval is not null).ToList();
        var founders = dated.Where(d => d.Founder).ToList();
        if (size is not > 0 || founders.Count == 0)
        {
            return [];
        }

        var first = Quarter.Containing(founders.Min(d => d.PrecisionDate.Interval!.Value.End));
        var last = Quarter.Containing(dated.Max(d => d.PrecisionDate.Interval!.Value.End));
        if (Quarter.Containing(first.Start.AddMonths(3 * 39)) < last)
        {
            last = Quarter.Containing(first.Start.AddMonths(3 * 39));
        }

        // The SPEC definition lives in Core; people are told apart by slug here, so each slug gets a stable number.
        var personIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var founderDepartures = founders.Select(d => new FounderDeparture(
            d.PersonSlug is null ? null : personIds.TryGetValue(d.PersonSlug, out var id) ? id : personIds[d.PersonSlug] = personIds.Count,
            d.PrecisionDate.Interval!.Value.End));
        return [.. TalentWatch.Core.Timelines.FoundingTeamAttrition.Series(first, last, founderDepartures, size)
            .Select(p => new AttritionPoint(p.Quarter, (double)(p.Attrition ?? 0m), p.FoundersDepartedToDate))];
    }

    /// <summary>Distinct founders departed (by person; each unnamed founder departure counts as one), up to an end date.</summary>
    public static int CountFounders(IEnumerable<DepartureRow> departures, DateOnly? upTo)
    {
        var founders = departures.Where(d => d.Founder
            && (upTo is null || (d.PrecisionDate.Interval is { } i && i.End <= upTo.Value))).ToList();
        return founders.Where(d => d.PersonSlug is not null).Select(d => d.PersonSlug).Distinct(StringComparer.Ordinal).Count()
            + founders.Count(d => d.PersonSlug is null);
    }
}
