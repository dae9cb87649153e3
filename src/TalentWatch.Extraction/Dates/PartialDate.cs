using System.Globalization;

namespace TalentWatch.Extraction.Dates;

internal enum DatePrecision
{
    Year = 1,
    Quarter = 2,
    Month = 3,
    Day = 4,
}

/// <summary>A date known to a given precision, written as YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD.</summary>
internal readonly record struct PartialDate(int Year, int Month, int Day, DatePrecision Precision)
{
    public static PartialDate OfYear(int year) => new(year, 1, 1, DatePrecision.Year);

    public static PartialDate OfQuarter(int year, int quarter) => new(year, ((quarter - 1) * 3) + 1, 1, DatePrecision.Quarter);

    public static PartialDate OfMonth(int year, int month) => new(year, month, 1, DatePrecision.Month);

    public static PartialDate OfDay(DateOnly d) => new(d.Year, d.Month, d.Day, DatePrecision.Day);

    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Quarter => $"{Year:D4}-Q{((Month - 1) / 3) + 1}",
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        _ => $"{Year:D4}-{Month:D2}-{Day:D2}",
    };
}
