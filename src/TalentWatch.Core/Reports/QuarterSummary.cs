namespace TalentWatch.Core.Reports;

/// <summary>The quarter summary of SPEC.md ("Summary JSON"); property order is the JSON's.</summary>
public sealed record QuarterSummary(
    string Quarter,
    DateOnly From,
    DateOnly To,
    int TotalDepartures,
    int UnplacedDepartures,
    IReadOnlyList<CompanyQuarterFigures> Companies,
    IReadOnlyList<DestinationCount> Destinations);

public sealed record CompanyQuarterFigures(
    string Company,
    int Departures,
    int FounderDepartures,
    int? FoundingTeamSize,
    int FoundersDepartedToDate,
    decimal? FoundingTeamAttrition,
    int? HeadcountAtStart,
    decimal? AttritionRate,
    IReadOnlyList<DestinationCount> Destinations);

/// <summary>Departures to one employer; <see cref="Employer"/> null means the destination is unknown.</summary>
public sealed record DestinationCount(string? Employer, int Departures);
