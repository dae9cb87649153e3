namespace TalentWatch.Core.Dates;

/// <summary>A closed range of days, both ends inclusive.</summary>
public readonly record struct DateInterval(DateOnly Start, DateOnly End)
{
    public bool Overlaps(DateInterval other) => Start <= other.End && other.Start <= End;

    public bool LiesWithin(DateInterval other) => other.Start <= Start && End <= other.End;
}
