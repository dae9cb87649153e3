using TalentWatch.Core.Dates;

namespace TalentWatch.Core.Tests.Dates;

public class PrecisionDateTests
{
    [Theory]
    [InlineData("2026-01-15", DatePrecision.Day, "2026-01-15", "2026-01-15")]
    [InlineData("2026-01", DatePrecision.Month, "2026-01-01", "2026-01-31")]
    [InlineData("2024-02", DatePrecision.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2025-02", DatePrecision.Month, "2025-02-01", "2025-02-28")]
    [InlineData("2025-Q3", DatePrecision.Quarter, "2025-07-01", "2025-09-30")]
    [InlineData("2025-q4", DatePrecision.Quarter, "2025-10-01", "2025-12-31")]
    [InlineData("2024", DatePrecision.Year, "2024-01-01", "2024-12-31")]
    [InlineData("2024-02-29", DatePrecision.Day, "2024-02-29", "2024-02-29")]
    public void Every_precision_has_its_interval(string text, DatePrecision precision, string start, string end)
    {
        var date = PrecisionDate.Parse(text);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(new DateInterval(DateOnly.Parse(start), DateOnly.Parse(end)), date.Interval);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Empty_is_the_unknown_date_without_interval(string? text)
    {
        var date = PrecisionDate.Parse(text);

        Assert.False(date.IsKnown);
        Assert.Null(date.Interval);
        Assert.Null(date.ToNullableString());
    }

    [Theory]
    [InlineData("2025-02-29")]
    [InlineData("2026-13")]
    [InlineData("2026-Q5")]
    [InlineData("26-01-01")]
    [InlineData("2026/01/01")]
    [InlineData("jan 2026")]
    public void Invalid_dates_are_rejected(string text) => Assert.False(PrecisionDate.TryParse(text, out _));

    [Theory]
    [InlineData("2026-01-15")]
    [InlineData("2026-01")]
    [InlineData("2025-Q3")]
    [InlineData("2024")]
    public void The_text_form_round_trips(string text) => Assert.Equal(text, PrecisionDate.Parse(text).ToString());

    [Theory]
    [InlineData("2026-01-12", "12 Jan 2026")]
    [InlineData("2026-01", "Jan 2026")]
    [InlineData("2025-Q3", "Q3 2025")]
    [InlineData("2024", "2024")]
    [InlineData("", "date unknown")]
    public void The_display_shows_the_precision(string text, string display) => Assert.Equal(display, PrecisionDate.Parse(text).ToDisplayString());

    [Theory]
    [InlineData("2026-01-15", "2026-01", true)]
    [InlineData("2026-02-01", "2026-01", false)]
    [InlineData("2025-12-31", "2026", false)]
    [InlineData("2026-03", "2026-Q1", true)]
    [InlineData("2026-04", "2026-Q1", false)]
    [InlineData("", "2026-01-15", true)]
    [InlineData("2024-05-05", "", true)]
    public void Overlap_treats_unknown_as_overlapping_everything(string a, string b, bool overlaps)
    {
        Assert.Equal(overlaps, PrecisionDate.Parse(a).Overlaps(PrecisionDate.Parse(b)));
        Assert.Equal(overlaps, PrecisionDate.Parse(b).Overlaps(PrecisionDate.Parse(a)));
    }

    [Fact]
    public void Dates_order_chronologically_with_unknown_last()
    {
        var dates = new[] { "", "2026-01-15", "2025", "2026-01", "2025-Q4" }.Select(PrecisionDate.Parse).Order().Select(d => d.ToString());

        Assert.Equal(["2025", "2025-Q4", "2026-01", "2026-01-15", ""], dates);
    }
}
