using TalentWatch.Extraction.Knowledge;
using TalentWatch.Extraction.Mentions;

namespace TalentWatch.Extraction.Tests.Departures;

/// <summary>Error classes found in session 34, by probing with invented sentences and on the blind sets read then; every
/// fixture is invented.</summary>
public class Session34ClassTests
{
    [Fact]
    public void A_department_in_capitals_after_a_title_ends_the_title_before_any_given_name()
    {
        var departure = ExtractionFixture.Single("en", "Global Head of HR Ottilie Marsh has left Veritas AI.");

        Assert.Equal(("Ottilie Marsh", "Veritas AI"), (departure.Person, departure.From));
    }

    [Theory]
    [InlineData("Orrery Quest 4 director leaves Veritas Games, starts new studio", "Veritas Games")]
    [InlineData("They removed the studio's name from the box of Orrery Quest IV: The Return.", "")]
    [InlineData("Tom Baker, 42, left Cohere in 2024.", "Tom Baker|Cohere")]
    [InlineData("Henry VIII left Veritas Games.", "Henry VIII|Veritas Games")]
    [InlineData("Tom Baker is leaving Channel 4 to join ITV.", "Tom Baker|Channel 4|ITV")]
    [InlineData("Jan de Boer vertrok vorige maand bij Radio 538.", "Jan de Boer|Radio 538")]
    public void A_name_with_a_number_after_it_or_a_roman_numeral_at_its_end_is_a_product_and_no_name(string sentence, string names)
    {
        var mentions = MentionFinder.Find(sentence, ExtractionKnowledge.Shipped);

        Assert.Equal(names, string.Join("|", mentions.Select(m => m.Text)));
    }

    [Theory]
    [InlineData("Whitlock Officially Leaves Veritas Games to Form New Studio", "Whitlock|Veritas Games")]
    [InlineData("Veritas Games Quietly Drops Its Founder", "Veritas Games")]
    public void Capitalised_adverbs_and_purpose_verbs_in_a_title_case_headline_are_no_names(string headline, string names)
    {
        var mentions = MentionFinder.Find(headline, ExtractionKnowledge.Shipped);

        Assert.Equal(names, string.Join("|", mentions.Select(m => m.Text)));
    }

    [Fact]
    public void A_title_head_before_a_name_in_a_title_case_headline_types_the_person()
    {
        var departure = ExtractionFixture.Single("en",
            "Orrery Founder and Veritas Designer Dorran Kelmet Has Left Cohere\nHe announced the departure on Monday.");

        Assert.Equal(("Dorran Kelmet", "Cohere"), (departure.Person, departure.From));
    }

    [Fact]
    public void A_Dutch_sentence_adverb_opening_the_sentence_is_no_company()
    {
        var result = ExtractionFixture.Run("nl", "Anderzijds zag Cohere Jan de Boer en Lieke Dam vertrekken naar Coolblue.");

        Assert.Equal(
            [("Jan de Boer", "Cohere", "Coolblue"), ("Lieke Dam", "Cohere", "Coolblue")],
            result.Departures.Select(d => (d.Person!, d.From, d.To)));
    }

    [Fact]
    public void Becoming_chairman_in_a_past_year_is_a_career_told_and_keeps_no_one_on()
    {
        var departure = ExtractionFixture.Single("en",
            "After less than two years in the top job at Veritas AI, Tom Baker has been fired.\n\nBaker joined Veritas AI's board of directors in 2010 and became chairman in 2011.");

        Assert.Equal(("Tom Baker", "Veritas AI"), (departure.Person, departure.From));
    }

    [Fact]
    public void A_descriptor_such_as_dating_app_before_the_destination_is_no_part_of_it()
    {
        var departure = ExtractionFixture.Single("en", "Lena Marsh said she is leaving Veritas AI to take the top post at dating app Orrery.");

        Assert.Equal(("Lena Marsh", "Veritas AI", "Orrery"), (departure.Person, departure.From, departure.To));
    }

    [Fact]
    public void The_people_of_a_counted_hire_named_joining_in_the_next_sentence_are_the_ones_hired()
    {
        var result = ExtractionFixture.Run("en",
            "Veritas AI announced today it has hired three senior engineers from competitor Cohere, all of whom will work in a new office in Zurich. "
            + "Executives told staff in a memo on Tuesday that Dana Whitlock, Ivo Maresh and Kim Lorenz will join the company to work on multimodal AI.");

        Assert.Equal(
            [("Dana Whitlock", "Cohere", "Veritas AI"), ("Ivo Maresh", "Cohere", "Veritas AI"), ("Kim Lorenz", "Cohere", "Veritas AI")],
            result.Departures.Select(d => (d.Person!, d.From, d.To)));
    }

