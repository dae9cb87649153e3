using System.CommandLine;
using System.Globalization;
using TalentWatch.Cli.Hosting;
using TalentWatch.Extraction;

namespace TalentWatch.Cli.Extraction;

/// <summary>`talentwatch extract [--json] [--published DATE] FILE|DIR...`: runs the extractor without touching the store.</summary>
internal static class ExtractCommand
{
    /// <summary>
    /// Up to this many articles the extractor's patterns run interpreted: compiling them costs about half a second of CPU
    /// once, which a few hundred articles do not earn back (measured: 47 articles 1.1 s compiled, 0.45 s interpreted; P13).
    /// </summary>
    internal const int InterpretPatternsUpTo = 500;

    public static Command Create()
    {
        // Usage errors are checked in the action so they exit with 2 (the parser's own error exit code is 1, which means bad input here).
        var files = new Argument<string[]>("files") { Description = "Article files (.md, .txt) or directories of them", Arity = ArgumentArity.ZeroOrMore };
        var json = new Option<bool>("--json") { Description = "Print the extraction JSON only" };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) for articles without one" };
        var command = new Command("extract", "Extract departures and claims from articles (no store)") { files, json, published };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(parse =>
        {
            var output = CommandOutput.Out(parse);
            var error = CommandOutput.Error(parse);
            var inputs = parse.GetValue(files) ?? [];
            var unknown = parse.UnmatchedTokens.Concat(inputs.Where(i => i.StartsWith('-') && !File.Exists(i))).ToList();
            if (unknown.Count > 0)
            {
                error.WriteLine($"extract: unknown option '{unknown[0]}'. Usage: talentwatch extract [--json] [--published YYYY-MM-DD] FILE|DIR...");
                return 2;
            }

            if (inputs.Length == 0)
            {
                error.WriteLine("extract: no FILE given. Usage: talentwatch extract [--json] [--published YYYY-MM-DD] FILE|DIR...");
                return 2;
            }

            DateOnly? publishedDate = null;
            if (parse.GetValue(published) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    error.WriteLine($"--published: '{text}' is not a date (expected YYYY-MM-DD)");
                    return 2;
                }

                publishedDate = d;
            }

            return Run(inputs, parse.GetValue(json), publishedDate, output, error);
        });
        return command;
    }

    private static int Run(string[] inputs, bool json, DateOnly? published, TextWriter output, TextWriter error)
    {
        var paths = new List<string>();
        foreach (var input in inputs)
        {
            // An empty argument or one with a NUL names no file; the file API would throw rather than report it.
            if (string.IsNullOrWhiteSpace(input) || input.Contains('\0', StringComparison.Ordinal))
            {
                error.WriteLine($"'{input.Replace("\0", "\\0", StringComparison.Ordinal)}': not a file or folder name");
                return 1;
            }

            if (Directory.Exists(input))
            {
                paths.AddRange(Directory.EnumerateFiles(input)
                    .Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                paths.Add(input);
            }
        }

        if (paths.Count <= InterpretPatternsUpTo)
        {
            ExtractionPatterns.PreferInterpreted();
        }

        // The language models (the first article read) and the extractor's patterns (its first extraction) cost about the same
        // at start-up, each on one core: both at once (P24).
        var languageModels = ArticleReader.LoadLanguageModelsAsync();
        var extractor = new DepartureExtractor();
        extractor.Prepare();
        languageModels.GetAwaiter().GetResult();
        var results = new List<ExtractionResult>();
        foreach (var path in paths)
        {
            try
            {
                results.Add(extractor.Extract(ArticleReader.Read(path, published)));
            }
            catch (ArticleFormatException e)
            {
                error.WriteLine(e.Message);
                return 1;
            }
            catch (IOException e)
            {
                error.WriteLine($"{path}: {e.Message}");
                return 1;
            }
            catch (UnauthorizedAccessException e)
            {
                error.WriteLine($"{path}: {e.Message}");
                return 1;
            }
        }

        if (json)
        {
            output.WriteLine(ExtractionJson.Serialize(results));
            return 0;
        }

        foreach (var r in results)
        {
            output.WriteLine($"{r.Article.FileName} [{r.Article.Language}] {r.Article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated"}"
                + (r.LanguageSupported ? string.Empty : " (language not supported)"));
            foreach (var d in r.Departures)
            {
                output.WriteLine($"  {d.Person ?? "(unnamed)",-28} {d.From,-24} -> {d.To ?? "?",-18} {d.Date ?? "-",-10} {d.Role ?? string.Empty}{(d.Founder == true ? " (founder)" : string.Empty)}");
            }

            foreach (var c in r.Claims)
            {
                output.WriteLine($"  claim: {c.Company} {c.Metric} = {c.Value.ToString(CultureInfo.InvariantCulture)}");
            }
        }

        return 0;
    }
}
