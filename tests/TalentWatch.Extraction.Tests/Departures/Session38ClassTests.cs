namespace TalentWatch.Extraction.Tests.Departures;

/// <summary>Error classes found in session 38, by probing with invented sentences and on the blind sets read then; every
/// fixture is invented.</summary>
public class Session38ClassTests
{
    [Theory]
    [InlineData("Brindlewood Chief Technology Officer Dana Whitlock is leaving the company.")]
    [InlineData("Brindlewood Chief Executive Dana Whitlock is leaving the company.")]
    [InlineData("Brindlewood Senior Vice President Dana Whitlock is leaving the company.")]
    public void A_single_unknown_word_before_a_capitalised_title_is_the_company(string text)
    {
        var departure = ExtractionFixture.Single("en", text);

        Assert.Equal(("Dana Whitlock", "Brindlewood"), (departure.Person, departure.From));
    }

    [Fact]
    public void A_regional_adjective_before_a_capitalised_title_is_no_company()
    {
        var departure = ExtractionFixture.Single("en", "Veritas AI's Co-Founder and North American Chief Executive Dana Whitlock stepped down on 30 January 2025.");

        Assert.Equal(("Dana Whitlock", "Veritas AI"), (departure.Person, departure.From));
    }

    [Fact]
    public void A_state_someone_is_moved_to_is_no_employer()
    {
        var departure = ExtractionFixture.Single("en", "Dana Whitlock is reportedly leaving Orrery Systems over a relocation policy that would shift her from the West Coast to Arkansas.");

        Assert.Equal(("Orrery Systems", null), (departure.From, departure.To));
    }

    [Fact]
    public void A_ranking_number_is_no_employer()
    {
        var departure = ExtractionFixture.Single("en", "Last June, western wear chain Brindlewood, No. 565 in the 2016 list, hired Orrery Systems veteran Dana Whitlock as chief digital officer.");

        Assert.Equal(("Orrery Systems", "Brindlewood"), (departure.From, departure.To));
    }

    [Fact]
    public void A_list_whose_items_carry_their_posts_between_commas_names_every_leaver()
    {
        var result = ExtractionFixture.Run("en", "Veritas AI today announces the departures of Dana Whitlock, the Director of Strategy and Policy, and Ivo Maresh, Policy Chief.");

        Assert.Equal<string?>(["Dana Whitlock", "Ivo Maresh"], result.Departures.Select(d => d.Person).Order().ToList());
    }

    [Fact]
    public void A_post_between_commas_followed_by_another_verb_does_not_make_a_list()
    {
        var result = ExtractionFixture.Run("en", "Veritas AI announced the departure of Dana Whitlock, the company's CEO, and named Ivo Maresh as her successor.");

        Assert.DoesNotContain(result.Departures, d => d.Person == "Ivo Maresh");
    }

    [Fact]
    public void The_departures_of_a_group_including_titled_names_are_theirs()
    {
        var result = ExtractionFixture.Run("en", "Veritas AI saw the departures of key figures, including Chief Technology Officer Dana Whitlock, Chief Research Officer Ivo Maresh, and Vice President of Research Lena Marsh.");

        Assert.Equal<string?>(["Dana Whitlock", "Ivo Maresh", "Lena Marsh"], result.Departures.Select(d => d.Person).Order().ToList());
        Assert.All(result.Departures, d => Assert.Equal("Veritas AI", d.From));
    }

    [Fact]
    public void Names_set_off_by_dashes_are_the_subject_of_the_verb()
    {
        var result = ExtractionFixture.Run("en", "Three other members of the design team — Dana Whitlock, Ivo Maresh, and Lena Marsh — also exited Orrery Systems that year.");

        Assert.Equal<string?>(["Dana Whitlock", "Ivo Maresh", "Lena Marsh"], result.Departures.Select(d => d.Person).Order().ToList());
    }

    [Fact]
    public void A_description_set_off_by_dashes_still_describes_the_subject()
    {
        var departure = ExtractionFixture.Single("en", "Dana Whitlock — Tom Baker's deputy — left Orrery Systems.");

        Assert.Equal(("Dana Whitlock", "Orrery Systems"), (departure.Person, departure.From));
    }

    [Fact]
    public void A_contracted_is_before_joining_is_read_as_is()
    {
        var departure = ExtractionFixture.Single("en", "Dana Whitlock said on LinkedIn that she's joining Cohere after a decade at Orrery Systems.");

        Assert.Equal(("Orrery Systems", "Cohere"), (departure.From, departure.To));
    }

