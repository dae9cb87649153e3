using TalentWatch.Core.Dates;
using TalentWatch.Core.Timelines;

namespace TalentWatch.Core.Tests.Timelines;

public class FoundingTeamAttritionTests
{
    [Fact]
    public void The_series_accumulates_founders_by_the_end_of_each_quarter()
    {
        var series = FoundingTeamAttrition.Series(
            Quarter.Parse("2025-Q3"),
            Quarter.Parse("2026-Q1"),
            [
                new FounderDeparture(1, new DateOnly(2025, 8, 1)),
                new FounderDeparture(1, new DateOnly(2026, 2, 1)), // same founder again
                new FounderDeparture(null, new DateOnly(2025, 12, 31)),
                new FounderDeparture(2, null), // unknown date
            ],
            foundingTeamSize: 4);

        Assert.Equal(["2025-Q3", "2025-Q4", "2026-Q1"], series.Select(p => p.Quarter));
        Assert.Equal([1, 2, 2], series.Select(p => p.FoundersDepartedToDate));
        Assert.Equal([0.25m, 0.5m, 0.5m], series.Select(p => p.Attrition!.Value));
    }

    [Fact]
    public void Founders_departed_counts_each_named_founder_once_and_every_unnamed_founder_departure_dated_or_not()
    {
        var departed = FoundingTeamAttrition.FoundersDeparted(
        [
            new FounderDeparture(1, new DateOnly(2025, 8, 1)),
            new FounderDeparture(1, new DateOnly(2026, 2, 1)), // a boomerang founder leaving twice
            new FounderDeparture(2, null),
            new FounderDeparture(null, new DateOnly(2025, 12, 31)),
            new FounderDeparture(null, new DateOnly(2025, 12, 31)),
        ]);

        Assert.Equal(4, departed);
    }

    [Fact]
    public void Without_a_founding_team_size_the_attrition_is_null()
    {
        var point = Assert.Single(FoundingTeamAttrition.Series(Quarter.Parse("2025-Q3"), Quarter.Parse("2025-Q3"), [new FounderDeparture(1, new DateOnly(2025, 8, 1))], null));

        Assert.Equal(1, point.FoundersDepartedToDate);
        Assert.Null(point.Attrition);
    }
}
