namespace TalentWatch.Extraction.Tests.Claims;

using TalentWatch.Extraction.Tests.Departures;

public class ClaimTests
{
    [Theory]
    [InlineData("en", "Two of Brisk AI's six founders have now left.", "Brisk AI", "founding_team_departed_share", 0.3333)]
    [InlineData("en", "Brisk AI has lost 9 of its 36 engineers this year.", "Brisk AI", "staff_departed_share", 0.25)]
    [InlineData("en", "Brisk AI has lost half of its founding team.", "Brisk AI", "founding_team_departed_share", 0.5)]
    [InlineData("en", "Brisk AI has lost 15% of its staff since January.", "Brisk AI", "staff_departed_share", 0.15)]
    [InlineData("en", "Of the 50 researchers Brisk AI employed in 2024, 10 have since left.", "Brisk AI", "staff_departed_share", 0.2)]
    [InlineData("en", "Brisk AI confirmed that 7 engineers have left since the summer.", "Brisk AI", "departed_count", 7)]
    [InlineData("nl", "Bij Vonk AI is inmiddels een derde van het oprichtingsteam vertrokken.", "Vonk AI", "founding_team_departed_share", 0.3333)]
    [InlineData("nl", "Vonk AI is daarmee drie van zijn twaalf onderzoekers kwijt.", "Vonk AI", "staff_departed_share", 0.25)]
    [InlineData("nl", "Van de 30 medewerkers die Vonk AI vorig jaar had, zijn er inmiddels zes vertrokken.", "Vonk AI", "staff_departed_share", 0.2)]
    [InlineData("nl", "Bij Vonk AI is van de vier oprichters inmiddels de helft vertrokken.", "Vonk AI", "founding_team_departed_share", 0.5)]
    [InlineData("en", "Five of the eight authors of the paper have since left Brisk AI.", "Brisk AI", "staff_departed_share", 0.625)]
    [InlineData("en", "Three senior executives have left Brisk AI since March.", "Brisk AI", "departed_count", 3)]
    public void Reads_stated_figures(string language, string text, string company, string metric, double value)
    {
        var claim = Assert.Single(ExtractionFixture.Run(language, text).Claims);

        Assert.Equal(company, claim.Company);
        Assert.Equal(metric, claim.Metric);
        Assert.Equal((decimal)value, claim.Value);
        Assert.Equal(text, claim.Evidence);
    }

    [Fact]
    public void A_share_split_over_two_sentences_is_read_with_both_as_evidence()
    {
        var claim = Assert.Single(ExtractionFixture.Run("nl", "Vonk AI telde begin dit jaar vijftig medewerkers. Tien van hen zijn inmiddels vertrokken.").Claims);

        Assert.Equal(0.2m, claim.Value);
        Assert.Equal(2, claim.EvidenceSpans.Count);
    }

    [Theory]
    [InlineData("en", "Brisk AI hired 40 engineers this year.")]
    [InlineData("nl", "Vonk AI nam dit jaar 25 mensen aan en telt nu 100 medewerkers.")]
    public void Hiring_figures_are_not_claims(string language, string text)
    {
        Assert.Empty(ExtractionFixture.Run(language, text).Claims);
    }
}

/// <summary>Figures in the forms published news states them.</summary>
public class RealNewsClaimTests
{
    private static IReadOnlyList<ExtractedClaim> Claims(string language, string text) =>
        TalentWatch.Extraction.Tests.Departures.ExtractionFixture.Run(language, text).Claims;

    [Fact]
    public void Those_still_there_give_the_share_that_left()
    {
        var c = Assert.Single(Claims("en", "Only three of Cohere's 12 founders are still at the company."));
        Assert.Equal(ClaimMetrics.FoundingTeamDepartedShare, c.Metric);
        Assert.Equal(0.75m, c.Value);
        Assert.Equal("Cohere", c.Company);
    }

    [Fact]
    public void Hires_with_a_number_count_against_the_company_they_came_from()
    {
        var c = Assert.Single(Claims("en", "Apple has hired more than 30 engineers from Google DeepMind's robotics group, a filing shows."));
        Assert.Equal(ClaimMetrics.DepartedCount, c.Metric);
        Assert.Equal(30m, c.Value);
        Assert.Equal("Google DeepMind", c.Company);
    }

    [Fact]
    public void A_stated_number_quitting_without_an_auxiliary_is_a_count()
    {
        var c = Assert.Single(Claims("en", "Three Anthropic researchers also quit in protest."));
        Assert.Equal(3m, c.Value);
        Assert.Equal("Anthropic", c.Company);
    }

    [Fact]
    public void Members_of_a_named_team_who_have_left_count_against_its_company()
    {
        var c = Assert.Single(Claims("en",
            "About a dozen members of the Google Brain team, including two of its leads, have left the company since March."));
        Assert.Equal(ClaimMetrics.DepartedCount, c.Metric);
        Assert.Equal(12m, c.Value);
        Assert.Equal("Google", c.Company);
    }
}
