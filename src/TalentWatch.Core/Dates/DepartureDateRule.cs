using System.Globalization;

namespace TalentWatch.Core.Dates;

/// <summary>
/// The one rule for a departure's date, shared by the CSV importer, the editor, the extractor and the web paths: a stated
/// date must start between 1900-01-01 and one year after today (an unknown date is always allowed). Outside that range it
/// is a typing error or an attack (a departure in 9999 once broke every quarter report), never news.
/// </summary>
public static class DepartureDateRule
{
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    /// <summary>The last day a departure may start: one year after <paramref name="today"/> (28 Feb for 29 Feb).</summary>
    public static DateOnly Latest(DateOnly today) => today.Year < 9999 ? today.AddYears(1) : DateOnly.MaxValue;

    /// <summary>Today's date in UTC from <paramref name="time"/> (the system clock when null).</summary>
    public static DateOnly Today(TimeProvider? time = null) => DateOnly.FromDateTime((time ?? TimeProvider.System).GetUtcNow().UtcDateTime);

    /// <summary>True when <paramref name="date"/> is unknown or starts between <see cref="Earliest"/> and <see cref="Latest"/>.</summary>
    public static bool Allows(PrecisionDate date, DateOnly today) => Problem(date, today) is null;

    /// <summary>Null when <paramref name="date"/> is allowed; otherwise the reason, for a CSV line, a form field or a 400 answer.</summary>
    public static string? Problem(PrecisionDate date, DateOnly today)
    {
        if (date.Interval is not { } interval)
        {
            return null;
        }

        var latest = Latest(today);
        return interval.Start < Earliest || interval.Start > latest
            ? string.Create(CultureInfo.InvariantCulture, $"date '{date}' is out of range: a departure's date must lie between 1900 and {latest:yyyy-MM-dd} (one year after today).")
            : null;
    }

    /// <summary>Parses <paramref name="text"/> (SPEC date forms, empty = unknown) and applies the rule; the error says which applies.</summary>
    public static bool TryParse(string? text, DateOnly today, out PrecisionDate date, out string? error)
    {
        if (!PrecisionDate.TryParse(text ?? string.Empty, out date))
        {
            error = $"'{text}' is not a date; expected YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY or empty.";
            return false;
        }

        error = Problem(date, today);
        return error is null;
    }

    /// <summary>True when a report may be asked for <paramref name="quarter"/>: it overlaps 1900 .. one year after today.</summary>
    public static bool AllowsQuarter(Quarter quarter, DateOnly today) => quarter.End >= Earliest && quarter.Start <= Latest(today);

    /// <summary>The 400 text for a quarter outside <see cref="AllowsQuarter"/>.</summary>
    public static string QuarterProblem(Quarter quarter, DateOnly today) =>
        string.Create(CultureInfo.InvariantCulture, $"quarter '{quarter}' is out of range: reports cover 1900-Q1 to {Quarter.Containing(Latest(today))}.");
}
