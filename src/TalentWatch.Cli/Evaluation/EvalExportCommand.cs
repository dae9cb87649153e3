using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TalentWatch.Cli.Hosting;
using TalentWatch.Data.Quality;

namespace TalentWatch.Cli.Evaluation;

/// <summary><c>eval export --out DIR [--db PATH]</c>: the store's reviewed articles as article files plus a gold.json (corpus format).</summary>
public static class EvalExportCommand
{
    public static Command Create()
    {
        var output = new Option<string?>("--out") { Description = "The directory to write the article files and gold.json into (created if missing).", HelpName = "DIR" };
        var db = StoreOption.Create();
        var command = new Command("export", "Write the store's reviewed articles as article files plus a gold.json in the corpus format.") { output, db };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var error = CommandOutput.Error(parseResult);
            if (parseResult.GetValue(output) is not { Length: > 0 } directory)
            {
                await error.WriteLineAsync("eval export: --out DIR is required. Usage: talentwatch eval export --out DIR [--db PATH]");
                return ExitCodes.Usage;
            }

            if (File.Exists(directory))
            {
                await error.WriteLineAsync($"{directory}: is a file, not a directory");
                return ExitCodes.BadInput;
            }

            await using var services = await StoreOption.OpenAsync(parseResult.GetValue(db), cancellationToken);
            GoldExportResult result;
            try
            {
                result = await services.GetRequiredService<GoldExporter>().ExportAsync(directory, cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"{directory}: cannot be written: {e.Message}");
                return ExitCodes.BadInput;
            }

            await CommandOutput.Out(parseResult).WriteLineAsync(
                $"{directory}: exported {result.Articles} reviewed article(s) with {result.Departures} departure(s) and {result.Claims} claim(s), and {GoldExporter.GoldFileName}");
            return ExitCodes.Success;
        });
        return command;
    }
}
