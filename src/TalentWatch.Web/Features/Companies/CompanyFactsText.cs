using System.Globalization;
using TalentWatch.Core.Reports;

namespace TalentWatch.Web.Features.Companies;

/// <summary>
/// The company page's line of facts: what is known, then one plain sentence for what is not, instead of a row of dashes
/// ("Founded – · founding team – · headcount –").
/// </summary>
public static class CompanyFactsText
{
    public static string For(CompanyFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var known = new List<string>();
        var unknown = new List<string>();
        if (facts.Founded is { } founded) { known.Add($"Founded {founded.Year.ToString(CultureInfo.InvariantCulture)}"); } else { unknown.Add("founding date"); }
        if (facts.FoundingTeamSize is { } size) { known.Add($"founding team of {Figures.Count(size)}"); } else { unknown.Add("founding-team size"); }
        if (facts.Headcount is { } headcount)
        {
            known.Add($"headcount {Figures.Count(headcount)}" + (facts.HeadcountAsOf is { } asOf ? $" (as of {Figures.LongDate(asOf)})" : ""));
        }
        else
        {
            unknown.Add("headcount");
        }

        if (facts.Aliases.Count > 0)
        {
            known.Add("also known as " + string.Join(", ", facts.Aliases));
        }

        var text = known.Count > 0 ? Capitalise(string.Join(" · ", known)) + "." : string.Empty;
        if (unknown.Count > 0)
        {
            text += (text.Length > 0 ? " " : string.Empty) + $"Not recorded yet: {Join(unknown)}.";
        }

        return text;
    }

    private static string Join(List<string> items) => items.Count switch
    {
        1 => items[0],
        2 => $"{items[0]} and {items[1]}",
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
