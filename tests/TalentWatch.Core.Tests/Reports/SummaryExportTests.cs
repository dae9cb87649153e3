using System.Text;
using System.Text.Json;
using TalentWatch.Core.Reports;
using TalentWatch.Core.Reports.Exports;

namespace TalentWatch.Core.Tests.Reports;

public class SummaryExportTests
{
    private static readonly QuarterSummary Summary = new(
        "2026-Q1",
        new DateOnly(2026, 1, 1),
        new DateOnly(2026, 3, 31),
        9,
        2,
        [new CompanyQuarterFigures("Veritas AI", 8, 1, 12, 5, 0.4167m, 54, 0.1481m, [new DestinationCount("Meta", 3), new DestinationCount(null, 1)])],
        [new DestinationCount("Meta", 13)]);

    private static async Task<string> Write(SummaryFormat format)
    {
        using var stream = new MemoryStream();
        await SummaryExport.WriteAsync(Summary, format, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public async Task Json_has_the_spec_field_names_values_and_nulls()
    {
        using var json = JsonDocument.Parse(await Write(SummaryFormat.Json));
        var root = json.RootElement;

        Assert.Equal(["quarter", "from", "to", "totalDepartures", "unplacedDepartures", "companies", "destinations"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2026-01-01", root.GetProperty("from").GetString());
        var company = root.GetProperty("companies")[0];
        Assert.Equal(
            ["company", "departures", "founderDepartures", "foundingTeamSize", "foundersDepartedToDate", "foundingTeamAttrition", "headcountAtStart", "attritionRate", "destinations"],
            company.EnumerateObject().Select(p => p.Name));
        Assert.Equal(0.4167m, company.GetProperty("foundingTeamAttrition").GetDecimal());
        Assert.Equal(JsonValueKind.Null, company.GetProperty("destinations")[1].GetProperty("employer").ValueKind);
    }

    [Fact]
    public async Task Csv_has_a_row_per_company()
    {
        var lines = (await Write(SummaryFormat.Csv)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(string.Join(',', CsvSummaryExporter.Header), lines[0]);
        Assert.Equal("2026-Q1,Veritas AI,8,1,12,5,0.4167,54,0.1481,Meta:3; unknown:1", lines[1]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"x\")")]
    [InlineData("+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    public async Task Csv_escapes_a_name_a_spreadsheet_would_run_as_a_formula(string name)
    {
        var hostile = Summary with
        {
            Companies = [new CompanyQuarterFigures(name, 1, 0, null, 0, null, null, null, [new DestinationCount(name, 1)])],
        };
        using var stream = new MemoryStream();
        await SummaryExport.WriteAsync(hostile, SummaryFormat.Csv, stream);
        var row = Encoding.UTF8.GetString(stream.ToArray()).Split('\n')[1];

        var company = "\"'" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        Assert.StartsWith("2026-Q1," + company + ",1,0,", row, StringComparison.Ordinal);
        Assert.EndsWith(",\"'" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + ":1\"", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_has_the_totals_and_tables()
    {
        var md = await Write(SummaryFormat.Markdown);

        Assert.StartsWith("# Departures 2026-Q1", md, StringComparison.Ordinal);
        Assert.Contains("| Veritas AI | 8 | 1 | 12 | 5 | 0.4167 | 54 | 0.1481 | Meta (3), unknown (1) |", md, StringComparison.Ordinal);
        Assert.Contains("| Meta | 13 |", md, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json", SummaryFormat.Json)]
    [InlineData("CSV", SummaryFormat.Csv)]
    [InlineData("md", SummaryFormat.Markdown)]
    [InlineData("xlsx", SummaryFormat.Xlsx)]
    [InlineData("pdf", SummaryFormat.Pdf)]
    public void Formats_parse_from_their_extension(string text, SummaryFormat format)
    {
        Assert.True(SummaryExport.TryParseFormat(text, out var parsed));
        Assert.Equal(format, parsed);
    }

    [Fact]
    public void Text_formats_are_always_available() =>
        Assert.All(new[] { SummaryFormat.Json, SummaryFormat.Csv, SummaryFormat.Markdown }, f => Assert.True(SummaryExport.IsAvailable(f)));
}
