using System.CommandLine;
using TalentWatch.Cli.Hosting;

namespace TalentWatch.Cli.Generate;

/// <summary><c>generate --companies N --departures M [--seed S] [--until DATE] --out DIR</c>: invented sample CSV files.</summary>
public static class GenerateCommand
{
    public static Command Create()
    {
        var companies = new Option<int>("--companies") { Description = "How many companies.", Required = true, HelpName = "N" };
        var departures = new Option<int>("--departures") { Description = "How many departure rows (reports).", Required = true, HelpName = "M" };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same files.", DefaultValueFactory = _ => 42, HelpName = "S" };
        var until = new Option<DateOnly?>("--until")
        {
            Description = "The last day a departure may fall on (YYYY-MM-DD); departures cover the four calendar years up to it. Default: today (UTC). The same seed and until give the same files.",
            HelpName = "DATE",
        };
        var outDir = new Option<string>("--out") { Description = "The directory to write companies.csv, headcounts.csv and departures.csv to.", Required = true, HelpName = "DIR" };
        // Every command takes --db (SPEC); generating touches no store, so it is accepted and not used.
        var db = StoreOption.Create();
        var command = new Command("generate", "Write invented companies.csv, headcounts.csv and departures.csv (for demos and benchmarks).")
        {
            companies,
            departures,
            seed,
            until,
            outDir,
            db,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var companyCount = parseResult.GetValue(companies);
            var departureCount = parseResult.GetValue(departures);
            if (companyCount < 2 || departureCount < 0)
            {
                await CommandOutput.Error(parseResult).WriteLineAsync("--companies must be at least 2 and --departures at least 0");
                return ExitCodes.Usage;
            }

            var lastDay = parseResult.GetValue(until) ?? DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
            var files = await SampleDataGenerator.WriteAsync(parseResult.GetValue(outDir)!, companyCount, departureCount, parseResult.GetValue(seed), lastDay, cancellationToken);
            var output = CommandOutput.Out(parseResult);
            await output.WriteLineAsync($"{files.Companies}: {files.CompanyRows} companies");
            await output.WriteLineAsync($"{files.Headcounts}: {files.HeadcountRows} headcounts");
            await output.WriteLineAsync($"{files.Departures}: {files.DepartureRows} departures");
            return ExitCodes.Success;
        });
        return command;
    }
}
