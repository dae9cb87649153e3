using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Articles;
using TalentWatch.Core.Departures;
using TalentWatch.Core.History;
using TalentWatch.Data.Editing;
using TalentWatch.Data.Store;
using TalentWatch.Extraction;

namespace TalentWatch.Data.Tests.Editing;

public sealed class ArticleReviewEditorSqliteTests() : ArticleReviewEditorTests(StoreProvider.Sqlite);

public sealed class ArticleReviewEditorPostgresTests() : ArticleReviewEditorTests(StoreProvider.Postgres);

/// <summary>Runs on both providers (the two classes above).</summary>
public abstract class ArticleReviewEditorTests(StoreProvider provider) : IAsyncLifetime
{
    private const string Text = "Veritas AI had a quiet week. Zed Ali has left Veritas AI to join Meta, the company said. Nobody else moved.";

    private EditingStore store = null!;

    private ArticleReviewEditor Review => new(store.Store.Factory, store.Clock);

    public async Task InitializeAsync() => store = await EditingStore.CreateAsync(provider);

    public Task DisposeAsync()
    {
        store.Dispose();
        return Task.CompletedTask;
    }

    private static TextSpan SpanOf(string sentence) => new(Text.IndexOf(sentence, StringComparison.Ordinal), sentence.Length);

    private async Task<int> AddArticleAsync(string text = Text)
    {
        await using var db = await store.Store.Factory.CreateDbContextAsync();
        var article = new Article
        {
            Title = "Quiet week",
            Url = "https://news.example/quiet-week",
            Published = new DateOnly(2026, 2, 20),
            Language = "en",
            LanguageSupported = true,
            Text = text,
            ContentHash = Guid.NewGuid().ToString("N"),
            ImportedAt = EditingStore.Now,
        };
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return article.Id;
    }

    private static DepartureFields ZedToMeta(string? date = "2026-02") => new("Zed Ali", "Veritas AI", "Meta", date, "Researcher", false);

    [Fact]
    public async Task An_added_departure_is_accepted_with_the_sentence_as_evidence_and_a_history_entry()
    {
        var articleId = await AddArticleAsync();
        var sentence = SpanOf("Zed Ali has left Veritas AI to join Meta, the company said.");

        var added = await Review.AddDepartureAsync(articleId, ZedToMeta(), [sentence], EditingStore.Edith);

        Assert.True(added.Succeeded, added.Result.Message);
        Assert.False(added.MergedIntoExisting);
        var departure = await store.DepartureAsync(added.DepartureId!.Value);
        Assert.Equal((DepartureStatus.Accepted, "Zed Ali", "Meta Platforms", "2026-02", (double?)null), (departure.Status, departure.Person!.Name, departure.Destination!.Name, departure.DateText, departure.Confidence));
        var source = Assert.Single(departure.Sources);
        Assert.Equal((articleId, sentence.Start, sentence.Length, "Zed Ali has left Veritas AI to join Meta, the company said."),
            (source.ArticleId!.Value, source.EvidenceStart!.Value, source.EvidenceLength!.Value, source.Evidence));
        var change = Assert.Single(await store.History.ForRecordAsync(ChangedRecordType.Departure, departure.Id));
        Assert.Equal((ChangeActions.AddedFromArticle, "Edith Editor"), (change.Action, change.ActorName));
        Assert.StartsWith("Added by an editor from the article", change.Summary, StringComparison.Ordinal);
        Assert.Null(change.Before);

        // It counts: on the company's timeline, with the article's sentence as evidence.
        var timeline = await store.Timelines.GetAsync("veritas-ai");
        Assert.Contains(timeline!.Departures, d => d.Id == departure.Id);
        Assert.Equal(4, await store.Q1DeparturesAsync("Veritas AI"));
    }

