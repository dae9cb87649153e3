using System.Globalization;
using Microsoft.Playwright;
using MiniExcelLibs;
using UglyToad.PdfPig;

namespace TalentWatch.Web.Tests.Browser;

/// <summary>The three daily jobs of SPEC.md, clicked through in Debian Chromium.</summary>
public sealed class UserFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task From_the_dashboard_open_a_company_and_see_its_timeline()
    {
        var page = await browser.OpenAsync("/");

        await page.GetByTestId("attrition-row").GetByRole(AriaRole.Link, new() { Name = "Thinking Machines Lab" }).ClickAsync();

        await page.WaitForURLAsync("**/companies/thinking-machines-lab");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thinking Machines Lab", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("departure")).ToHaveCountAsync(4);
        await Assertions.Expect(page.GetByTestId("departure").First).ToContainTextAsync("Barret Zoph");
    }

    [Fact]
    public async Task Filter_by_destination_then_share_the_url_and_get_the_same_view()
    {
        var page = await browser.OpenAsync("/companies/thinking-machines-lab");

        await page.GetByTestId("destination-filter").GetByRole(AriaRole.Link, new() { Name = "OpenAI (2)" }).ClickAsync();

        await page.WaitForURLAsync("**/companies/thinking-machines-lab?to=openai");
        var rows = page.GetByTestId("departure");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        var destinations = await rows.EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.destination)");
        Assert.All(destinations, d => Assert.Equal("openai", d));

        var shared = await browser.OpenAsync(new Uri(page.Url).PathAndQuery);
        await Assertions.Expect(shared.GetByTestId("departure")).ToHaveCountAsync(2);
        Assert.Equal(
            await rows.AllInnerTextsAsync(),
            await shared.GetByTestId("departure").AllInnerTextsAsync());
    }

    [Fact]
    public async Task Choose_a_quarter_and_download_each_export_with_the_page_figures()
    {
        var page = await browser.OpenAsync("/reports/quarter/2025-Q4");

        await Select.ChooseAsync(page, "quarter-picker", "2026-Q1",
            timeout => page.WaitForURLAsync("**/reports/quarter/2026-Q1", new() { Timeout = timeout }));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Quarter report 2026-Q1");
        var tml = page.GetByTestId("summary-row").Filter(new() { HasText = "Thinking Machines Lab" });
        await Assertions.Expect(tml.GetByTestId("departures")).ToHaveTextAsync("2");
        var departures = await tml.GetByTestId("departures").InnerTextAsync();
        var attrition = await tml.GetByTestId("attrition").InnerTextAsync();
        Assert.Equal("2", departures);
        Assert.Equal("16.7%", attrition);

        var files = new Dictionary<string, byte[]>();
        foreach (var format in new[] { "csv", "xlsx", "md", "pdf" })
        {
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId($"download-{format}").ClickAsync());
            Assert.Equal($"talentwatch-2026-Q1.{format}", download.SuggestedFilename);
            await using var stream = await download.CreateReadStreamAsync();
            using var memory = new MemoryStream();
            await stream.CopyToAsync(memory);
            files[format] = memory.ToArray();
        }

        var csv = System.Text.Encoding.UTF8.GetString(files["csv"]);
        Assert.Contains("Thinking Machines Lab,2,", csv, StringComparison.Ordinal);
        var md = System.Text.Encoding.UTF8.GetString(files["md"]);
        Assert.Contains("Thinking Machines Lab", md, StringComparison.Ordinal);

        using (var xlsx = new MemoryStream(files["xlsx"]))
        {
            var rows = xlsx.Query(useHeaderRow: true, sheetName: "Companies").Cast<IDictionary<string, object?>>().ToList();
            var row = rows.Single(r => Equals(r["Company"], "Thinking Machines Lab"));
            Assert.Equal(departures, Convert.ToString(row["Departures"], CultureInfo.InvariantCulture));
            Assert.Equal(attrition, TalentWatch.Core.Reports.Figures.Percent(Convert.ToDecimal(row["Founding-team attrition"], CultureInfo.InvariantCulture)));
        }

        using var pdf = PdfDocument.Open(files["pdf"]);
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        Assert.Contains("Thinking Machines Lab", text, StringComparison.Ordinal);
        Assert.Contains(attrition, text, StringComparison.Ordinal);
        Assert.Contains("Departures: 3", text, StringComparison.Ordinal);
    }
}

/// <summary>The theme follows the system's colour scheme and the app bar button switches it.</summary>
public sealed class ThemeTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Dark_system_preference_gives_the_dark_theme_and_the_button_switches_back()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ColorScheme = ColorScheme.Dark, ViewportSize = new ViewportSize { Width = 1366, Height = 1000 } });
        var page = await browser.OpenAsync("/companies/thinking-machines-lab", context);
        const string background = "getComputedStyle(document.documentElement).getPropertyValue('--mud-palette-background').trim().toLowerCase()";

        await WaitForAsync(page, $"{background}.replace(/ /g, '') === 'rgba(18,20,24,1)'");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "talentwatch-dark.png"), FullPage = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "Toggle dark theme" }).ClickAsync();
        await WaitForAsync(page, $"{background}.replace(/ /g, '') === 'rgba(246,247,249,1)'");
    }

    // Playwright's WaitForFunctionAsync evaluates a string with eval, which the app's CSP (script-src 'self') forbids;
    // EvaluateAsync goes through the DevTools protocol and is not subject to the page's CSP.
    private static async Task WaitForAsync(IPage page, string condition)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await page.EvaluateAsync<bool>(condition))
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"Still false after 10 s: {condition}");
    }
}
