using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using TalentWatch.Cli.Hosting;
using TalentWatch.Data.Imports.Csv;

namespace TalentWatch.Cli.Csv;

/// <summary><c>import-csv FILE...</c>: companies, headcounts and departures CSV files, recognised by their header.</summary>
public static class ImportCsvCommand
{
    private const long ProgressBarFromBytes = 1 << 20;

    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "companies.csv, headcounts.csv and/or departures.csv files.", Arity = ArgumentArity.OneOrMore };
        var db = StoreOption.Create();
        var command = new Command("import-csv", "Import companies.csv, headcounts.csv and departures.csv (one transaction per file; a file imported before is skipped).")
        {
            files,
            db,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = CommandOutput.Out(parseResult);
            var error = CommandOutput.Error(parseResult);
            var paths = parseResult.GetValue(files) ?? [];
            foreach (var path in paths.Where(p => !File.Exists(p)))
            {
                await error.WriteLineAsync($"{path}: no such file");
                return ExitCodes.BadInput;
            }

            await using var services = await StoreOption.OpenAsync(parseResult.GetValue(db), cancellationToken);
            var importer = services.GetRequiredService<CsvImporter>();

            // Companies before headcounts before departures, so canonical names and aliases exist before they are referred to.
            foreach (var path in paths.OrderBy(KindOrder).ThenBy(p => p, StringComparer.Ordinal))
            {
                var result = await ImportWithProgressAsync(importer, path, parseResult, cancellationToken);
                if (result.Skipped)
                {
                    await output.WriteLineAsync($"{result.FileName}: skipped, already imported (same content)");
                    continue;
                }

                if (!result.Succeeded)
                {
                    foreach (var problem in result.Errors)
                    {
                        await error.WriteLineAsync(problem);
                    }

                    await error.WriteLineAsync($"{result.FileName}: nothing imported");
                    return ExitCodes.BadInput;
                }

                await output.WriteLineAsync($"{result.FileName}: imported {result.Rows} {result.Kind.ToString().ToLowerInvariant()} row{(result.Rows == 1 ? string.Empty : "s")}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<CsvImportResult> ImportWithProgressAsync(CsvImporter importer, string path, ParseResult parseResult, CancellationToken cancellationToken)
    {
        // A bar only on a real terminal (not when captured or redirected) and only when there is time to watch it.
        var onTerminal = ReferenceEquals(CommandOutput.Out(parseResult), Console.Out) && !Console.IsOutputRedirected
                         && AnsiConsole.Profile.Capabilities.Interactive;
        if (!onTerminal || new FileInfo(path).Length < ProgressBarFromBytes)
        {
            return await importer.ImportFileAsync(path, null, cancellationToken);
        }

        CsvImportResult? result = null;
        await AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Path.GetFileName(path), maxValue: 1.0);
                result = await importer.ImportFileAsync(path, new Progress<double>(fraction => task.Value = fraction), cancellationToken);
                task.Value = 1.0;
            });
        return result!;
    }

    private static int KindOrder(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            var header = (reader.ReadLine() ?? string.Empty).Split(',').Select(c => c.Trim().Trim('"').TrimStart('\uFEFF').ToLowerInvariant()).ToArray();
            return CsvImporter.Recognise(header) switch
            {
                CsvFileKind.Companies => 0,
                CsvFileKind.Headcounts => 1,
                CsvFileKind.Departures => 2,
                _ => 3,
            };
        }
        catch (IOException)
        {
            return 3;
        }
    }
}
