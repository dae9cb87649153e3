using System.Globalization;
using CsvHelper;
using SpreadCheetah;
using TalentWatch.Core.Dates;
using TalentWatch.Core.Reports;
using TalentWatch.Core.Reports.Exports;
using TalentWatch.Web.Features.Shared;

namespace TalentWatch.Web.Features.Departures;

/// <summary>
/// <c>/exports/departures.csv</c> and <c>.xlsx</c>: every accepted departure the explorer's filter matches (all pages), in
/// the table's order, one row each. CSV cells go through <see cref="CsvCells"/>; the workbook has real dates, readable
/// headers, widths, a frozen header row and a filter.
/// </summary>
public static class DepartureExport
{
    public static readonly string[] CsvHeader =
        ["person", "company_left", "destination", "date", "precision", "role", "founder", "same_company", "source", "source_url"];

    private static readonly string[] SheetHeader =
        ["Person", "Company left", "Destination", "Date", "Date as reported", "Precision", "Role", "Founder", "Same company", "Source", "Source URL"];

    private static readonly double[] SheetWidths = [24, 26, 26, 12, 14, 10, 28, 9, 13, 60, 40];

    public const string CsvContentType = "text/csv";

    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The download's name: <c>talentwatch-departures-2026-12-02.csv</c>.</summary>
    public static string FileName(string extension, DateOnly today) => $"talentwatch-departures-{Figures.IsoDate(today)}.{extension}";

    public static async Task WriteCsvAsync(IReadOnlyList<DepartureRow> rows, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        await using var csv = CsvExport.Create(output);
        csv.WriteHeader(CsvHeader);
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var source = row.Sources.Count > 0 ? row.Sources[0] : null;
            CsvCells.Write(csv, row.PersonName);
            CsvCells.Write(csv, row.Company);
            CsvCells.Write(csv, row.Destination);
            CsvCells.Write(csv, row.Date);
            CsvCells.Write(csv, Precision(row.PrecisionDate));
            CsvCells.Write(csv, row.Role);
            CsvCells.Write(csv, row.Founder ? "true" : "false");
            CsvCells.Write(csv, row.IsSameCompany ? "true" : "false");
            CsvCells.Write(csv, source is null ? null : SourceText.Describe(source));
            CsvCells.Write(csv, source?.Url);
            await csv.EndRecordAsync(cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }

    public static async Task WriteXlsxAsync(IReadOnlyList<DepartureRow> rows, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        await using var workbook = await Spreadsheet.CreateNewAsync(output, cancellationToken: cancellationToken);
        var styles = new SheetStyles(workbook);
        await workbook.StartWorksheetAsync("Departures", XlsxSummaryWriter.Table(SheetHeader.Length, rows.Count + 1, SheetWidths), cancellationToken);
        await workbook.AddHeaderRowAsync(SheetHeader, styles.Header, cancellationToken);
        foreach (var row in rows)
        {
            var source = row.Sources.Count > 0 ? row.Sources[0] : null;
            var date = row.PrecisionDate;
            await workbook.AddRowAsync(
            [
                new Cell(row.PersonName),
                new Cell(row.Company),
                new Cell(row.Destination),
                styles.Date(date.Interval?.Start),
                new Cell(date.IsKnown ? date.ToDisplayString() : null),
                new Cell(Precision(date)),
                new Cell(row.Role),
                new Cell(row.Founder),
                new Cell(row.IsSameCompany),
                new Cell(source is null ? null : SourceText.Describe(source)),
                new Cell(source?.Url),
            ], cancellationToken);
        }

        await workbook.FinishAsync(cancellationToken);
    }

    private static string Precision(PrecisionDate date) => date.Precision.ToString().ToLower(CultureInfo.InvariantCulture);
}
