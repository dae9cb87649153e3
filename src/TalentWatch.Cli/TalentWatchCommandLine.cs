using System.CommandLine;
using TalentWatch.Cli.Accounts;
using TalentWatch.Cli.Articles;
using TalentWatch.Cli.Backup;
using TalentWatch.Cli.Csv;
using TalentWatch.Cli.Evaluation;
using TalentWatch.Cli.Extraction;
using TalentWatch.Cli.Feeds;
using TalentWatch.Cli.Generate;
using TalentWatch.Cli.Hosting;
using TalentWatch.Cli.Reports;
using TalentWatch.Cli.Timelines;
using TalentWatch.Data;
using TalentWatch.Data.Store;

namespace TalentWatch.Cli;

/// <summary>The `talentwatch` command tree: one line per feature folder.</summary>
public static class TalentWatchCommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("TalentWatch: who left which AI company, when, and for which employer.");
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(ImportCsvCommand.Create());
        root.Subcommands.Add(FetchCommand.Create());
        root.Subcommands.Add(FeedsCommand.Create());
        root.Subcommands.Add(SummaryCommand.Create());
        root.Subcommands.Add(TimelineCommand.Create());
        root.Subcommands.Add(GenerateCommand.Create());
        root.Subcommands.Add(DataCommands.CreateExport());
        root.Subcommands.Add(DataCommands.CreateImport());
        root.Subcommands.Add(UsersCommand.Create());
        return root;
    }

    /// <summary>
    /// Parses and runs <paramref name="args"/>: a parse error is a usage error (exit 2, errors on stderr), otherwise the
    /// command's own exit code. Tests pass writers to capture the output.
    /// </summary>
    public static async Task<int> InvokeAsync(string[] args, TextWriter? output = null, TextWriter? error = null, CancellationToken cancellationToken = default)
    {
        var configuration = new InvocationConfiguration
        {
            Output = output ?? Console.Out,
            Error = error ?? Console.Error,
            EnableDefaultExceptionHandler = false,
        };
        var parseResult = Build().Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                await configuration.Error.WriteLineAsync(parseError.Message);
            }

            await configuration.Error.WriteLineAsync("Run 'talentwatch --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return await parseResult.InvokeAsync(configuration, cancellationToken);
        }
        catch (StoreUnavailableException e)
        {
            // A wrong Database__Provider, a missing connection string, a server that does not answer: bad input, not a crash.
            await configuration.Error.WriteLineAsync($"talentwatch: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (InvalidSettingException e)
        {
            // "Review__AutoAcceptAbove=abc": the setting is named in one line.
            await configuration.Error.WriteLineAsync($"talentwatch: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.BadInput;
        }
        catch (Exception e)
        {
            // What System.CommandLine's default handler does, kept for every other failure.
            await configuration.Error.WriteLineAsync($"Unhandled exception: {e}");
            return ExitCodes.BadInput;
        }
    }
}
