using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TalentWatch.Fetching.Tests.Support;
using TalentWatch.Web.Tests.Support;

namespace TalentWatch.Web.Tests.Browser;

/// <summary>The seeded app allowed to fetch from the local fixture site (127.0.0.1), one Chromium, for the feed flows.</summary>
public sealed class FeedsBrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public TalentWatchApp App { get; } = new()
    {
        Settings = new Dictionary<string, string>
        {
            ["Fetch:AllowPrivateNetworks"] = "true",
            ["Fetch:Timeout"] = "00:00:05",
            ["Fetch:Retries"] = "0",
        },
    };

    public LocalSite Site { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(20_000);
        Site = await LocalSite.StartAsync();
        App.UseKestrel(0);
        App.StartServer();
        await App.InitializeAsync();
        BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        App.Dispose();
        await Site.DisposeAsync();
    }
}

/// <summary>An editor imports a web page and subscribes to a feed in a real browser; screenshots for the user guide.</summary>
public sealed class FeedsBrowserTests(FeedsBrowserFixture fixture) : IClassFixture<FeedsBrowserFixture>
{
    /// <summary>Where the screenshots go; the user guide uses copies of them (docs/screenshots).</summary>
    private static readonly string ScreenshotDirectory = Path.Combine(Path.GetTempPath(), "talentwatch-feeds-screenshots");

    [Fact]
    public async Task An_editor_imports_a_page_adds_a_feed_polls_it_pauses_and_removes_it()
    {
        var editor = await TestAccounts.CreateEditorAsync(fixture.App.Services);
        var page = await SignedInPageAsync(editor, "/import", 1440, 900);

        // From a web page: the Dutch article, previewed then saved.
        await page.GetByRole(AriaRole.Tab, new() { Name = "From a web page" }).ClickAsync();
        await page.Locator("[data-testid=import-url] input, input[data-testid=import-url]").First.FillAsync(fixture.Site.Url("nieuws/maarten-de-vries"));
        await page.GetByTestId("import-fetch").ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-url-departure")).ToContainTextAsync("Maarten de Vries");
        await Assertions.Expect(page.GetByTestId("import-url-preview")).ToContainTextAsync("Tweakers Zakelijk");
        await ScreenshotAsync(page, "import-web-desktop.png");
        await page.GetByTestId("import-url-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-url-result")).ToContainTextAsync("Saved: 1 new departures");

        // A refused or unreadable address says why.
        await page.Locator("[data-testid=import-url] input, input[data-testid=import-url]").First.FillAsync(fixture.Site.Url("report.pdf"));
        await page.GetByTestId("import-fetch").ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-url-error")).ToContainTextAsync("application/pdf is not a web page");

        // Feeds: add, poll now (the Dutch entry is already known, the chip-price news is skipped), pause, remove.
        await page.GotoAsync($"{fixture.BaseUrl}/feeds");
        await BrowserFixture.WaitForCircuitAsync(page);
        await Assertions.Expect(page.GetByText("No feeds yet")).ToBeVisibleAsync();
        await page.Locator("[data-testid=feed-url] input, input[data-testid=feed-url]").First.FillAsync("not a url");
        await page.GetByTestId("feed-add").ClickAsync();
        await Assertions.Expect(page.GetByTestId("feed-add-error")).ToContainTextAsync("is not a web address");

        await page.Locator("[data-testid=feed-url] input, input[data-testid=feed-url]").First.FillAsync(fixture.Site.Url("feed.rss"));
        await page.Locator("[data-testid=feed-name] input, input[data-testid=feed-name]").First.FillAsync("The Circuit");
        await page.GetByTestId("feed-add").ClickAsync();
        await Assertions.Expect(page.GetByTestId("feed-row")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("feed-status")).ToHaveTextAsync("Not polled yet");

        await page.GetByTestId("feed-poll").ClickAsync();
        await Assertions.Expect(page.GetByTestId("feed-status")).ToHaveTextAsync("OK");
        await Assertions.Expect(page.GetByTestId("feed-articles")).ToHaveTextAsync("1");
        await Assertions.Expect(page.GetByTestId("feed-poll-result")).ToContainTextAsync("1 new article(s) with 1 departure(s) for review, 1 entries skipped");
        await page.Mouse.MoveAsync(0, 500); // no tooltip in the screenshot
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        await ScreenshotAsync(page, "feeds-desktop.png");

