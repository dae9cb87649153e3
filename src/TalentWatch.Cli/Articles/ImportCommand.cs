using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using TalentWatch.Cli.Hosting;
using TalentWatch.Data.Imports.Articles;

namespace TalentWatch.Cli.Articles;

/// <summary><c>import [--accept] [--published DATE] FILE|DIR...</c>: articles into the store, one transaction each; idempotent.</summary>
public static class ImportCommand
{
    private const int ProgressBarFromFiles = 20;

    public static Command Create()
    {
        var inputs = new Argument<string[]>("FILE|DIR") { Description = "Article files (.md with front matter, .txt) or directories of them.", Arity = ArgumentArity.OneOrMore };
        var accept = new Option<bool>("--accept") { Description = "Store the departures as accepted (default: extracted, awaiting review)." };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) for articles that give none.", HelpName = "DATE" };
        var db = StoreOption.Create();
        var command = new Command("import", "Import articles: extraction, entity resolution, merging with existing departures.") { inputs, accept, published, db };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = CommandOutput.Out(parseResult);
            var error = CommandOutput.Error(parseResult);
            DateOnly? publishedDate = null;
            if (parseResult.GetValue(published) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    await error.WriteLineAsync($"--published: '{text}' is not a date (expected YYYY-MM-DD)");
                    return ExitCodes.Usage;
                }

                publishedDate = day;
            }

            var paths = new List<string>();
            foreach (var input in parseResult.GetValue(inputs) ?? [])
            {
                if (!File.Exists(input) && !Directory.Exists(input))
                {
                    await error.WriteLineAsync($"{input}: no such file or directory");
                    return ExitCodes.BadInput;
                }

                paths.AddRange(ArticleImporter.ArticleFiles(input));
            }

            await using var services = await StoreOption.OpenAsync(parseResult.GetValue(db), cancellationToken);
            var importer = services.GetRequiredService<ArticleImporter>();
            var results = await ImportAllAsync(importer, paths, parseResult.GetValue(accept), publishedDate, parseResult, cancellationToken);

            foreach (var result in results)
            {
                var line = result.Outcome switch
                {
                    ArticleImportOutcome.Imported => $"{result.FileName}: imported, {result.DeparturesAdded} new departure(s), {result.DeparturesMerged} merged, {result.ClaimsAdded} claim(s)",
                    ArticleImportOutcome.Duplicate => $"{result.FileName}: skipped, already imported (same text)",
                    ArticleImportOutcome.LanguageNotSupported => $"{result.FileName}: stored, language not supported (only English and Dutch are extracted)",
                    _ => null,
                };
                if (line is null)
                {
                    await error.WriteLineAsync(result.Error);
                }
                else
                {
                    await output.WriteLineAsync(line);
                    foreach (var note in result.NotMoves ?? [])
                    {
                        await output.WriteLineAsync($"{result.FileName}: not stored: {note}");
                    }
                }
            }

            var imported = results.Count(r => r.Outcome is ArticleImportOutcome.Imported or ArticleImportOutcome.LanguageNotSupported);
            var failed = results.Count(r => r.Outcome == ArticleImportOutcome.Failed);
            await output.WriteLineAsync(
                $"{imported} article(s) imported, {results.Count(r => r.Outcome == ArticleImportOutcome.Duplicate)} skipped, {failed} failed; " +
                $"{results.Sum(r => r.DeparturesAdded)} departure(s) added, {results.Sum(r => r.DeparturesMerged)} merged, {results.Sum(r => r.ClaimsAdded)} claim(s)");
            return failed > 0 ? ExitCodes.BadInput : ExitCodes.Success;
        });
        return command;
    }

    private static async Task<List<ArticleImportResult>> ImportAllAsync(ArticleImporter importer, List<string> paths, bool accept, DateOnly? published, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var results = new List<ArticleImportResult>(paths.Count);
        var onTerminal = ReferenceEquals(CommandOutput.Out(parseResult), Console.Out) && !Console.IsOutputRedirected
                         && AnsiConsole.Profile.Capabilities.Interactive;
        if (!onTerminal || paths.Count < ProgressBarFromFiles)
        {
            foreach (var path in paths)
            {
                results.Add(await importer.ImportFileAsync(path, accept, published, cancellationToken));
            }

            return results;
        }

        await AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("articles", maxValue: paths.Count);
                foreach (var path in paths)
                {
                    results.Add(await importer.ImportFileAsync(path, accept, published, cancellationToken));
                    task.Increment(1);
                }
            });
        return results;
    }
}
