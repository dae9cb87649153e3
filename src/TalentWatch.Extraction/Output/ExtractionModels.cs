namespace TalentWatch.Extraction;

/// <summary>A character range of <see cref="ArticleDocument.Text"/>.</summary>
public readonly record struct TextSpan(int Start, int Length);

/// <summary>A person leaving a company, as one article reports it. <see cref="Date"/> is YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY or null.</summary>
public sealed record ExtractedDeparture(
    string? Person,
    string From,
    string? To,
    string? Date,
    string? Role,
    bool? Founder,
    string Evidence,
    IReadOnlyList<TextSpan> EvidenceSpans)
{
    /// <summary>LOCAL STUB on the eval branch until the lead's confidence lands in main (then main's positional parameter replaces it).</summary>
    public double Confidence { get; init; }
}

/// <summary>A departure figure an article states. <see cref="Metric"/> is one of <see cref="ClaimMetrics"/>.</summary>
public sealed record ExtractedClaim(
    string Company,
    string Metric,
    decimal Value,
    string Evidence,
    IReadOnlyList<TextSpan> EvidenceSpans);

public static class ClaimMetrics
{
    public const string FoundingTeamDepartedShare = "founding_team_departed_share";
    public const string StaffDepartedShare = "staff_departed_share";
    public const string DepartedCount = "departed_count";
}

public sealed record ExtractionResult(
    ArticleDocument Article,
    bool LanguageSupported,
    IReadOnlyList<ExtractedDeparture> Departures,
    IReadOnlyList<ExtractedClaim> Claims);
