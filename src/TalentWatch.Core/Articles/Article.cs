using TalentWatch.Core.Companies;

namespace TalentWatch.Core.Articles;

public sealed class Article
{
    public int Id { get; set; }

    public string? Title { get; set; }

    /// <summary>The publication.</summary>
    public string? Source { get; set; }

    public string? Url { get; set; }

    public DateOnly? Published { get; set; }

    public required string Language { get; set; }

    /// <summary>False for a language the extractor does not read (only en and nl are extracted).</summary>
    public bool LanguageSupported { get; set; }

    public required string Text { get; set; }

    /// <summary>SHA-256 of the normalised text: the same text imported twice is one article.</summary>
    public required string ContentHash { get; set; }

    public string? FileName { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    /// <summary>
    /// When an editor marked the article reviewed (every departure it reports settled): its departures and claims are then
    /// labelled data, exported by <c>eval export</c> and scored on the quality page. Null while unreviewed.
    /// </summary>
    public DateTimeOffset? ReviewedAt { get; set; }

    /// <summary>The name of the editor who marked it reviewed.</summary>
    public string? ReviewedBy { get; set; }

    public List<Claim> Claims { get; set; } = [];
}

/// <summary>A figure an article states, shown beside the computed one so a reader can reconcile them.</summary>
public sealed class Claim
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    public int CompanyId { get; set; }

    public Company? Company { get; set; }

    /// <summary>One of <see cref="ClaimMetrics"/>.</summary>
    public required string Metric { get; set; }

    public decimal Value { get; set; }

    public required string Evidence { get; set; }

    public int? EvidenceStart { get; set; }

    public int? EvidenceLength { get; set; }
}

public static class ClaimMetrics
{
    public const string FoundingTeamDepartedShare = "founding_team_departed_share";
    public const string StaffDepartedShare = "staff_departed_share";
    public const string DepartedCount = "departed_count";
}