    [Fact]
    public async Task A_departure_already_recorded_is_merged_into_and_accepted_not_duplicated()
    {
        var articleId = await AddArticleAsync();
        var extracted = await store.AddExtractedAsync("Zed Ali", "Veritas AI", null, "2026-02-10", "Zed Ali left Veritas AI.");
        var versionBefore = await store.VersionOfAsync(extracted);

        var added = await Review.AddDepartureAsync(articleId, ZedToMeta(), [SpanOf("Zed Ali has left Veritas AI to join Meta, the company said.")], EditingStore.Edith);

        Assert.True(added.Succeeded, added.Result.Message);
        Assert.True(added.MergedIntoExisting);
        Assert.Equal(extracted, added.DepartureId);
        var departure = await store.DepartureAsync(extracted);
        Assert.Equal((DepartureStatus.Accepted, "Meta Platforms", "2026-02-10", 2), (departure.Status, departure.Destination!.Name, departure.DateText, departure.Sources.Count));
        Assert.True(departure.Version > versionBefore);
        var change = Assert.Single(await store.History.ForRecordAsync(ChangedRecordType.Departure, extracted));
        Assert.Equal(ChangeActions.AddedFromArticle, change.Action);
        Assert.Contains("\"status\":\"extracted\"", change.Before, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evidence_outside_the_text_or_bad_fields_store_nothing()
    {
        var articleId = await AddArticleAsync();
        var before = await store.Store.CountsAsync();

        var outside = await Review.AddDepartureAsync(articleId, ZedToMeta(), [new TextSpan(Text.Length - 3, 10)], EditingStore.Edith);
        var none = await Review.AddDepartureAsync(articleId, ZedToMeta(), [], EditingStore.Edith);
        var badDate = await Review.AddDepartureAsync(articleId, ZedToMeta("last spring"), [SpanOf("Nobody else moved.")], EditingStore.Edith);
        var noCompany = await Review.AddDepartureAsync(articleId, ZedToMeta() with { Company = " " }, [SpanOf("Nobody else moved.")], EditingStore.Edith);
        var noArticle = await Review.AddDepartureAsync(articleId + 100, ZedToMeta(), [new TextSpan(0, 5)], EditingStore.Edith);

        Assert.Equal([EditOutcome.Invalid, EditOutcome.Invalid, EditOutcome.Invalid, EditOutcome.Invalid, EditOutcome.NotFound],
            new[] { outside, none, badDate, noCompany, noArticle }.Select(r => r.Result.Outcome));
        Assert.Contains("not inside the article's text", outside.Result.Message, StringComparison.Ordinal);
        Assert.All(new[] { outside, none, badDate, noCompany, noArticle }, r => Assert.Null(r.DepartureId));
        Assert.Equal(before, await store.Store.CountsAsync());
    }

    [Fact]
    public async Task A_dismissed_possible_departure_stays_dismissed_until_restored()
    {
        var articleId = await AddArticleAsync();
        var sentence = SpanOf("Nobody else moved.");

        var dismissed = await Review.DismissPossibleDepartureAsync(articleId, sentence, EditingStore.Edith);
        var again = await Review.DismissPossibleDepartureAsync(articleId, sentence, EditingStore.Omar);
        var outside = await Review.DismissPossibleDepartureAsync(articleId, new TextSpan(-1, 4), EditingStore.Omar);

        Assert.True(dismissed.Succeeded, dismissed.Message);
        Assert.Equal((EditOutcome.Invalid, EditOutcome.Invalid), (again.Outcome, outside.Outcome));
        Assert.Equal([sentence], await Review.DismissedAsync(articleId));
        await using (var db = await store.Store.Factory.CreateDbContextAsync())
        {
            var row = await db.PossibleDepartureDismissals.SingleAsync();
            Assert.Equal(("Edith Editor", EditingStore.Now), (row.DismissedBy, row.DismissedAt));
        }

        Assert.True((await Review.RestorePossibleDepartureAsync(articleId, sentence)).Succeeded);
        Assert.Empty(await Review.DismissedAsync(articleId));
        Assert.Equal(EditOutcome.Invalid, (await Review.RestorePossibleDepartureAsync(articleId, sentence)).Outcome);
    }

    [Fact]
    public async Task Possible_departures_are_unresolved_until_dismissed_or_turned_into_a_departure()
    {
        var articleId = await AddArticleAsync();
        var otherId = await AddArticleAsync(Text + " Later news.");
        var first = SpanOf("Veritas AI had a quiet week.");
        var zed = SpanOf("Zed Ali has left Veritas AI to join Meta, the company said.");
        var last = SpanOf("Nobody else moved.");
        var possible = new Dictionary<int, IReadOnlyList<TextSpan>> { [articleId] = [first, zed, last], [otherId] = [first, zed, last], [otherId + 100] = [] };

        Assert.Equal([3, 3, 0], (await Review.UnresolvedAsync(possible)).OrderBy(p => p.Key).Select(p => p.Value.Count));

        Assert.True((await Review.DismissPossibleDepartureAsync(articleId, last, EditingStore.Edith)).Succeeded);
        Assert.True((await Review.AddDepartureAsync(articleId, ZedToMeta(), [zed], EditingStore.Edith)).Succeeded);
        var unresolved = await Review.UnresolvedAsync(possible);

        Assert.Equal([first], unresolved[articleId]);
        Assert.Equal([first, zed, last], unresolved[otherId]);
        Assert.Empty(unresolved[otherId + 100]);
    }

    [Fact]
    public async Task An_article_is_marked_reviewed_only_when_none_of_its_departures_awaits_review()
    {
        var articleId = await AddArticleAsync();
        var extracted = await store.AddExtractedAsync("Zed Ali", "Veritas AI", "Meta", "2026-02", "Zed Ali has left Veritas AI to join Meta, the company said.");
        await using (var db = await store.Store.Factory.CreateDbContextAsync())
        {
            await db.DepartureSources.Where(s => s.DepartureId == extracted).ExecuteUpdateAsync(s => s.SetProperty(x => x.ArticleId, articleId));
        }

        var refused = await Review.MarkReviewedAsync(articleId, EditingStore.Edith);
        Assert.Equal(EditOutcome.Invalid, refused.Outcome);
        Assert.Contains("1 departure of this article still awaits review", refused.Message, StringComparison.Ordinal);

        Assert.True((await store.Departures.RejectAsync(extracted, await store.VersionOfAsync(extracted), EditingStore.Edith)).Succeeded);
        var marked = await Review.MarkReviewedAsync(articleId, EditingStore.Edith);

        Assert.True(marked.Succeeded, marked.Message);
        Assert.Equal((EditingStore.Now, "Edith Editor"), await ReviewOfAsync(articleId));
        Assert.Equal(EditOutcome.Invalid, (await Review.MarkReviewedAsync(articleId, EditingStore.Omar)).Outcome);

        Assert.True((await Review.UnmarkReviewedAsync(articleId)).Succeeded);
        Assert.Equal((null, null), await ReviewOfAsync(articleId));
        Assert.Equal(EditOutcome.Invalid, (await Review.UnmarkReviewedAsync(articleId)).Outcome);
        Assert.Equal(EditOutcome.NotFound, (await Review.MarkReviewedAsync(articleId + 100, EditingStore.Edith)).Outcome);
    }

    private async Task<(DateTimeOffset?, string?)> ReviewOfAsync(int articleId)
    {
        await using var db = await store.Store.Factory.CreateDbContextAsync();
        var article = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == articleId);
        return (article.ReviewedAt, article.ReviewedBy);
    }
}
