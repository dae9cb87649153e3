using System.Text;
using System.Text.RegularExpressions;

namespace TalentWatch.Extraction.Departures;

/// <summary>
/// Reads a .NET pattern for words every match of it contains: a set of plain ASCII strings, one of which is in the text of
/// any match (compared case-blind). Of a sequence it takes the element whose strings are longest (the first on a tie, so
/// usually the opening words); of an alternation, every branch's strings. Anything it does not know for certain (a
/// conditional, a balancing group, whitespace-ignoring mode, an optional or empty branch) gives no answer for that part,
/// and a pattern with no certain part gives <c>null</c>: the caller must then assume it can match anything.
/// </summary>
internal static class RequiredLiterals
{
    public static IReadOnlyList<string>? Of(string pattern, RegexOptions options)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if ((options & RegexOptions.IgnorePatternWhitespace) != 0)
        {
            return null;
        }

        var reader = new Reader(pattern);
        var literals = reader.Alternation();
        return reader.AtEnd && !reader.Failed ? literals : null;
    }

    private sealed class Reader(string pattern)
    {
        private int at;

        public bool AtEnd => at == pattern.Length;

        /// <summary>Met something not read: the whole pattern then has no answer.</summary>
        public bool Failed { get; private set; }

        private void Fail()
        {
            Failed = true;
            at = pattern.Length;
        }

        /// <summary>Branches up to a closing parenthesis or the end: the union of theirs, or null if any has none.</summary>
        public List<string>? Alternation()
        {
            var union = new List<string>();
            var certain = true;
            while (true)
            {
                var branch = Sequence();
                if (branch is null)
                {
                    certain = false;
                }
                else
                {
                    union.AddRange(branch.Where(b => !union.Contains(b)));
                }

                if (at < pattern.Length && pattern[at] == '|')
                {
                    at++;
                    continue;
                }

                return certain ? union : null;
            }
        }

        private List<string>? Sequence()
        {
            List<string>? best = null;
            var run = new StringBuilder();

            void Consider(List<string>? candidate)
            {
                if (candidate is { Count: > 0 } && (best is null || Shortest(candidate) > Shortest(best)))
                {
                    best = candidate;
                }
            }

            void EndRun()
            {
                if (run.Length > 0)
                {
                    Consider([run.ToString()]);
                    run.Clear();
                }
            }

            while (at < pattern.Length && pattern[at] is not ('|' or ')'))
            {
                var c = pattern[at];
                if (c == '(')
                {
                    EndRun();
                    var group = Group();
                    Consider(Quantifier() is 0 ? null : group);
                    continue;
                }

                var literal = Atom();
                var min = Quantifier();
                if (literal is { } l && l is >= ' ' and <= '~' && min is not 0)
                {
                    run.Append(l);
                    if (min is not null)
                    {
                        // "a+": one 'a' certain, then the run's next characters are not next to it for certain.
                        EndRun();
                    }
                }
                else
                {
                    EndRun();
                }
            }

            EndRun();
            return best;
        }

        /// <summary>One element that is not a group: the literal character it stands for, or null (a class, an anchor, an
        /// escape with a meaning).</summary>
        private char? Atom()
        {
            var c = pattern[at++];
            switch (c)
            {
                case '\\':
                    if (at >= pattern.Length)
                    {
                        Fail();
                        return null;
                    }

                    var escaped = pattern[at++];
                    if (escaped is 'p' or 'P' or 'k')
                    {
                        SkipPast(escaped == 'k' && at < pattern.Length && pattern[at] == '\'' ? '\'' : escaped == 'k' ? '>' : '}');
                        return null;
                    }

                    if (escaped is 'x' or 'u' or 'c' || char.IsAsciiDigit(escaped))
                    {
                        // A code, a control character or a back-reference: not worth reading.
                        Fail();
                        return null;
                    }

                    return char.IsAsciiLetterOrDigit(escaped) || escaped == '_' ? null : escaped;
                case '[':
                    SkipClass();
                    return null;
                case '.' or '^' or '$':
                    return null;
                case '*' or '+' or '?' or '{' when Quantifier(at - 1) is not null:
                    Fail();
                    return null;
                default:
                    return c;
            }
        }

        /// <summary>A group and what it requires: its content's words, or null for a negative look-around and anything
        /// read no further.</summary>
        private List<string>? Group()
        {
            at++; // '('
            var required = true;
            if (at < pattern.Length && pattern[at] == '?')
            {
                at++;
                var kind = at < pattern.Length ? pattern[at] : '\0';
                switch (kind)
                {
                    case ':' or '=' or '>':
                        at++;
                        break;
                    case '!':
                        at++;
                        required = false;
                        break;
                    case '<' when at + 1 < pattern.Length && pattern[at + 1] is '=' or '!':
                        required = pattern[at + 1] == '=';
                        at += 2;
                        break;
                    case '<' or '\'':
                        // A named group; a balancing one ("(?<a-b>") also pops another's capture: not read.
                        var close = pattern.IndexOf(kind == '<' ? '>' : '\'', at + 1);
                        if (close < 0 || pattern.AsSpan(at + 1, close - at - 1).Contains('-'))
                        {
                            Fail();
                            return null;
                        }

                        at = close + 1;
                        break;
                    case '#':
                        SkipPast(')');
                        return null;
                    default:
                        // Inline options, "(?i)" or "(?-i:...)"; case is folded by the caller, but 'x' changes what the rest
                        // of the pattern means, and "(?(" is a conditional.
                        var start = at;
                        while (at < pattern.Length && (char.IsAsciiLetter(pattern[at]) || pattern[at] == '-'))
                        {
                            at++;
                        }

                        if (at >= pattern.Length || pattern.AsSpan(start, at - start).Contains('x') || start == at && pattern[at] != ')')
                        {
                            Fail();
                            return null;
                        }

                        if (pattern[at] == ')')
                        {
                            at++;
                            return null;
                        }

                        if (pattern[at] != ':')
                        {
                            Fail();
                            return null;
                        }

                        at++;
                        break;
                }
            }

            var content = Alternation();
            if (at >= pattern.Length || pattern[at] != ')')
            {
                Fail();
                return null;
            }

            at++;
            return required ? content : null;
        }

        /// <summary>The minimum count of a quantifier at the reading position, consumed with its lazy mark; null when there is
        /// none.</summary>
        private int? Quantifier()
        {
            var min = Quantifier(at);
            if (min is null)
            {
                return null;
            }

            at = pattern[at] == '{' ? pattern.IndexOf('}', at) + 1 : at + 1;
            if (at < pattern.Length && pattern[at] == '?')
            {
                at++;
            }

            return min;
        }

        private int? Quantifier(int position)
        {
            if (position >= pattern.Length)
            {
                return null;
            }

            switch (pattern[position])
            {
                case '*' or '?':
                    return 0;
                case '+':
                    return 1;
                case '{':
                    var close = pattern.IndexOf('}', position);
                    if (close < 0)
                    {
                        return null;
                    }

                    var bounds = pattern[(position + 1)..close].Split(',');
                    return bounds.Length <= 2 && int.TryParse(bounds[0], out var min) && (bounds.Length == 1 || bounds[1].Length == 0 || int.TryParse(bounds[1], out _))
                        ? min
                        : null;
                default:
                    return null;
            }
        }

        private void SkipClass()
        {
            // '[' was read; a ']' right after it (or after '^') is a member, and "[a-[b]]" subtracts a class.
            if (at < pattern.Length && pattern[at] == '^')
            {
                at++;
            }

            if (at < pattern.Length && pattern[at] == ']')
            {
                at++;
            }

            while (at < pattern.Length && pattern[at] != ']')
            {
                if (pattern[at] == '\\')
                {
                    at++;
                }
                else if (pattern[at] == '[')
                {
                    Fail();
                    return;
                }

                at++;
            }

            if (at >= pattern.Length)
            {
                Fail();
                return;
            }

            at++;
        }

        private void SkipPast(char end)
        {
            var close = pattern.IndexOf(end, at);
            if (close < 0)
            {
                Fail();
                return;
            }

            at = close + 1;
        }

        private static int Shortest(List<string> literals) => literals.Min(l => l.Length);
    }
}
