using System.Text;
using System.Text.RegularExpressions;

namespace TalentWatch.Extraction.Departures;

/// <summary>
/// Which trigger rules can match a clause at all. Every rule is tried on every clause, and most clauses contain none of
/// the words a rule needs, so each rule's pattern is read once at load for words every match of it must contain
/// (<see cref="RequiredLiterals"/>: "stepped", "steps", "step" or "has stepped" for "\b(?:stepped|steps|step|has stepped)
/// (?:down|aside)\b"), and a clause meets only the rules one of whose words it contains. A rule whose pattern cannot be
/// read that way is always tried. The rules keep their order, so the first match of a span is still the first rule's.
/// </summary>
internal sealed class TriggerPrefilter
{
    private readonly IReadOnlyList<TriggerRule> rules;
    private readonly int[] alwaysTried;
    private readonly LiteralTrie words = new();
    private readonly CaseFold fold;

    public TriggerPrefilter(IReadOnlyList<TriggerRule> rules)
    {
        this.rules = rules;
        fold = CaseFold.For(rules.Count > 0 ? rules[0].Pattern.Options : RegexOptions.None);
        var always = new List<int>();
        for (var i = 0; i < rules.Count; i++)
        {
            var pattern = rules[i].Pattern;
            // One fold per clause serves every rule whose options fold alike.
            if (!fold.Ambiguous && CaseFold.For(pattern.Options) == fold && RequiredLiterals.Of(pattern.ToString(), pattern.Options) is { } literals)
            {
                foreach (var literal in literals)
                {
                    words.Add(fold.Apply(literal), i);
                }
            }
            else
            {
                always.Add(i);
            }
        }

        alwaysTried = [.. always];
    }

    /// <summary>How many rules are tried on every clause because their patterns could not be read (for the tests).</summary>
    public int AlwaysTriedCount => alwaysTried.Length;

    /// <summary>The rules that may match <paramref name="clause"/>, in table order.</summary>
    public List<TriggerRule> RulesThatMayMatch(string clause)
    {
        var may = new bool[rules.Count];
        foreach (var i in alwaysTried)
        {
            may[i] = true;
        }

        words.MarkRulesOfWordsIn(clause, fold, may);
        var result = new List<TriggerRule>();
        for (var i = 0; i < may.Length; i++)
        {
            if (may[i])
            {
                result.Add(rules[i]);
            }
        }

        return result;
    }

    /// <summary>The required words of all rules, folded, as a trie walked from every position of a clause.</summary>
    private sealed class LiteralTrie
    {
        private readonly Dictionary<long, int> edges = [];
        private readonly List<List<int>?> rulesEndingAt = [null];

        public void Add(string word, int rule)
        {
            var node = 0;
            foreach (var c in word)
            {
                var key = Edge(node, c);
                if (!edges.TryGetValue(key, out var next))
                {
                    next = rulesEndingAt.Count;
                    rulesEndingAt.Add(null);
                    edges.Add(key, next);
                }

                node = next;
            }

            (rulesEndingAt[node] ??= []).Add(rule);
        }

        public void MarkRulesOfWordsIn(string text, CaseFold fold, bool[] may)
        {
            for (var start = 0; start < text.Length; start++)
            {
                var node = 0;
                for (var i = start; i < text.Length && edges.TryGetValue(Edge(node, fold.Apply(text[i])), out node); i++)
                {
                    if (rulesEndingAt[node] is { } ending)
                    {
                        foreach (var rule in ending)
                        {
                            may[rule] = true;
                        }
                    }
                }
            }
        }

        private static long Edge(int node, char c) => ((long)node << 16) | c;
    }
}

/// <summary>
/// Folds text so that two characters the regular-expression engine matches alike under some options fold alike: ASCII
/// letters to lower case, and the few other characters the engine treats as one of them (the Kelvin sign for "k"), asked
/// of the engine itself rather than listed, so a literal found by the engine is always found in the folded text.
/// </summary>
internal sealed class CaseFold
{
    private static readonly Dictionary<RegexOptions, CaseFold> Folds = [];
    private readonly Dictionary<char, char> nonAsciiLetters = [];

    private CaseFold(RegexOptions options)
    {
        // A culture's own case rules may pair letters otherwise (the Turkish dotless i with 'I'): only the invariant
        // culture's are asked for.
        if ((options & RegexOptions.CultureInvariant) == 0)
        {
            Ambiguous = true;
            return;
        }

        // Folded as if case-blind even for a case-sensitive pattern, which may turn case-blindness on inside itself: folding
        // more characters together than the engine does only lets more clauses through.
        var caseOptions = options | RegexOptions.IgnoreCase;
        var everyOtherCharacter = new StringBuilder(char.MaxValue - 127);
        for (var c = 128; c <= char.MaxValue; c++)
        {
            everyOtherCharacter.Append((char)c);
        }

        foreach (Match m in new Regex("[a-z]", caseOptions).Matches(everyOtherCharacter.ToString()))
        {
            var letters = Enumerable.Range('a', 26).Select(l => (char)l).Where(l => Regex.IsMatch(m.Value, l.ToString(), caseOptions)).ToList();
            if (letters.Count == 1)
            {
                nonAsciiLetters[m.Value[0]] = letters[0];
            }
            else
            {
                Ambiguous = true;
            }
        }
    }

    /// <summary>True when the fold cannot be trusted (some character matches two ASCII letters, or the culture is not the
    /// invariant one): no rule is then filtered.</summary>
    public bool Ambiguous { get; }

    public static CaseFold For(RegexOptions options)
    {
        // Only the culture decides which characters one literal character matches case-blind.
        var key = options & RegexOptions.CultureInvariant;
        lock (Folds)
        {
            if (!Folds.TryGetValue(key, out var fold))
            {
                fold = new CaseFold(key);
                Folds[key] = fold;
            }

            return fold;
        }
    }

    public char Apply(char c) => c < 128
        ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c)
        : nonAsciiLetters.TryGetValue(c, out var letter) ? letter : c;

    public string Apply(string text) => string.Create(text.Length, (text, this), static (span, state) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = state.Item2.Apply(state.text[i]);
        }
    });
}