    [Fact]
    public void A_relative_clause_after_a_description_without_an_article_is_about_the_person_described()
    {
        var departure = ExtractionFixture.Single("en",
            "Kim Lorenz, vice president of Veritas AI, has been named as head of Veritas AI's AI department, reporting to Tom Baker, former Cohere executive and AI expert who joined Veritas AI as president earlier this year.");

        Assert.Equal(("Tom Baker", "Cohere", "Veritas AI"), (departure.Person, departure.From, departure.To));
    }

    [Theory]
    [InlineData("en", "Tom Baker left the University of Brindlewood in May to join Veritas AI.")]
    [InlineData("nl", "Jan de Boer vertrekt bij de Universiteit van Kramsmit en gaat naar Coolblue.")]
    [InlineData("en", "Tom Baker left Harvard in 2004 to build Veritas AI.")]
    public void A_school_is_never_the_company_left(string language, string text)
    {
        Assert.Empty(ExtractionFixture.Run(language, text).Departures);
    }

    [Fact]
    public void A_school_may_be_where_someone_goes()
    {
        var departure = ExtractionFixture.Single("en", "Tom Baker has left Veritas AI to join the University of Brindlewood as a professor.");

        Assert.Equal(("Tom Baker", "Veritas AI", "University of Brindlewood"), (departure.Person, departure.From, departure.To));
    }

    [Fact]
    public void A_Dutch_compound_ending_in_uitbater_describes_the_company_named_after_it()
    {
        var departure = ExtractionFixture.Single("nl",
            "Luchthavenuitbater Kramsmit Group ziet weer een bestuurder vertrekken. Directeur Jan de Boer vertrekt per 1 maart bij de luchthavenexploitant.");

        Assert.Equal(("Jan de Boer", "Kramsmit Group"), (departure.Person, departure.From));
    }

    [Fact]
    public void A_join_without_a_destination_leaves_no_company_found_only_as_the_articles_focus()
    {
        var result = ExtractionFixture.Run("en", "Veritas AI is struggling. Tom Baker joined in March as CEO to turn the company around.");

        Assert.Empty(result.Departures);
    }

    [Fact]
    public void An_unknown_name_whose_possessive_owns_a_vice_president_is_a_company()
    {
        var departure = ExtractionFixture.Single("en",
            "Veritas AI has lost several executives. Moreover, Cohere-owned Orrery's vice president Tom Baker also stepped down.");

        Assert.Equal(("Tom Baker", "Orrery"), (departure.Person, departure.From));
    }

    [Theory]
    [InlineData("nl", "Jan de Boer stapt op als commissaris bij Coolblue.")]
    [InlineData("nl", "Jan de Boer vertrekt als commissaris van verlichtingsbedrijf Kramsmit.")]
    [InlineData("en", "Tom Baker steps down as a non-executive director of Cohere.")]
    public void Leaving_a_supervisory_board_seat_is_no_departure(string language, string text)
    {
        Assert.Empty(ExtractionFixture.Run(language, text).Departures);
    }

    [Fact]
    public void The_one_who_asks_someone_to_step_down_does_not_leave()
    {
        var departure = ExtractionFixture.Single("en",
            "Tom Baker, head of engineering, quit Veritas AI after its chief executive Dana Whitlock asked him to step down.");

        Assert.Equal(("Tom Baker", "Veritas AI"), (departure.Person, departure.From));
    }

    [Fact]
    public void One_unnamed_person_hired_is_the_one_person_named_joining_next()
    {
        var departure = ExtractionFixture.Single("en",
            "Veritas AI poaches a top executive from Cohere. Tom Baker will become chief executive of Veritas AI next month.");

        Assert.Equal(("Tom Baker", "Cohere", "Veritas AI"), (departure.Person, departure.From, departure.To));
    }

    [Fact]
    public void A_headline_hire_of_a_bare_role_is_named_by_the_person_joining_next()
    {
        var departure = ExtractionFixture.Single("nl", "Coolblue haalt topman weg bij Kramsmit\n\nJan de Boer wordt de nieuwe topman van Coolblue. Hij begint in mei.");

        Assert.Equal(("Jan de Boer", "Kramsmit", "Coolblue"), (departure.Person, departure.From, departure.To));
    }

    [Fact]
    public void A_move_told_two_sentences_after_the_join_takes_the_joined_employer_as_destination()
    {
        var result = ExtractionFixture.Run("nl",
            "Jan de Boer is vanaf volgende maand de nieuwe algemeen directeur van Coolblue. Hij volgt Lieke Dam op, die in april vertrok.\n\n"
            + "De Boer komt over van zusterformule Kramsmit, waar hij vorige maand pas als algemeen directeur werd benoemd.");

        Assert.Contains(result.Departures, d => (d.Person, d.From, d.To) == ("Jan de Boer", "Kramsmit", "Coolblue"));
    }
}
