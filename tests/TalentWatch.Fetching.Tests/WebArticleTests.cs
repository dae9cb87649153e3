using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Departures;
using TalentWatch.Data.Imports.Articles;
using TalentWatch.Extraction;
using TalentWatch.Fetching.Pages;
using TalentWatch.Fetching.Tests.Support;

namespace TalentWatch.Fetching.Tests;

/// <summary>Web pages into the store through the file import's pipeline (<c>talentwatch fetch</c>, the import page's web tab).</summary>
public sealed class WebArticleTests : IAsyncLifetime
{
    private LocalSite site = null!;

    public async Task InitializeAsync() => site = await LocalSite.StartAsync();

    public async Task DisposeAsync() => await site.DisposeAsync();

    [Fact]
    public async Task An_english_page_is_stored_with_its_metadata_its_canonical_url_and_its_departure()
    {
        await using var store = new FetchingStore();
        var result = await store.Get<WebArticleImporter>().ImportAsync(site.Url("news/tobias-wren-leaves-fernhill?utm_source=newsletter&utm_campaign=x"), accept: true);

        Assert.Equal(ArticleImportOutcome.Imported, result.Outcome);
        Assert.Equal(1, result.DeparturesAdded);
        await using var db = await store.Factory.CreateDbContextAsync();
        var article = await db.Articles.SingleAsync();
        Assert.Equal(site.Url("news/tobias-wren-leaves-fernhill"), article.Url);
        Assert.Equal("Tobias Wren leaves Fernhill AI for Microsoft", article.Title);
        Assert.Equal("The Circuit", article.Source);
        Assert.Equal(new DateOnly(2026, 2, 10), article.Published); // JSON-LD datePublished wins over the <time> element
        Assert.Equal("en", article.Language);
        Assert.StartsWith("Tobias Wren has left Fernhill AI to join Microsoft.", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Most read", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("tracking", article.Text, StringComparison.Ordinal);

        var departure = await db.Departures.Include(d => d.Person).Include(d => d.Company).Include(d => d.Destination).Include(d => d.Sources).SingleAsync();
        Assert.Equal("Tobias Wren", departure.Person!.Name);
        Assert.Equal("Fernhill AI", departure.Company!.Name);
        Assert.Equal("Microsoft", departure.Destination!.Name);
        Assert.Equal(DepartureStatus.Accepted, departure.Status);
        Assert.Equal(article.Url, Assert.Single(departure.Sources).Url);
    }

    [Fact]
    public async Task The_same_page_again_by_another_address_or_its_text_stores_nothing_twice()
    {
        await using var store = new FetchingStore();
        var importer = store.Get<WebArticleImporter>();
        Assert.Equal(ArticleImportOutcome.Imported, (await importer.ImportAsync(site.Url("news/tobias-wren-leaves-fernhill"), accept: false)).Outcome);
        var before = await store.CountsAsync();

        // Tracking parameters dropped: known without downloading again.
        var again = await importer.ImportAsync(site.Url("news/tobias-wren-leaves-fernhill?utm_medium=social#comments"), accept: false);
        Assert.Equal(ArticleImportOutcome.Duplicate, again.Outcome);
        Assert.Equal(1, site.Hits("/news/tobias-wren-leaves-fernhill"));

        // Through a redirect the page's canonical link names the same address.
        Assert.Equal(ArticleImportOutcome.Duplicate, (await importer.ImportAsync(site.Url("chain/2"), accept: false)).Outcome);

        // The flaky address serves the same text under another URL: the content hash recognises it.
        Assert.Equal(ArticleImportOutcome.Duplicate, (await importer.ImportAsync(site.Url("flaky"), accept: false)).Outcome);
        Assert.Equal(before, await store.CountsAsync());
    }

    [Fact]
    public async Task Two_previews_of_one_address_saved_one_after_the_other_store_it_once_even_when_the_text_changed()
    {
        // Two editors (or two pollers) preview the same page before either saves; the page changes in between.
        await using var store = new FetchingStore();
        var importer = store.Get<WebArticleImporter>();
        var first = (await importer.PreviewAsync(site.Url("news/tobias-wren-leaves-fernhill"))).Extraction!;
        var edited = ArticleReader.FromText("edited", first.Article.Title, first.Article.Source, first.Article.Url, first.Article.Published, first.Article.Text + "\n\nUpdate: the company has named a successor.");
        var second = store.Get<DepartureExtractor>().Extract(edited);

        Assert.Equal(ArticleImportOutcome.Imported, (await importer.SaveAsync(first, accept: false)).Outcome);
        var again = await importer.SaveAsync(second, accept: false);
        Assert.Equal(ArticleImportOutcome.Duplicate, again.Outcome);
        Assert.Equal(1, (await store.CountsAsync()).Articles);
    }

    [Fact]
    public async Task A_dutch_page_in_windows_1252_is_read_by_its_meta_charset()
    {
        await using var store = new FetchingStore();
        var preview = await store.Get<WebArticleImporter>().PreviewAsync(site.Url("nieuws/maarten-de-vries"));

        Assert.Null(preview.Error);
        var extraction = preview.Extraction!;
        Assert.Equal("nl", extraction.Article.Language);
        Assert.Equal("Tweakers Zakelijk", extraction.Article.Source);
        Assert.Equal(new DateOnly(2026, 3, 4), extraction.Article.Published);
        Assert.Contains("café-gesprekken", extraction.Article.Text, StringComparison.Ordinal);
        var departure = Assert.Single(extraction.Departures);
        Assert.Equal(("Maarten de Vries", "Kanaal AI", "Microsoft"), (departure.Person, departure.From, departure.To));
        Assert.Equal((0, 0, 0, 0, 0), await store.CountsAsync()); // a preview stores nothing
    }

    [Theory]
    [InlineData("report.pdf", "application/pdf is not a web page")]
    [InlineData("big", "over the 5242880-byte limit")]
    [InlineData("hang", "no answer within 1 s")]
    [InlineData("feed.rss", "this is a feed or XML document")]
    [InlineData("missing-page", "the server answered 404")]
    public async Task A_page_that_cannot_be_read_is_a_failure_with_a_reason_and_stores_nothing(string path, string reason)
    {
        await using var store = new FetchingStore(path == "hang" ? FetcherTests.Silent : null);
        var result = await store.Get<WebArticleImporter>().ImportAsync(site.Url(path), accept: true);
        Assert.Equal(ArticleImportOutcome.Failed, result.Outcome);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0, 0, 0), await store.CountsAsync());
    }

    [Theory]
    [InlineData("https://example.org/a?utm_source=x&id=5&utm_medium=y#top", "https://example.org/a?id=5")]
    [InlineData("HTTP://Example.ORG:80/a?fbclid=abc", "http://example.org/a")]
    [InlineData("https://example.org/a?b=1&c=2", "https://example.org/a?b=1&c=2")]
    public void Canonical_urls_drop_tracking_parameters_and_fragments(string url, string canonical) =>
        Assert.Equal(canonical, CanonicalUrl.Of(new Uri(url)).ToString());
}