        await page.GetByTestId("feed-pause").ClickAsync();
        await Assertions.Expect(page.GetByTestId("feed-status")).ToHaveTextAsync("Paused");
        await page.GetByTestId("feed-poll-all").ClickAsync();
        await Assertions.Expect(page.GetByTestId("feed-poll-result")).ToContainTextAsync("Polled 0 feed(s)");
        await page.GetByTestId("feed-pause").ClickAsync();
        await Assertions.Expect(page.GetByTestId("feed-status")).ToHaveTextAsync("OK");

        // The departure the feed brought in waits for review.
        await page.GotoAsync($"{fixture.BaseUrl}/review");
        await BrowserFixture.WaitForCircuitAsync(page);
        await Assertions.Expect(page.GetByTestId("review-item").Filter(new() { HasText = "Tobias Wren" })).ToHaveCountAsync(1);

        await ScreenshotsInOtherThemesAndWidthsAsync(editor);

        await page.GotoAsync($"{fixture.BaseUrl}/feeds");
        await BrowserFixture.WaitForCircuitAsync(page);
        await page.GetByTestId("feed-remove").ClickAsync();
        await Assertions.Expect(page.GetByText("No feeds yet")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_reader_finds_the_subscribe_link_and_the_public_departure_page()
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await page.GotoAsync($"{fixture.BaseUrl}/companies/thinking-machines-lab");
        var subscribe = page.GetByTestId("subscribe-link");
        await Assertions.Expect(subscribe).ToBeVisibleAsync();
        Assert.Equal("/companies/thinking-machines-lab/departures.atom", await subscribe.GetAttributeAsync("href"));

        var feed = await page.APIRequest.GetAsync(fixture.BaseUrl + "/companies/thinking-machines-lab/departures.atom?to=meta");
        var link = System.Text.RegularExpressions.Regex.Match(await feed.TextAsync(), "<link rel=\"alternate\" type=\"text/html\" href=\"([^\"]+/public)\"").Groups[1].Value;
        await page.GotoAsync(link);
        await Assertions.Expect(page.GetByTestId("record-title")).ToHaveTextAsync("Andrew Tulloch left Thinking Machines Lab for Meta");
        await Assertions.Expect(page.GetByTestId("record-source")).Not.ToHaveCountAsync(0);
        await ScreenshotAsync(page, "departure-public-desktop.png");
        await context.CloseAsync();
    }

    private async Task ScreenshotsInOtherThemesAndWidthsAsync(TestAccount editor)
    {
        foreach (var (width, height, dark, suffix) in new[] { (1440, 900, true, "desktop-dark"), (390, 844, false, "phone"), (390, 844, true, "phone-dark") })
        {
            var page = await SignedInPageAsync(editor, "/feeds", width, height, dark);
            await Assertions.Expect(page.GetByTestId("feed-row")).ToHaveCountAsync(1);
            await page.WaitForTimeoutAsync(500);
            await ScreenshotAsync(page, $"feeds-{suffix}.png");
            await page.GotoAsync($"{fixture.BaseUrl}/import");
            await BrowserFixture.WaitForCircuitAsync(page);
            await page.GetByRole(AriaRole.Tab, new() { Name = "From a web page" }).ClickAsync();
            await page.Locator("[data-testid=import-url] input, input[data-testid=import-url]").First.FillAsync(fixture.Site.Url("news/tobias-wren-leaves-fernhill"));
            await page.GetByTestId("import-fetch").ClickAsync();
            await Assertions.Expect(page.GetByTestId("import-url-known")).ToBeVisibleAsync();
            await page.Mouse.MoveAsync(0, 500);
            await page.WaitForTimeoutAsync(800); // the button's ripple fades
            await ScreenshotAsync(page, $"import-web-{suffix}.png");
            await page.Context.CloseAsync();
        }
    }

    private async Task<IPage> SignedInPageAsync(TestAccount editor, string path, int width, int height, bool dark = false)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            IsMobile = width < 600,
            ColorScheme = dark ? ColorScheme.Dark : ColorScheme.Light,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await TestAccounts.SignInAsync(page, fixture.BaseUrl, editor, path);
        await BrowserFixture.WaitForCircuitAsync(page);
        return page;
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name), FullPage = true });
    }
}
