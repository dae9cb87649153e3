using System.CommandLine;
using System.Text.Json;
using CsvHelper;
using TalentWatch.Cli.Hosting;
using TalentWatch.Core.Reports.Exports;
using TalentWatch.Core.Timelines;
using TalentWatch.Data.Timelines;

namespace TalentWatch.Cli.Timelines;

/// <summary><c>timeline COMPANY [--to EMPLOYER] [--format json|csv]</c>.</summary>
public static class TimelineCommand
{
    public static readonly string[] CsvHeader = ["date", "precision", "person", "destination", "role", "founder", "sources", "source_urls"];

    public static Command Create()
    {
        var company = new Argument<string>("COMPANY") { Description = "The company (name, alias or slug)." };
        var to = new Option<string?>("--to") { Description = "Only departures to this employer (name, alias or slug).", HelpName = "EMPLOYER" };
        var format = new Option<string>("--format") { Description = "json or csv.", DefaultValueFactory = _ => "json", HelpName = "FORMAT" };
        format.AcceptOnlyFromAmong("json", "csv");
        var outFile = new Option<string?>("--out") { Description = "Write to this file instead of standard output.", HelpName = "FILE" };
        var db = StoreOption.Create();
        var command = new Command("timeline", "A company's departures in date order with their sources, founding-team attrition and destinations.")
        {
            company,
            to,
            format,
            outFile,
            db,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var store = await StoreOption.OpenForReadingAsync(parseResult.GetValue(db), cancellationToken);
            var name = parseResult.GetValue(company)!;
            var employer = parseResult.GetValue(to);
            var timeline = await TimelineService.GetAsync(store.Connection, TimeProvider.System, name, employer, cancellationToken);
            if (timeline is null)
            {
                await CommandOutput.Error(parseResult).WriteLineAsync($"COMPANY: no company is called '{name}'");
                return ExitCodes.BadInput;
            }

            if (employer is not null && timeline.DestinationFilter is null)
            {
                await CommandOutput.Error(parseResult).WriteLineAsync($"--to: no employer is called '{employer}'");
                return ExitCodes.BadInput;
            }

            var asCsv = parseResult.GetValue(format) == "csv";
            await CommandOutput.WriteAsync(
                parseResult,
                parseResult.GetValue(outFile),
                (stream, ct) => asCsv ? WriteCsvAsync(timeline, stream, ct) : JsonSerializer.SerializeAsync(stream, timeline, JsonSummaryExporter.Options, ct),
                cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>One row per departure, in timeline order; sources as a count and their urls (or evidence) joined by a space.</summary>
    public static async Task WriteCsvAsync(CompanyTimeline timeline, Stream output, CancellationToken cancellationToken)
    {
        await using var csv = CsvExport.Create(output);
        csv.WriteHeader(CsvHeader);
        foreach (var entry in timeline.Departures)
        {
            csv.WriteField(entry.Date ?? string.Empty);
            csv.WriteField(entry.DatePrecision.ToString().ToLowerInvariant());
            csv.WriteField(entry.Person?.Name ?? string.Empty);
            csv.WriteField(entry.Destination?.Name ?? string.Empty);
            csv.WriteField(entry.Role ?? string.Empty);
            csv.WriteField(entry.Founder ? "true" : "false");
            csv.WriteField(entry.Sources.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            csv.WriteField(string.Join(' ', entry.Sources.Select(s => s.Url ?? s.ArticleUrl ?? s.Evidence).Where(u => !string.IsNullOrEmpty(u))));
            await csv.EndRecordAsync(cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }
}
