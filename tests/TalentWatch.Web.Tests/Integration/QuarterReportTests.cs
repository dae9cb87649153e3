using System.Globalization;
using System.Net;
using MiniExcelLibs;
using TalentWatch.Core.Reports;
using TalentWatch.Core.Reports.Exports;
using TalentWatch.Web.Tests.Support;
using UglyToad.PdfPig;

namespace TalentWatch.Web.Tests.Integration;

/// <summary>An app whose clock reads 15 Feb 2026, so 2026-Q1 has not ended.</summary>
public sealed class MidQuarterApp : IAsyncLifetime
{
    public TalentWatchApp App { get; } = new() { Now = new DateTimeOffset(2026, 2, 15, 12, 0, 0, TimeSpan.Zero) };

    public Task InitializeAsync() => App.InitializeAsync();

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The quarter report page and its downloads write the same figures the same way (<see cref="Figures"/>).</summary>
public sealed class QuarterReportTests(MidQuarterApp fixture) : IClassFixture<MidQuarterApp>
{
    private readonly HttpClient client = fixture.App.CreateClient();

    [Fact]
    public async Task A_quarter_that_has_not_ended_is_marked_partial_on_the_page()
    {
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/reports/quarter/2026-Q1"));

        Assert.Contains("Partial quarter", html, StringComparison.Ordinal);
        Assert.Contains("Partial quarter: figures to 15 Feb 2026; the quarter ends 31 Mar 2026.", html, StringComparison.Ordinal);
        var ended = WebUtility.HtmlDecode(await client.GetStringAsync("/reports/quarter/2025-Q4"));
        Assert.DoesNotContain("Partial quarter", ended, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_marks_its_latest_quarter_partial_while_it_runs()
    {
        var html = await client.GetStringAsync("/");

        Assert.Contains("data-testid=\"partial-quarter\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_shows_shares_as_percentages_and_links_each_company()
    {
        var html = await client.GetStringAsync("/reports/quarter/2026-Q1");

        Assert.Contains("href=\"/companies/thinking-machines-lab\"", html, StringComparison.Ordinal);
        Assert.Contains(">16.7%<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("0.1667", html, StringComparison.Ordinal);
        Assert.Contains("How the figures are defined", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_and_markdown_write_percentages_the_api_stays_raw()
    {
        var csv = await client.GetStringAsync("/exports/quarter/2026-Q1.csv");
        var md = await client.GetStringAsync("/exports/quarter/2026-Q1.md");
        var json = await client.GetStringAsync("/api/reports/quarter/2026-Q1");

        Assert.Contains("2026-Q1,Thinking Machines Lab,2,1,12,2,16.7%,30,6.7%,", csv, StringComparison.Ordinal);
        Assert.Contains("| Thinking Machines Lab | 2 | 1 | 12 | 2 | 16.7% | 30 | 6.7% |", md, StringComparison.Ordinal);
        Assert.Contains("Partial quarter: figures to 15 Feb 2026", md, StringComparison.Ordinal);
        Assert.Contains("\"foundingTeamAttrition\":0.1667", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Xlsx_has_readable_headers_raw_shares_and_real_dates()
    {
        var bytes = await client.GetByteArrayAsync("/exports/quarter/2026-Q1.xlsx");
        using var stream = new MemoryStream(bytes);

        var companies = stream.Query(useHeaderRow: true, sheetName: "Companies").Cast<IDictionary<string, object?>>().ToList();
        var tml = companies.Single(r => Equals(r["Company"], "Thinking Machines Lab"));
        Assert.Equal(0.1667m, Convert.ToDecimal(tml["Founding-team attrition"], CultureInfo.InvariantCulture));
        var summary = stream.Query(useHeaderRow: true, sheetName: "Summary").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(new DateTime(2026, 1, 1), summary.Single(r => Equals(r["Figure"], "From"))["Value"]);
    }

    [Fact]
    public async Task Pdf_has_percentages_page_numbers_generation_date_and_definitions()
    {
        var bytes = await client.GetByteArrayAsync("/exports/quarter/2026-Q1.pdf");
        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));

        Assert.Contains("16.7%", text, StringComparison.Ordinal);
        Assert.Contains("Page1of1", text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("generated 15 Feb 2026", text, StringComparison.Ordinal);
        Assert.Contains("Howthefiguresaredefined", text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Partial quarter", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_numbers_are_right_aligned_and_a_long_table_repeats_its_heading_on_the_next_page()
    {
        var destinations = Enumerable.Range(0, 120).Select(i => new DestinationCount($"Employer {i:000}", 77))
            .Prepend(new DestinationCount("Big Employer", 98_765)).ToList();
        var summary = new QuarterSummary("2025-Q3", new DateOnly(2025, 7, 1), new DateOnly(2025, 9, 30), 0, 0, [], destinations);
        using var output = new MemoryStream();

        PdfSummaryWriter.Write(summary, output, new DateOnly(2026, 1, 5));

        using var pdf = PdfDocument.Open(output.ToArray());
        var pages = pdf.GetPages().ToList();
        Assert.True(pages.Count >= 2);
        Assert.Contains("Destinations (continued)", pages[1].Text.Replace("(continued)", " (continued)", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(pages[1].GetWords(), w => w.Text == "Employer" && pages[1].GetWords().Any(d => d.Text == "Departures"));
        var big = pages[0].GetWords().Single(w => w.Text == "98,765");
        var small = pages[0].GetWords().First(w => w.Text == "77");
        Assert.Equal(big.BoundingBox.Right, small.BoundingBox.Right, 1.0);
        Assert.Contains($"Page2of{pages.Count}", pages[1].Text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
