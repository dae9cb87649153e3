using Deque.AxeCore.Commons;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TalentWatch.Data.Store;
using TalentWatch.Web.Tests.Support;

namespace TalentWatch.Web.Tests.Browser;

/// <summary>
/// axe-core (the axe.min.js that Deque.AxeCore.Commons ships, evaluated over the DevTools protocol, so the app's CSP does not
/// block it) on every public page, in the light and the dark theme: no serious or critical WCAG 2 A/AA violation.
/// </summary>
public sealed class AccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly string[] AxeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

    private static readonly Lazy<string> AxeSource = new(() => new BundledAxeScriptProvider().GetScript());

    private static readonly string[] Pages =
    [
        "/", "/companies", "/companies/thinking-machines-lab", "/companies/thinking-machines-lab?view=table", "/companies/veritas-ai",
        "/departures", "/departures?from=thinking-machines-lab&sort=person&dir=asc", "/people", "/people/luke-metz", "/articles", "/articles?lang=en", "/articles/1",
        "/reports/quarter/2026-Q1", "/search", "/search?q=t", "/search?q=metz&in=people", "/search?q=zzzz", "/account/login", "/no/such/page",
    ];

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Every_page_has_no_serious_or_critical_violations(ColorScheme scheme)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ColorScheme = scheme, ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
        var problems = new List<string>();
        foreach (var path in Pages)
        {
            var page = await context.NewPageAsync();
            page.SetDefaultTimeout(20_000);
            await page.GotoAsync(browser.BaseUrl + path);
            if (path != "/account/login")
            {
                await BrowserFixture.WaitForCircuitAsync(page);
                await WaitForThemeAsync(page, scheme);
            }

            problems.AddRange(await SeriousViolationsAsync(page, $"{scheme} {path}"));
            await page.CloseAsync();
        }

        await context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The editors' pages of issue 11: an article with sentence markers and a possible departure (and its add dialog
    /// open), the queue sorted by confidence, the quality page.</summary>
    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Editor_pages_have_no_serious_or_critical_violations(ColorScheme scheme)
    {
        var articleId = await AddArticleAsync("Veritas AI is growing fast.\nMira Chen is reportedly in talks about leaving Veritas AI for Meta.\nThe company declined to comment.");
        var editor = await TestAccounts.CreateEditorAsync(browser.App.Services);
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ColorScheme = scheme, ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await TestAccounts.SignInAsync(page, browser.BaseUrl, editor, $"/articles/{articleId}");
        var problems = new List<string>();
        foreach (var path in new[] { $"/articles/{articleId}", "/review?sort=confidence", "/quality", $"/articles/{articleId}#dialog" })
        {
            await page.GotoAsync(browser.BaseUrl + path);
            await BrowserFixture.WaitForCircuitAsync(page);
            await WaitForThemeAsync(page, scheme);
            if (path.EndsWith("#dialog", StringComparison.Ordinal))
            {
                await page.GetByTestId("sentence-marker").First.ClickAsync();
                await Assertions.Expect(page.GetByTestId("add-dialog")).ToBeVisibleAsync();
                await Task.Delay(400);
            }

            problems.AddRange(await SeriousViolationsAsync(page, $"{scheme} {path}"));
        }

        await context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The check above can fail: an image without a text alternative planted in a page is reported, with the element.</summary>
    [Fact]
    public async Task A_planted_violation_is_reported()
    {
        var page = await browser.OpenAsync("/departures");
        await page.EvaluateAsync("() => { const img = document.createElement('img'); img.id = 'planted'; img.src = '/favicon.png'; document.querySelector('main').append(img); }");

        var problems = await SeriousViolationsAsync(page, "/departures");

        Assert.Contains(problems, p => p.Contains("image-alt (critical)", StringComparison.Ordinal) && p.Contains("#planted", StringComparison.Ordinal));
    }

    /// <summary>axe's serious and critical findings on the page, one line each with up to three of the elements at fault.</summary>
    private static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page, string where)
    {
        // Deque's Playwright adapter runs axe frame by frame and finishes each run in a fresh blank page, about two seconds a run
        // whatever the rules; these pages have no frames, so axe (the same bundled engine and rules) runs in the page itself.
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(AxeSource.Value);
        }

        var found = await page.EvaluateAsync<string[]>(
            """
            async tags => (await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }))
                .violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.id} (${v.impact}) ${v.help}: ` + v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + n.html).join(' | '))
            """,
            AxeTags);
        return [.. found.Select(finding => $"{where}: {finding}")];
    }

    private async Task<int> AddArticleAsync(string text)
    {
        var factory = browser.App.Services.GetRequiredService<IDbContextFactory<TalentWatchDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var article = new TalentWatch.Core.Articles.Article
        {
            Title = "Veritas AI in talks",
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

    [Fact]
    public async Task The_skip_link_is_the_first_stop_and_moves_focus_to_the_main_landmark()
    {
        var page = await browser.OpenAsync("/departures");
        const string firstFocusable = "document.querySelector('a[href], button:not([tabindex=\"-1\"]), input, select, textarea, [tabindex]:not([tabindex=\"-1\"])').dataset.testid";

        Assert.Equal("skip-link", await page.EvaluateAsync<string>(firstFocusable));
        var skip = page.GetByTestId("skip-link");
        await skip.FocusAsync();
        Assert.True((await skip.BoundingBoxAsync())!.Y >= 0, "the focused skip link is on screen");
        // Moving focus is the circuit's work (before it connects the link only scrolls): wait for it, then for the focus.
        await Assertions.Expect(page.Locator("#tw-circuit")).ToHaveAttributeAsync("data-interactive", "true");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#main")).ToBeFocusedAsync();

        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
        await Assertions.Expect(page.Locator("main")).ToHaveCountAsync(1);
    }

    private static async Task WaitForThemeAsync(IPage page, ColorScheme scheme)
    {
        var expected = scheme == ColorScheme.Dark ? "rgba(18,20,24,1)" : "rgba(246,247,249,1)";
        const string background = "getComputedStyle(document.documentElement).getPropertyValue('--mud-palette-background').replace(/ /g, '').toLowerCase()";
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await page.EvaluateAsync<string>(background) == expected)
            {
                await Task.Delay(300); // the palette's transition
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"The {scheme} theme did not apply on {page.Url}");
    }
}
