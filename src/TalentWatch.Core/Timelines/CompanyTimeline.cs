using TalentWatch.Core.Dates;
using TalentWatch.Core.Reports;

namespace TalentWatch.Core.Timelines;

/// <summary>A company or person as a link: canonical name and slug.</summary>
public sealed record NamedRef(int Id, string Name, string Slug);

/// <summary>
/// A company's accepted departures in date order (unknown dates last) with their sources, optionally only those to one
/// destination employer (<see cref="DestinationFilter"/>), plus the founding-team attrition series and the destination counts.
/// </summary>
public sealed record CompanyTimeline(
    NamedRef Company,
    DateOnly? Founded,
    int? FoundingTeamSize,
    NamedRef? DestinationFilter,
    IReadOnlyList<TimelineEntry> Departures,
    IReadOnlyList<AttritionPoint> FoundingTeamAttrition,
    IReadOnlyList<DestinationCount> Destinations);

/// <summary>One departure. <see cref="Date"/> is the SPEC form ("2026-01", null when unknown); <see cref="DateDisplay"/> what a reader sees.</summary>
public sealed record TimelineEntry(
    int Id,
    NamedRef? Person,
    NamedRef? Destination,
    string? Date,
    DatePrecision DatePrecision,
    string DateDisplay,
    string? Role,
    bool Founder,
    IReadOnlyList<TimelineSource> Sources);

/// <summary>One report of a departure: a CSV row ("departures.csv:12") or an article sentence.</summary>
public sealed record TimelineSource(string? Url, string? Evidence, int? ArticleId, string? ArticleTitle, string? ArticleUrl);

/// <summary>SPEC foundersDepartedToDate and foundingTeamAttrition at the end of one quarter.</summary>
public sealed record AttritionPoint(string Quarter, DateOnly End, int FoundersDepartedToDate, decimal? Attrition);
