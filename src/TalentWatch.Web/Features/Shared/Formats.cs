using System.Globalization;
using TalentWatch.Core.Reports;

namespace TalentWatch.Web.Features.Shared;

/// <summary>Page text for figures; shares, counts and dates go through <see cref="Figures"/>, as every export does.</summary>
public static class Formats
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Percent(decimal? share) => Figures.Percent(share);

    public static string Percent(double? share) => Figures.Percent(share);

    public static string Number(int? value) => Figures.Count(value);

    /// <summary>"4 of 12, 33%"; "4 founders (team size unknown)" without a size.</summary>
    public static string FoundersOf(int departed, int? teamSize) => teamSize is > 0
        ? string.Create(Invariant, $"{departed} of {teamSize}, {Percent((decimal)departed / teamSize.Value)}")
        : string.Create(Invariant, $"{departed} (team size unknown)");

    /// <summary>Shortens long text (an article "title" can be a whole first paragraph) at a word boundary.</summary>
    public static string Shorten(string? text, int max = 100)
    {
        if (string.IsNullOrEmpty(text) || text.Length <= max)
        {
            return text ?? string.Empty;
        }

        var cut = text[..max];
        var space = cut.LastIndexOf(' ');
        return (space > max / 2 ? cut[..space] : cut).TrimEnd(',', '.', ';', ':') + "…";
    }

    public static string Date(DateOnly? date) => date is { } d ? Figures.LongDate(d) : Figures.Missing;
}
