namespace TalentWatch.Extraction.Tests.Departures;

/// <summary>Error classes found on the blind sets read in session 32 (the 191st and 195th); every fixture is invented.</summary>
public class Session32ClassTests
{
    [Fact]
    public void A_given_name_and_a_firm_word_after_a_role_noun_are_a_person()
    {
        var result = ExtractionFixture.Run("nl",
            "Jan de Boer vertrekt. Dat zei algemeen directeur Ivo Brands van Kramsmit.");

        var departure = Assert.Single(result.Departures);
        Assert.Equal(("Jan de Boer", "Kramsmit", (string?)null), (departure.Person, departure.From, departure.To));
    }

    [Fact]
    public void A_subject_pronoun_of_the_other_gender_points_past_the_name_the_clause_opens_with()
    {
        var result = ExtractionFixture.Run("en",
            "In a memo, Tom Baker, head of sales at Veritas AI, confirmed Lena Marsh's exit, adding she is leaving for a rival.");

        var departure = Assert.Single(result.Departures);
        Assert.Equal(("Lena Marsh", "Veritas AI"), (departure.Person, departure.From));
    }

    [Fact]
    public void A_board_of_directors_and_a_dateline_in_capitals_are_no_companies()
    {
        var board = ExtractionFixture.Run("en",
            "Dana Whitlock resigned as chief executive of Veritas AI on Monday. Whitlock stays on Veritas AI's Board of Directors as a non-executive member.");
        Assert.DoesNotContain(board.Departures, d => d.From == "Directors" || d.To == "Directors");
        Assert.Contains(board.Departures, d => (d.Person, d.From) == ("Dana Whitlock", "Veritas AI"));

        var dateline = ExtractionFixture.Run("nl",
            "VELDHOVEN (ANP) - Chipmachinemaker Kramsmit wil Karin Smit benoemen tot opvolger van topman Jan de Boer. Jan de Boer treedt in april af.");
        var departure = Assert.Single(dateline.Departures);
        Assert.Equal(("Jan de Boer", "Kramsmit"), (departure.Person, departure.From));
    }

    [Fact]
    public void A_persons_company_named_after_a_company_noun_is_the_destination()
    {
        var departure = ExtractionFixture.Single("en",
            "Veritas AI is losing designers. Tom Baker has left Veritas AI to join Kim Lorenz's design studio Orrery Systems.");

        Assert.Equal(("Tom Baker", "Veritas AI", "Orrery Systems"), (departure.Person, departure.From, departure.To));
    }

    [Fact]
    public void Coordinated_names_each_with_their_own_company_leave_their_own_company()
    {
        var result = ExtractionFixture.Run("en", "Tom Baker of Veritas AI, Kim Lorenz of Orrery Systems and Dana Whitlock of Cohere stepped down this spring.");

        Assert.Equal(
            [("Tom Baker", "Veritas AI"), ("Kim Lorenz", "Orrery Systems"), ("Dana Whitlock", "Cohere")],
            result.Departures.Select(d => (d.Person!, d.From)));
    }

    [Fact]
    public void Joining_a_team_before_a_career_step_is_an_internal_move()
    {
        var result = ExtractionFixture.Run("en",
            "Tom Baker has left Veritas AI for Cohere. Before joining the speech team in 2022, Baker was a developer on the Quill Platform team.");

        var departure = Assert.Single(result.Departures);
        Assert.Equal(("Tom Baker", "Veritas AI", "Cohere"), (departure.Person, departure.From, departure.To));
    }

    [Fact]
    public void The_one_replaced_leaves_the_hirer_not_the_successors_company()
    {
        var bare = ExtractionFixture.Run("en",
            "Orrery Systems named Cohere finance chief Tom Baker as its new finance chief to replace Dana Whitlock, "
            + "who had led the team for four years at the company.");
        Assert.Contains(bare.Departures, d => (d.Person, d.From, d.To) == ("Tom Baker", "Cohere", "Orrery Systems"));
        Assert.Contains(bare.Departures, d => (d.Person, d.From, d.To) == ("Dana Whitlock", "Orrery Systems", null));
        Assert.Equal(2, bare.Departures.Count);

        var participle = ExtractionFixture.Run("en", "Veritas AI has hired Tom Baker as its new CTO, replacing Dana Whitlock, who left in May.");
        var departure = Assert.Single(participle.Departures);
        Assert.Equal(("Dana Whitlock", "Veritas AI", (string?)null), (departure.Person, departure.From, departure.To));
    }

    [Fact]
    public void The_people_a_departure_concerns_may_be_named_one_sentence_later()
    {
        var result = ExtractionFixture.Run("nl",
            "Bij Kramsmit vertrekken twee bestuurders. Het bedrijf bevestigde dat vrijdag. "
            + "Het gaat om financieel directeur Jan de Boer en personeelschef Karin Smit.");

        Assert.Equal(["Jan de Boer", "Karin Smit"], result.Departures.Select(d => d.Person));
        Assert.All(result.Departures, d => Assert.Equal("Kramsmit", d.From));
    }

    [Fact]
    public void A_list_item_opening_with_a_company_and_a_colon_names_the_company_left()
    {
        var result = ExtractionFixture.Run("en",
            "Veritas AI has a new chief executive, and Veritas AI is not alone. Quantum start-ups such as Brindlewood and Cohere replaced their leaders this year:\n\n"
            + "- Brindlewood: Tom Baker left in April to found Cohere; Kim Lorenz now runs the company.\n");

        Assert.Contains(result.Departures, d => (d.Person, d.From, d.To) == ("Tom Baker", "Brindlewood", "Cohere"));
    }

    [Fact]
    public void A_university_towns_name_opening_a_firms_name_is_not_the_university()
    {
        var departure = ExtractionFixture.Single("en", "Tom Baker stepped down as CEO of Oxford Photon Circuits in May.");

        Assert.Equal("Oxford Photon Circuits", departure.From);
    }
}
