using TalentWatch.Web.Features.Companies;
using TalentWatch.Web.Tests.Support;

namespace TalentWatch.Web.Tests.Components;

public sealed class CompanyTimelineTests
{
    private static CompanyDetail Tml() => Rows.Company("Thinking Machines Lab", 12,
        Rows.Departure("Andrew Tulloch", "Thinking Machines Lab", "Meta", "2025-10", founder: true),
        Rows.Departure("Barret Zoph", "Thinking Machines Lab", "OpenAI", "2026-01-14"),
        Rows.Departure("Luke Metz", "Thinking Machines Lab", "OpenAI", "2026-01", founder: true),
        Rows.Departure(null, "Thinking Machines Lab", null, null, founder: true),
        Rows.Departure("Sam Lee", "Thinking Machines Lab", "Meta", "2026-Q1"));

    [Fact]
    public void Destination_chips_are_by_count_then_name_with_unknown_last()
    {
        var timeline = new CompanyTimeline(Tml(), null);

        Assert.Equal(["Meta", "OpenAI", "Unknown"], timeline.Destinations.Select(d => d.Name));
        Assert.Equal([2, 2, 1], timeline.Destinations.Select(d => d.Departures));
    }

    [Fact]
    public void To_filter_keeps_only_that_destination()
    {
        var timeline = new CompanyTimeline(Tml(), "openai");

        Assert.All(timeline.Filtered, d => Assert.Equal("openai", d.DestinationSlug));
        Assert.Equal(2, timeline.Filtered.Count);
        Assert.False(timeline.UnknownFilter);
    }

    [Fact]
    public void Unknown_to_filter_shows_nothing_and_says_so()
    {
        var timeline = new CompanyTimeline(Tml(), "google");

        Assert.True(timeline.UnknownFilter);
        Assert.Empty(timeline.Filtered);
    }

    [Fact]
    public void Groups_are_years_newest_first_with_unknown_dates_last()
    {
        var groups = new CompanyTimeline(Tml(), null).Groups();

        Assert.Equal(["2026", "2025", "Date unknown"], groups.Select(g => g.Heading));
        Assert.Equal(["Barret Zoph", "Sam Lee", "Luke Metz"], groups[0].Departures.Select(d => d.PersonName));
    }

    [Fact]
    public void Founders_counted_by_person_and_each_unnamed_founder_once()
    {
        var timeline = new CompanyTimeline(Tml(), null);

        Assert.Equal(3, timeline.FoundersDeparted);
        Assert.Equal(0.25, timeline.FoundingTeamAttrition);
    }

    [Fact]
    public void Attrition_chart_is_cumulative_per_quarter()
    {
        var points = new CompanyTimeline(Tml(), null).AttritionOverQuarters();

        Assert.Equal(["2025-Q4", "2026-Q1"], points.Select(p => p.Quarter));
        Assert.Equal([1, 2], points.Select(p => p.FoundersDeparted));
        Assert.Equal(0.1667, points[1].Share);
    }

    [Fact]
    public void No_attrition_chart_without_a_founding_team_size()
    {
        var detail = Rows.Company("Meta", null, Rows.Departure("A B", "Meta", null, "2026-01", founder: true));

        Assert.Empty(new CompanyTimeline(detail, null).AttritionOverQuarters());
        Assert.Null(new CompanyTimeline(detail, null).FoundingTeamAttrition);
    }

    [Fact]
    public void A_long_timeline_is_paged_newest_first_and_an_out_of_range_page_shows_the_last()
    {
        var departures = Enumerable.Range(0, 120)
            .Select(i => Rows.Departure($"Person {i}", "Bigco", "Meta", new DateOnly(2020, 1, 1).AddDays(i * 7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
            .ToArray();
        var timeline = new CompanyTimeline(Rows.Company("Bigco", null, departures), null);

        var first = timeline.Groups(1).SelectMany(g => g.Departures).ToList();
        var last = timeline.Groups(99).SelectMany(g => g.Departures).ToList();

        Assert.Equal(3, timeline.PageCount);
        Assert.Equal(CompanyTimeline.PageSize, first.Count);
        Assert.Equal("Person 119", first[0].PersonName);
        Assert.Equal(20, last.Count);
        Assert.Equal("Person 0", last[^1].PersonName);
    }
}
