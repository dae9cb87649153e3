using TalentWatch.Extraction.Knowledge;
using TalentWatch.Extraction.Mentions;

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

    [Fact]
    public void A_companys_unit_or_studio_named_after_the_noun_for_it_is_the_company_left()
    {
        var studio = ExtractionFixture.Single("en", "Tom Baker has left Cohere's robotics studio Orrery Systems.");
        Assert.Equal("Orrery Systems", studio.From);

        var subsidiary = ExtractionFixture.Single("en", "Tom Baker has left Cohere subsidiary Orrery Systems.");
        Assert.Equal("Orrery Systems", subsidiary.From);

        var dochter = ExtractionFixture.Single("nl", "Jan de Boer vertrekt bij Coolblue-dochter Kramsmit Games.");
        Assert.Equal("Kramsmit Games", dochter.From);

        var glued = ExtractionFixture.Single("nl", "Jan de Boer is vertrokken bij Marvel's Brindle Quest-studio Kramsmit Games.");
        Assert.Equal("Kramsmit Games", glued.From);
    }

    [Fact]
    public void An_adverb_opening_a_sentence_is_no_company()
    {
        var result = ExtractionFixture.Run("en", "Besides losing its CFO Tom Baker, Veritas AI lost its chief growth officer Kim Lorenz.");

        Assert.Equal([("Tom Baker", "Veritas AI"), ("Kim Lorenz", "Veritas AI")], result.Departures.Select(d => (d.Person!, d.From)));
    }

    [Fact]
    public void A_department_in_capitals_after_a_title_is_no_company()
    {
        var result = ExtractionFixture.Run("en",
            "Veritas AI is losing two more senior executives. Tom Baker, the Head of Cyber Security, and Kim Lorenz, the VP of Supply Chain, have decided to step down from their roles.");

        Assert.Equal([("Tom Baker", "Veritas AI"), ("Kim Lorenz", "Veritas AI")], result.Departures.Select(d => (d.Person!, d.From)));
    }

    [Fact]
    public void A_school_someone_graduated_from_is_no_company_left()
    {
        var result = ExtractionFixture.Run("en", "Tom Baker, who graduated with a PhD from Brindlewood University in 2017, joined Veritas AI in the same year.");

        Assert.Empty(result.Departures);
    }

    [Fact]
    public void Removal_from_a_board_is_no_departure()
    {
        var result = ExtractionFixture.Run("en", "Veritas AI removed Tom Baker and its chief operating officer Kim Lorenz from its board of directors in 2020.");

        Assert.Empty(result.Departures);
    }

    [Fact]
    public void A_position_taken_up_after_resigning_is_the_destination()
    {
        var departure = ExtractionFixture.Single("en",
            "Tom Baker, who was president at Veritas AI, resigned and took up the CEO position at Orrery Systems.");

        Assert.Equal(("Tom Baker", "Veritas AI", "Orrery Systems"), (departure.Person, departure.From, departure.To));
    }

    [Fact]
    public void A_common_given_name_opens_a_three_word_name()
    {
        var result = ExtractionFixture.Run("en",
            "Veritas AI has lost two more managers. Nishant Rao and Kirti Varun Mehra have left Veritas AI as well in January.");

        Assert.Equal(["Nishant Rao", "Kirti Varun Mehra"], result.Departures.Select(d => d.Person!));
    }

    [Fact]
    public void What_a_company_lost_to_a_rival_is_no_destination()
    {
        var departure = ExtractionFixture.Single("en",
            "Tom Baker, who resigned on Monday, left Veritas AI before finishing a costly plan to restore its lead in chips, a crown it lost to Orrery Systems.");

        Assert.Equal(("Tom Baker", "Veritas AI", (string?)null), (departure.Person, departure.From, departure.To));
    }

    [Fact]
    public void A_name_in_a_title_case_line_the_text_never_types_is_no_destination()
    {
        var result = ExtractionFixture.Run("en",
            "Renowned AI Researcher Tom Baker Leaves Veritas AI to Pursue Personal Projects\n\nTom Baker has left Veritas AI, he said.");

        Assert.DoesNotContain(result.Departures, d => d.To == "Pursue Personal Projects");
        Assert.Contains(result.Departures, d => (d.Person, d.From) == ("Tom Baker", "Veritas AI"));
    }

    [Fact]
    public void A_former_employer_in_brackets_in_a_list_of_departures_is_no_company_left()
    {
        var result = ExtractionFixture.Run("en",
            "Veritas AI has lost six co-founders. Departures include Kim Lorenz (previously at Cohere), Dana Whitlock and Ivo Maresh.");

        Assert.All(result.Departures, d => Assert.Equal("Veritas AI", d.From));
        Assert.Equal(["Kim Lorenz", "Dana Whitlock", "Ivo Maresh"], result.Departures.Select(d => d.Person!));
    }

    [Fact]
    public void A_schools_name_runs_on_over_of_and_van()
    {
        var english = MentionFinder.Find("Tom Baker left the University of Brindlewood in May to join Veritas AI.", ExtractionKnowledge.Shipped);
        Assert.Equal("Tom Baker|University of Brindlewood|Veritas AI", string.Join("|", english.Select(m => m.Text)));

        var dutch = MentionFinder.Find("Jan de Boer vertrekt bij de Universiteit van Kramsmit en gaat naar Coolblue.", ExtractionKnowledge.Shipped);
        Assert.Equal("Jan de Boer|Universiteit van Kramsmit|Coolblue", string.Join("|", dutch.Select(m => m.Text)));
    }

    [Fact]
    public void A_Dutch_preposition_opening_a_sentence_is_no_part_of_a_name()
    {
        var departure = ExtractionFixture.Single("nl",
            "De creatief directeur is Jan de Boer. Tegenover Brindle.biz liet hij weten wat zijn reden was om weg te gaan bij Kramsmit.");

        Assert.Equal(("Jan de Boer", "Kramsmit"), (departure.Person, departure.From));
    }

    [Fact]
    public void A_departure_of_a_role_at_a_company_names_the_person_in_the_apposition_after_it()
    {
        var departure = ExtractionFixture.Single("nl", "Het vertrek van de financieel directeur van Kramsmit, Jan de Boer, is passend en verstandig.");

        Assert.Equal(("Jan de Boer", "Kramsmit"), (departure.Person, departure.From));
    }

    [Fact]
    public void A_minister_of_a_portfolio_reacting_to_the_stepping_down_leaves_nothing()
    {
        var result = ExtractionFixture.Run("nl",
            "Het vertrek van de financieel directeur van Kramsmit, Jan de Boer, is passend. Dat vindt minister Karel Wouters van Financiën in een eerste reactie op het opstappen.");

        Assert.Equal(["Jan de Boer"], result.Departures.Select(d => d.Person!));
    }

    [Fact]
    public void A_capitalised_role_after_an_unknown_possessive_makes_it_the_company()
    {
        var result = ExtractionFixture.Run("en",
            "On Wednesday, Brindlewood’s founders Kim Lorenz and Dana Whitlock stepped down from executive roles at the company. A few days before that announcement, Kramsmit’s Co-founder Tom Baker resigned.");

        Assert.Contains(result.Departures, d => (d.Person, d.From) == ("Tom Baker", "Kramsmit"));
    }
}
