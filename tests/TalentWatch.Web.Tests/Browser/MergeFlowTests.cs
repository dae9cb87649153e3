using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TalentWatch.Core.Departures;
using TalentWatch.Core.People;
using TalentWatch.Data.Store;
using TalentWatch.Web.Tests.Support;

namespace TalentWatch.Web.Tests.Browser;

/// <summary>An editor merges two reports of one departure in the review queue, and two records of one person on the edit page.</summary>
public sealed class MergeFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>Where the screenshots of these flows go; the user guide uses copies of them (docs/screenshots).</summary>
    private static readonly string ScreenshotDirectory = Path.Combine(Path.GetTempPath(), "talentwatch-merge-screenshots");

    [Fact]
    public async Task An_editor_merges_two_departures_from_the_queue_and_the_survivor_holds_both_sources()
    {
        var survivor = await AddDepartureAsync("Lee Chan", "Thinking Machines Lab", "OpenAI", "2026-02", DepartureStatus.Extracted,
            "Lee Chan, a researcher, left Thinking Machines Lab for OpenAI in February.");
        var duplicate = await AddDepartureAsync("Lee Chan", "Thinking Machines Lab", "OpenAI", "2026-02-10", DepartureStatus.Extracted,
            "On February 10 Lee Chan joined OpenAI.");
        var editor = await TestAccounts.CreateEditorAsync(browser.App.Services);
        await ScreenshotMergeDialogOnPhoneAsync(editor, duplicate);
        var page = await SignedInPageAsync(editor, "/review");
        await Assertions.Expect(ItemOf(page, duplicate)).ToBeVisibleAsync();

        await ItemOf(page, duplicate).GetByTestId("review-merge").ClickAsync();
        await Assertions.Expect(page.GetByTestId("merge-dialog")).ToBeVisibleAsync();
        // MudRadio puts the test id on its input; the label around it names the candidate.
        await page.GetByTestId("merge-dialog").GetByRole(AriaRole.Radio, new() { Name = $"#{survivor} · Lee Chan" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("merge-confirm")).ToBeEnabledAsync();
        await page.WaitForTimeoutAsync(500); // let the button's enabling transition finish before the screenshot
        await ScreenshotAsync(page, "review-merge-dialog.png");
        await page.GetByTestId("merge-confirm").ClickAsync();

        // The queue keeps the survivor awaiting a decision; the merged report leaves it.
        await Assertions.Expect(ItemOf(page, duplicate)).ToHaveCountAsync(0);
        await Assertions.Expect(ItemOf(page, survivor)).ToBeVisibleAsync();

        // The survivor has both sources, the more precise date, and the merge in its history under the editor's address.
        await page.GotoAsync($"{browser.BaseUrl}/departures/{survivor}");
        await BrowserFixture.WaitForCircuitAsync(page);
        await Assertions.Expect(page.GetByTestId("review-evidence")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("review-item")).ToContainTextAsync("Lee Chan, a researcher");
        await Assertions.Expect(page.GetByTestId("review-item")).ToContainTextAsync("On February 10 Lee Chan joined OpenAI.");
        await Assertions.Expect(page.GetByTestId("history-entry")).ToContainTextAsync($"Merged departure {duplicate} into this one (1 source moved");
        await Assertions.Expect(page.GetByTestId("history-actor")).ToHaveTextAsync(editor.Email);

        // R2: the merged report stays, rejected, as a pointer: its page says "merged" and links to the survivor; the Rejected
        // tab (the restorable ones) leaves it out.
        await page.GotoAsync($"{browser.BaseUrl}/departures/{duplicate}");
        await BrowserFixture.WaitForCircuitAsync(page);
        await Assertions.Expect(page.GetByTestId("review-status")).ToHaveTextAsync("merged");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = $"departure #{survivor}" })).ToHaveAttributeAsync("href", $"/departures/{survivor}");
        await Assertions.Expect(page.GetByTestId("review-evidence")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("review-restore")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("history-entry")).ToContainTextAsync($"Merged into departure {survivor}");
        await Assertions.Expect(page.GetByTestId("history-actor")).ToHaveTextAsync(editor.Email);
        await page.GotoAsync($"{browser.BaseUrl}/review?tab=rejected");
        await BrowserFixture.WaitForCircuitAsync(page);
        await Assertions.Expect(page.GetByTestId("review-total")).ToHaveTextAsync("1 rejected"); // the seed's own rejected row
        await Assertions.Expect(page.GetByTestId("review-item")).ToHaveCountAsync(1);
        await Assertions.Expect(ItemOf(page, duplicate)).ToHaveCountAsync(0);

        await using var db = await Factory.CreateDbContextAsync();
        var stored = await db.Departures.Where(d => d.Id == duplicate).Select(d => new { d.Status, d.MergedIntoId }).SingleAsync();
        Assert.Equal((DepartureStatus.Rejected, survivor), (stored.Status, stored.MergedIntoId));
        Assert.Equal("2026-02-10", await db.Departures.Where(d => d.Id == survivor).Select(d => d.DateText).SingleAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_editor_merges_a_duplicate_person_and_the_old_address_leads_to_the_survivor()
    {
        await AddDepartureAsync("Drew Tulloch", "OpenAI", "Thinking Machines Lab", "2024-12", DepartureStatus.Accepted, "Drew Tulloch left OpenAI.");
        var editor = await TestAccounts.CreateEditorAsync(browser.App.Services);
        var page = await SignedInPageAsync(editor, "/people/andrew-tulloch");
        var movesBefore = await page.GetByTestId("move").CountAsync();
        Assert.True(movesBefore > 0);
        await Assertions.Expect(page.GetByTestId("move").Filter(new() { HasText = "OpenAI" })).ToHaveCountAsync(0);

        await page.GotoAsync($"{browser.BaseUrl}/people/andrew-tulloch/edit");
        await BrowserFixture.WaitForCircuitAsync(page);
        await Autocomplete.ChooseAsync(page, "merge-person", "Drew", "Drew Tulloch");
        await page.GetByTestId("merge-person-start").ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Merge", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("person-aliases")).ToContainTextAsync("Drew Tulloch");
        await Assertions.Expect(page.GetByTestId("history-entry").First).ToContainTextAsync("Merged Drew Tulloch into this person: 1 departure");
        await Assertions.Expect(page.GetByTestId("history-actor").First).ToHaveTextAsync(editor.Email);

        // The survivor's page shows the moves of both.
        await page.GotoAsync($"{browser.BaseUrl}/people/andrew-tulloch");
        await Assertions.Expect(page.GetByTestId("move")).ToHaveCountAsync(movesBefore + 1);
        await Assertions.Expect(page.GetByTestId("move").Filter(new() { HasText = "OpenAI" })).ToHaveCountAsync(1);

        // The duplicate's old address, public and edit, leads to the survivor's.
        await page.GotoAsync($"{browser.BaseUrl}/people/drew-tulloch");
        Assert.Equal($"{browser.BaseUrl}/people/andrew-tulloch", page.Url);
        await Assertions.Expect(page.GetByTestId("move")).ToHaveCountAsync(movesBefore + 1);
        await page.GotoAsync($"{browser.BaseUrl}/people/drew-tulloch/edit");
        Assert.Equal($"{browser.BaseUrl}/people/andrew-tulloch/edit", page.Url);
        await Assertions.Expect(page.GetByTestId("person-aliases")).ToContainTextAsync("Drew Tulloch");
        await page.Context.CloseAsync();
    }

    private static async Task ScreenshotAsync(IPage page, string name, bool fullPage = true)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name), FullPage = fullPage });
    }

    /// <summary>The merge dialog at phone width, opened and cancelled (nothing changes).</summary>
    private async Task ScreenshotMergeDialogOnPhoneAsync(TestAccount editor, int departureId)
    {
        var phone = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true });
        var page = await phone.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await TestAccounts.SignInAsync(page, browser.BaseUrl, editor, "/review");
        await BrowserFixture.WaitForCircuitAsync(page);
        await ItemOf(page, departureId).GetByTestId("review-merge").ClickAsync();
        await page.GetByTestId("merge-dialog").GetByRole(AriaRole.Radio).First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("merge-confirm")).ToBeEnabledAsync();
        await page.WaitForTimeoutAsync(500);
        await ScreenshotAsync(page, "review-merge-dialog-phone.png", fullPage: false);
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("merge-dialog")).ToHaveCountAsync(0);
        await phone.CloseAsync();
    }

    private static ILocator ItemOf(IPage page, int departureId) => page.Locator($"[data-testid=review-item][data-departure-id='{departureId}']");

    private async Task<IPage> SignedInPageAsync(TestAccount account, string path)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await TestAccounts.SignInAsync(page, browser.BaseUrl, account, path);
        await BrowserFixture.WaitForCircuitAsync(page);
        return page;
    }

    private IDbContextFactory<TalentWatchDbContext> Factory => browser.App.Services.GetRequiredService<IDbContextFactory<TalentWatchDbContext>>();

    /// <summary>A report of <paramref name="name"/> (created on first use) with its evidence appended to the seed article.</summary>
    private async Task<int> AddDepartureAsync(string name, string company, string destination, string date, DepartureStatus status, string sentence)
    {
        await using var db = await Factory.CreateDbContextAsync();
        var article = await db.Articles.SingleAsync();
        var start = article.Text.Length + 1;
        article.Text += " " + sentence;
        var person = await db.People.SingleOrDefaultAsync(p => p.Name == name);
        if (person is null)
        {
            person = Person.Named(name);
            db.People.Add(person);
        }

        await db.SaveChangesAsync();
        var departure = new Departure
        {
            PersonId = person.Id,
            CompanyId = await db.Companies.Where(c => c.Name == company).Select(c => c.Id).SingleAsync(),
            DestinationId = await db.Companies.Where(c => c.Name == destination).Select(c => c.Id).SingleAsync(),
            Date = TalentWatch.Web.Features.Shared.Dates.Of(date),
            Role = "researcher",
            Founder = false,
            Status = status,
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
            Sources = [new DepartureSource { ArticleId = article.Id, Evidence = sentence, EvidenceStart = start, EvidenceLength = sentence.Length, AddedAt = DateTimeOffset.UtcNow }],
        };
        db.Departures.Add(departure);
        await db.SaveChangesAsync();
        return departure.Id;
    }
}
