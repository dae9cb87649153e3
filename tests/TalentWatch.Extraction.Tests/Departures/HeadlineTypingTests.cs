namespace TalentWatch.Extraction.Tests.Departures;

/// <summary>Session 25: a headline in sentence case types the company it names ("Legal executives exit Quarrix"), so the
/// text's own departures from that company are read even when the text gives no cue of its own; a title-case headline does
/// not type anything.</summary>
public class HeadlineTypingTests
{
    private const string Text = "Quarrix is in crisis. Among the figures leaving are general counsel Dana Whitlock and chief strategy officer Ivo Maresh.";

    private static ExtractionResult Read(string title) =>
        ExtractionFixture.WithTitle("en", title, Text);

    [Fact]
    public void A_sentence_case_headline_types_the_company_left()
    {
        var result = Read("Legal executives exit Quarrix amid investigations");

        Assert.Equal(["Dana Whitlock", "Ivo Maresh"], result.Departures.Select(d => d.Person).Order());
        Assert.All(result.Departures, d => Assert.Equal("Quarrix", d.From));
    }

    [Fact]
    public void A_title_case_headline_gives_no_cue()
    {
        Assert.Empty(Read("Legal Executives Exit Quarrix Amid Investigations").Departures);
    }
}

/// <summary>Session 26: when the text names no employer at all ("de bank"), the company its headline names is the one the
/// article is about, and a departure told without a company is from it.</summary>
public class HeadlineFocusTests
{
    private static ExtractionResult Read(string title, string text) =>
        ExtractionFixture.WithTitle("nl", title, text);

    [Fact]
    public void A_text_that_names_no_company_is_about_the_headlines()
    {
        var result = Read("Nieuwe onrust in de top van Adyen",
            "De bank zei vorige week nog dat niemand weg hoefde. Dinsdag trad financieel topman Jan de Boer alsnog terug.");

        var departure = Assert.Single(result.Departures);
        Assert.Equal(("Jan de Boer", "Adyen"), (departure.Person, departure.From));
    }

    [Fact]
    public void A_company_named_in_the_text_comes_before_the_headlines()
    {
        var result = Read("Nieuwe onrust in de top van Adyen",
            "Coolblue zei vorige week nog dat niemand weg hoefde. Dinsdag trad financieel topman Jan de Boer alsnog terug.");

        Assert.Equal("Coolblue", Assert.Single(result.Departures).From);
    }
}
