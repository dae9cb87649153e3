namespace TalentWatch.Extraction.Tests.Departures;

/// <summary>Session 26: a headline that tells the move is read when the text gave the person none. The headline's surname
/// ("Van Dijkhorst") is the person the text names in full; a hedge counts against it only in a sentence about a move.</summary>
public class HeadlineReadingTests
{
    private static ExtractionResult Read(string language, string title, string text) =>
        ExtractionFixture.WithTitle(language, title, text);

    [Fact]
    public void A_headline_surname_with_its_particle_is_the_person_the_text_names_in_full()
    {
        var result = Read("nl", "Topman Van Dijkhorst vertrekt bij Adyen",
            "Adyen-topman Kees van Dijkhorst gaat in het voorjaar weg bij de bank. Van Dijkhorst leidde Adyen sinds 2021.");

        var departure = Assert.Single(result.Departures);
        Assert.Equal(("Kees van Dijkhorst", "Adyen"), (departure.Person, departure.From));
    }

    [Fact]
    public void A_surname_in_the_headline_and_the_text_is_one_person()
    {
        var result = Read("nl", "Adyen neemt afscheid van directeur Van Loenen",
            "Adyen neemt in mei afscheid van directeur Tom van Loenen. Van Loenen werkte sinds 2019 voor Adyen.");

        Assert.Equal("Tom van Loenen", Assert.Single(result.Departures).Person);
    }

    [Fact]
    public void A_hedge_about_something_else_does_not_stop_the_headline()
    {
        var result = Read("en", "Dana Whitlock leaves Veritas AI to become Cohere CEO",
            "Cohere has a new chief executive. Dana Whitlock starts on Monday, the company said. Perhaps Whitlock might help fix some of these problems.");

        var departure = Assert.Single(result.Departures);
        Assert.Equal(("Dana Whitlock", "Veritas AI", "Cohere"), (departure.Person, departure.From, departure.To));
    }

    [Fact]
    public void A_hedged_move_in_the_text_stops_the_headline()
    {
        var result = Read("en", "Dana Whitlock leaves Veritas AI to become Cohere CEO",
            "Cohere has a new chief executive. Dana Whitlock starts on Monday, the company said. Rumours that Whitlock left Veritas AI in anger were denied.");

        Assert.Empty(result.Departures);
    }
}
