using TalentWatch.Extraction.Dates;

namespace TalentWatch.Extraction.Tests.Dates;

public class DateFinderTests
{
    private static readonly DateOnly Published = new(2026, 3, 12);

    [Theory]
    [InlineData("She left in January.", "2026-01")]
    [InlineData("She left in September.", "2025-09")]
    [InlineData("She left on 2 March.", "2026-03-02")]
    [InlineData("She left on March 2, 2025.", "2025-03-02")]
    [InlineData("She resigned on 14 January 2025.", "2025-01-14")]
    [InlineData("She left in March 2024.", "2024-03")]
    [InlineData("She left in 2024.", "2024")]
    [InlineData("She left last week.", "2026-03")]
    [InlineData("She left earlier this month.", "2026-03")]
    [InlineData("She left last month.", "2026-02")]
    [InlineData("She left earlier this year.", "2026")]
    [InlineData("She left last year.", "2025")]
    [InlineData("She left late last year.", "2025-12")]
    [InlineData("She left this summer.", "2026-Q3")]
    [InlineData("She left in the spring.", "2025-Q2")] // like a month, a season that has not begun by publication is last year's
    [InlineData("She left in Q4 2025.", "2025-Q4")]
    [InlineData("Zij vertrok vorige maand.", "2026-02")]
    [InlineData("Zij vertrok eind vorig jaar.", "2025-12")]
    [InlineData("Zij vertrok afgelopen zomer.", "2025-Q3")]
    [InlineData("Zij vertrok begin dit jaar.", "2026-Q1")]
    [InlineData("Zij vertrok op 3 februari.", "2026-02-03")]
    [InlineData("Zij vertrok in mei.", "2025-05")]
    [InlineData("Zij vertrekt eind deze maand.", "2026-03")]
    public void Resolves_against_the_publication_date(string text, string expected)
    {
        var found = DateFinder.Find(text, Published, null);

        Assert.Equal(expected, Assert.Single(found).Date.ToString());
    }

    // Published 2026-03-12: an announced day is the nearer of this year's and next year's; "volgend jaar" says so outright.
    [Theory]
    [InlineData("Hij vertrekt per 1 februari.", false, "2026-02-01")]
    [InlineData("Hij vertrekt per 1 november.", false, "2026-11-01")]
    [InlineData("She will leave on 20 March.", true, "2026-03-20")]
    [InlineData("She will leave in May.", true, "2026-05")]
    [InlineData("She left on 1 February.", false, "2026-02-01")]
    [InlineData("Hij verlaat het bedrijf per 1 maart volgend jaar.", false, "2027-03-01")]
    [InlineData("She leaves on 1 May next year.", false, "2027-05-01")]
    [InlineData("Hij verlaat het bedrijf volgende maand.", false, "2026-04")]
    [InlineData("She will leave early next year.", true, "2027-Q1")]
    [InlineData("Zij vertrekt eind volgend jaar.", false, "2027-Q4")]
    [InlineData("Hij vertrekt volgend jaar.", false, "2027")]
    [InlineData("Hij stopt vanaf 1 juli als CIO.", false, "2026-07-01")]
    [InlineData("She steps down effective July 1.", false, "2026-07-01")]
    public void A_day_announced_for_the_future_is_the_nearest_such_day(string text, bool futureTense, string expected)
    {
        var found = DateFinder.Find(text, Published, null, futureTense);

        Assert.Equal(expected, Assert.Single(found).Date.ToString());
    }

    [Fact]
    public void A_day_announced_in_autumn_for_an_early_month_is_next_year()
    {
        var found = DateFinder.Find("Hij vertrekt per 1 maart.", new DateOnly(2026, 10, 15), null);

        Assert.Equal("2027-03-01", Assert.Single(found).Date.ToString());
    }

    [Fact]
    public void Same_day_refers_to_the_last_day_mentioned()
    {
        var found = DateFinder.Find("He was fired the same day.", Published, PartialDate.OfDay(new DateOnly(2026, 2, 9)));

        Assert.Equal("2026-02-09", Assert.Single(found).Date.ToString());
    }

    [Theory]
    [InlineData("She has worked there since 2022.")]
    [InlineData("Zij werkt er sinds 2021.")]
    [InlineData("The company was founded in 2020.")]
    public void Since_and_founding_years_are_not_departure_dates(string text)
    {
        Assert.Empty(DateFinder.Find(text, Published, null));
    }

    [Fact]
    public void Relative_dates_need_a_publication_date()
    {
        Assert.Empty(DateFinder.Find("She left last month and in January.", null, null));
    }
}
