namespace TalentWatch.Extraction.Tests.Departures;

/// <summary>Error classes found in session 39 on the names of the company left (a longer name the article seemed to give it);
/// every fixture is invented.</summary>
public class Session39ClassTests
{
    [Fact]
    public void A_title_case_line_does_not_lengthen_a_company_name_the_text_gives_shorter()
    {
        var result = ExtractionFixture.WithTitle(
            "en",
            "Orrery Systems Terminates CEO Dana Whitlock, Names CFO As Replacement",
            "Orrery Systems Terminates CEO Dana Whitlock, Names CFO As Replacement\nThe data centre group said Tuesday that Dana Whitlock was leaving. Whitlock, who first joined the firm in 2004, also resigned from his position on the company's board. A spokesperson for Orrery Systems did not say why.");

        var departure = Assert.Single(result.Departures);
        Assert.Equal(("Dana Whitlock", "Orrery Systems"), (departure.Person, departure.From));
    }

    [Fact]
    public void A_word_that_ends_no_company_name_does_not_lengthen_a_short_name()
    {
        var result = ExtractionFixture.Run("en", "Lena Marsh, a director at Kramsmit U, has left. Dana Whitlock, head of sales at Kramsmit, is leaving the company.");

        Assert.Equal("Kramsmit", Assert.Single(result.Departures, d => d.Person == "Dana Whitlock").From);
    }

    [Theory]
    [InlineData("Dana Whitlock is leaving Veritas. Veritas AI said it would name a successor.", "Veritas AI")]
    [InlineData("Dana Whitlock is leaving Orrery. Orrery Systems said it would name a successor.", "Orrery Systems")]
    [InlineData("Dana Whitlock is leaving Goldman. Goldman Sachs said it would name a successor.", "Goldman Sachs")]
    public void A_short_name_still_stands_for_the_full_name_the_article_gives(string text, string company)
    {
        Assert.Equal(company, ExtractionFixture.Single("en", text).From);
    }

    [Theory]
    [InlineData("Orrery Systems is shrinking. Its chief people officer — Lena Marsh — is departing after just 18 months in the job.")]
    [InlineData("Orrery Systems told employees that Whitlock's boss — Chief People Officer Lena Marsh — is departing after 18 months in the job.")]
    public void A_single_name_set_off_by_dashes_is_the_subject(string text)
    {
        var departure = ExtractionFixture.Single("en", text);

        Assert.Equal(("Lena Marsh", "Orrery Systems"), (departure.Person, departure.From));
    }

    [Fact]
    public void A_description_set_off_by_dashes_is_still_no_subject()
    {
        var departure = ExtractionFixture.Single("en", "Dana Whitlock — co-author of the Lena Marsh paper — has left Orrery Systems.");

        Assert.Equal("Dana Whitlock", departure.Person);
    }

    [Theory]
    [InlineData("Veritas AI has hired former Morgan Lewis partner Dana Whitlock as VP of legal innovation.", "Morgan Lewis")]
    [InlineData("Veritas AI has hired former Jones Day partner Dana Whitlock as general counsel.", "Jones Day")]
    public void A_law_firm_named_for_its_partners_is_a_company(string text, string firm)
    {
        var departure = ExtractionFixture.Single("en", text);

        Assert.Equal(("Dana Whitlock", firm, "Veritas AI"), (departure.Person, departure.From, departure.To));
    }
}
