using System.Text.RegularExpressions;
using CsCheck;
using TalentWatch.Extraction.Departures;
using TalentWatch.Extraction.Tests.Departures;

namespace TalentWatch.Extraction.Tests.Knowledge;

/// <summary>The constructions as data (Knowledge/triggers.tsv): every rule's example is its specification, and the loader
/// names the line of any mistake.</summary>
public class TriggerTableTests
{
    public static TheoryData<int, string, string> Examples()
    {
        var data = new TheoryData<int, string, string>();
        foreach (var e in TriggerRules.Examples)
        {
            data.Add(e.Line, e.Language, e.Sentence);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_rule_example_gives_its_departure(int line, string language, string sentence)
    {
        var example = TriggerRules.Examples.Single(e => e.Line == line);
        var result = ExtractionFixture.Run(language, sentence);

        Assert.True(
            result.Departures.Any(d => d.Person == example.Person && d.From == example.From && d.To == example.To),
            $"triggers.tsv:{line}: expected {example.Person ?? "none"} | {example.From} -> {example.To ?? "none"}, got "
                + string.Join("; ", result.Departures.Select(d => $"{d.Person ?? "none"} | {d.From} -> {d.To ?? "none"}")));
    }

    [Fact]
    public void Every_rule_has_an_example_and_both_languages_have_rules()
    {
        var content = TalentWatch.Extraction.Knowledge.ExtractionKnowledge.Resource("triggers.tsv");
        var rules = content.Split('\n').Count(l => l.StartsWith("rule\t", StringComparison.Ordinal));
        Assert.Equal(rules, TriggerRules.Examples.Select(e => e.RuleLine).Distinct().Count());
        Assert.NotEmpty(TriggerRules.English);
        Assert.NotEmpty(TriggerRules.Dutch);
        Assert.Equal(rules, TriggerRules.English.Count + TriggerRules.Dutch.Count);
    }

    [Fact]
    public void Every_shipped_pattern_stops_after_the_match_time_out()
    {
        var patterns = TriggerRules.English.Concat(TriggerRules.Dutch)
            .SelectMany(r => new[] { r.Pattern, r.From, r.To })
            .OfType<Regex>()
            .Concat(TriggerRules.Hedges);

        Assert.All(patterns, p => Assert.Equal(ExtractionPatterns.MatchTimeout, p.MatchTimeout));
    }

    [Fact]
    public void No_shipped_pattern_opens_a_branch_with_a_lookbehind()
    {
        // The engine finds where a pattern may start by searching for its first words; a branch that opens with a lookbehind
        // gives it none, and the lookbehind then runs at every position of every clause (decision P29).
        var content = TalentWatch.Extraction.Knowledge.ExtractionKnowledge.Resource("triggers.tsv");
        var patterns = content.Split('\n')
            .Select(l => l.TrimEnd('\r').Split('\t'))
            .SelectMany(f => f[0] switch
            {
                "rule" => new[] { f[3], f[4], f[6] },
                "marker" => [f[2]],
                _ => [],
            })
            .Where(p => p != "-" && !p.StartsWith('@'));

        Assert.All(patterns.SelectMany(TopLevelBranches), branch => Assert.False(branch.StartsWith("(?<", StringComparison.Ordinal), branch));
    }

    [Theory]
    [InlineData(@"\bleft\b|(?<=\bI )quit\b", false)]
    [InlineData(@"\b(?:left|quit)(?<=\bI (?:left|quit))\b|[(|]x", true)]
    public void The_lookbehind_check_reads_top_level_branches(string pattern, bool clean) =>
        Assert.Equal(clean, TopLevelBranches(pattern).All(b => !b.StartsWith("(?<", StringComparison.Ordinal)));

    /// <summary>The branches of a pattern's outermost alternation (escapes and character classes skipped).</summary>
    private static IEnumerable<string> TopLevelBranches(string pattern)
    {
        var (depth, inClass, start) = (0, false, 0);
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[' when !inClass:
                    inClass = true;
                    break;
                case ']' when inClass:
                    inClass = false;
                    break;
                case '(' when !inClass:
                    depth++;
                    break;
                case ')' when !inClass:
                    depth--;
                    break;
                case '|' when !inClass && depth == 0:
                    yield return pattern[start..i];
                    start = i + 1;
                    break;
            }
        }

        yield return pattern[start..];
    }

    [Fact]
    public void A_rule_that_backtracks_without_end_is_stopped_instead_of_hanging()
    {
        // A nested quantifier: on a long run of letters that fails at the end it would try 2^n ways.
        var table = TriggerTable.Parse("rule\ten\tLeave\t-\t-\t-\t(?:\\w+\\s?)+left\\b\nexample\tDana left.\tDana | X -> none", RegexOptions.None,
            matchTimeout: TimeSpan.FromMilliseconds(50));
        var text = string.Concat(Enumerable.Repeat("a", 40)) + "!";

        Assert.Throws<RegexMatchTimeoutException>(() => table.English[0].Pattern.IsMatch(text));
    }

    [Theory]
    [InlineData("rule\ten\tWanders\t-\t-\t-\t\\bleft\\b", "triggers.tsv:1: unknown kind 'Wanders'")]
    [InlineData("rule\ten\tLeave\t@Nowhere\t-\t-\t\\bleft\\b", "triggers.tsv:1: unknown marker '@Nowhere'")]
    [InlineData("rule\ten\tLeave\t-\t-\tSideways\t\\bleft\\b", "triggers.tsv:1: unknown flag 'Sideways'")]
    [InlineData("rule\tfr\tLeave\t-\t-\t-\t\\bquitte\\b", "triggers.tsv:1: unknown language 'fr'")]
    [InlineData("rule\ten\tLeave\t-\t-\t-\t(unclosed", "triggers.tsv:1: not a valid pattern")]
    [InlineData("example\tDana left.\tDana | X -> none", "triggers.tsv:1: an example must follow a rule")]
    [InlineData("rule en Leave - - - left", "triggers.tsv:1: expected 'marker NAME PATTERN'")]
    [InlineData("marker\tA\tx\nmarker\tA\ty", "triggers.tsv:2: marker 'A' is defined twice")]
    [InlineData("rule\ten\tLeave\t-\t-\t-\t\\bleft\\b\nexample\tDana left.\tno arrow here", "triggers.tsv:2: an example is")]
    public void A_mistake_in_the_file_names_its_line(string content, string expected)
    {
        var e = Assert.Throws<FormatException>(() => TriggerTable.Parse(content, RegexOptions.None));
        Assert.StartsWith(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_text_either_loads_or_fails_with_a_line_number() =>
        Gen.String[Gen.Char["rulemakexp\t\n-@|>()[]\\ enlLeavJoinHrCompanyLosesDirectObjectIsFrom"], 0, 120].Sample(text =>
        {
            try
            {
                TriggerTable.Parse(text, RegexOptions.None);
            }
            catch (FormatException e)
            {
                Assert.Matches(@"^triggers\.tsv:\d+: ", e.Message);
            }
        });
}
