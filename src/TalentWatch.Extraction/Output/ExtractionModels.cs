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
    IReadOnlyList<TextSpan> EvidenceSpans,
    double Confidence)
{
    /// <summary>The signals behind <see cref="Confidence"/> ("from:focus", "date:stated"…), for telling an editor why.</summary>
    public IReadOnlyList<string> Signals { get; init; } = [];
}

/// <summary>A sentence that looks like it reports a departure (a leave, hire or return cue beside a name) but gave none:
/// for an editor to check. <see cref="Span"/> is the sentence in <see cref="ArticleDocument.Text"/>.</summary>
public sealed record PossibleDeparture(TextSpan Span, string Sentence, string Cue);

/// <summary>What the extractor reads in a passage an editor selected: the names it recognises, the date it resolves, the
/// role, and the departure its rules find there if any. For prefilling a form, not a decision.</summary>
public sealed record EvidenceReading(
    IReadOnlyList<TextSpan> Sentences,
    string Evidence,
    IReadOnlyList<string> People,
    IReadOnlyList<string> Organisations,
    string? Date,
    string? Role,
    bool? Founder,
    ExtractedDeparture? Suggested);

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
    IReadOnlyList<ExtractedClaim> Claims,
    IReadOnlyList<PossibleDeparture> PossibleDepartures);
