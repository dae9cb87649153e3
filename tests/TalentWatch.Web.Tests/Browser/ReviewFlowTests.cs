using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TalentWatch.Core.Departures;
using TalentWatch.Core.People;
using TalentWatch.Data.Store;
using TalentWatch.Web.Tests.Support;

namespace TalentWatch.Web.Tests.Browser;

/// <summary>An editor reviews extracted departures in a real browser; the figures, exports and history follow.</summary>
public sealed class ReviewFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>Where the screenshots of this flow go; the user guide uses copies of them (docs/screenshots).</summary>
    private static readonly string ScreenshotDirectory = Path.Combine(Path.GetTempPath(), "talentwatch-review-screenshots");

    [Fact]
    public async Task An_editor_accepts_edits_and_rejects_and_the_timeline_export_and_history_follow()
    {
        var accepted = await AddExtractedAsync("Sam Rivera", "OpenAI", "2026-02", "Sam Rivera, a researcher, left for OpenAI in February.");
        var rejected = await AddExtractedAsync("Pat Doe", "Meta", "2026-01", "Pat Doe is rumoured to be talking to Meta.");
        var zoph = await DepartureOfAsync("Barret Zoph");
        var exportBefore = await TmlExportRowAsync();
        Assert.StartsWith("2026-Q1,Thinking Machines Lab,2,", exportBefore, StringComparison.Ordinal);
        Assert.Contains("OpenAI:2", exportBefore, StringComparison.Ordinal);

        var editor = await TestAccounts.CreateEditorAsync(browser.App.Services);
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await TestAccounts.SignInAsync(page, browser.BaseUrl, editor, "/review");
        await BrowserFixture.WaitForCircuitAsync(page);
        await Assertions.Expect(page.GetByTestId("review-item")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("nav-review-count")).ToHaveTextAsync("2");
        await ScreenshotAsync(page, "review-desktop.png");

        // 1. Accept one.
        await ItemOf(page, "Sam Rivera").GetByTestId("review-accept").ClickAsync();
        await Assertions.Expect(page.GetByTestId("review-item")).ToHaveCountAsync(1);

        // 2. Reject another.
        await ItemOf(page, "Pat Doe").GetByTestId("review-reject").ClickAsync();
        await Assertions.Expect(page.GetByText("Nothing awaiting review")).ToBeVisibleAsync();

        // 3. Edit an accepted departure's destination from its page.
        await page.GotoAsync($"{browser.BaseUrl}/departures/{zoph}");
        await BrowserFixture.WaitForCircuitAsync(page);
        await page.GetByTestId("review-edit").ClickAsync();
        var dialog = page.GetByTestId("edit-dialog");
        await Autocomplete.ChooseAsync(page, "edit-destination", "Meta", "Meta");
        await ScreenshotAsync(page, "review-edit-dialog.png");
        await page.GetByTestId("edit-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("review-item")).ToContainTextAsync("for Meta");
        await Assertions.Expect(page.GetByTestId("history-entry")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("history-entry")).ToContainTextAsync("Destination: OpenAI → Meta");
        await Assertions.Expect(page.GetByTestId("history-actor")).ToHaveTextAsync(editor.Email);
        await page.WaitForTimeoutAsync(4_000); // let the confirmation snackbar fade before the screenshot
        await ScreenshotAsync(page, "review-history.png");

        // The history of each of the three departures names the editor.
        foreach (var (id, action) in new[] { (accepted, "accepted"), (rejected, "rejected") })
        {
            await page.GotoAsync($"{browser.BaseUrl}/departures/{id}");
            await Assertions.Expect(page.GetByTestId("history-entry")).ToHaveCountAsync(1);
            await Assertions.Expect(page.GetByTestId("history-entry")).ToContainTextAsync(action);
            await Assertions.Expect(page.GetByTestId("history-actor")).ToHaveTextAsync(editor.Email);
        }

        // The company timeline and the quarter export count the accepted one, not the rejected one, with the new destination.
        await page.GotoAsync($"{browser.BaseUrl}/companies/thinking-machines-lab");
        await Assertions.Expect(page.GetByTestId("departure")).ToHaveCountAsync(5);
        var timeline = string.Join("\n", await page.GetByTestId("departure").AllInnerTextsAsync());
        Assert.Contains("Sam Rivera", timeline, StringComparison.Ordinal);
        Assert.DoesNotContain("Pat Doe", timeline, StringComparison.Ordinal);
        await page.GotoAsync($"{browser.BaseUrl}/companies/thinking-machines-lab?to=meta");
        await Assertions.Expect(page.GetByTestId("departure")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("departure").Filter(new() { HasText = "Barret Zoph" })).ToHaveCountAsync(1);

        var exportAfter = await TmlExportRowAsync();
        Assert.StartsWith("2026-Q1,Thinking Machines Lab,3,", exportAfter, StringComparison.Ordinal);
        Assert.Contains("Meta:1", exportAfter, StringComparison.Ordinal);
        Assert.Contains("OpenAI:2", exportAfter, StringComparison.Ordinal);

        // The company's edit page: an alias added there is recorded in its history.
        await page.GotoAsync($"{browser.BaseUrl}/companies/thinking-machines-lab/edit");
        await BrowserFixture.WaitForCircuitAsync(page);
        await page.Locator("input[data-testid=alias-input], [data-testid=alias-input] input").First.FillAsync("Thinky Labs");
        await page.GetByTestId("alias-add").ClickAsync();
        await Assertions.Expect(page.GetByTestId("company-aliases")).ToContainTextAsync("Thinky Labs");
        await Assertions.Expect(page.GetByTestId("history-entry")).ToContainTextAsync("Alias added: Thinky Labs");
        await page.WaitForTimeoutAsync(4_000); // let the confirmation snackbar fade before the screenshot
        await ScreenshotAsync(page, "company-edit-desktop.png");

        // The phone layout of the (now empty, then restorable) queue.
        var phone = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true });
        var phonePage = await phone.NewPageAsync();
        phonePage.SetDefaultTimeout(20_000);
        await TestAccounts.SignInAsync(phonePage, browser.BaseUrl, editor, "/review?tab=rejected");
        await Assertions.Expect(ItemOf(phonePage, "Pat Doe")).ToBeVisibleAsync();
        await ScreenshotAsync(phonePage, "review-phone.png");
        await phone.CloseAsync();
        await context.CloseAsync();
    }

    [Fact]
    public async Task Two_editors_on_the_same_departure_the_second_is_told_who_changed_it_and_reloads()
    {
        var id = await AddExtractedAsync("Jo Park", "Meta", "2026-03", "Jo Park left for Meta in March.");
        var first = await TestAccounts.CreateEditorAsync(browser.App.Services);
        var second = await TestAccounts.CreateEditorAsync(browser.App.Services);
        var pages = new List<IPage>();
        foreach (var account in new[] { first, second })
        {
            var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
            var page = await context.NewPageAsync();
            page.SetDefaultTimeout(20_000);
            await TestAccounts.SignInAsync(page, browser.BaseUrl, account, $"/departures/{id}");
            await BrowserFixture.WaitForCircuitAsync(page);
            pages.Add(page);
        }

        // Both have the departure open; the first rejects it.
        await pages[0].GetByTestId("review-reject").ClickAsync();
        await Assertions.Expect(pages[0].GetByTestId("review-status")).ToHaveTextAsync("rejected");

        // The second, still showing it as extracted, accepts: refused, with who and a Reload.
        await pages[1].GetByTestId("review-accept").ClickAsync();
        await Assertions.Expect(pages[1].GetByTestId("departure-conflict")).ToContainTextAsync($"changed by {first.Email} at");
        await pages[1].GetByTestId("departure-reload").ClickAsync();
        await Assertions.Expect(pages[1].GetByTestId("review-status")).ToHaveTextAsync("rejected");
        await Assertions.Expect(pages[1].GetByTestId("review-restore")).ToBeVisibleAsync();
        await Assertions.Expect(pages[1].GetByTestId("history-actor")).ToHaveTextAsync(first.Email);

        await using var db = await Factory.CreateDbContextAsync();
        Assert.Equal(DepartureStatus.Rejected, await db.Departures.Where(d => d.Id == id).Select(d => d.Status).SingleAsync());
        foreach (var page in pages)
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>The queue item whose heading names <paramref name="person"/> (others may quote them in their evidence context).</summary>
    private static ILocator ItemOf(IPage page, string person) =>
        page.GetByTestId("review-item").Filter(new() { Has = page.Locator(".tw-review-title", new() { HasText = person }) });

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name), FullPage = true });
    }

    private async Task<string> TmlExportRowAsync()
    {
        using var http = new HttpClient();
        var csv = await http.GetStringAsync($"{browser.BaseUrl}/exports/quarter/2026-Q1.csv");
        return csv.Split('\n').Single(line => line.Contains("Thinking Machines Lab", StringComparison.Ordinal)).TrimEnd('\r');
    }

    private async Task<int> DepartureOfAsync(string person)
    {
        await using var db = await Factory.CreateDbContextAsync();
        return await db.Departures.Where(d => d.Person!.Name == person).Select(d => d.Id).SingleAsync();
    }

    private IDbContextFactory<TalentWatchDbContext> Factory => browser.App.Services.GetRequiredService<IDbContextFactory<TalentWatchDbContext>>();

    /// <summary>An extracted report from Thinking Machines Lab with its evidence appended to the seed article.</summary>
    private async Task<int> AddExtractedAsync(string name, string destination, string date, string sentence)
    {
        await using var db = await Factory.CreateDbContextAsync();
        var article = await db.Articles.SingleAsync();
        var start = article.Text.Length + 1;
        article.Text += " " + sentence;
        var person = Person.Named(name);
        db.People.Add(person);
        await db.SaveChangesAsync();
        var departure = new Departure
        {
            PersonId = person.Id,
            CompanyId = await db.Companies.Where(c => c.Slug == "thinking-machines-lab").Select(c => c.Id).SingleAsync(),
            DestinationId = await db.Companies.Where(c => c.Name == destination).Select(c => c.Id).SingleAsync(),
            Date = TalentWatch.Web.Features.Shared.Dates.Of(date),
            Role = "researcher",
            Founder = false,
            Status = DepartureStatus.Extracted,
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
            Sources = [new DepartureSource { ArticleId = article.Id, Evidence = sentence, EvidenceStart = start, EvidenceLength = sentence.Length, AddedAt = DateTimeOffset.UtcNow }],
        };
        db.Departures.Add(departure);
        await db.SaveChangesAsync();
        return departure.Id;
    }
}
