using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace TalentWatch.Core.Reports.Exports;

/// <summary>
/// The quarter summary as an .xlsx workbook (SpreadCheetah): "Summary", "Companies" and "Destinations" sheets with readable
/// headers, real numbers (shares with a percent format, <see cref="Figures.SpreadsheetPercent"/>), real dates, column
/// widths, a frozen header row and a filter on each table.
/// </summary>
/// <remarks>Every value is written as a typed cell (text, number or date), never as a formula, so text cannot inject formulas.</remarks>
public sealed class XlsxSummaryWriter : ISummaryExporter
{
    public SummaryFormat Format => SummaryFormat.Xlsx;

    public string ContentType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    Task ISummaryExporter.WriteAsync(QuarterSummary summary, Stream output, DateTimeOffset generatedAt, CancellationToken cancellationToken) =>
        WriteAsync(summary, output, generatedAt, cancellationToken);

    public static readonly string[] CompanyHeader =
    [
        "Company", "Departures", "Founder departures", "Founding team size", "Founders departed to date",
        "Founding-team attrition", "Headcount at start", "Attrition rate", "Destinations",
    ];

    private static readonly double[] CompanyWidths = [32, 12, 12, 12, 14, 14, 12, 12, 60];

    public static async Task WriteAsync(QuarterSummary summary, Stream output, DateTimeOffset generatedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(summary);
        await using var workbook = await Spreadsheet.CreateNewAsync(output, cancellationToken: cancellationToken);
        var styles = new SheetStyles(workbook);
        var today = DateOnly.FromDateTime(generatedAt.UtcDateTime);

        await workbook.StartWorksheetAsync("Summary", Table(2, 2, [28, 60]), cancellationToken);
        await workbook.AddHeaderRowAsync(["Figure", "Value"], styles.Header, cancellationToken);
        await workbook.AddRowAsync([new Cell("Quarter"), new Cell(summary.Quarter)], cancellationToken);
        await workbook.AddRowAsync([new Cell("From"), styles.Date(summary.From)], cancellationToken);
        await workbook.AddRowAsync([new Cell("To"), styles.Date(summary.To)], cancellationToken);
        await workbook.AddRowAsync([new Cell("Departures"), new Cell(summary.TotalDepartures)], cancellationToken);
        await workbook.AddRowAsync([new Cell("Unplaced departures"), new Cell(summary.UnplacedDepartures)], cancellationToken);
        await workbook.AddRowAsync([new Cell("Status"), new Cell(Figures.IsPartial(summary, today) ? Figures.PartialNote(summary, today) : "Complete quarter")], cancellationToken);
        await workbook.AddRowAsync([new Cell("Generated"), styles.Date(today)], cancellationToken);
        foreach (var definition in Figures.Definitions)
        {
            await workbook.AddRowAsync([new Cell("Definition"), new Cell(definition)], cancellationToken);
        }

        await workbook.StartWorksheetAsync("Companies", Table(CompanyHeader.Length, summary.Companies.Count + 1, CompanyWidths), cancellationToken);
        await workbook.AddHeaderRowAsync(CompanyHeader, styles.Header, cancellationToken);
        foreach (var c in summary.Companies)
        {
            await workbook.AddRowAsync(
            [
                new Cell(c.Company),
                new Cell(c.Departures),
                new Cell(c.FounderDepartures),
                new Cell(c.FoundingTeamSize),
                new Cell(c.FoundersDepartedToDate),
                styles.Percent(c.FoundingTeamAttrition),
                new Cell(c.HeadcountAtStart),
                styles.Percent(c.AttritionRate),
                new Cell(string.Join("; ", c.Destinations.Select(d => $"{d.Employer ?? "unknown"}: {d.Departures}"))),
            ], cancellationToken);
        }

        await workbook.StartWorksheetAsync("Destinations", Table(2, summary.Destinations.Count + 1, [32, 12]), cancellationToken);
        await workbook.AddHeaderRowAsync(["Employer", "Departures"], styles.Header, cancellationToken);
        foreach (var d in summary.Destinations)
        {
            await workbook.AddRowAsync([new Cell(d.Employer), new Cell(d.Departures)], cancellationToken);
        }

        await workbook.FinishAsync(cancellationToken);
    }

    /// <summary>A sheet holding one table: header row frozen, a filter over <paramref name="rows"/> rows (header included), column widths in characters.</summary>
    public static WorksheetOptions Table(int columns, int rows, IReadOnlyList<double> widths)
    {
        ArgumentNullException.ThrowIfNull(widths);
        var options = new WorksheetOptions
        {
            FrozenRows = 1,
            AutoFilter = new AutoFilterOptions($"A1:{ColumnLetter(columns)}{Math.Max(rows, 1)}"),
        };
        for (var i = 0; i < widths.Count; i++)
        {
            options.Column(i + 1).Width = widths[i];
        }

        return options;
    }

    /// <summary>1 → A, 26 → Z, 27 → AA.</summary>
    public static string ColumnLetter(int column)
    {
        var letters = string.Empty;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}

/// <summary>The styles a TalentWatch workbook uses: a bold header, percent shares and ISO dates (the formats of <see cref="Figures"/>).</summary>
public sealed class SheetStyles
{
    private readonly StyleId percent;
    private readonly StyleId date;

    public SheetStyles(Spreadsheet workbook)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        Header = workbook.AddStyle(new Style { Font = { Bold = true } });
        percent = workbook.AddStyle(new Style { Format = NumberFormat.Custom(Figures.SpreadsheetPercent) });
        date = workbook.AddStyle(new Style { Format = NumberFormat.Custom(Figures.SpreadsheetDate) });
    }

    public StyleId Header { get; }

    /// <summary>The raw share (0.1667) shown as "16.7%"; an empty cell when unknown.</summary>
    public Cell Percent(decimal? share) => new(share, percent);

    public Cell Date(DateOnly? day) => day is { } d ? new Cell(d.ToDateTime(TimeOnly.MinValue), date) : new Cell((string?)null);
}
