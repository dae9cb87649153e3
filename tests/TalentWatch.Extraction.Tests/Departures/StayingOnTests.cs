namespace TalentWatch.Extraction.Tests.Departures;

/// <summary>Session 25: someone who gives up a post but stays at the company in another one (a vice-chair, a new role, "schuift
/// door naar") has not left it, even when the headline says they resign and the text calls them by their given name.</summary>
public class StayingOnTests
{
    private static ExtractionResult Read(string title, string text, string language = "en") =>
        ExtractionFixture.WithTitle(language, title, text);

    [Fact]
    public void A_resigning_chief_who_remains_vice_chair_under_the_given_name_has_not_left()
    {
        var result = Read(
            "Ravindra Kolte resigns as Veritas AI CEO",
            "Bengaluru: Ravindra Kolte has resigned as Veritas AI CEO. The board has accepted the resignation of Kolte.\n\n"
            + "Kolte cited personal attacks as the main reason. The board regrets his decision.\n\n"
            + "However, Ravindra will remain with Veritas AI as executive vice-chairman. Ivo Maresh will be the interim CEO.");

        Assert.Empty(result.Departures);
    }

    [Fact]
    public void A_director_who_moves_on_to_a_new_role_at_the_same_company_has_not_left()
    {
        var result = Read(
            "Jan de Boer niet meer programmadirecteur van Philips",
            "Jan de Boer stopt als programmadirecteur van Philips. Door de naderende samensmelting van Philips en Adyen schuift hij door naar een nieuwe, overkoepelende rol.",
            "nl");

        Assert.Empty(result.Departures);
    }

    [Fact]
    public void A_new_role_at_another_company_is_still_a_departure()
    {
        var d = Assert.Single(Read("Dana Whitlock leaves Veritas AI", "Dana Whitlock is leaving Veritas AI to take on a new role at Cohere.").Departures);
        Assert.Equal(("Dana Whitlock", "Veritas AI", "Cohere"), (d.Person, d.From, d.To));
    }
}
