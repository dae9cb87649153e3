using System.Globalization;

namespace TalentWatch.Extraction.Claims;

/// <summary>Numbers written as digits or words, in English and Dutch.</summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100, ["a dozen"] = 12, ["dozen"] = 12,
        ["een"] = 1, ["één"] = 1, ["twee"] = 2, ["drie"] = 3, ["vier"] = 4, ["vijf"] = 5, ["zes"] = 6, ["zeven"] = 7, ["acht"] = 8,
        ["negen"] = 9, ["tien"] = 10, ["elf"] = 11, ["twaalf"] = 12, ["dertien"] = 13, ["veertien"] = 14, ["vijftien"] = 15,
        ["zestien"] = 16, ["zeventien"] = 17, ["achttien"] = 18, ["negentien"] = 19, ["twintig"] = 20, ["dertig"] = 30,
        ["veertig"] = 40, ["vijftig"] = 50, ["zestig"] = 60, ["zeventig"] = 70, ["tachtig"] = 80, ["negentig"] = 90, ["honderd"] = 100,
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6,
        ["eerste"] = 1, ["tweede"] = 2, ["derde"] = 3, ["vierde"] = 4, ["vijfde"] = 5, ["zesde"] = 6, ["zevende"] = 7,
    };

    /// <summary>Regex alternation of number words (longest first) and digits.</summary>
    public static readonly string Pattern = @"(?:\d{1,5}|" + string.Join('|', Words.Keys.OrderByDescending(k => k.Length)) + ")";

    private static readonly Dictionary<string, decimal> Fractions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["half"] = 0.5m, ["de helft"] = 0.5m, ["helft"] = 0.5m, ["a third"] = 1m / 3, ["one third"] = 1m / 3, ["een derde"] = 1m / 3,
        ["two thirds"] = 2m / 3, ["two-thirds"] = 2m / 3, ["twee derde"] = 2m / 3, ["a quarter"] = 0.25m, ["one quarter"] = 0.25m,
        ["een kwart"] = 0.25m, ["a fifth"] = 0.2m, ["een vijfde"] = 0.2m, ["three quarters"] = 0.75m, ["driekwart"] = 0.75m,
        ["a tenth"] = 0.1m, ["een tiende"] = 0.1m,
    };

    public static readonly string FractionPattern = "(?:" + string.Join('|', Fractions.Keys.OrderByDescending(k => k.Length)) + ")";

    public static int? Parse(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
        : Words.TryGetValue(text.Trim(), out var w) ? w : null;

    public static decimal? ParseFraction(string text) => Fractions.TryGetValue(text.Trim(), out var f) ? f : null;
}
