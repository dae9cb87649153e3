using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace TalentWatch.Core.Dates;

/// <summary>
/// A date stated at some precision: <c>YYYY-MM-DD</c>, <c>YYYY-MM</c>, <c>YYYY-Qn</c>, <c>YYYY</c> or unknown (SPEC "Dates with precision").
/// </summary>
public readonly record struct PrecisionDate : IComparable<PrecisionDate>
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private PrecisionDate(DatePrecision precision, int year, int part, int day)
    {
        Precision = precision;
        Year = year;
        Part = part;
        Day = day;
    }

    public static PrecisionDate Unknown => default;

    public DatePrecision Precision { get; }

    public int Year { get; }

    /// <summary>The month (day and month precision) or the quarter number (quarter precision); 0 otherwise.</summary>
    private int Part { get; }

    private int Day { get; }

    public bool IsKnown => Precision != DatePrecision.Unknown;

    public static PrecisionDate OfDay(DateOnly day) => new(DatePrecision.Day, day.Year, day.Month, day.Day);

    public static PrecisionDate OfMonth(int year, int month)
    {
        _ = new DateOnly(year, month, 1);
        return new(DatePrecision.Month, year, month, 0);
    }

    public static PrecisionDate OfQuarter(Quarter quarter) => new(DatePrecision.Quarter, quarter.Year, quarter.Number, 0);

    public static PrecisionDate OfYear(int year)
    {
        _ = new DateOnly(year, 1, 1);
        return new(DatePrecision.Year, year, 0, 0);
    }

    /// <summary>The days the date may stand for; null when unknown.</summary>
    public DateInterval? Interval => Precision switch
    {
        DatePrecision.Day => new DateInterval(new DateOnly(Year, Part, Day), new DateOnly(Year, Part, Day)),
        DatePrecision.Month => new DateInterval(new DateOnly(Year, Part, 1), new DateOnly(Year, Part, DateTime.DaysInMonth(Year, Part))),
        DatePrecision.Quarter => new Quarter(Year, Part).Interval,
        DatePrecision.Year => new DateInterval(new DateOnly(Year, 1, 1), new DateOnly(Year, 12, 31)),
        _ => null,
    };

    /// <summary>An unknown date overlaps everything (SPEC "One departure, many reports").</summary>
    public bool Overlaps(PrecisionDate other) =>
        Interval is not { } mine || other.Interval is not { } theirs || mine.Overlaps(theirs);

    /// <summary>Parses the SPEC forms; null, empty and white space are the unknown date.</summary>
    public static PrecisionDate Parse(string? text) =>
        text is null ? Unknown : TryParse(text, out var date)
            ? date
            : throw new FormatException($"'{text}' is not a date; expected YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY or empty.");

    /// <summary>Parses the SPEC forms; null, empty and white space are the unknown date.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out PrecisionDate date)
    {
        date = Unknown;
        if (string.IsNullOrWhiteSpace(text))
        {
            return text is not null;
        }

        text = text.Trim();
        switch (text.Length)
        {
            case 4 when TryYear(text, out var year):
                date = new(DatePrecision.Year, year, 0, 0);
                return true;
            case 7 when Quarter.TryParse(text, out var quarter):
                date = OfQuarter(quarter);
                return true;
            case 7 when text[4] == '-' && TryYear(text[..4], out var year)
                        && TryNumber(text[5..], 1, 12, out var month):
                date = new(DatePrecision.Month, year, month, 0);
                return true;
            case 10 when TryDay(text, out var day):
                date = OfDay(day);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// <c>YYYY-MM-DD</c> with ASCII digits, a real day: what <c>DateOnly.TryParseExact(text, "yyyy-MM-dd", Invariant)</c>
    /// accepts (a generated-input test compares them), without its culture-aware matching of the separators, which cost
    /// about 8 µs a date on a CSV import of 100,000 rows (decision P12).
    /// </summary>
    private static bool TryDay(string text, out DateOnly day)
    {
        day = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text.AsSpan(0, 4), out var year) || !TryDigits(text.AsSpan(5, 2), out var month) || !TryDigits(text.AsSpan(8, 2), out var dayOfMonth)
            || year < 1 || month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        day = new DateOnly(year, month, dayOfMonth);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static bool TryYear(string text, out int year) => TryNumber(text, 1, 9999, out year);

    private static bool TryNumber(string text, int min, int max, out int value) =>
        int.TryParse(text, NumberStyles.None, Invariant, out value) && value >= min && value <= max;

    /// <summary>The SPEC form (<c>2026-01</c>); empty when unknown.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Create(Invariant, $"{Year:D4}-{Part:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(Invariant, $"{Year:D4}-{Part:D2}"),
        DatePrecision.Quarter => string.Create(Invariant, $"{Year:D4}-Q{Part}"),
        DatePrecision.Year => Year.ToString("D4", Invariant),
        _ => string.Empty,
    };

    /// <summary>The SPEC form, or null when unknown (for storage and JSON).</summary>
    public string? ToNullableString() => IsKnown ? ToString() : null;

    /// <summary>What a reader sees: "12 Jan 2026", "Jan 2026", "Q3 2025", "2024" or "date unknown".</summary>
    public string ToDisplayString() => Precision switch
    {
        DatePrecision.Day => new DateOnly(Year, Part, Day).ToString("d MMM yyyy", Invariant),
        DatePrecision.Month => new DateOnly(Year, Part, 1).ToString("MMM yyyy", Invariant),
        DatePrecision.Quarter => string.Create(Invariant, $"Q{Part} {Year}"),
        DatePrecision.Year => Year.ToString("D4", Invariant),
        _ => "date unknown",
    };

    /// <summary>Chronological by interval start, then the more precise first; unknown dates last.</summary>
    public int CompareTo(PrecisionDate other)
    {
        if (Interval is not { } mine)
        {
            return other.IsKnown ? 1 : 0;
        }

        if (other.Interval is not { } theirs)
        {
            return -1;
        }

        var byStart = mine.Start.CompareTo(theirs.Start);
        return byStart != 0 ? byStart : mine.End.CompareTo(theirs.End);
    }

    public static bool operator <(PrecisionDate left, PrecisionDate right) => left.CompareTo(right) < 0;

    public static bool operator >(PrecisionDate left, PrecisionDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(PrecisionDate left, PrecisionDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(PrecisionDate left, PrecisionDate right) => left.CompareTo(right) >= 0;
}
