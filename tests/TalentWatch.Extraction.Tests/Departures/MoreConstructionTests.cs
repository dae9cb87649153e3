namespace TalentWatch.Extraction.Tests.Departures;

public class MoreConstructionTests
{
    [Fact]
    public void A_Dutch_sentence_adverb_is_neither_a_person_nor_a_company()
    {
        var result = ExtractionFixture.Run("nl", "Ondertussen heeft Orrery Systems Joost Verhaar, voormalig topman van Zeef AI, aangesteld als interim-ceo.");

        Assert.DoesNotContain(result.Departures, d => d.To == "Ondertussen" || d.From == "Ondertussen" || d.Person!.Contains("Ondertussen", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "Gideon Marr announced his departure from Orlen Labs on Monday.", "Gideon Marr", "Orlen Labs", null)]
    [InlineData("en", "Gideon Marr is out as chief executive of Orlen Labs.", "Gideon Marr", "Orlen Labs", null)]
    [InlineData("en", "Gideon Marr was hired by Google from Orlen Labs to lead a new team.", "Gideon Marr", "Orlen Labs", "Google")]
    [InlineData("en", "Gideon Marr will step down as CTO of Orlen Labs at the end of the month.", "Gideon Marr", "Orlen Labs", null)]
    [InlineData("nl", "Hanna Brug neemt ontslag bij Oesterbank AI.", "Hanna Brug", "Oesterbank AI", null)]
    [InlineData("nl", "Hanna Brug treedt af als CEO van Oesterbank AI.", "Hanna Brug", "Oesterbank AI", null)]
    [InlineData("nl", "Hanna Brug verruilt Oesterbank AI voor Meta.", "Hanna Brug", "Oesterbank AI", "Meta")]
    [InlineData("nl", "Hanna Brug stopt bij Oesterbank AI en gaat werken bij Apple.", "Hanna Brug", "Oesterbank AI", "Apple")]
    [InlineData("nl", "Hanna Brug is vertrokken bij Oesterbank AI en komt in dienst bij Nvidia.", "Hanna Brug", "Oesterbank AI", "Nvidia")]
    [InlineData("nl", "Hanna Brug houdt het voor gezien bij Oesterbank AI.", "Hanna Brug", "Oesterbank AI", null)]
    public void Reads_further_phrasings(string language, string text, string person, string from, string? to)
    {
        var d = ExtractionFixture.Single(language, text);

        Assert.Equal(person, d.Person);
        Assert.Equal(from, d.From);
        Assert.Equal(to, d.To);
    }

    [Theory]
    [InlineData("She left Orlen Labs two weeks ago.", "2026-02")]
    [InlineData("Zij vertrok drie maanden geleden bij Oesterbank AI.", "2025-12")]
    public void Ago_expressions(string text, string expected)
    {
        var found = TalentWatch.Extraction.Dates.DateFinder.Find(text, new DateOnly(2026, 3, 1), null);

        Assert.Equal(expected, Assert.Single(found).Date.ToString());
    }

    [Fact]
    public void Share_of_a_hyphenated_team_size()
    {
        var claim = Assert.Single(ExtractionFixture.Run("en", "Orlen Labs has lost a third of its 30-person research team.").Claims);

        Assert.Equal("staff_departed_share", claim.Metric);
        Assert.Equal(0.3333m, claim.Value);
    }
}

public class NegationTests
{
    [Theory]
    [InlineData("en", "Patel replaces Mark Lane, who moved to an advisory role within Quorum AI.")]
    [InlineData("en", "Quorum AI's chief scientist, Rafael Ortiz, did not quit despite an offer from OpenAI.")]
    [InlineData("en", "Alma Reyes, chief executive of Quorum AI, said nobody had left this year.")]
    [InlineData("nl", "Ruud Smeets, die CEO is van Dijkwacht AI, zegt dat er dit jaar niemand is vertrokken.")]
    [InlineData("nl", "Hoofd onderzoek Sanne Lam vertrekt niet bij Dijkwacht AI, benadrukt het bedrijf.")]
    public void Negated_and_internal_moves_are_not_departures(string language, string text)
    {
        Assert.Empty(ExtractionFixture.Run(language, text).Departures);
    }

    [Fact]
    public void Joining_after_years_at_another_company_is_a_departure_from_it()
    {
        var d = ExtractionFixture.Single("en", "Kevin Doyle joined Quorum AI as CTO in 2021 after a decade at Google.");

        Assert.Equal("Google", d.From);
        Assert.Equal("Quorum AI", d.To);
        Assert.Equal("2021", d.Date);
    }
}

public class FeatureStyleTests
{
    [Theory]
    [InlineData("She left in the spring of 2024.", "2024-Q2")]
    [InlineData("Zij vertrok in het najaar van 2023.", "2023-Q4")]
    public void Season_with_a_year(string text, string expected)
    {
        var found = TalentWatch.Extraction.Dates.DateFinder.Find(text, new DateOnly(2025, 11, 30), null);

        Assert.Equal(expected, Assert.Single(found).Date.ToString());
    }

    [Fact]
    public void Half_of_the_original_team_is_a_founding_team_share()
    {
        var claim = Assert.Single(ExtractionFixture.Run("nl", "Bij Zeppelin AI is inmiddels bijna de helft van het oorspronkelijke team weg.").Claims);

        Assert.Equal("founding_team_departed_share", claim.Metric);
        Assert.Equal(0.5m, claim.Value);
        Assert.Equal("Zeppelin AI", claim.Company);
    }
}
