using SpreadCheetah;

namespace TalentWatch.Core.Reports.Exports;

/// <summary>The quarter summary as an .xlsx workbook (SpreadCheetah): a "Companies" sheet and a "Destinations" sheet.</summary>
/// <remarks>Every value is written as a typed cell (text or number), never as a formula, so text cannot inject formulas.</remarks>
public sealed class XlsxSummaryWriter : ISummaryExporter
{
    public SummaryFormat Format => SummaryFormat.Xlsx;

    public string ContentType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    Task ISummaryExporter.WriteAsync(QuarterSummary summary, Stream output, CancellationToken cancellationToken) =>
        WriteAsync(summary, output, cancellationToken);

    public static readonly string[] CompanyHeader =
    [
        "company", "departures", "founderDepartures", "foundingTeamSize", "foundersDepartedToDate",
        "foundingTeamAttrition", "headcountAtStart", "attritionRate", "destinations",
    ];

    public static async Task WriteAsync(QuarterSummary summary, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(summary);
        await using var workbook = await Spreadsheet.CreateNewAsync(output, cancellationToken: cancellationToken);
        var bold = workbook.AddStyle(new SpreadCheetah.Styling.Style { Font = { Bold = true } });

        await workbook.StartWorksheetAsync("Summary", token: cancellationToken);
        await workbook.AddHeaderRowAsync(["quarter", "from", "to", "totalDepartures", "unplacedDepartures"], bold, cancellationToken);
        await workbook.AddRowAsync(
        [
            new DataCell(summary.Quarter),
            new DataCell(summary.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            new DataCell(summary.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            new DataCell(summary.TotalDepartures),
            new DataCell(summary.UnplacedDepartures),
        ], cancellationToken);

        await workbook.StartWorksheetAsync("Companies", token: cancellationToken);
        await workbook.AddHeaderRowAsync(CompanyHeader, bold, cancellationToken);
        foreach (var c in summary.Companies)
        {
            await workbook.AddRowAsync(
            [
                new DataCell(c.Company),
                new DataCell(c.Departures),
                new DataCell(c.FounderDepartures),
                Number(c.FoundingTeamSize),
                new DataCell(c.FoundersDepartedToDate),
                Number(c.FoundingTeamAttrition),
                Number(c.HeadcountAtStart),
                Number(c.AttritionRate),
                new DataCell(string.Join("; ", c.Destinations.Select(d => $"{d.Employer ?? "unknown"}: {d.Departures}"))),
            ], cancellationToken);
        }

        await workbook.StartWorksheetAsync("Destinations", token: cancellationToken);
        await workbook.AddHeaderRowAsync(["employer", "departures"], bold, cancellationToken);
        foreach (var d in summary.Destinations)
        {
            await workbook.AddRowAsync([new DataCell(d.Employer), new DataCell(d.Departures)], cancellationToken);
        }

        await workbook.FinishAsync(cancellationToken);
    }

    private static DataCell Number(int? value) => value is { } v ? new DataCell(v) : new DataCell((string?)null);

    private static DataCell Number(decimal? value) => value is { } v ? new DataCell(v) : new DataCell((string?)null);
}
