namespace TalentWatch.Extraction.Tests.Departures;

/// <summary>Error classes found in session 33, by probing with invented sentences and on the blind sets read then; every
/// fixture is invented.</summary>
public class Session33ClassTests
{
    [Fact]
    public void A_name_ending_in_s_takes_a_bare_apostrophe_as_its_possessive()
    {
        var result = ExtractionFixture.Run("en", "Veritas AI hired Orrery Systems' Tom Baker and Cohere's Kim Lorenz.");

        Assert.Equal(
            [("Tom Baker", "Orrery Systems", "Veritas AI"), ("Kim Lorenz", "Cohere", "Veritas AI")],
            result.Departures.Select(d => (d.Person!, d.From, d.To)));
    }

    [Fact]
    public void A_name_in_single_quotes_ending_in_s_is_no_possessive()
    {
        var departure = ExtractionFixture.Single("en", "The lab it calls 'Orrery Systems' has lost Tom Baker to Veritas AI.");

        Assert.Equal(("Tom Baker", "Orrery Systems", "Veritas AI"), (departure.Person, departure.From, departure.To));
    }

    [Fact]
    public void An_unknown_name_whose_possessive_owns_a_role_is_a_company()
    {
        var founder = ExtractionFixture.Single("en", "Brindlewood's co-founder Tom Baker has left.");
        Assert.Equal(("Tom Baker", "Brindlewood", true), (founder.Person, founder.From, founder.Founder));

        var hired = ExtractionFixture.Single("en", "Veritas AI has hired Tom Baker, Brindlewood's former head of research.");
        Assert.Equal(("Tom Baker", "Brindlewood", "Veritas AI"), (hired.Person, hired.From, hired.To));
    }

    [Fact]
    public void Two_capitalised_words_in_a_subheading_in_title_case_are_no_person()
    {
        var result = ExtractionFixture.Run("en",
            "Veritas AI lost its founders in March.\n\nPromising Startup Loses Core Talent in Just 72 Hours\n\nAt the start of the year, Veritas AI was growing fast.");

        Assert.DoesNotContain(result.Departures, d => d.Person == "Core Talent");
    }

    [Fact]
    public void A_Dutch_employer_glued_to_a_role_before_the_name_is_the_company_a_hire_leaves()
    {
        var departure = ExtractionFixture.Single("nl", "Coolblue haalde vorige week al Brindlewood-oprichter Jan de Boer binnen.");

        Assert.Equal(("Jan de Boer", "Brindlewood", "Coolblue"), (departure.Person, departure.From, departure.To));
    }

    [Fact]
    public void An_employer_welcoming_a_person_back_is_the_destination()
    {
        var departure = ExtractionFixture.Single("en", "Tom Baker has left Orrery Systems. Veritas AI welcomed Baker back the same day.");

        Assert.Equal(("Tom Baker", "Orrery Systems", "Veritas AI"), (departure.Person, departure.From, departure.To));
    }
}
