using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace TalentWatch.Core.Dates;

/// <summary>
/// A calendar quarter such as <c>2026-Q1</c>, from <see cref="MinValue"/> (0001-Q1) to <see cref="MaxValue"/> (9999-Q4). Its
/// arithmetic is total: no quarter in range makes <see cref="End"/>, <see cref="Next"/> or <see cref="Plus"/> throw (stepping
/// past either end stays at that end), so a stored date in 9999 cannot break a report.
/// </summary>
public readonly record struct Quarter : IComparable<Quarter>
{
    public static readonly Quarter MinValue = new(1, 1);

    public static readonly Quarter MaxValue = new(9999, 4);

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

    /// <summary>The quarter's last day, computed without month arithmetic (9999-Q4 ends on 9999-12-31, the last DateOnly).</summary>
    public DateOnly End => new(Year, Number * 3, DateTime.DaysInMonth(Year, Number * 3));

    public DateInterval Interval => new(Start, End);

    public static Quarter Containing(DateOnly day) => new(day.Year, ((day.Month - 1) / 3) + 1);

    /// <summary>Quarters since 0001-Q1 (0 for 0001-Q1): the quarter as a number for counting and stepping.</summary>
    public int Ordinal => ((Year - 1) * 4) + (Number - 1);

    /// <summary>The quarter <paramref name="ordinal"/> quarters after 0001-Q1, held within 0001-Q1 .. 9999-Q4.</summary>
    public static Quarter FromOrdinal(long ordinal)
    {
        var held = (int)Math.Clamp(ordinal, MinValue.Ordinal, MaxValue.Ordinal);
        return new Quarter((held / 4) + 1, (held % 4) + 1);
    }

    /// <summary>The quarter <paramref name="quarters"/> later (earlier when negative), held within 0001-Q1 .. 9999-Q4.</summary>
    public Quarter Plus(int quarters) => FromOrdinal((long)Ordinal + quarters);

    /// <summary>The following quarter; 9999-Q4 has none and stays 9999-Q4 (loops compare with <c>==</c> to stop, see <see cref="Through"/>).</summary>
    public Quarter Next() => Plus(1);

    /// <summary>The preceding quarter; 0001-Q1 stays 0001-Q1.</summary>
    public Quarter Previous() => Plus(-1);

    /// <summary>Every quarter from this one to <paramref name="last"/> inclusive (none when <paramref name="last"/> is earlier), safe at 9999-Q4.</summary>
    public IEnumerable<Quarter> Through(Quarter last)
    {
        for (var ordinal = Ordinal; ordinal <= last.Ordinal; ordinal++)
        {
            yield return FromOrdinal(ordinal);
        }
    }

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
