using System.Globalization;
using System.Text;

namespace TalentWatch.Core.Reports.Exports;

/// <summary>A readable report to paste into a mail or a wiki: totals, the company table, the destinations table.</summary>
public sealed class MarkdownSummaryExporter : ISummaryExporter
{
    public SummaryFormat Format => SummaryFormat.Markdown;

    public string ContentType => "text/markdown";

    public async Task WriteAsync(QuarterSummary summary, Stream output, CancellationToken cancellationToken = default)
    {
        var text = Render(summary);
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        await writer.WriteAsync(text.AsMemory(), cancellationToken);
    }

    public static string Render(QuarterSummary summary)
    {
        var invariant = CultureInfo.InvariantCulture;
        var md = new StringBuilder();
        md.Append(invariant, $"# Departures {summary.Quarter}").Append('\n').Append('\n');
        md.Append(invariant, $"{summary.From:yyyy-MM-dd} to {summary.To:yyyy-MM-dd}: **{summary.TotalDepartures}** departures")
            .Append(invariant, $" in the quarter, {summary.UnplacedDepartures} more with a date that overlaps it but is not precise enough to place.")
            .Append('\n').Append('\n');

        md.Append("## Companies\n\n");
        if (summary.Companies.Count == 0)
        {
            md.Append("No departures in this quarter.\n\n");
        }
        else
        {
            md.Append("| Company | Departures | Founders | Founding team | Founders departed to date | Founding-team attrition | Headcount at start | Attrition rate | Destinations |\n");
            md.Append("|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
            foreach (var c in summary.Companies)
            {
                var destinations = string.Join(", ", c.Destinations.Select(d => $"{Escape(d.Employer ?? "unknown")} ({d.Departures})"));
                md.Append(invariant, $"| {Escape(c.Company)} | {c.Departures} | {c.FounderDepartures} | {Number(c.FoundingTeamSize)} | {c.FoundersDepartedToDate} | {Ratio(c.FoundingTeamAttrition)} | {Number(c.HeadcountAtStart)} | {Ratio(c.AttritionRate)} | {destinations} |\n");
            }

            md.Append('\n');
        }

        md.Append("## Destinations\n\n");
        if (summary.Destinations.Count == 0)
        {
            md.Append("No known destinations in this quarter.\n");
        }
        else
        {
            md.Append("| Employer | Departures |\n|---|---:|\n");
            foreach (var d in summary.Destinations)
            {
                md.Append(invariant, $"| {Escape(d.Employer ?? "unknown")} | {d.Departures} |\n");
            }
        }

        return md.ToString();
    }

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "–";

    private static string Ratio(decimal? value) => value?.ToString("0.0###", CultureInfo.InvariantCulture) ?? "–";

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
