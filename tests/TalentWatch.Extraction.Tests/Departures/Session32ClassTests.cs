namespace TalentWatch.Extraction.Tests.Departures;

/// <summary>Error classes found on the blind sets read in session 32 (the 191st and 195th); every fixture is invented.</summary>
public class Session32ClassTests
{
    [Fact]
    public void A_given_name_and_a_firm_word_after_a_role_noun_are_a_person()
    {
        var result = ExtractionFixture.Run("nl",
            "Het vertrek van Jan de Boer bij Kramsmit kwam als een verrassing, bleek op de persconferentie van algemeen directeur Ivo Brands. "
            + "Jan de Boer sprak dinsdag nog met Brands.");

        var departure = Assert.Single(result.Departures);
        Assert.Equal(("Jan de Boer", "Kramsmit", (string?)null), (departure.Person, departure.From, departure.To));
    }

    [Fact]
    public void A_subject_pronoun_of_the_other_gender_points_past_the_name_the_clause_opens_with()
    {
        var result = ExtractionFixture.Run("en",
            "Tom Baker, Veritas AI's chief revenue officer, announced Lena Marsh's exit on Tuesday, stating she was leaving to pursue a new opportunity.");

        var departure = Assert.Single(result.Departures);
        Assert.Equal(("Lena Marsh", "Veritas AI"), (departure.Person, departure.From));
    }

    [Fact]
    public void A_board_of_directors_and_a_dateline_in_capitals_are_no_companies()
    {
        var board = ExtractionFixture.Run("en",
            "Dana Whitlock resigned as chief executive of Veritas AI on Monday. Whitlock will continue as chair of Veritas AI's Board of Directors.");
        Assert.DoesNotContain(board.Departures, d => d.From == "Directors" || d.To == "Directors");
        Assert.Contains(board.Departures, d => (d.Person, d.From) == ("Dana Whitlock", "Veritas AI"));

        var dateline = ExtractionFixture.Run("nl",
            "VELDHOVEN (ANP) - Bodemonderzoeker Kramsmit wil Karin Smit benoemen tot de opvolger van topman Jan de Boer. Jan de Boer treedt in april af.");
        var departure = Assert.Single(dateline.Departures);
        Assert.Equal(("Jan de Boer", "Kramsmit"), (departure.Person, departure.From));
    }

    [Fact]
    public void A_persons_company_named_after_a_company_noun_is_the_destination()
    {
        var departure = ExtractionFixture.Single("en",
            "Veritas AI is losing designers. Tom Baker is going to leave next month to join Kim Lorenz's design firm Orrery Systems.");

        Assert.Equal(("Tom Baker", "Veritas AI", "Orrery Systems"), (departure.Person, departure.From, departure.To));
    }

    [Fact]
    public void Coordinated_names_each_with_their_own_company_leave_their_own_company()
    {
        var result = ExtractionFixture.Run("en", "Tom Baker of Veritas AI, Kim Lorenz of Orrery Systems and Dana Whitlock of Cohere also resigned in recent weeks.");

        Assert.Equal(
            [("Tom Baker", "Veritas AI"), ("Kim Lorenz", "Orrery Systems"), ("Dana Whitlock", "Cohere")],
            result.Departures.Select(d => (d.Person!, d.From)));
    }

    [Fact]
    public void Joining_a_team_before_a_career_step_is_an_internal_move()
    {
        var result = ExtractionFixture.Run("en",
            "Tom Baker has left Veritas AI for Cohere. Prior to joining the speech team, Baker was an engineer on the Quill Platform team.");

        var departure = Assert.Single(result.Departures);
        Assert.Equal(("Tom Baker", "Veritas AI", "Cohere"), (departure.Person, departure.From, departure.To));
    }

    [Fact]
    public void The_one_replaced_leaves_the_hirer_not_the_successors_company()
    {
        var bare = ExtractionFixture.Run("en",
            "Orrery Systems has appointed Cohere chief technology officer Tom Baker as its new CTO to replace Dana Whitlock, "
            + "who is returning to her native Seattle after almost three years at the company.");
        Assert.Contains(bare.Departures, d => (d.Person, d.From, d.To) == ("Tom Baker", "Cohere", "Orrery Systems"));
        Assert.Contains(bare.Departures, d => (d.Person, d.From, d.To) == ("Dana Whitlock", "Orrery Systems", null));
        Assert.Equal(2, bare.Departures.Count);

        var participle = ExtractionFixture.Run("en", "Veritas AI has hired Tom Baker as its new CTO, replacing Dana Whitlock, who left in May.");
        var departure = Assert.Single(participle.Departures);
        Assert.Equal(("Dana Whitlock", "Veritas AI", (string?)null), (departure.Person, departure.From, departure.To));
    }

    [Fact]
    public void A_hire_takes_the_company_left_from_a_former_post_in_the_apposition()
    {
        var departure = ExtractionFixture.Single("en",
            "Veritas AI's Orrery Systems has hired Tom Baker, Cohere's former senior vice president and head of its robot program, as a group adviser.");

        Assert.Equal(("Tom Baker", "Cohere", "Orrery Systems"), (departure.Person, departure.From, departure.To));
    }

    [Fact]
    public void The_people_a_departure_concerns_may_be_named_one_sentence_later()
    {
        var result = ExtractionFixture.Run("nl",
            "Bij de Franse softwaremaker Kramsmit vertrekt een deel van de top. Die beslissing komt na een intern onderzoek. "
            + "Het gaat om financieel directeur Jan de Boer en Karin Smit, hoofd van de HR-afdeling.");

        Assert.Equal(["Jan de Boer", "Karin Smit"], result.Departures.Select(d => d.Person));
        Assert.All(result.Departures, d => Assert.Equal("Kramsmit", d.From));
    }

    [Fact]
    public void A_list_item_opening_with_a_company_and_a_colon_names_the_company_left()
    {
        var result = ExtractionFixture.Run("en",
            "Veritas AI has a new chief executive, and Veritas AI is not alone. Quantum start-ups such as Brindlewood and Cohere replaced their leaders this year:\n\n"
            + "- Brindlewood: Kim Lorenz stepped in after Tom Baker departed in April to start Cohere.\n");

        Assert.Contains(result.Departures, d => (d.Person, d.From, d.To) == ("Tom Baker", "Brindlewood", "Cohere"));
    }

    [Fact]
    public void A_university_towns_name_opening_a_firms_name_is_not_the_university()
    {
        var departure = ExtractionFixture.Single("en", "Tom Baker stepped down as CEO of Oxford Photon Circuits in May.");

        Assert.Equal("Oxford Photon Circuits", departure.From);
    }
}
