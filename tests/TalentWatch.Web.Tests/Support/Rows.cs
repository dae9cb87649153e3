using TalentWatch.Core.Departures;
using FounderDeparture = TalentWatch.Core.Timelines.FounderDeparture;
using TalentWatch.Web.Features.Companies;
using TalentWatch.Web.Features.Shared;

namespace TalentWatch.Web.Tests.Support;

/// <summary>Builders for in-memory rows used by component and logic tests.</summary>
public static class Rows
{
    private static int nextId = 1;

    public static DepartureRow Departure(string? person, string company, string? destination, string? date, bool founder = false, string? role = null) => new(
        Interlocked.Increment(ref nextId),
        person,
        person is null ? null : TalentWatch.Core.Names.Slug.For(person),
        company,
        TalentWatch.Core.Names.Slug.For(company),
        destination,
        destination is null ? null : TalentWatch.Core.Names.Slug.For(destination),
        date,
        TalentWatch.Web.Features.Shared.Dates.Of(date).ToDisplayString(),
        role,
        founder,
        DepartureStatus.Accepted,
        [new SourceRow(1, "Article", "Tech Daily", null, $"{person} left {company}.")]);

    /// <summary>
    /// A company page model over the given rows as one page (the figures a component renders; the SQL that aggregates
    /// them is tested in CompanyQueriesTests over a real store). People are told apart by slug.
    /// </summary>
    public static CompanyDetail Company(string name, int? foundingTeamSize, params DepartureRow[] departures)
    {
        var people = departures.Select(d => d.PersonSlug).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var chips = CompanyTimeline.OrderChips(departures.GroupBy(d => (d.Destination, d.DestinationSlug))
            .Select(g => new DestinationChip(g.Key.Destination ?? CompanyTimeline.UnknownDestination, g.Key.DestinationSlug, g.Count())));
        return new CompanyDetail(
            new CompanyFacts(1, name, TalentWatch.Core.Names.Slug.For(name), new DateOnly(2025, 2, 1), foundingTeamSize, [], null, null),
            [],
            chips,
            [.. departures.Where(d => d.Founder).Select(d => new FounderDeparture(
                d.PersonSlug is null ? null : people.IndexOf(d.PersonSlug), d.PrecisionDate.Interval?.End))],
            departures.Select(d => d.PrecisionDate.Interval?.End).Max(),
            null,
            departures.Length,
            1,
            [.. departures.OrderBy(d => !d.PrecisionDate.IsKnown).ThenByDescending(d => d.PrecisionDate)]);
    }
}
