using System.Globalization;

namespace TalentWatch.Extraction.Evaluation;

/// <summary>
/// Figures printed as the corpus scorer prints them (Python's <c>f"{x:.3f}"</c>): rounded from the double's exact value, and
/// an exact tie rounded half to even (26/32 = 0.8125 is 0.812), where .NET's "F3" would round it away from zero.
/// </summary>
internal static class ScoreFormat
{
    public static string Fixed3(double value)
    {
        // "F20" writes the exact binary value's digits; a double that is not an exact tie differs from one within them.
        var digits = value.ToString("F20", CultureInfo.InvariantCulture);
        var dot = digits.IndexOf('.', StringComparison.Ordinal);
        var beyond = digits.AsSpan(dot + 4);
        var tie = beyond[0] == '5' && !beyond[1..].ContainsAnyExcept('0');
        return (tie ? Math.Round(value, 3, MidpointRounding.ToEven) : value).ToString("F3", CultureInfo.InvariantCulture);
    }
}
