using System.Globalization;
using CsvHelper;

namespace TalentWatch.Core.Reports.Exports;

/// <summary>
/// One row per company with a departure in the quarter, in the summary's order; <c>destinations</c> is
/// "Employer:count" joined by "; " ("unknown" for no destination). Shares are percentages as <see cref="Figures"/> writes
/// them ("41.7%", which spreadsheets read as a number), empty when unknown; counts are plain integers.
/// </summary>
public sealed class CsvSummaryExporter : ISummaryExporter
{
    public static readonly string[] Header =
    [
        "quarter", "company", "departures", "founder_departures", "founding_team_size", "founders_departed_to_date",
        "founding_team_attrition", "headcount_at_start", "attrition_rate", "destinations",
    ];

    public SummaryFormat Format => SummaryFormat.Csv;

    public string ContentType => "text/csv";

    public async Task WriteAsync(QuarterSummary summary, Stream output, DateTimeOffset generatedAt, CancellationToken cancellationToken = default)
    {
        await using var csv = CsvExport.Create(output);
        csv.WriteHeader(Header);
        foreach (var company in summary.Companies)
        {
            cancellationToken.ThrowIfCancellationRequested();
            CsvCells.Write(csv, summary.Quarter);
            CsvCells.Write(csv, company.Company);
            CsvCells.Write(csv, Text(company.Departures));
            CsvCells.Write(csv, Text(company.FounderDepartures));
            CsvCells.Write(csv, Text(company.FoundingTeamSize));
            CsvCells.Write(csv, Text(company.FoundersDepartedToDate));
            CsvCells.Write(csv, Text(company.FoundingTeamAttrition));
            CsvCells.Write(csv, Text(company.HeadcountAtStart));
            CsvCells.Write(csv, Text(company.AttritionRate));
            CsvCells.Write(csv, string.Join("; ", company.Destinations.Select(d => $"{d.Employer ?? "unknown"}:{d.Departures}")));
            await csv.EndRecordAsync(cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }

    private static string Text(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Text(decimal? share) => Figures.Percent(share, missing: string.Empty);
}
