using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TalentWatch.Core.Articles;
using TalentWatch.Core.Departures;
using TalentWatch.Core.History;
using TalentWatch.Data.Editing;
using TalentWatch.Data.Store;
using TalentWatch.Web.Features.Articles;
using TalentWatch.Web.Tests.Support;

namespace TalentWatch.Web.Tests.Browser;

/// <summary>
/// Issue 11 in a real browser: an editor adds a departure the extractor missed from a selected sentence, settles possible
/// departures and marks the article reviewed; readers see none of it.
/// </summary>
public sealed class ArticleCurationBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>Where the screenshots go; the user guide uses copies of them (docs/screenshots).</summary>
    private static readonly string ScreenshotDirectory = Path.Combine(Path.GetTempPath(), "talentwatch-curation-screenshots");

    private const string MissedSentence = "Jane Roe now runs research at Meta, after four years at Veritas AI.";
    private const string HedgedSentence = "Mira Chen is reportedly in talks about leaving Veritas AI for Meta.";

    private static string ArticleText(string marker) =>
        $"Veritas AI is growing fast in Amsterdam ({marker}).\n{MissedSentence}\n{HedgedSentence}\nThe company declined to comment.";

    [Fact]
    public async Task An_editor_adds_a_departure_from_a_selected_sentence_and_the_company_timeline_quotes_it()
    {
        var articleId = await AddArticleAsync(ArticleText("add"));
        var page = await EditorPageAsync($"/articles/{articleId}");
        await Assertions.Expect(page.GetByTestId("sentence-marker").First).ToBeVisibleAsync();

        await SelectAsync(page, "runs research at Meta");
        await page.GetByTestId("add-from-selection").ClickAsync();
        var dialog = page.GetByTestId("add-dialog");
        await Assertions.Expect(dialog.GetByTestId("add-evidence")).ToHaveTextAsync(MissedSentence);

        // The dialog refuses what the store would: the same company as destination, then a bad date.
        await FillAsync(page, "add-person", "Jane Roe");
        await Autocomplete.ChooseAsync(page, "add-company", "Veritas AI", "Veritas AI");
        await Autocomplete.ChooseAsync(page, "add-destination", "Veritas AI", "Veritas AI");
        await page.GetByTestId("add-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("add-problem")).ToContainTextAsync("destination is the company left");
        await Autocomplete.ChooseAsync(page, "add-destination", "Meta", "Meta");
        await FillAsync(page, "add-date", "2026-13");
        await page.GetByTestId("add-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("add-problem")).ToBeVisibleAsync();
        await FillAsync(page, "add-date", "2026-01");
        await FillAsync(page, "add-role", "head of research");
        await page.GetByTestId("add-save").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);

        // The sentence is now evidence on the article, and the company timeline quotes it.
        await Assertions.Expect(page.Locator(".tw-evidence", new() { HasText = "runs research at Meta" }).First).ToBeVisibleAsync();
        await page.GotoAsync($"{browser.BaseUrl}/companies/veritas-ai");
        var row = page.GetByTestId("departure").Filter(new() { HasText = "Jane Roe" });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync(MissedSentence);

        await using var db = await Factory.CreateDbContextAsync();
        var departure = await db.Departures.Include(d => d.Sources).SingleAsync(d => d.Person!.Name == "Jane Roe");
        Assert.Equal(DepartureStatus.Accepted, departure.Status);
        var source = Assert.Single(departure.Sources);
        Assert.Equal(articleId, source.ArticleId);
        Assert.Equal(ArticleText("add").IndexOf(MissedSentence, StringComparison.Ordinal), source.EvidenceStart);
        await page.GotoAsync($"{browser.BaseUrl}/departures/{departure.Id}");
        await Assertions.Expect(page.GetByTestId("history-entry").First).ToContainTextAsync("Added by an editor from the article");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_sentence_marker_opens_the_dialog_from_the_keyboard()
    {
        var articleId = await AddArticleAsync(ArticleText("keyboard"));
        var page = await EditorPageAsync($"/articles/{articleId}");
        var marker = page.Locator("[data-testid=sentence-marker]").Nth(1);
        await marker.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("add-evidence")).ToHaveTextAsync(MissedSentence);
        await page.GetByTestId("add-cancel").ClickAsync();
        await Assertions.Expect(page.GetByTestId("add-dialog")).ToHaveCountAsync(0);

        // The next marker along is one Tab away.
        await marker.FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("[data-testid=sentence-marker]").Nth(2)).ToBeFocusedAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_dismissed_possible_departure_stays_dismissed_after_reload_and_then_the_article_can_be_marked_reviewed()
    {
        var articleId = await AddArticleAsync(ArticleText("dismiss"));
        var page = await EditorPageAsync($"/articles/{articleId}");
        var item = page.GetByTestId("possible-item").Filter(new() { HasText = "in talks about leaving" });
        await Assertions.Expect(item).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("possible-sentence").Filter(new() { HasText = "in talks about leaving" })).ToHaveCountAsync(1);
        var before = await page.GetByTestId("possible-item").CountAsync();
        await Assertions.Expect(page.GetByTestId("mark-reviewed")).ToBeDisabledAsync();
        await Assertions.Expect(page.GetByTestId("review-pending")).ToContainTextAsync("possible departure");

        await item.GetByTestId("possible-dismiss").ClickAsync();
        await Assertions.Expect(page.GetByTestId("possible-item")).ToHaveCountAsync(before - 1);

        await page.ReloadAsync();
        await BrowserFixture.WaitForCircuitAsync(page);
        await Assertions.Expect(page.GetByTestId("possible-item").Filter(new() { HasText = "in talks about leaving" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("possible-sentence").Filter(new() { HasText = "in talks about leaving" })).ToHaveCountAsync(0);

        // Dismiss what else the extractor flagged; then nothing is pending and the article can be marked reviewed.
        while (await page.GetByTestId("possible-dismiss").CountAsync() > 0)
        {
            var left = await page.GetByTestId("possible-dismiss").CountAsync();
            await page.GetByTestId("possible-dismiss").First.ClickAsync();
            await Assertions.Expect(page.GetByTestId("possible-dismiss")).ToHaveCountAsync(left - 1);
        }

        await page.GetByTestId("mark-reviewed").ClickAsync();
        await Assertions.Expect(page.GetByTestId("reviewed-status")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("reviewed-status")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_queue_sorts_lowest_confidence_first_in_a_shareable_address_and_counts_unresolved_possible_departures()
    {
        var text = ArticleText("queue") + "\nAda Stone left Veritas AI for OpenAI in March 2026.\nBo Lund left Veritas AI for Meta in March 2026.";
        var articleId = await AddArticleAsync(text);
        var unsure = await AddExtractedAsync(articleId, text, "Bo Lund left Veritas AI for Meta in March 2026.", "Bo Lund", 0.31);
        var sure = await AddExtractedAsync(articleId, text, "Ada Stone left Veritas AI for OpenAI in March 2026.", "Ada Stone", 0.93);
        var page = await EditorPageAsync($"/review?article={articleId}");
        await Assertions.Expect(page.GetByTestId("review-item")).ToHaveCountAsync(2);
        Assert.Equal([sure.ToString(), unsure.ToString()], await IdsAsync(page));
        await Assertions.Expect(page.GetByTestId("review-possible").First).ToContainTextAsync("possible departure");

        await page.GetByTestId("sort-confidence").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("sort=confidence", StringComparison.Ordinal) && url.Contains($"article={articleId}", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByTestId("review-item").First).ToHaveAttributeAsync("data-departure-id", unsure.ToString());
        Assert.Equal([unsure.ToString(), sure.ToString()], await IdsAsync(page));
        await Assertions.Expect(page.GetByTestId("review-confidence").First).ToContainTextAsync("confidence 0.31 (low)");

        // The address alone gives the same order (another editor opening a shared link).
        var shared = await EditorPageAsync(new Uri(page.Url).PathAndQuery);
        await Assertions.Expect(shared.GetByTestId("review-item")).ToHaveCountAsync(2);
        Assert.Equal([unsure.ToString(), sure.ToString()], await IdsAsync(shared));
        await page.Context.CloseAsync();
        await shared.Context.CloseAsync();
    }

    [Fact]
    public async Task Anonymous_users_and_non_editors_see_no_curation_controls()
    {
        var articleId = await AddArticleAsync(ArticleText("readers"));
        var reader = await TestAccounts.CreateAsync(browser.App.Services, role: null);
        var anonymous = await browser.OpenAsync($"/articles/{articleId}");
        var readerContext = await browser.Browser.NewContextAsync();
        var signedIn = await readerContext.NewPageAsync();
        signedIn.SetDefaultTimeout(20_000);
        await TestAccounts.SignInAsync(signedIn, browser.BaseUrl, reader, $"/articles/{articleId}");
        await BrowserFixture.WaitForCircuitAsync(signedIn);

        foreach (var page in new[] { anonymous, signedIn })
        {
            await Assertions.Expect(page.GetByTestId("article-text")).ToContainTextAsync(HedgedSentence);
            foreach (var control in new[] { "sentence-marker", "curation-panel", "possible-item", "mark-reviewed", "selection-bar" })
            {
                await Assertions.Expect(page.GetByTestId(control)).ToHaveCountAsync(0);
            }

            // Selecting text offers nothing either.
            await SelectAsync(page, "runs research at Meta");
            await page.WaitForTimeoutAsync(500);
            await Assertions.Expect(page.GetByTestId("add-from-selection")).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByTestId("nav-quality")).ToHaveCountAsync(0);
        }

        foreach (var (page, expected) in new[] { (anonymous, "/account/login"), (signedIn, "/account/access-denied") })
        {
            await page.GotoAsync($"{browser.BaseUrl}/quality");
            Assert.Contains(expected, page.Url, StringComparison.Ordinal);
        }

        await anonymous.Context.CloseAsync();
        await readerContext.CloseAsync();
    }

    [Theory]
    [InlineData(ColorScheme.Light, 1440, "desktop")]
    [InlineData(ColorScheme.Dark, 1440, "desktop-dark")]
    [InlineData(ColorScheme.Light, 390, "phone")]
    [InlineData(ColorScheme.Dark, 390, "phone-dark")]
    public async Task Screenshots_of_the_article_with_markers_the_add_dialog_and_the_quality_page(ColorScheme scheme, int width, string suffix)
    {
        var articleId = await AddArticleAsync(ArticleText("screenshot " + suffix));
        var editor = await TestAccounts.CreateEditorAsync(browser.App.Services);
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ColorScheme = scheme,
            ViewportSize = new ViewportSize { Width = width, Height = width < 600 ? 844 : 900 },
            IsMobile = width < 600,
            HasTouch = width < 600,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await TestAccounts.SignInAsync(page, browser.BaseUrl, editor, $"/articles/{articleId}");
        await BrowserFixture.WaitForCircuitAsync(page);
        await Assertions.Expect(page.GetByTestId("possible-item").First).ToBeVisibleAsync();
        await SelectAsync(page, "runs research at Meta");
        await Assertions.Expect(page.GetByTestId("add-from-selection")).ToBeVisibleAsync();
        await page.WaitForTimeoutAsync(400);
        await ScreenshotAsync(page, $"article-markers-{suffix}.png");

        await page.GetByTestId("add-from-selection").ClickAsync();
        await Assertions.Expect(page.GetByTestId("add-evidence")).ToBeVisibleAsync();
        await page.WaitForTimeoutAsync(400);
        await ScreenshotAsync(page, $"article-add-dialog-{suffix}.png", fullPage: false);
        await page.Keyboard.PressAsync("Escape");

        await ReviewAnArticleOnceAsync();
        await page.GotoAsync($"{browser.BaseUrl}/quality");
        await BrowserFixture.WaitForCircuitAsync(page);
        await Assertions.Expect(page.GetByTestId("quality-overall")).ToBeVisibleAsync();
        await page.WaitForTimeoutAsync(400);
        await ScreenshotAsync(page, $"quality-{suffix}.png");
        await context.CloseAsync();
    }

    private static readonly SemaphoreSlim Reviewing = new(1, 1);
    private static bool reviewed;

    /// <summary>For the quality page's screenshots: one reviewed article whose departures an editor recorded.</summary>
    private async Task ReviewAnArticleOnceAsync()
    {
        await Reviewing.WaitAsync();
        try
        {
            if (reviewed)
            {
                return;
            }

            // Two departures the extractor reads too and one it misses, all recorded by an editor: precision 1, recall 2/3.
            string[] sentences =
            [
                "Lea Park left Veritas AI for OpenAI in March 2026.",
                "Tom Berg left Veritas AI for Meta in March 2026.",
                "Ines Moreau now leads safety research at OpenAI, after three years at Veritas AI.",
            ];
            var text = "Veritas AI opened an office in Utrecht.\n" + string.Join("\n", sentences);
            var articleId = await AddArticleAsync(text);
            await using var scope = browser.App.Services.CreateAsyncScope();
            var editor = scope.ServiceProvider.GetRequiredService<ArticleReviewEditor>();
            var queries = scope.ServiceProvider.GetRequiredService<ArticleCurationQueries>();
            var actor = Actor.Named("user-screenshots", "screenshots@example.com");
            foreach (var (sentence, fields) in sentences.Zip(new[]
            {
                new DepartureFields("Lea Park", "Veritas AI", "OpenAI", "2026-03", null, null),
                new DepartureFields("Tom Berg", "Veritas AI", "Meta", "2026-03", null, null),
                new DepartureFields("Ines Moreau", "Veritas AI", "OpenAI", null, "researcher", null),
            }))
            {
                var added = await editor.AddDepartureAsync(articleId, fields, [new TalentWatch.Extraction.TextSpan(text.IndexOf(sentence, StringComparison.Ordinal), sentence.Length)], actor);
                Assert.True(added.Succeeded, added.Result.Message);
            }

            foreach (var possible in (await queries.ReadAsync(articleId))!.Possible)
            {
                Assert.True((await editor.DismissPossibleDepartureAsync(articleId, possible.Span, actor)).Succeeded);
            }

            var marked = await editor.MarkReviewedAsync(articleId, actor);
            Assert.True(marked.Succeeded, marked.Message);
            reviewed = true;
        }
        finally
        {
            Reviewing.Release();
        }
    }

    private IDbContextFactory<TalentWatchDbContext> Factory => browser.App.Services.GetRequiredService<IDbContextFactory<TalentWatchDbContext>>();

    private async Task<int> AddArticleAsync(string text)
    {
        await using var db = await Factory.CreateDbContextAsync();
        var article = new Article
        {
            Title = "Veritas AI keeps hiring in Amsterdam",
            Source = "Tech Daily",
            Published = new DateOnly(2026, 1, 28),
            Language = "en",
            LanguageSupported = true,
            Text = text,
            ContentHash = Guid.NewGuid().ToString("N"),
            ImportedAt = DateTimeOffset.UtcNow,
        };
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return article.Id;
    }

    private static async Task<string[]> IdsAsync(IPage page) =>
        (await page.GetByTestId("review-item").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.departureId)"));

    private async Task<int> AddExtractedAsync(int articleId, string text, string sentence, string person, double confidence)
    {
        await using var db = await Factory.CreateDbContextAsync();
        var named = TalentWatch.Core.People.Person.Named(person);
        db.People.Add(named);
        await db.SaveChangesAsync();
        var departure = new Departure
        {
            PersonId = named.Id,
            CompanyId = await db.Companies.Where(c => c.Slug == "veritas-ai").Select(c => c.Id).SingleAsync(),
            Date = TalentWatch.Web.Features.Shared.Dates.Of("2026-03"),
            Status = DepartureStatus.Extracted,
            Confidence = confidence,
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
            Sources = [new DepartureSource { ArticleId = articleId, Evidence = sentence, EvidenceStart = text.IndexOf(sentence, StringComparison.Ordinal), EvidenceLength = sentence.Length, AddedAt = DateTimeOffset.UtcNow }],
        };
        db.Departures.Add(departure);
        await db.SaveChangesAsync();
        return departure.Id;
    }

    private async Task<IPage> EditorPageAsync(string path)
    {
        var editor = await TestAccounts.CreateEditorAsync(browser.App.Services);
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await TestAccounts.SignInAsync(page, browser.BaseUrl, editor, path);
        await BrowserFixture.WaitForCircuitAsync(page);
        return page;
    }

    /// <summary>Selects <paramref name="text"/> in the article as a mouse or a long press would (the browser's own selection).</summary>
    private static async Task SelectAsync(IPage page, string text)
    {
        if (await page.GetByTestId("article-text-editable").CountAsync() > 0)
        {
            await page.WaitForSelectorAsync("[data-tw-watching=true]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        }

        await page.EvaluateAsync(
            """
            text => {
                const walker = document.createTreeWalker(document.querySelector('[data-testid=article-text]'), NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const at = node.textContent.indexOf(text);
                    if (at >= 0) {
                        const range = document.createRange();
                        range.setStart(node, at);
                        range.setEnd(node, at + text.length);
                        const selection = document.getSelection();
                        selection.removeAllRanges();
                        selection.addRange(range);
                        return;
                    }
                }
                throw new Error('not in the article: ' + text);
            }
            """,
            text);
    }

    private static async Task FillAsync(IPage page, string testId, string value)
    {
        var input = page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;
        await input.FillAsync(value);
        await input.PressAsync("Tab");
    }

    private static async Task ScreenshotAsync(IPage page, string name, bool fullPage = true)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name), FullPage = fullPage });
    }
}
