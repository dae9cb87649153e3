using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Articles;
using TalentWatch.Data.Editing;
using TalentWatch.Core.Departures;
using TalentWatch.Data.Imports.Articles;
using TalentWatch.Data.Store;
using TalentWatch.Extraction;

namespace TalentWatch.Web.Features.Articles;

/// <summary>A sentence the extractor flagged as a possible departure that no editor has settled yet.</summary>
public sealed record PossibleMarker(TextSpan Span, string Sentence, string Cue);

/// <summary>What an editor sees of an article beyond the text: its sentences, the unsettled possible departures, what is left
/// before it can be marked reviewed, and whether it is.</summary>
public sealed record ArticleCuration(
    int ArticleId,
    IReadOnlyList<TextSpan> Sentences,
    IReadOnlyList<PossibleMarker> Possible,
    int AwaitingReview,
    DateTimeOffset? ReviewedAt,
    string? ReviewedBy)
{
    public bool Reviewed => ReviewedAt is not null;

    /// <summary>Nothing pending: every departure decided and every possible one dismissed or added.</summary>
    public bool CanMarkReviewed => Possible.Count == 0 && AwaitingReview == 0;

    /// <summary>What is left, in words ("2 departures awaiting review and 1 possible departure"); null when nothing.</summary>
    public string? Pending
    {
        get
        {
            var parts = new List<string>();
            if (AwaitingReview > 0)
            {
                parts.Add($"{AwaitingReview} departure{(AwaitingReview == 1 ? "" : "s")} awaiting review");
            }

            if (Possible.Count > 0)
            {
                parts.Add($"{Possible.Count} possible departure{(Possible.Count == 1 ? "" : "s")} to add or dismiss");
            }

            return parts.Count == 0 ? null : string.Join(" and ", parts);
        }
    }
}

/// <summary>
/// The editors' reads of an article: the extractor runs again on the stored text (it is fast) for the sentences and possible
/// departures, minus those an editor dismissed or already turned into a departure.
/// </summary>
public sealed class ArticleCurationQueries(
    IDbContextFactory<TalentWatchDbContext> factory, DepartureExtractor extractor, CuratedKnowledge curated, ArticleReviewEditor reviews)
{
    /// <summary>The longest selection read for a dialog; a longer one is cut (a hostile caller cannot make it read a book).</summary>
    public const int MaxSelection = 4_000;

    public async Task<ArticleCuration?> ReadAsync(int articleId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null)
        {
            return null;
        }

        var document = DocumentOf(article);
        var knowledge = await curated.CurrentAsync(cancellationToken);
        var result = extractor.Extract(document, knowledge);
        var sentences = result.LanguageSupported && document.Text.Length > 0
            ? extractor.ReadEvidence(document, new TextSpan(0, document.Text.Length), knowledge).Sentences
            : [];
        var possible = (await UnsettledAsync(new Dictionary<int, ExtractionResult> { [articleId] = result }, cancellationToken))[articleId];
        var awaiting = await db.Departures.CountAsync(
            d => d.MergedIntoId == null && d.Status == DepartureStatus.Extracted && d.Sources.Any(s => s.ArticleId == articleId), cancellationToken);
        return new ArticleCuration(articleId, sentences, possible, awaiting, article.ReviewedAt, article.ReviewedBy);
    }

    /// <summary>What the extractor reads in the sentences overlapping the selection, for the add dialog; null when the article is gone.</summary>
    public async Task<EvidenceReading?> ReadEvidenceAsync(int articleId, TextSpan selection, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null)
        {
            return null;
        }

        var start = Math.Clamp(selection.Start, 0, article.Text.Length);
        var length = Math.Clamp(selection.Length, 0, Math.Min(MaxSelection, article.Text.Length - start));
        var reading = extractor.ReadEvidence(DocumentOf(article), new TextSpan(start, length), await curated.CurrentAsync(cancellationToken));
        return reading.Sentences.Count == 0 ? null : reading;
    }

    /// <summary>How many possible departures are unsettled in each of the articles (the review queue's cards); at most 50 articles.</summary>
    public async Task<IReadOnlyDictionary<int, int>> UnsettledCountsAsync(IEnumerable<int> articleIds, CancellationToken cancellationToken = default)
    {
        var ids = articleIds.Distinct().Take(50).ToList();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var articles = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken);
        var knowledge = await curated.CurrentAsync(cancellationToken);
        var unsettled = await UnsettledAsync(articles.ToDictionary(a => a.Id, a => extractor.Extract(DocumentOf(a), knowledge)), cancellationToken);
        return unsettled.ToDictionary(u => u.Key, u => u.Value.Count);
    }

    private static ArticleDocument DocumentOf(Article article) =>
        new(article.FileName ?? $"article-{article.Id}.md", article.Title, article.Source, article.Url, article.Published, article.Language, article.Text,
            article.ContentHash);

    /// <summary>Each result's possible departures minus those dismissed and those a recorded departure's evidence covers (the
    /// store's rule, <see cref="ArticleReviewEditor.UnresolvedAsync"/>, so the page and mark-reviewed agree).</summary>
    private async Task<Dictionary<int, List<PossibleMarker>>> UnsettledAsync(IReadOnlyDictionary<int, ExtractionResult> results, CancellationToken cancellationToken)
    {
        var unresolved = await reviews.UnresolvedAsync(
            results.ToDictionary(r => r.Key, r => (IReadOnlyList<TextSpan>)r.Value.PossibleDepartures.Select(p => p.Span).ToList()), cancellationToken);
        return results.ToDictionary(
            r => r.Key,
            r => r.Value.PossibleDepartures
                .Where(p => unresolved.TryGetValue(r.Key, out var spans) && spans.Contains(p.Span))
                .Select(p => new PossibleMarker(p.Span, p.Sentence, p.Cue))
                .ToList());
    }
}