    [Fact]
    public void Coming_from_a_division_of_the_company_is_no_move()
    {
        var result = ExtractionFixture.Run("en", "Dana Whitlock will replace Tom Baker at Orrery Systems. Whitlock comes from Orrery Systems' storage division, where she managed the file servers.");

        Assert.DoesNotContain(result.Departures, d => d.Person == "Dana Whitlock");
    }

    [Fact]
    public void A_report_from_an_outlet_is_not_the_company_left()
    {
        var result = ExtractionFixture.Run("en", "Dana Whitlock has left Veritas AI to take up a new position at Cohere, according to a report from Brindlewood.");

        Assert.DoesNotContain(result.Departures, d => d.From == "Brindlewood");
    }

    [Fact]
    public void A_division_named_as_such_is_part_of_the_company()
    {
        var result = ExtractionFixture.Run("en", "After a reorganization of the E&D Division in May, Orrery Systems announced that both Dana Whitlock and Ivo Maresh, president of the E&D Division, would retire from the company in the fall.");

        Assert.Equal<string?>(["Dana Whitlock", "Ivo Maresh"], result.Departures.Select(d => d.Person).Order().ToList());
        Assert.All(result.Departures, d => Assert.Equal("Orrery Systems", d.From));
    }

    [Fact]
    public void A_retailer_that_carries_its_founders_surname_stays_a_company()
    {
        var departure = ExtractionFixture.Single("en", "Nordstrom Chief Information Officer Dana Whitlock will be retiring after three years in that role, according to memos from Nordstrom co-president Blake Nordstrom.");

        Assert.Equal(("Dana Whitlock", "Nordstrom"), (departure.Person, departure.From));
    }

    [Theory]
    [InlineData("July 7, 2023: Dana Whitlock announced her resignation from Orrery Systems.", "2023-07-07")]
    [InlineData("- July 6, 2023: Dana Whitlock, Global VP of Product at Orrery Systems, left the company.", "2023-07-06")]
    [InlineData("2019 — Dana Whitlock left Orrery Systems.", "2019")]
    public void A_date_heading_a_timeline_entry_dates_it(string text, string date)
    {
        Assert.Equal(date, ExtractionFixture.Single("en", text).Date);
    }

    [Fact]
    public void An_undated_article_is_read_as_of_its_dateline()
    {
        var departure = ExtractionFixture.Single("en", "August 22, 2014 / 8:04 PM\n\nDana Whitlock has left Orrery Systems, the company said.", published: null);

        Assert.Equal("2014-08", departure.Date);
    }

    [Fact]
    public void An_undated_article_without_a_dateline_is_read_as_of_the_latest_month_it_names()
    {
        var result = ExtractionFixture.Run("en", "Dana Whitlock has left Orrery Systems, the company said on Friday. She joined in May 2019 from Cohere. The move follows the departure of Tom Baker in November 2023.", published: null);

        Assert.Equal("2023-11", result.Departures.Single(d => d.Person == "Dana Whitlock" && d.From == "Orrery Systems").Date?[..7]);
        Assert.Null(result.Article.Published);
    }

    [Fact]
    public void A_leader_announcing_others_departures_in_a_quote_states_facts()
    {
        var result = ExtractionFixture.Run("en", "Dana Whitlock runs Orrery Systems. “I’m sad to announce that Ivo Maresh and Lena Marsh have chosen to leave the company.”");

        Assert.Equal<string?>(["Ivo Maresh", "Lena Marsh"], result.Departures.Select(d => d.Person).Order().ToList());
    }

    [Fact]
    public void Three_words_in_scare_quotes_are_the_writers_own()
    {
        var result = ExtractionFixture.Run("en", "He said that engineering chief Dana Whitlock and product head Ivo Maresh had “chosen to leave” Orrery Systems.");

        Assert.Equal<string?>(["Dana Whitlock", "Ivo Maresh"], result.Departures.Select(d => d.Person).Order().ToList());
    }

    [Fact]
    public void Quoted_speech_about_someone_leaving_is_still_not_read()
    {
        var result = ExtractionFixture.Run("en", "Dana Whitlock runs Orrery Systems. “If Ivo Maresh ever decides to leave the company, we will be in trouble,” she said.");

        Assert.Empty(result.Departures);
    }

    [Fact]
    public void A_possessive_ending_is_no_part_of_a_role()
    {
        var result = ExtractionFixture.Run("en", "Brindlewood Games has lost staff. The departures include creative director Tom Baker, Brindlewood's lead producer Lena Marsh, and art director Ben Penrose.");

        Assert.DoesNotContain(result.Departures, d => d.Role is { } role && role.StartsWith("s ", StringComparison.Ordinal));
    }
}
