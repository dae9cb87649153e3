using Microsoft.EntityFrameworkCore;
using TalentWatch.Data.Imports.Articles;
using TalentWatch.Data.Store;
using TalentWatch.Extraction;
using TalentWatch.Fetching.Http;

namespace TalentWatch.Fetching.Pages;

/// <summary>A web page read into an article, not stored yet; <see cref="ExistingArticleId"/> when its URL or text is already in the store.</summary>
public sealed record WebPreview(ExtractionResult? Extraction, WebPage? Page, string? Error, int? ExistingArticleId = null);

/// <summary>
/// Articles from web pages (SPEC <c>fetch</c>): download, take the main text and metadata, then the same path as a file
/// import (<see cref="ArticleImporter"/>: extraction, name resolution, the merge rule, review queue unless accepted).
/// The stored article keeps the page's canonical URL, its departures' sources link to it, and fetching the same canonical
/// URL or the same text again stores nothing.
/// </summary>
public sealed class WebArticleImporter(
    WebFetcher fetcher, DepartureExtractor extractor, CuratedKnowledge curated, ArticleImporter importer, IDbContextFactory<TalentWatchDbContext> contextFactory)
{
    /// <summary>Fetches and reads the page; stores nothing. Any failure is <see cref="WebPreview.Error"/>.</summary>
    public async Task<WebPreview> PreviewAsync(string url, DateOnly? fallbackPublished = null, CancellationToken cancellationToken = default)
    {
        if (!WebFetcher.TryParseUrl(url, out var uri, out var error))
        {
            return new WebPreview(null, null, error);
        }

        // Seen before under this address (tracking parameters aside): no need to download it again.
        var requested = CanonicalUrl.Of(uri).ToString();
        if (await ArticleWithUrlAsync(requested, cancellationToken) is { } known)
        {
            return new WebPreview(null, null, null, known);
        }

        FetchedDocument fetched;
        try
        {
            fetched = await fetcher.FetchAsync(uri, cancellationToken: cancellationToken);
        }
        catch (FetchException e)
        {
            return new WebPreview(null, null, e.Message);
        }

        if (fetched.MediaType is { } type && type.Contains("xml", StringComparison.Ordinal) && !type.Contains("html", StringComparison.Ordinal))
        {
            return new WebPreview(null, null, $"{uri}: this is a feed or XML document ({type}), not an article page; subscribe to feeds with 'feeds add' or on the Feeds page");
        }

        WebPage page;
        ArticleDocument document;
        try
        {
            page = fetched.MediaType == "text/plain"
                ? new WebPage(CanonicalUrl.Of(fetched.FinalUri), null, fetched.FinalUri.Host, fallbackPublished, fetched.Text)
                : WebPageReader.Read(fetched.FinalUri, fetched.Text, fallbackPublished);
            document = ArticleReader.FromText(uri.ToString(), page.Title, page.Outlet, page.CanonicalUrl.ToString(), page.Published, page.Text);
        }
        catch (ArticleFormatException)
        {
            return new WebPreview(null, null, $"{uri}: no article text found on the page");
        }

        var existing = await ArticleWithUrlAsync(document.Url!, cancellationToken);

        // The store's accepted companies and people type names too, as for a file import.
        try
        {
            return new WebPreview(extractor.Extract(document, await curated.CurrentAsync(cancellationToken)), page, null, existing);
        }
        catch (ArticleFormatException e)
        {
            return new WebPreview(null, null, $"{uri}: {e.Problem}");
        }
    }

    /// <summary>Stores a previewed page (the import page's "Save"); a page whose canonical URL is stored is a duplicate.</summary>
    public Task<ArticleImportResult> SaveAsync(ExtractionResult extraction, bool accept, CancellationToken cancellationToken = default) =>
        importer.ImportAsync(extraction, accept, sameUrlIsDuplicate: true, cancellationToken);

    /// <summary>Fetch, read and store one page (<c>talentwatch fetch</c>, and each feed entry).</summary>
    public async Task<ArticleImportResult> ImportAsync(string url, bool accept, DateOnly? fallbackPublished = null, CancellationToken cancellationToken = default)
    {
        var preview = await PreviewAsync(url, fallbackPublished, cancellationToken);
        if (preview.Error is not null)
        {
            return new ArticleImportResult(url, ArticleImportOutcome.Failed, Error: preview.Error);
        }

        if (preview.Extraction is null || preview.ExistingArticleId is not null)
        {
            return new ArticleImportResult(url, ArticleImportOutcome.Duplicate, preview.ExistingArticleId);
        }

        return await SaveAsync(preview.Extraction, accept, cancellationToken);
    }

    private async Task<int?> ArticleWithUrlAsync(string url, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Articles.AsNoTracking().Where(a => a.Url == url).OrderBy(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
    }
}
