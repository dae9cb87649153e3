namespace TalentWatch.Extraction.Tests.Departures;

/// <summary>Constructions found while probing unseen articles; each guards an error class, not one article.</summary>
public class GeneralisationTests
{
    [Fact]
    public void Hire_without_from_takes_the_company_of_the_apposition_and_a_trailing_date()
    {
        var d = ExtractionFixture.Single("en", "Separately, Apple hired Nikos Varga, Quillon Labs's head of infrastructure, in April.");

        Assert.Equal("Quillon Labs", d.From);
        Assert.Equal("Apple", d.To);
        Assert.Equal("2025-04", d.Date); // April is after the March publication date, so last year's
        Assert.Equal("head of infrastructure", d.Role);
    }

    [Fact]
    public void Dutch_verb_final_clause_reads_the_destination_before_the_verb()
    {
        var result = ExtractionFixture.Run("nl", "Klokhuis AI nam in februari afscheid van data scientist Ravi Menon, die naar Adyen vertrok.");

        var d = Assert.Single(result.Departures);
        Assert.Equal("Ravi Menon", d.Person);
        Assert.Equal("Klokhuis AI", d.From);
        Assert.Equal("Adyen", d.To);
        Assert.Equal("2026-02", d.Date);
        Assert.Equal("data scientist", d.Role);
    }

    [Fact]
    public void Capitalised_role_before_a_name_is_not_part_of_the_name()
    {
        var d = ExtractionFixture.Single("nl", "Onderzoeker Demi Kools ruilt het Haarlemse Pixelmolen in voor Google.");

        Assert.Equal("Demi Kools", d.Person);
        Assert.Equal("Pixelmolen", d.From);
        Assert.Equal("Google", d.To);
        Assert.Equal("onderzoeker", d.Role, ignoreCase: true);
    }

    [Fact]
    public void Role_glued_to_the_company_name_and_domain_style_employer()
    {
        var result = ExtractionFixture.Run("nl", "Fietsbel AI-topman Kees Vos zegt het bedrijf vaarwel. Hij stapt over naar Booking.com.");

        var d = Assert.Single(result.Departures);
        Assert.Equal("Fietsbel AI", d.From);
        Assert.Equal("Booking.com", d.To);
        Assert.Equal("topman", d.Role);
    }

    [Fact]
    public void Board_removal_with_a_weekday_date()
    {
        // 2025-10-09 is a Thursday; "on Monday" is 2025-10-06.
        var d = ExtractionFixture.Single("en", "The board of Tarn Robotics removed co-founder and chief executive Amelia Stone on Monday.", "2025-10-09");

        Assert.Equal("Tarn Robotics", d.From);
        Assert.Equal("2025-10-06", d.Date);
        Assert.True(d.Founder);
    }

    [Fact]
    public void Dutch_season_with_dit()
    {
        var result = ExtractionFixture.Run("nl", "Eerder dit voorjaar vertrok medeoprichter Job Verhoef bij Getijde AI. Hij werkt inmiddels bij Nvidia.", "2025-06-18");

        var d = Assert.Single(result.Departures);
        Assert.Equal("2025-Q2", d.Date);
        Assert.Equal("Nvidia", d.To);
        Assert.True(d.Founder);
    }

    [Fact]
    public void Plural_unnamed_hires_are_not_invented_as_people()
    {
        Assert.Empty(ExtractionFixture.Run("en", "Meanwhile, DeepMind has poached two of Tarn Robotics's perception engineers.").Departures);
    }
}

public class DutchGeneralisationTests
{
    [Fact]
    public void A_verb_ending_a_relative_clause_takes_its_company_from_before_it()
    {
        var result = ExtractionFixture.Run("nl", "Bastiaan Mol, die vorig jaar bij Lichtbak AI vertrok, werkt nu bij Microsoft.");

        var departure = Assert.Single(result.Departures);
        Assert.Equal("Lichtbak AI", departure.From);
        Assert.Equal("Microsoft", departure.To);
        Assert.Equal("2025", departure.Date);
    }

