using System.CommandLine;
using TalentWatch.Cli.Hosting;
using TalentWatch.Extraction;
using TalentWatch.Extraction.Evaluation;

namespace TalentWatch.Cli.Evaluation;

/// <summary>
/// <c>eval GOLD.json FILE|DIR... [--verbose]</c>: today's extractor scored against a labelled set, with the corpus scorer's
/// figures; <c>eval export --out DIR</c>: the store's reviewed articles as such a set (<see cref="EvalExportCommand"/>).
/// </summary>
public static class EvalCommand
{
    private const string Usage = "Usage: talentwatch eval GOLD.json FILE|DIR... [--verbose] [--calibration] | talentwatch eval export --out DIR";

    public static Command Create()
    {
        // Usage errors are checked in the action so they exit with 2 (see ExtractCommand).
        var inputs = new Argument<string[]>("GOLD.json FILE|DIR") { Description = "The gold file (corpus format), then article files or directories of them.", Arity = ArgumentArity.ZeroOrMore };
        var verbose = new Option<bool>("--verbose") { Description = "List the missed, wrong and extra departures before the figures." };
        var calibration = new Option<bool>("--calibration") { Description = "Also print the precision per confidence band (0-0.5, 0.5-0.7, 0.7-0.85, 0.85-1) before the figures." };
        var command = new Command("eval", "Score today's extractor against a gold file: precision, recall, F1, destination and date accuracy.") { inputs, verbose, calibration };
        command.Subcommands.Add(EvalExportCommand.Create());
        command.SetAction(parse =>
        {
            var output = CommandOutput.Out(parse);
            var error = CommandOutput.Error(parse);
            var given = parse.GetValue(inputs) ?? [];
            if (given.Length < 2)
            {
                error.WriteLine($"eval: {(given.Length == 0 ? "no GOLD.json" : "no article FILE or DIR")} given. {Usage}");
                return ExitCodes.Usage;
            }

            GoldStandard gold;
            try
            {
                gold = GoldStandard.Load(given[0]);
            }
            catch (GoldFormatException e)
            {
                error.WriteLine(e.Message);
                return ExitCodes.BadInput;
            }

            var paths = new List<string>();
            foreach (var input in given[1..])
            {
                if (Directory.Exists(input))
                {
                    // The files `extract DIR` reads, so the figures equal the scorer's on `extract --json DIR`.
                    paths.AddRange(Directory.EnumerateFiles(input)
                        .Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
                        .Order(StringComparer.Ordinal));
                }
                else if (File.Exists(input))
                {
                    paths.Add(input);
                }
                else
                {
                    error.WriteLine($"{input}: no such file or directory");
                    return ExitCodes.BadInput;
                }
            }

            var extractor = new DepartureExtractor();
            var predicted = new List<ScoredArticle>(paths.Count);
            foreach (var path in paths)
            {
                try
                {
                    predicted.Add(ScoredArticle.From(extractor.Extract(ArticleReader.Read(path))));
                }
                catch (ArticleFormatException e)
                {
                    error.WriteLine(e.Message);
                    return ExitCodes.BadInput;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"{path}: cannot be read: {e.Message}");
                    return ExitCodes.BadInput;
                }
            }

            var report = ExtractionScorer.Score(gold, predicted);
            var lines = report.Lines(parse.GetValue(verbose)).ToList();
            if (parse.GetValue(calibration))
            {
                // Before the four figure lines, so the output still ends with the summary line.
                lines.InsertRange(lines.Count - 4, Calibration.Of(report).Lines());
            }

            foreach (var line in lines)
            {
                output.WriteLine(line);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
