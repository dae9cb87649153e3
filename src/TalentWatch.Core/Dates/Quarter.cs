using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace TalentWatch.Core.Dates;

/// <summary>A calendar quarter such as <c>2026-Q1</c>.</summary>
public readonly record struct Quarter : IComparable<Quarter>
{
    public Quarter(int year, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 4);
        Year = year;
        Number = number;
    }

    public int Year { get; }

    public int Number { get; }

    public DateOnly Start => new(Year, ((Number - 1) * 3) + 1, 1);

    public DateOnly End => Start.AddMonths(3).AddDays(-1);

    public DateInterval Interval => new(Start, End);

    public static Quarter Containing(DateOnly day) => new(day.Year, ((day.Month - 1) / 3) + 1);

    public Quarter Next() => Number == 4 ? new Quarter(Year + 1, 1) : new Quarter(Year, Number + 1);

    public Quarter Previous() => Number == 1 ? new Quarter(Year - 1, 4) : new Quarter(Year, Number - 1);

    public bool Contains(DateOnly day) => Start <= day && day <= End;

    /// <summary>Parses <c>YYYY-Qn</c> (case-insensitive Q).</summary>
    public static Quarter Parse(string text) =>
        TryParse(text, out var quarter)
            ? quarter
            : throw new FormatException($"'{text}' is not a quarter; expected YYYY-Qn, for example 2026-Q1.");

    public static bool TryParse([NotNullWhen(true)] string? text, out Quarter quarter)
    {
        quarter = default;
        if (text is null)
        {
            return false;
        }

        text = text.Trim();
        if (text.Length != 7 || text[4] != '-' || (text[5] != 'Q' && text[5] != 'q'))
        {
            return false;
        }

        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1
            || text[6] < '1' || text[6] > '4')
        {
            return false;
        }

        quarter = new Quarter(year, text[6] - '0');
        return true;
    }

    public int CompareTo(Quarter other) => (Year, Number).CompareTo((other.Year, other.Number));

    public static bool operator <(Quarter left, Quarter right) => left.CompareTo(right) < 0;

    public static bool operator >(Quarter left, Quarter right) => left.CompareTo(right) > 0;

    public static bool operator <=(Quarter left, Quarter right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Quarter left, Quarter right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Number}");
}
