using TalentWatch.Core.Dates;
using TalentWatch.Core.Reports;

namespace TalentWatch.Core.Timelines;

/// <summary>A founder departure of one company: the person (null when unnamed) and the last day its date may stand for.</summary>
public readonly record struct FounderDeparture(int? PersonId, DateOnly? End);

public static class FoundingTeamAttrition
{
    /// <summary>
    /// foundersDepartedToDate over all of <paramref name="founderDepartures"/>, dated or not: distinct named founders plus
    /// each unnamed founder departure (SPEC metric definitions).
    /// </summary>
    public static int FoundersDeparted(IEnumerable<FounderDeparture> founderDepartures)
    {
        var people = new HashSet<int>();
        var unnamed = 0;
        foreach (var departure in founderDepartures)
        {
            if (departure.PersonId is { } person)
            {
                people.Add(person);
            }
            else
            {
                unnamed++;
            }
        }

        return people.Count + unnamed;
    }

    /// <summary>
    /// foundersDepartedToDate and the attrition for every quarter from <paramref name="first"/> to <paramref name="last"/>:
    /// distinct named founders plus each unnamed founder departure whose interval ends on or before the quarter's end.
    /// </summary>
    public static IReadOnlyList<AttritionPoint> Series(Quarter first, Quarter last, IEnumerable<FounderDeparture> founderDepartures, int? foundingTeamSize)
    {
        var dated = founderDepartures.Where(d => d.End is not null).ToList();
        var points = new List<AttritionPoint>();
        foreach (var quarter in first.Through(last))
        {
            var departed = FoundersDeparted(dated.Where(d => d.End <= quarter.End));
            points.Add(new AttritionPoint(quarter.ToString(), quarter.End, departed, QuarterSummaryCalculator.Ratio(departed, foundingTeamSize)));
        }

        return points;
    }
}
