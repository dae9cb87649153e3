using TalentWatch.Core.Dates;
using TalentWatch.Core.Timelines;

namespace TalentWatch.Core.Reports;

/// <summary>A company as the summary needs it.</summary>
public sealed record SummaryCompany(int Id, string Name, int? FoundingTeamSize);

/// <summary>A headcount snapshot as the summary needs it.</summary>
public sealed record SummaryHeadcount(int CompanyId, DateOnly AsOf, int Headcount);

/// <summary>
/// An accepted departure as the summary needs it. <see cref="Start"/>/<see cref="End"/> are the date interval (both null when
/// the date is unknown); <see cref="DestinationName"/> is the destination's canonical name, null when unknown.
/// </summary>
public sealed record SummaryDeparture(
    int Id,
    int? PersonId,
    int CompanyId,
    int? DestinationId,
    string? DestinationName,
    DateOnly? Start,
    DateOnly? End,
    bool Founder);

/// <summary>The SPEC metrics ("Metrics" and "Summary JSON") as a pure function over accepted departures.</summary>
public static class QuarterSummaryCalculator
{
    /// <summary>Names order ordinally (byte order of the canonical name), so every caller and platform agrees; see docs/decisions.md.</summary>
    public static readonly StringComparer NameOrder = StringComparer.Ordinal;

    /// <summary>
    /// Computes the summary of <paramref name="quarter"/>. <paramref name="departures"/> must be accepted departures and
    /// must include every one whose interval overlaps the quarter and every founder departure ending on or before its end;
    /// others are ignored. When <paramref name="onlyCompanyId"/> is given, only that company's departures count anywhere.
    /// </summary>
    public static QuarterSummary Compute(
        Quarter quarter,
        IEnumerable<SummaryDeparture> departures,
        IReadOnlyDictionary<int, SummaryCompany> companies,
        IEnumerable<SummaryHeadcount> headcounts,
        int? onlyCompanyId = null)
    {
        ArgumentNullException.ThrowIfNull(departures);
        var all = departures as IReadOnlyCollection<SummaryDeparture> ?? [.. departures];
        return Compute(quarter, all, companies, headcounts, FoundersDepartedToDate(quarter, all, onlyCompanyId), onlyCompanyId);
    }

    /// <summary>
    /// <c>foundersDepartedToDate</c> (SPEC) of every company with a founder departure in <paramref name="departures"/>:
    /// distinct named founders whose departure interval ends on or before the quarter's end, plus one for each such
    /// departure of an unnamed founder. Departures with an unknown date never count.
    /// </summary>
    public static Dictionary<int, int> FoundersDepartedToDate(Quarter quarter, IEnumerable<SummaryDeparture> departures, int? onlyCompanyId = null)
    {
        ArgumentNullException.ThrowIfNull(departures);
        var quarterEnd = quarter.End;
        return departures
            .Where(d => d.Founder
                        && (onlyCompanyId is not { } only || d.CompanyId == only)
                        && d.Start is not null
                        && d.End is { } end && end <= quarterEnd)
            .GroupBy(d => d.CompanyId)
            .ToDictionary(company => company.Key, company => FoundingTeamAttrition.FoundersDeparted(company.Select(d => new FounderDeparture(d.PersonId, d.End))));
    }

