using TalentWatch.Core.Dates;
using TalentWatch.Core.Timelines;

namespace TalentWatch.Core.Tests.Dates;

/// <summary>Issue 15 item 2: a departure dated 9999-12 broke every quarter report (quarter end arithmetic overflowed).</summary>
public class TotalDateArithmeticTests
{
    [Fact]
    public void The_quarter_of_9999_12_has_an_end_and_steps_stay_in_range()
    {
        var quarter = PrecisionDate.Parse("9999-12").Interval!.Value.Start is var start ? Quarter.Containing(start) : default;

        Assert.Equal("9999-Q4", quarter.ToString());
        Assert.Equal(new DateOnly(9999, 12, 31), quarter.End);
        Assert.Equal(quarter, quarter.Next());
        Assert.Equal(Quarter.MaxValue, quarter.Plus(int.MaxValue));
        Assert.Equal("9999-Q3", quarter.Previous().ToString());
    }

    [Theory]
    [InlineData("9999-Q4", "9999-10-01", "9999-12-31")]
    [InlineData("0001-Q1", "0001-01-01", "0001-03-31")]
    public void The_extreme_quarters_parse_and_span_their_months(string text, string start, string end)
    {
        var quarter = Quarter.Parse(text);

        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), quarter.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), quarter.End);
        Assert.Equal(Quarter.MinValue, Quarter.MinValue.Previous());
        Assert.Equal(Quarter.MinValue, Quarter.MaxValue.Plus(int.MinValue));
    }

    [Fact]
    public void An_attrition_series_ending_in_9999_Q4_stops_there()
    {
        var series = FoundingTeamAttrition.Series(Quarter.Parse("9999-Q3"), Quarter.MaxValue,
            [new FounderDeparture(1, new DateOnly(9999, 12, 31))], foundingTeamSize: 2);

        Assert.Equal(["9999-Q3", "9999-Q4"], series.Select(p => p.Quarter));
        Assert.Equal(1, series[^1].FoundersDepartedToDate);
    }

    [Fact]
    public void Through_lists_every_quarter_once_and_none_backwards()
    {
        Assert.Equal(["2025-Q4", "2026-Q1"], Quarter.Parse("2025-Q4").Through(Quarter.Parse("2026-Q1")).Select(q => q.ToString()));
        Assert.Empty(Quarter.Parse("2026-Q1").Through(Quarter.Parse("2025-Q4")));
    }
}

/// <summary>The shared rule for a departure's date: 1900 .. one year after today; unknown always allowed.</summary>
public class DepartureDateRuleTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    [Theory]
    [InlineData("9999-12", false)]
    [InlineData("1899-12-31", false)]
    [InlineData("0001-Q1", false)]
    [InlineData("1900", true)]
    [InlineData("1900-01-01", true)]
    [InlineData("2027-12-02", true)]
    [InlineData("2027-12-03", false)]
    [InlineData("2026-Q1", true)]
    [InlineData("", true)]
    public void A_date_is_allowed_from_1900_to_one_year_after_today(string text, bool allowed)
    {
        Assert.Equal(allowed, DepartureDateRule.Allows(PrecisionDate.Parse(text), Today));
        Assert.Equal(allowed, DepartureDateRule.TryParse(text, Today, out _, out var error));
        Assert.Equal(allowed, error is null);
        if (!allowed)
        {
            Assert.Contains(text, error, StringComparison.Ordinal);
            Assert.Contains("1900", error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Text_that_is_no_date_is_an_error_not_an_exception()
    {
        Assert.False(DepartureDateRule.TryParse("12/31/2026", Today, out _, out var error));
        Assert.Contains("not a date", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9999-Q4", false)]
    [InlineData("0001-Q1", false)]
    [InlineData("1900-Q1", true)]
    [InlineData("2027-Q4", true)]
    [InlineData("2028-Q1", false)]
    public void Reports_cover_the_quarters_a_departure_may_fall_in(string text, bool allowed) =>
        Assert.Equal(allowed, DepartureDateRule.AllowsQuarter(Quarter.Parse(text), Today));

    [Fact]
    public void The_last_day_is_total_even_at_the_end_of_the_calendar()
    {
        Assert.Equal(DateOnly.MaxValue, DepartureDateRule.Latest(DateOnly.MaxValue));
        Assert.Equal(new DateOnly(2025, 2, 28), DepartureDateRule.Latest(new DateOnly(2024, 2, 29)));
    }
}
