namespace TalentWatch.Extraction.Tests.Departures;

/// <summary>Error classes found in session 36, by probing with invented sentences and on the blind sets read then; every
/// fixture is invented.</summary>
public class Session36ClassTests
{
    [Theory]
    [InlineData("Embroiled in Patent Fights, Veritas AI Loses Wireless Executive to Orrery Systems.")]
    [InlineData("Veritas AI's Custom Chip Lead Defects to Orrery Systems.")]
    [InlineData("High-Ranking Researcher Resigns From Veritas AI Team.")]
    [InlineData("Orrery Systems Poaches Two of Veritas AI's Top Engineers.")]
    public void A_capitalised_run_ending_in_a_worker_noun_is_no_person(string text)
    {
        var result = ExtractionFixture.Run("en", text);

        Assert.DoesNotContain(result.Departures, d => d.Person is { } person
            && (person.EndsWith("Executive", StringComparison.Ordinal) || person.EndsWith("Lead", StringComparison.Ordinal)
                || person.EndsWith("Researcher", StringComparison.Ordinal) || person.EndsWith("Engineers", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_person_whose_surname_is_also_a_title_word_stays_a_person()
    {
        var departure = ExtractionFixture.Single("en", "Jeff Dean has left Orrery Systems to join Veritas AI.");

        Assert.Equal(("Jeff Dean", "Orrery Systems", "Veritas AI"), (departure.Person, departure.From, departure.To));
    }

    [Fact]
    public void The_departures_of_the_firms_titled_people_are_each_read()
    {
        var result = ExtractionFixture.Run("en", "Veritas AI CEO Kim Lorenz announced the departures of the firm's VP of cloud infrastructure Dana Whitlock, VP of applications Ivo Maresh, and VP of networking and security Lena Marsh.");

        Assert.Equal<string?>(["Dana Whitlock", "Ivo Maresh", "Lena Marsh"], result.Departures.Select(d => d.Person).Order().ToList());
        Assert.All(result.Departures, d => Assert.Equal("Veritas AI", d.From));
    }

    [Theory]
    [InlineData("en", "Veritas AI is shaking up its leadership. Chief financial officer Dana Whitlock, chief operating officer Ivo Maresh and chief marketing officer Lena Marsh are all leaving the firm, although Whitlock will stay on until March as a special adviser.", 3)]
    [InlineData("nl", "Lieke Dam vertrekt bij Coolblue, maar blijft tot de zomer aan als adviseur.", 1)]
    public void Staying_on_until_a_time_is_the_notice_period_of_a_departure(string language, string text, int departures)
    {
        var result = ExtractionFixture.Run(language, text);

        Assert.Equal(departures, result.Departures.Count);
    }

    [Theory]
    [InlineData("en", "Tom Baker is stepping down as CEO of Veritas AI but will remain as chairman.")]
    [InlineData("nl", "Lieke Dam stopt als directeur van Coolblue, maar blijft aan als adviseur.")]
    public void Staying_on_in_another_role_is_still_no_departure(string language, string text)
    {
        Assert.Empty(ExtractionFixture.Run(language, text).Departures);
    }

    [Fact]
    public void A_title_case_headline_names_the_guru_and_the_start_up_without_their_descriptors()
    {
        var departure = ExtractionFixture.Single("en", "Ex-Cohere Chip Guru Dana Whitlock Joins AI Startup Orrery Systems.");

        Assert.Equal(("Dana Whitlock", "Cohere", "Orrery Systems"), (departure.Person, departure.From, departure.To));
    }

    [Theory]
    [InlineData("Dana Whitlock and Ivo Maresh have left Veritas AI to start an AI startup named Orrery Systems.")]
    [InlineData("Dana Whitlock has left Veritas AI to found a start-up called Orrery Systems.")]
    public void A_start_up_founded_under_a_name_is_the_destination(string text)
    {
        var result = ExtractionFixture.Run("en", text);

        Assert.NotEmpty(result.Departures);
        Assert.All(result.Departures, d => Assert.Equal(("Veritas AI", "Orrery Systems"), (d.From, d.To)));
    }

    [Fact]
    public void A_three_part_name_in_a_list_keeps_its_first_name()
    {
        var result = ExtractionFixture.Run("en", "In the past week, co-founders Dana Whitlock and Yuhuai Tony Wu announced they were leaving Orrery Systems.");

        Assert.Contains(result.Departures, d => d.Person == "Yuhuai Tony Wu");
        Assert.DoesNotContain(result.Departures, d => d.Person == "Tony Wu");
    }

    [Theory]
    [InlineData("Researcher Dana Whitlock has left Orrery Systems.", "Dana Whitlock")]
    [InlineData("Schrijver Ivo Maresh has left Orrery Systems.", "Ivo Maresh")]
    public void A_capitalised_word_before_a_name_that_opens_a_sentence_stays_out_of_the_name(string text, string person)
    {
        Assert.Contains(ExtractionFixture.Run("en", text).Departures, d => d.Person == person);
    }

    [Fact]
    public void This_includes_names_the_people_of_the_sentence_before()
    {
        var result = ExtractionFixture.Run("en", "Orrery Systems fired its top executives on Thursday. This includes former company CEO Dana Whitlock, Orrery Systems CFO Ivo Maresh, policy executive Lena Marsh, and general counsel Tom Baker.");

        Assert.Equal<string?>(["Dana Whitlock", "Ivo Maresh", "Lena Marsh", "Tom Baker"], result.Departures.Select(d => d.Person).Order().ToList());
        Assert.All(result.Departures, d => Assert.Equal("Orrery Systems", d.From));
    }

    [Fact]
    public void Departures_over_a_period_including_names_them()
    {
        var result = ExtractionFixture.Run("en", "Dana Whitlock has left Orrery Systems. Her exit follows a pattern of departures over the past year, including Lena Marsh, Tom Baker, and Kim Lorenz.");

        Assert.Equal<string?>(["Dana Whitlock", "Kim Lorenz", "Lena Marsh", "Tom Baker"], result.Departures.Select(d => d.Person).Order().ToList());
    }

    [Fact]
    public void A_people_moves_item_gives_both_companies()
    {
        var result = ExtractionFixture.Run("en", "Executive moves this quarter:\n\n- Dana Whitlock (moved to CEO, Orrery Systems from Chief Media Officer, Veritas AI)\n- Ivo Maresh (moved to SVP, Brindlewood from VP/GM, Cohere)");

        Assert.Contains(result.Departures, d => (d.Person, d.From, d.To) == ("Dana Whitlock", "Veritas AI", "Orrery Systems"));
        Assert.Contains(result.Departures, d => (d.Person, d.From, d.To) == ("Ivo Maresh", "Cohere", "Brindlewood"));
    }

    [Fact]
    public void Investors_on_their_way_out_leave_each_their_own_firm()
    {
        var result = ExtractionFixture.Run("en", "Such well-known investors as Dana Whitlock of Orrery Systems, Ivo Maresh of Cohere and Lena Marsh of Brindlewood Capital are all on their way out of their respective firms.");

        Assert.Equal(
            [("Dana Whitlock", "Orrery Systems"), ("Ivo Maresh", "Cohere"), ("Lena Marsh", "Brindlewood Capital")],
            result.Departures.Select(d => (d.Person, d.From)).Order().ToList());
    }

    [Theory]
    [InlineData("Tom Baker has left Orrery Systems. Other recent departures that have been previously reported include top executives like sales boss Dana Whitlock and marketplace chief Ivo Maresh.")]
    [InlineData("Tom Baker has left Orrery Systems. Other recent departures that have been previously reported include top executives like Lumen boss Dana Whitlock and marketplace chief Ivo Maresh.")]
    public void Reported_departures_that_include_executives_like_a_list_name_them(string text)
    {
        var result = ExtractionFixture.Run("en", text);

        Assert.Contains(result.Departures, d => d.Person == "Dana Whitlock" && d.From == "Orrery Systems");
        Assert.Contains(result.Departures, d => d.Person == "Ivo Maresh" && d.From == "Orrery Systems");
    }

    [Fact]
    public void The_best_known_names_include_names_the_people_of_the_sentence_before()
    {
        var result = ExtractionFixture.Run("en", "Several executives have left Orrery Systems this year. The popular names include senior engineering VP Dana Whitlock, VP Ivo Maresh, VP of Human Resources Lena Marsh, product VP Tom Baker.");

        Assert.Equal<string?>(["Dana Whitlock", "Ivo Maresh", "Lena Marsh", "Tom Baker"], result.Departures.Select(d => d.Person).Order().ToList());
    }

    [Theory]
    [InlineData("en", "It said Tom Baker, a board member since 2007, has also resigned from Orrery Systems.")]
    [InlineData("nl", "Kramsmit-commissaris Joost Verhaar, die vorig jaar veel ophef veroorzaakte, vertrekt volgende maand bij het concern.")]
    public void A_board_seat_held_by_the_subject_is_no_job(string language, string text)
    {
        Assert.Empty(ExtractionFixture.Run(language, text).Departures);
    }

    [Fact]
    public void A_board_member_who_reports_a_departure_does_not_hide_it()
    {
        var departure = ExtractionFixture.Single("en", "Tom Baker, a board member since 2007, said CEO Dana Whitlock has left Orrery Systems.");

        Assert.Equal(("Dana Whitlock", "Orrery Systems"), (departure.Person, departure.From));
    }
}
