namespace TalentWatch.Core.Dates;

/// <summary>How much of a date the source actually stated. Ordered from least to most precise.</summary>
public enum DatePrecision
{
    Unknown = 0,
    Year = 1,
    Quarter = 2,
    Month = 3,
    Day = 4,
}
