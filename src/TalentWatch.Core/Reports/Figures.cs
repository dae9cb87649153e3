using System.Globalization;

namespace TalentWatch.Core.Reports;

/// <summary>
/// The one way figures are written for people: the pages, the CSV, XLSX, Markdown and PDF exports all format shares,
/// counts and dates through here, so "16.7%" reads the same everywhere. The JSON API and the summary JSON stay raw
/// (4-decimal ratios, SPEC), and so does nothing else.
/// </summary>
public static class Figures
{
    /// <summary>What a missing figure (unknown team size, no headcount) reads as on a page or in a report.</summary>
    public const string Missing = "–";

    /// <summary>Decimals of a percentage: 0.1667 is "16.7%", 0.0127 is "1.3%", 1 is "100%".</summary>
    public const int PercentDecimals = 1;

    /// <summary>The spreadsheet number format with the same precision as <see cref="Percent(decimal?, string)"/>; the cell holds the raw share.</summary>
    public const string SpreadsheetPercent = "0.0%";

    /// <summary>The spreadsheet date format: ISO dates, which sort and filter as dates and read the same in every locale.</summary>
    public const string SpreadsheetDate = "yyyy-mm-dd";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A share (0.625) as a percentage ("62.5%"), rounded half away from zero; <paramref name="missing"/> when null.</summary>
    public static string Percent(decimal? share, string missing = Missing) => share is { } s
        ? Math.Round(s * 100m, PercentDecimals, MidpointRounding.AwayFromZero).ToString("0.#", Invariant) + "%"
        : missing;

    public static string Percent(double? share, string missing = Missing) =>
        Percent(share is { } s && double.IsFinite(s) ? (decimal)s : null, missing);

    /// <summary>A count with thousands separators ("1,204"); <paramref name="missing"/> when null.</summary>
    public static string Count(int? value, string missing = Missing) => value?.ToString("#,0", Invariant) ?? missing;

    /// <summary>A date as YYYY-MM-DD, the form exports and file names use.</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);

    /// <summary>A date as people read it on a page or in a report: "31 Mar 2026".</summary>
    public static string LongDate(DateOnly date) => date.ToString("d MMM yyyy", Invariant);

    /// <summary>True when the quarter has not ended on <paramref name="today"/>: its figures are so far, not final.</summary>
    public static bool IsPartial(QuarterSummary summary, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return today < summary.To;
    }

    /// <summary>"Partial quarter: figures to 2 Dec 2026; the quarter ends 31 Dec 2026." for a quarter that has not ended.</summary>
    public static string PartialNote(QuarterSummary summary, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return today < summary.From
            ? $"Future quarter: it starts {LongDate(summary.From)}; only departures already dated in it are counted."
            : $"Partial quarter: figures to {LongDate(today)}; the quarter ends {LongDate(summary.To)}.";
    }

    /// <summary>How the report's figures are defined, said once for every page and export.</summary>
    public static readonly IReadOnlyList<string> Definitions =
    [
        "Departures: accepted departures whose date lies within the quarter.",
        "Unplaced: departures whose date overlaps the quarter but is too vague to place in it (a year, say); counted nowhere else.",
        "Founding-team attrition: founders who have left by the quarter's end, as a share of the recorded founding team.",
        "Attrition rate: departures in the quarter as a share of the latest headcount on or before its first day.",
        "– means the figure is unknown (no founding-team size or headcount recorded).",
    ];
}
