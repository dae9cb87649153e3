using System.IO.Compression;
using System.Text;
using TalentWatch.Core.Reports;
using TalentWatch.Core.Reports.Exports;

namespace TalentWatch.Core.Tests.Reports;

public class FiguresTests
{
    private static readonly QuarterSummary Summary = new(
        "2026-Q2",
        new DateOnly(2026, 4, 1),
        new DateOnly(2026, 6, 30),
        1204,
        2,
        [new CompanyQuarterFigures("Veritas AI", 8, 1, 12, 2, 0.1667m, null, null, [new DestinationCount("Meta", 3)])],
        [new DestinationCount("Meta", 13)]);

    [Theory]
    [InlineData("0.1667", "16.7%")]
    [InlineData("0.625", "62.5%")]
    [InlineData("1", "100%")]
    [InlineData("0.0127", "1.3%")]
    [InlineData("0", "0%")]
    [InlineData("0.00049", "0%")]
    [InlineData("0.00051", "0.1%")]
    public void Shares_read_as_percentages_with_one_decimal(string share, string expected) =>
        Assert.Equal(expected, Figures.Percent(decimal.Parse(share, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Missing_figures_read_as_a_dash_or_what_the_caller_asks()
    {
        Assert.Equal("–", Figures.Percent((decimal?)null));
        Assert.Equal(string.Empty, Figures.Percent((decimal?)null, missing: string.Empty));
        Assert.Equal("–", Figures.Count(null));
        Assert.Equal("1,204", Figures.Count(1204));
    }

    [Fact]
    public void A_quarter_is_partial_until_its_last_day()
    {
        Assert.True(Figures.IsPartial(Summary, new DateOnly(2026, 5, 4)));
        Assert.False(Figures.IsPartial(Summary, new DateOnly(2026, 6, 30)));
        Assert.Equal("Partial quarter: figures to 4 May 2026; the quarter ends 30 Jun 2026.", Figures.PartialNote(Summary, new DateOnly(2026, 5, 4)));
    }

    [Fact]
    public async Task Markdown_of_a_partial_quarter_says_so_first()
    {
        using var stream = new MemoryStream();
        await SummaryExport.WriteAsync(Summary, SummaryFormat.Markdown, stream, new DateTimeOffset(2026, 5, 4, 12, 0, 0, TimeSpan.Zero));
        var md = Encoding.UTF8.GetString(stream.ToArray());

        Assert.StartsWith("# Departures 2026-Q2\n\n> **Partial quarter: figures to 4 May 2026; the quarter ends 30 Jun 2026.**", md, StringComparison.Ordinal);
        Assert.Contains("**1,204** departures", md, StringComparison.Ordinal);
        Assert.Contains("| 16.7% | – | – |", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Xlsx_holds_raw_shares_with_a_percent_format_real_dates_readable_headers_widths_frozen_header_and_filter()
    {
        using var stream = new MemoryStream();
        await SummaryExport.WriteAsync(Summary, SummaryFormat.Xlsx, stream, new DateTimeOffset(2026, 5, 4, 12, 0, 0, TimeSpan.Zero));
        stream.Position = 0;
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        string Part(string name)
        {
            using var reader = new StreamReader(zip.GetEntry(name)!.Open());
            return reader.ReadToEnd();
        }

        var styles = Part("xl/styles.xml");
        Assert.Contains("formatCode=\"0.0%\"", styles, StringComparison.Ordinal);
        Assert.Contains("formatCode=\"yyyy-mm-dd\"", styles, StringComparison.Ordinal);

        var summarySheet = Part("xl/worksheets/sheet1.xml");
        Assert.Contains("<v>46113</v>", summarySheet, StringComparison.Ordinal); // 2026-04-01 as a spreadsheet date serial

        var companies = Part("xl/worksheets/sheet2.xml");
        Assert.Contains("Founding-team attrition", companies, StringComparison.Ordinal);
        Assert.DoesNotContain("foundingTeamAttrition", companies, StringComparison.Ordinal);
        Assert.Contains("<v>0.1667</v>", companies, StringComparison.Ordinal);
        Assert.Contains("ySplit=\"1\"", companies, StringComparison.Ordinal);
        Assert.Contains("<autoFilter ref=\"A1:I2\"", companies, StringComparison.Ordinal);
        Assert.Contains("<col min=\"1\" max=\"1\" width=\"32\"", companies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "A")]
    [InlineData(9, "I")]
    [InlineData(26, "Z")]
    [InlineData(27, "AA")]
    public void Spreadsheet_columns_are_lettered(int column, string letters) => Assert.Equal(letters, XlsxSummaryWriter.ColumnLetter(column));
}
