using System.Globalization;
using CsvHelper;

namespace TalentWatch.Core.Reports.Exports;

/// <summary>
/// One row per company with a departure in the quarter, in the summary's order; <c>destinations</c> is
/// "Employer:count" joined by "; " ("unknown" for no destination). Ratios use '.' and 4 decimals at most.
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

    public async Task WriteAsync(QuarterSummary summary, Stream output, CancellationToken cancellationToken = default)
    {
        await using var csv = CsvExport.Create(output);
        csv.WriteHeader(Header);
        foreach (var company in summary.Companies)
        {
            cancellationToken.ThrowIfCancellationRequested();
            csv.WriteField(summary.Quarter);
            csv.WriteField(company.Company);
            csv.WriteField(Text(company.Departures));
            csv.WriteField(Text(company.FounderDepartures));
            csv.WriteField(Text(company.FoundingTeamSize));
            csv.WriteField(Text(company.FoundersDepartedToDate));
            csv.WriteField(Text(company.FoundingTeamAttrition));
            csv.WriteField(Text(company.HeadcountAtStart));
            csv.WriteField(Text(company.AttritionRate));
            csv.WriteField(string.Join("; ", company.Destinations.Select(d => $"{d.Employer ?? "unknown"}:{d.Departures}")));
            await csv.EndRecordAsync(cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }

    private static string Text(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
