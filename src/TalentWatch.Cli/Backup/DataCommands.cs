using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TalentWatch.Cli.Hosting;
using TalentWatch.Data.Backup;

namespace TalentWatch.Cli.Backup;

/// <summary><c>export-data FILE</c> and <c>import-data FILE</c>: the whole store as one data file (docs/data-format.md).</summary>
public static class DataCommands
{
    public static Command CreateExport()
    {
        var file = new Argument<string>("FILE") { Description = "The data file (JSON) to write." };
        var db = StoreOption.Create();
        var command = new Command("export-data", "Write the whole store (companies, people, departures, articles, claims, imported files) to one JSON data file.")
        {
            file,
            db,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = Path.GetFullPath(parseResult.GetValue(file)!);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await using var services = await StoreOption.OpenAsync(parseResult.GetValue(db), cancellationToken);
            var exporter = new StoreExporter(services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Data.Store.TalentWatchDbContext>>());

            // Written beside the target and moved into place at the end: an interrupted export never leaves a truncated file
            // under the name a later restore would use.
            var partial = path + ".partial";
            StoreExporter.Counts counts;
            try
            {
                await using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
                {
                    counts = await exporter.ExportAsync(stream, cancellationToken);
                }

                File.Move(partial, path, overwrite: true);
            }
            catch
            {
                File.Delete(partial);
                throw;
            }

            await CommandOutput.Out(parseResult).WriteLineAsync($"{Path.GetFileName(path)}: exported {Describe(counts.Tables)}");
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command CreateImport()
    {
        var file = new Argument<string>("FILE") { Description = "A data file written by export-data." };
        var db = StoreOption.Create();
        var command = new Command("import-data", "Fill an EMPTY store from a data file written by export-data (one transaction; ids kept).")
        {
            file,
            db,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var error = CommandOutput.Error(parseResult);
            var path = parseResult.GetValue(file)!;
            if (!File.Exists(path))
            {
                await error.WriteLineAsync($"{path}: no such file");
                return ExitCodes.BadInput;
            }

            await using var services = await StoreOption.OpenAsync(parseResult.GetValue(db), cancellationToken);
            var importer = new StoreImporter(services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Data.Store.TalentWatchDbContext>>());
            try
            {
                await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
                var counts = await importer.ImportAsync(stream, cancellationToken);
                await CommandOutput.Out(parseResult).WriteLineAsync($"{Path.GetFileName(path)}: imported {Describe(counts)}");
                return ExitCodes.Success;
            }
            catch (DataImportException e)
            {
                await error.WriteLineAsync($"{path}: {e.Message}; nothing imported");
                return ExitCodes.BadInput;
            }
        });
        return command;
    }

    private static string Describe(IReadOnlyDictionary<string, int> counts) =>
        string.Join(", ", counts.Select(c => $"{c.Value} {c.Key}"));
}
