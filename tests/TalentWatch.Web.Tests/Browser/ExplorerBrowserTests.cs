using Microsoft.Playwright;

namespace TalentWatch.Web.Tests.Browser;

/// <summary>The explorer clicked through: a company typed into its picker, a column sorted, a flow band clicked, a download.</summary>
public sealed class ExplorerBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Type_a_company_pick_it_sort_by_person_and_download_exactly_that_view()
    {
        var page = await browser.OpenAsync("/departures");

        await Autocomplete.ChooseAsync(page, "filter-from", "machines", "Thinking Machines Lab");
        await page.WaitForURLAsync("**/departures?from=thinking-machines-lab");
        await Assertions.Expect(page.GetByTestId("departure-row")).ToHaveCountAsync(4);

        await page.GetByTestId("sort-person").ClickAsync();
        await page.WaitForURLAsync("**/departures?from=thinking-machines-lab&sort=person&dir=asc");
        await Assertions.Expect(page.GetByTestId("departure-row").Last).ToContainTextAsync("Luke Metz");
        var people = await page.GetByTestId("departure-row").Locator("td[data-label=Person]").AllInnerTextsAsync();
        Assert.Equal(["Unnamed", "Andrew Tulloch", "Barret Zoph", "Luke Metz"], people.Select(p => p.Replace("Founder", "", StringComparison.Ordinal).Trim()));

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-csv").ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var reader = new StreamReader(stream);
        var lines = (await reader.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["", "Andrew Tulloch", "Barret Zoph", "Luke Metz"], lines.Skip(1).Select(l => l.Split(',')[0]));
    }

    [Fact]
    public async Task Clicking_a_flow_band_lists_the_departures_of_that_flow()
    {
        var page = await browser.OpenAsync("/departures");

        await page.Locator("[data-testid=flow-band][aria-label^='Thinking Machines Lab → OpenAI']").ClickAsync();

        await page.WaitForURLAsync("**/departures?from=thinking-machines-lab&to=openai");
        await Assertions.Expect(page.GetByTestId("departure-row")).ToHaveCountAsync(2);
    }
}
