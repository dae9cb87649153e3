namespace TalentWatch.Core.Articles;

/// <summary>
/// An editor's "not a departure" on a sentence the extractor marked as a possible departure (a departure cue with a name but
/// no departure found). Keyed by the article and the sentence's range in its text, so the marker stays dismissed each time
/// the extractor reads the article again.
/// </summary>
public sealed class PossibleDepartureDismissal
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public int SpanStart { get; set; }

    public int SpanLength { get; set; }

    /// <summary>The editor's display name at the time.</summary>
    public required string DismissedBy { get; set; }

    public DateTimeOffset DismissedAt { get; set; }
}
