using System.Text.RegularExpressions;
using TalentWatch.Extraction.Departures;

namespace TalentWatch.Extraction.Tests.Knowledge;

/// <summary>The trigger table compiled, as long runs build it (session 25). Compiling every pattern takes a few seconds of CPU,
/// so the class runs alone, after the parallel tests, where it cannot starve the extractor's own two-second match limit in
/// the tests beside it.</summary>
[Collection(CompiledPatterns.Name)]
public class CompiledTriggerTests
{
    /// <summary>Runs of more than 500 articles build the rules compiled, and the compiled engine has failed where the interpreter
    /// did not (a named group captured twice on one path, on an upper-case sentence). Every rule and marker, compiled, reads
    /// every example as written, upper-cased and reversed without throwing.</summary>
    [Fact]
    public void Every_rule_compiled_reads_altered_examples_without_failing()
    {
        var texts = TriggerRules.Examples.SelectMany(e => new[] { e.Sentence, e.Sentence.ToUpperInvariant(), new string(e.Sentence.Reverse().ToArray()) }).ToList();
        var patterns = TriggerRules.English.Concat(TriggerRules.Dutch)
            .SelectMany(r => new[] { r.Pattern, r.From, r.To })
            .OfType<Regex>()
            .Select(p => new Regex(p.ToString(), p.Options | RegexOptions.Compiled, Regex.InfiniteMatchTimeout))
            .ToList();

        foreach (var pattern in patterns)
        {
            foreach (var text in texts)
            {
                var ex = Record.Exception(() =>
                {
                    for (var m = pattern.Match(text); m.Success; m = m.NextMatch())
                    {
                    }
                });
                Assert.True(ex is null, $"{pattern} failed on \"{text}\": {ex?.Message}");
            }
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CompiledPatterns
{
    public const string Name = "Compiled patterns";
}
