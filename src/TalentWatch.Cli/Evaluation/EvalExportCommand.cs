using System.CommandLine;

namespace TalentWatch.Cli.Evaluation;

/// <summary><c>eval export --out DIR</c>.</summary>
public static class EvalExportCommand
{
    public static Command Create() => new("export", "Write the store's reviewed articles as article files plus a gold.json in the corpus format.");
}
