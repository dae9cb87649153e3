using System.Text.RegularExpressions;

namespace TalentWatch.Extraction;

/// <summary>
/// How the extractor runs the patterns it builds at run time (the trigger rules, the claim and mention patterns; the constant
/// ones are <c>[GeneratedRegex]</c> and need no choice). Compiled (the default) emits and JIT-compiles IL for each pattern
/// once per process, about half a second of CPU, for the fastest matching; interpreted starts at once and matches an article
/// only slightly slower. A process that reads a few hundred articles or fewer, such as the command line's <c>extract</c> of
/// a file, finishes sooner interpreted; the web app, imports and batch runs keep compiling (docs/decisions.md P13).
/// Both give the same matches: only the speed differs.
/// </summary>
public static class ExtractionPatterns
{
    private static volatile bool interpreted;
    private static volatile bool built;

    /// <summary>
    /// How long one match of a run-time pattern (the trigger rules of Knowledge/triggers.tsv and the hedges) may take. A
    /// well-formed rule matches a clause in microseconds; a rule that backtracks without end on some text (a nested
    /// quantifier added to the table) would hold an import or a web request for minutes. Past this the match stops and the
    /// article is reported as too complex to read (<see cref="ArticleFormatException"/>), instead of hanging (decision P28).
    /// </summary>
    public static TimeSpan MatchTimeout { get; } = TimeSpan.FromSeconds(2);

    /// <summary>The option the extractor's run-time patterns are built with: <see cref="RegexOptions.Compiled"/> or none.</summary>
    public static RegexOptions Compilation
    {
        get
        {
            built = true;
            return interpreted ? RegexOptions.None : RegexOptions.Compiled;
        }
    }

    /// <summary>
    /// Asks for interpreted patterns. Takes effect only before the extractor has built any pattern in this process (the
    /// patterns are built once); returns whether it did, so a process that already extracted keeps what it has.
    /// </summary>
    public static bool PreferInterpreted()
    {
        if (built)
        {
            return interpreted;
        }

        interpreted = true;
        return true;
    }
}
