using System.Text.RegularExpressions;
using CsCheck;
using TalentWatch.Extraction.Departures;

namespace TalentWatch.Extraction.Tests.Departures;

/// <summary>The prefilter may only skip a rule that cannot match: it changes how fast the rules run, never what they
/// find.</summary>
public class TriggerPrefilterTests
{
    private const RegexOptions RuleOptions = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    [Theory]
    [InlineData(@"\b(?:stepped|steps) (?:down|aside)\b", "stepped|steps")]
    [InlineData(@"\b(?:is |are )?set to (?:leave|depart)\b", "set to ")]
    [InlineData(@"\bresign(?:ed|s)?\b", "resign")]
    [InlineData(@"\bco-?founder", "founder")]
    [InlineData(@"\b(?:left|quit)(?<=\bI (?:left|quit))\b|\bexodus\b", "left|quit|exodus")]
    [InlineData(@"^\s*(?<who>\p{Lu}\w+)\s+(?-i:Left)\b", "Left")]
    public void A_pattern_gives_the_words_every_match_contains(string pattern, string expected) =>
        Assert.Equal(expected.Split('|'), RequiredLiterals.Of(pattern, RuleOptions));

    [Theory]
    [InlineData(@"\bleft\b|\w+")]
    [InlineData(@"(?:left)?")]
    [InlineData(@"\bleft|")]
    [InlineData(@"(?<a>x)?(?(a)left|quit)")]
    [InlineData(@"(?x) l e f t")]
    [InlineData(@"(?!left)\w+")]
    public void A_pattern_it_cannot_read_gives_no_words(string pattern) =>
        Assert.Null(RequiredLiterals.Of(pattern, RuleOptions));

    [Fact]
    public void A_rule_whose_opening_cannot_be_read_is_always_tried_in_its_place()
    {
        var rules = new[] { Rule(@"\bleft\b"), Rule(@"(?<a>x)?(?(a)quit|\w+)"), Rule(@"\bquit\b") };
        var prefilter = new TriggerPrefilter(rules);

        Assert.Equal(1, prefilter.AlwaysTriedCount);
        Assert.Equal([rules[1]], prefilter.RulesThatMayMatch("nothing to see"));
        Assert.Equal([rules[1], rules[2]], prefilter.RulesThatMayMatch("then she QUIT"));
        Assert.Equal(rules, prefilter.RulesThatMayMatch("she left, he quit"));
    }

    [Fact]
    public void A_character_the_engine_matches_case_blind_is_folded_alike()
    {
        // The Kelvin sign matches 'k' case-blind in the engine, though not in an ordinal comparison.
        var rule = Rule(@"\bkicked out\b");
        const string clause = "she was \u212Aicked out";

        Assert.Matches(rule.Pattern, clause);
        Assert.Equal([rule], new TriggerPrefilter([rule]).RulesThatMayMatch(clause));
    }

    [Fact]
    public void Every_shipped_rule_is_read()
    {
        // A rule the prefilter cannot read is tried on every clause, as all were before it: correct, only slower.
        Assert.Empty(TriggerRules.English.Concat(TriggerRules.Dutch).Select(r => r.Pattern)
            .Where(p => RequiredLiterals.Of(p.ToString(), p.Options) is null).Select(p => p.ToString()));
        Assert.Equal(0, new TriggerPrefilter(TriggerRules.English).AlwaysTriedCount);
        Assert.Equal(0, new TriggerPrefilter(TriggerRules.Dutch).AlwaysTriedCount);
    }

    [Fact]
    public void On_clauses_made_of_the_rules_own_examples_no_rule_that_matches_is_skipped()
    {
        var words = TriggerRules.Examples.SelectMany(e => e.Sentence.Split(' ')).Distinct().ToArray();
        var clause = Gen.Select(Gen.Int[0, words.Length - 1].Array[1, 14], Gen.Int[0, 2], (picked, casing) =>
        {
            var text = string.Join(' ', picked.Select(i => words[i]));
            return casing switch { 1 => text.ToUpperInvariant(), 2 => text.Replace('k', '\u212A'), _ => text };
        });
        var examples = TriggerRules.Examples.Select(e => e.Sentence);

        foreach (var rules in new[] { TriggerRules.English, TriggerRules.Dutch })
        {
            var prefilter = new TriggerPrefilter(rules);
            foreach (var text in examples)
            {
                AssertKeepsEveryMatchingRule(rules, prefilter, text);
            }

            clause.Sample(text => AssertKeepsEveryMatchingRule(rules, prefilter, text), iter: 2000);
        }
    }

    [Fact]
    public void On_generated_patterns_and_texts_no_rule_that_matches_is_skipped()
    {
        string[] pieces = ["left", "quit", "ki", "a", " ", @"\b", "(?:", "(?<n>", ")", "|", "?", "*", "+", "{2}", "[ab]", @"\s", "(?=", "(?!",
            "(?<=", "(?i:", "(?-i:", ".", "K", @"\.", "^"];
        var pattern = Gen.Int[0, pieces.Length - 1].Array[1, 10].Select(p => string.Concat(p.Select(i => pieces[i])));
        var text = Gen.String[Gen.Char["abKkleftquit .\u212A"], 0, 30];

        Gen.Select(pattern, text.Array[1, 8]).Sample((p, texts) =>
        {
            TriggerRule rule;
            try
            {
                rule = Rule(p);
            }
            catch (ArgumentException)
            {
                return;
            }

            var prefilter = new TriggerPrefilter([rule]);
            foreach (var t in texts)
            {
                AssertKeepsEveryMatchingRule([rule], prefilter, t);
            }
        }, iter: 5000);
    }

    private static void AssertKeepsEveryMatchingRule(IReadOnlyList<TriggerRule> rules, TriggerPrefilter prefilter, string clause)
    {
        var kept = prefilter.RulesThatMayMatch(clause);
        Assert.Equal(rules.Where(kept.Contains), kept);
        var skipped = rules.Where(r => !kept.Contains(r) && r.Pattern.IsMatch(clause)).Select(r => r.Pattern.ToString()).FirstOrDefault();
        Assert.True(skipped is null, $"'{clause}': skipped {skipped}");
    }

    private static TriggerRule Rule(string pattern) => new(new Regex(pattern, RuleOptions), TriggerKind.Leave, null, null);
}