    [Fact]
    public void Coordinated_subjects_with_separate_destinations()
    {
        var result = ExtractionFixture.Run("nl",
            "Bastiaan Mol en Ilona Verdonk vertrekken bij Lichtbak AI. Mol gaat aan de slag bij Microsoft, Verdonk maakt de overstap naar Spotify.");

        Assert.Equal(2, result.Departures.Count);
        Assert.Equal("Microsoft", result.Departures.Single(d => d.Person == "Bastiaan Mol").To);
        Assert.Equal("Spotify", result.Departures.Single(d => d.Person == "Ilona Verdonk").To);
        Assert.All(result.Departures, d => Assert.Equal("Lichtbak AI", d.From));
    }

    [Fact]
    public void Split_verbs_with_words_in_between()
    {
        var result = ExtractionFixture.Run("nl",
            "Eerder dit jaar hield medeoprichter Gerrit Hoogvliet het al voor bekeken bij Lichtbak AI. "
            + "Ook is financieel directeur Anouk Pols niet langer verbonden aan Lichtbak AI. Zij werd in januari ontslagen.");

        Assert.Equal("2026", result.Departures.Single(d => d.Person == "Gerrit Hoogvliet").Date);
        Assert.Equal("2026-01", result.Departures.Single(d => d.Person == "Anouk Pols").Date);
    }

    [Theory]
    [InlineData("CEO Annet Schouw erkent dat de vertrekken bij Lichtbak AI pijn doen.")]
    [InlineData("Volgens Lichtbak AI denkt Annet Schouw er niet aan om te vertrekken.")]
    [InlineData("Twaalf van de veertig medewerkers zijn dit jaar bij Lichtbak AI vertrokken, zegt CEO Annet Schouw.")]
    public void Departure_nouns_intentions_and_speakers_are_not_departures(string text)
    {
        Assert.Empty(ExtractionFixture.Run("nl", text).Departures);
    }

    [Fact]
    public void Fraction_of_a_counted_staff_is_a_share_not_a_count()
    {
        var claim = Assert.Single(ExtractionFixture.Run("en", "About a quarter of Castleton Dynamics's 60 engineers have left since the summer.").Claims);

        Assert.Equal("staff_departed_share", claim.Metric);
        Assert.Equal(0.25m, claim.Value);
    }
}

public class StartDateAndCofounderTests
{
    [Fact]
    public void Starting_date_at_the_new_employer_does_not_replace_the_departure_date()
    {
        var d = ExtractionFixture.Single("nl",
            "Ook onderzoeker Tobias Ruijs gaat Zonnedauw AI verlaten; hij begint in september bij Meta.", "2026-06-25");

        Assert.Equal("Meta", d.To);
        Assert.Equal("2026-06", d.Date);
    }

    [Fact]
    public void A_future_month_later_than_publication_is_this_year()
    {
        var found = TalentWatch.Extraction.Dates.DateFinder.Find("Hij begint in september.", new DateOnly(2026, 6, 25), null, futureTense: true);

        Assert.Equal("2026-09", Assert.Single(found).Date.ToString());
    }

    [Fact]
    public void Standalone_join_keeps_its_own_date()
    {
        var d = ExtractionFixture.Single("en", "Ferrox AI's head of robotics, Marek Dolan, joined Amazon in February.");

        Assert.Equal("Ferrox AI", d.From);
        Assert.Equal("2026-02", d.Date);
    }

    [Fact]
    public void The_partner_named_with_a_founding_verb_is_a_founder_too()
    {
        var result = ExtractionFixture.Run("nl",
            "Technisch directeur Sevda Yildiz stapte dinsdag over van Zonnedauw AI naar xAI. Pim Adriaans richtte Zonnedauw in 2020 op met Yildiz.");

        var d = Assert.Single(result.Departures);
        Assert.True(d.Founder);
        Assert.Equal("technisch directeur", d.Role);
        Assert.Equal("2026-03-10", d.Date); // the Tuesday before publication on Thursday 2026-03-12
    }
}
