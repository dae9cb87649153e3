namespace TalentWatch.Extraction.Tests.Departures;

public class DepartureDateTests
{
    [Fact]
    public void News_without_a_time_gets_the_publication_month()
    {
        Assert.Equal("2026-03", ExtractionFixture.Single("en", "Tobias Wren has left Larkspur AI.").Date);
    }

    [Fact]
    public void No_publication_date_and_no_date_in_text_is_null()
    {
        Assert.Null(ExtractionFixture.Single("en", "Tobias Wren has left Larkspur AI.", published: null).Date);
    }

    [Fact]
    public void A_date_in_a_relative_clause_belongs_to_that_clause_only()
    {
        var result = ExtractionFixture.Run("en",
            "Hannah Frost, who left Google for Sunbeam AI in 2023, has now left Sunbeam for Anthropic.", published: null);

        Assert.Equal(2, result.Departures.Count);
        var first = result.Departures.Single(d => d.From == "Google");
        var second = result.Departures.Single(d => d.From == "Sunbeam AI");
        Assert.Equal("Sunbeam AI", first.To);
        Assert.Equal("2023", first.Date);
        Assert.Equal("Anthropic", second.To);
        Assert.Null(second.Date);
    }

    [Fact]
    public void Fronted_date_applies_to_the_clause()
    {
        Assert.Equal("2026-01-08", ExtractionFixture.Single("en", "On 8 January, Mira Holm resigned as COO of Quartz Bio.").Date);
    }

    [Fact]
    public void Since_year_in_an_apposition_is_not_the_departure_date()
    {
        Assert.Equal("2026-03",
            ExtractionFixture.Single("nl", "Fleur Jacobs, sinds 2021 onderzoeker bij Zeef AI, maakt de overstap naar Anthropic.").Date);
    }

    [Fact]
    public void The_same_day_follows_the_previous_exact_date()
    {
        var result = ExtractionFixture.Run("en",
            "The board of Fjord AI ousted chief executive Erik Lund on 3 February. Anna Berg, its finance chief, was fired by Fjord AI the same day.");

        Assert.All(result.Departures, d => Assert.Equal("2026-02-03", d.Date));
        Assert.Equal(2, result.Departures.Count);
    }

    [Theory]
    [InlineData("Fleur Jacobs vertrekt per 1 juni bij Zeef AI.", "2026-06-01")]
    [InlineData("Fleur Jacobs legt per 1 februari haar functie bij Zeef AI neer.", "2026-02-01")]
    [InlineData("Fleur Jacobs, per 2019 onderzoeker bij Zeef AI, maakt de overstap naar Anthropic.", "2026-03")]
    public void Per_before_a_calendar_day_is_the_day_the_departure_takes_effect(string sentence, string date)
    {
        // Published 2026-03-12: a day after the publication month is this year's, not last year's.
        Assert.Equal(date, ExtractionFixture.Single("nl", sentence).Date);
    }
}
