using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TalentWatch.Extraction.Evaluation;

/// <summary>
/// The corpus scorer's comparisons, ported rule for rule: names compared case-, accent- and punctuation-blind; companies with
/// trailing legal suffixes dropped and mapped through the gold file's alias table; a gold date matched at its own precision.
/// </summary>
public static partial class ScoringNames
{
    private static readonly HashSet<string> LegalSuffixes = new(StringComparer.Ordinal)
    {
        "inc", "llc", "ltd", "corp", "corporation", "co", "bv", "nv", "gmbh", "sa", "plc", "ag",
    };

    /// <summary>
    /// NFKD with combining marks removed, case-folded, "&amp;" read as "and", every character that is neither a word character
    /// nor white space replaced by a space, white space collapsed; null for null or nothing left.
    /// </summary>
    public static string? Normalize(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var rune in decomposed.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            folded.Append(CaseFold(rune));
        }

        folded.Replace("&", " and ");
        var cleaned = new StringBuilder(folded.Length);
        foreach (var rune in folded.ToString().EnumerateRunes())
        {
            if (IsWordCharacter(rune) || Rune.IsWhiteSpace(rune))
            {
                cleaned.Append(rune.ToString());
            }
            else
            {
                cleaned.Append(' ');
            }
        }

        var words = cleaned.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? null : string.Join(' ', words);
    }

    /// <summary>The comparison key of a company name: normalised, legal suffixes dropped (never the only word), through the alias table.</summary>
    public static string? CompanyKey(string? name, IReadOnlyDictionary<string, string> aliases)
    {
        ArgumentNullException.ThrowIfNull(aliases);
        var normalized = Normalize(name);
        if (normalized is null)
        {
            return null;
        }

        var words = normalized.Split(' ').ToList();
        while (words.Count > 1 && LegalSuffixes.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        var key = string.Join(' ', words);
        return aliases.TryGetValue(key, out var canonical) ? canonical : key;
    }

    /// <summary>
    /// Whether a predicted date matches the gold one at the gold's precision (YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD): null when
    /// the gold has no date (not scored), false when only the prediction lacks one. A month matches the quarter holding it; a
    /// predicted quarter matches a year-only gold date of that year.
    /// </summary>
    public static bool? DateMatches(string? gold, string? predicted)
    {
        if (string.IsNullOrEmpty(gold))
        {
            return null;
        }

        if (string.IsNullOrEmpty(predicted))
        {
            return false;
        }

        var goldQuarter = QuarterPattern().Match(gold);
        if (goldQuarter.Success)
        {
            var predictedQuarter = QuarterPattern().Match(predicted);
            if (predictedQuarter.Success)
            {
                return predictedQuarter.Groups[1].Value == goldQuarter.Groups[1].Value && predictedQuarter.Groups[2].Value == goldQuarter.Groups[2].Value;
            }

            var month = MonthPrefixPattern().Match(predicted);
            if (!month.Success || month.Groups[1].Value != goldQuarter.Groups[1].Value)
            {
                return false;
            }

            // Floor division as the scorer's: month 00 is quarter 0, not 1.
            var monthNumber = DigitsValue(month.Groups[2].Value);
            return (int)Math.Floor((monthNumber - 1) / 3.0) + 1 == DigitsValue(goldQuarter.Groups[2].Value);
        }

        if (QuarterPattern().IsMatch(predicted))
        {
            // A quarter inside a year-only gold date.
            return gold.Length == 4 && predicted.StartsWith(gold, StringComparison.Ordinal);
        }

        return predicted.StartsWith(gold, StringComparison.Ordinal);
    }

    private static string CaseFold(Rune rune)
    {
        // Full case folding where it differs from lower-casing for the letters news names use.
        if (rune.Value == 'ß')
        {
            return "ss";
        }

        var lower = Rune.ToLowerInvariant(rune);
        return lower.Value == 'ς' ? "σ" : lower.ToString();
    }

    private static bool IsWordCharacter(Rune rune) => rune.Value == '_' || Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
        or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    private static int DigitsValue(string digits) => digits.Aggregate(0, (value, c) => (value * 10) + (int)char.GetNumericValue(c));

    [GeneratedRegex(@"\A(\d{4})-Q([1-4])\z")]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"\A(\d{4})-(\d{2})")]
    private static partial Regex MonthPrefixPattern();
}
