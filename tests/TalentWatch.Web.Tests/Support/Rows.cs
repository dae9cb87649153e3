using TalentWatch.Core.Departures;
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

    public static CompanyDetail Company(string name, int? foundingTeamSize, params DepartureRow[] departures) => new(
        new CompanyFacts(1, name, TalentWatch.Core.Names.Slug.For(name), new DateOnly(2025, 2, 1), foundingTeamSize, [], null, null),
        departures,
        []);
}