    /// <summary>
    /// Computes the summary of <paramref name="quarter"/> from <c>foundersDepartedToDate</c> already counted per company
    /// (absent means 0), for a store that counts it without reading every founder departure. <paramref name="departures"/>
    /// must include every accepted departure whose interval overlaps the quarter; others are ignored.
    /// </summary>
    public static QuarterSummary Compute(
        Quarter quarter,
        IEnumerable<SummaryDeparture> departures,
        IReadOnlyDictionary<int, SummaryCompany> companies,
        IEnumerable<SummaryHeadcount> headcounts,
        IReadOnlyDictionary<int, int> foundersDepartedToDate,
        int? onlyCompanyId = null)
    {
        ArgumentNullException.ThrowIfNull(departures);
        ArgumentNullException.ThrowIfNull(companies);
        ArgumentNullException.ThrowIfNull(headcounts);
        ArgumentNullException.ThrowIfNull(foundersDepartedToDate);

        var range = quarter.Interval;
        var inQuarter = new List<SummaryDeparture>();
        var unplaced = 0;

        foreach (var departure in departures)
        {
            if (onlyCompanyId is { } only && departure.CompanyId != only)
            {
                continue;
            }

            if (departure.Start is not { } start || departure.End is not { } end)
            {
                continue; // unknown dates are neither in nor unplaced
            }

            var interval = new DateInterval(start, end);
            if (interval.LiesWithin(range))
            {
                inQuarter.Add(departure);
            }
            else if (interval.Overlaps(range))
            {
                unplaced++;
            }
        }

        var headcountAtStart = LatestHeadcounts(headcounts, range.Start);
        var figures = new List<CompanyQuarterFigures>();
        foreach (var group in inQuarter.GroupBy(d => d.CompanyId))
        {
            var company = companies.TryGetValue(group.Key, out var known)
                ? known
                : throw new ArgumentException($"Company {group.Key} is missing from the companies given.", nameof(companies));
            var count = group.Count();
            var foundersDeparted = foundersDepartedToDate.GetValueOrDefault(group.Key);
            int? headcount = headcountAtStart.TryGetValue(group.Key, out var snapshot) ? snapshot.Headcount : null;
            figures.Add(new CompanyQuarterFigures(
                company.Name,
                count,
                group.Count(d => d.Founder),
                company.FoundingTeamSize,
                foundersDeparted,
                Ratio(foundersDeparted, company.FoundingTeamSize),
                headcount,
                Ratio(count, headcount),
                CompanyDestinations(group)));
        }

        figures.Sort((a, b) => a.Departures != b.Departures ? b.Departures.CompareTo(a.Departures) : NameOrder.Compare(a.Company, b.Company));

        var destinations = inQuarter
            .Where(d => d.DestinationName is not null)
            .GroupBy(d => d.DestinationName!, StringComparer.Ordinal)
            .Select(g => new DestinationCount(g.Key, g.Count()))
            .OrderByDescending(d => d.Departures)
            .ThenBy(d => d.Employer, NameOrder)
            .ToList();

        return new QuarterSummary(quarter.ToString(), range.Start, range.End, inQuarter.Count, unplaced, figures, destinations);
    }

    /// <summary>
    /// Rounded to 4 decimals, half away from zero (SPEC); null when the denominator is unknown or zero. Trailing zeros are
    /// dropped (0.021, not 0.0210) so the JSON shows the number as any other tool would.
    /// </summary>
    public static decimal? Ratio(int numerator, int? denominator) =>
        denominator is > 0
            ? Math.Round((decimal)numerator / denominator.Value, 4, MidpointRounding.AwayFromZero) / 1.0000000000000000000000000000m
            : null;

    private static List<DestinationCount> CompanyDestinations(IEnumerable<SummaryDeparture> departures) =>
        departures
            .GroupBy(d => d.DestinationName, StringComparer.Ordinal)
            .Select(g => new DestinationCount(g.Key, g.Count()))
            .OrderByDescending(d => d.Departures)
            .ThenBy(d => d.Employer is null ? 1 : 0)
            .ThenBy(d => d.Employer, NameOrder)
            .ToList();

    private static Dictionary<int, SummaryHeadcount> LatestHeadcounts(IEnumerable<SummaryHeadcount> headcounts, DateOnly onOrBefore)
    {
        var latest = new Dictionary<int, SummaryHeadcount>();
        foreach (var snapshot in headcounts)
        {
            if (snapshot.AsOf <= onOrBefore
                && (!latest.TryGetValue(snapshot.CompanyId, out var current) || current.AsOf < snapshot.AsOf))
            {
                latest[snapshot.CompanyId] = snapshot;
            }
        }

        return latest;
    }
}
