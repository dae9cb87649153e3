using System.CommandLine;
using TalentWatch.Cli.Extraction;

namespace TalentWatch.Cli;

/// <summary>The `talentwatch` command tree: one line per feature folder.</summary>
public static class TalentWatchCommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("TalentWatch: who left which AI company, when, and for which employer.");
        root.Subcommands.Add(ExtractCommand.Create());
        return root;
    }
}
