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

    [Theory]
    [InlineData("nl", "Fleur Jacobs leidde Zeef AI twintig jaar. En nu, eind 2025, vertrekt zij.", "2025-Q4")]
    [InlineData("en", "Dana Whitlock ran Veritas AI for ten years. And now, in January, she is leaving the company.", "2026-01")]
    public void A_date_set_off_by_commas_right_before_the_verb_dates_it(string language, string text, string date)
    {
        Assert.Equal(date, ExtractionFixture.Single(language, text).Date);
    }

    [Fact]
    public void Fronted_date_applies_to_the_clause()
    {
        Assert.Equal("2026-01-08", ExtractionFixture.Single("en", "On 8 January, Mira Holm resigned as COO of Quartz Bio.").Date);
    }

    [Theory]
    [InlineData("Mira Holm resigned as COO of Quartz Bio on June 20, 2019.", "2019-06-20")]
    [InlineData("On June 20, 2019, Mira Holm resigned as COO of Quartz Bio.", "2019-06-20")]
    [InlineData("Mira Holm Got Fired as COO of Quartz Bio on June 20, 2019", "2019-06-20")]
    public void The_comma_inside_a_written_out_date_does_not_cut_it_off(string sentence, string date)
    {
        Assert.Equal(date, ExtractionFixture.Single("en", sentence).Date);
    }

    [Theory]
    [InlineData("Her exit follows a shake-up at Quartz Bio in September, when COO Mira Holm announced that she was leaving Quartz Bio.", "2025-09")]
    [InlineData("The most visible departure came in early December when Mira Holm, Quartz Bio's head of design, announced she would be joining Meta.", "2025-12")]
    [InlineData("Het rommelde al in januari, toen Fleur Jacobs vertrok bij Zeef AI.", "2026-01")]
    public void A_date_right_before_when_is_the_time_of_the_when_clause(string sentence, string date)
    {
        Assert.Equal(date, ExtractionFixture.Single(sentence.StartsWith("Het", StringComparison.Ordinal) ? "nl" : "en", sentence).Date);
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

    [Fact]
    public void A_date_opening_a_later_fronted_part_is_the_time_of_the_move()
    {
        var result = ExtractionFixture.Run("en",
            "Erik Lund joined Fjord AI in 2019. Then, in July, as Fjord AI boomed like no other company, Lund says he resigned, giving up his stock.");

        Assert.Equal("2025-07", Assert.Single(result.Departures).Date);
    }

    [Theory]
    [InlineData("nl", "Fleur Jacobs vertrekt in oktober bij Zeef AI.", "2026-10")]
    [InlineData("en", "Erik Lund leaves Fjord AI in October.", "2026-10")]
    [InlineData("en", "Erik Lund left Fjord AI in October.", "2025-10")]
    public void A_move_told_in_the_present_with_a_later_month_is_this_years(string language, string sentence, string date)
    {
        // Published 2026-03-12: news tells a past move in the past tense, so the present announces this October.
        Assert.Equal(date, ExtractionFixture.Single(language, sentence).Date);
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

    [Fact]
    public void Years_ago_count_back_from_the_publication_year()
    {
        Assert.Equal("2024", ExtractionFixture.Single("en", "Dana Whitlock left Veritas AI nearly two years ago but only now joined Cohere.").Date);
        Assert.Equal("2023", ExtractionFixture.Single("nl", "Joost Verhaar vertrok drie jaar geleden bij Orrery Systems.").Date);
    }

    [Fact]
    public void A_year_in_brackets_after_a_name_is_a_birth_year()
    {
        Assert.Equal("2026-03", ExtractionFixture.Single("nl", "Joost Verhaar (1971) vertrekt bij Orrery Systems na zestien jaar.").Date);
    }
}
