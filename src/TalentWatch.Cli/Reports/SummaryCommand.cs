using System.CommandLine;
using TalentWatch.Cli.Hosting;
using TalentWatch.Core.Dates;
using TalentWatch.Core.Reports.Exports;
using TalentWatch.Data.Reports;

namespace TalentWatch.Cli.Reports;

/// <summary><c>summary --quarter YYYY-Qn [--company NAME] [--format json|csv|md|xlsx|pdf] [--out FILE]</c>.</summary>
public static class SummaryCommand
{
    public static Command Create()
    {
        var quarter = new Option<string>("--quarter") { Description = "The quarter, YYYY-Qn (for example 2026-Q1).", Required = true, HelpName = "YYYY-Qn" };
        var company = new Option<string?>("--company") { Description = "Only this company (name, alias or slug).", HelpName = "NAME" };
        var format = new Option<string>("--format") { Description = "json, csv, md, xlsx or pdf.", DefaultValueFactory = _ => "json", HelpName = "FORMAT" };
        format.AcceptOnlyFromAmong("json", "csv", "md", "xlsx", "pdf");
        var outFile = new Option<string?>("--out") { Description = "Write to this file instead of standard output.", HelpName = "FILE" };
        var db = StoreOption.Create();
        var command = new Command("summary", "The quarter summary of SPEC.md: departures per company, founding-team attrition, destinations.")
        {
            quarter,
            company,
            format,
            outFile,
            db,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var error = CommandOutput.Error(parseResult);
            if (!Quarter.TryParse(parseResult.GetValue(quarter), out var q))
            {
                await error.WriteLineAsync($"--quarter '{parseResult.GetValue(quarter)}' is not a quarter; expected YYYY-Qn, for example 2026-Q1");
                return ExitCodes.Usage;
            }

            if (!SummaryExport.TryParseFormat(parseResult.GetValue(format), out var summaryFormat) || !SummaryExport.IsAvailable(summaryFormat))
            {
                await error.WriteLineAsync($"--format '{parseResult.GetValue(format)}' is not available in this build");
                return ExitCodes.Usage;
            }

            var outPath = parseResult.GetValue(outFile);
            var binary = summaryFormat is SummaryFormat.Xlsx or SummaryFormat.Pdf;
            if (outPath is null && binary && !CommandOutput.CanWriteBytesToStandardOutput(parseResult))
            {
                await error.WriteLineAsync($"--format {SummaryExport.Extension(summaryFormat)} is binary: give --out FILE");
                return ExitCodes.Usage;
            }

            await using var store = await StoreOption.OpenForReadingAsync(parseResult.GetValue(db), cancellationToken);
            var companyName = parseResult.GetValue(company);
            var summary = await QuarterSummaryService.ComputeAsync(store.Connection, q, companyName, cancellationToken);
            if (summary is null)
            {
                await error.WriteLineAsync($"--company: no company is called '{companyName}'");
                return ExitCodes.BadInput;
            }

            await CommandOutput.WriteAsync(parseResult, outPath, (stream, ct) => SummaryExport.WriteAsync(summary, summaryFormat, stream, ct), cancellationToken, binary);
            return ExitCodes.Success;
        });
        return command;
    }
}
