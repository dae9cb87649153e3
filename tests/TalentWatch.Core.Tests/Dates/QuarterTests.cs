using TalentWatch.Core.Dates;

namespace TalentWatch.Core.Tests.Dates;

public class QuarterTests
{
    [Theory]
    [InlineData("2026-Q1", "2026-01-01", "2026-03-31")]
    [InlineData("2026-Q2", "2026-04-01", "2026-06-30")]
    [InlineData("2026-Q3", "2026-07-01", "2026-09-30")]
    [InlineData("2026-Q4", "2026-10-01", "2026-12-31")]
    [InlineData("2024-Q1", "2024-01-01", "2024-03-31")]
    public void A_quarter_spans_its_three_months(string text, string start, string end)
    {
        var quarter = Quarter.Parse(text);

        Assert.Equal(DateOnly.Parse(start), quarter.Start);
        Assert.Equal(DateOnly.Parse(end), quarter.End);
        Assert.Equal(text, quarter.ToString());
    }

    [Theory]
    [InlineData("2026-03-31", "2026-Q1")]
    [InlineData("2026-04-01", "2026-Q2")]
    [InlineData("2024-02-29", "2024-Q1")]
    [InlineData("2025-12-31", "2025-Q4")]
    [InlineData("2026-01-01", "2026-Q1")]
    public void Edge_days_belong_to_the_right_quarter(string day, string quarter) =>
        Assert.Equal(quarter, Quarter.Containing(DateOnly.Parse(day)).ToString());

    [Fact]
    public void Next_and_previous_cross_years()
    {
        Assert.Equal("2026-Q1", Quarter.Parse("2025-Q4").Next().ToString());
        Assert.Equal("2025-Q4", Quarter.Parse("2026-Q1").Previous().ToString());
    }

    [Theory]
    [InlineData("2026-Q0")]
    [InlineData("2026-Q5")]
    [InlineData("2026Q1")]
    [InlineData("Q1-2026")]
    [InlineData("")]
    public void Bad_quarters_are_rejected(string text) => Assert.False(Quarter.TryParse(text, out _));
}
