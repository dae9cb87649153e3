namespace TalentWatch.Extraction.Tests.Departures;

/// <summary>Error classes found in session 35, by probing with invented sentences and on the blind sets read then; every
/// fixture is invented.</summary>
public class Session35ClassTests
{
    [Theory]
    [InlineData("nl", "Karin Smit, hoofdredacteur van NRC, stapt over naar De Telegraaf.", "Karin Smit", "NRC", "De Telegraaf")]
    [InlineData("nl", "Lieke Dam stopt als hoofdredacteur van Het Parool.", "Lieke Dam", "Het Parool", null)]
    [InlineData("nl", "Joost Verhaar vertrekt bij de VRT en gaat aan de slag bij Coolblue.", "Joost Verhaar", "VRT", "Coolblue")]
    [InlineData("nl", "Journalist Dorran Kelmet stapt over van het AD naar De Telegraaf.", "Dorran Kelmet", "AD", "De Telegraaf")]
    [InlineData("en", "Ivo Maresh, the BBC's director of television, is leaving to join ITV.", "Ivo Maresh", "BBC", "ITV")]
    public void An_outlet_is_the_employer_where_the_article_names_a_post_at_it_or_a_move_to_or_from_it(string language, string text, string person, string from, string? to)
    {
        var departure = ExtractionFixture.Single(language, text);

        Assert.Equal((person, from, to), (departure.Person, departure.From, departure.To));
    }

    [Theory]
    [InlineData("Dana Whitlock has left Orrery Systems to join Veritas AI, she told Reuters.", "Orrery Systems", "Veritas AI")]
    [InlineData("Dana Whitlock told the BBC that she had left Orrery Systems.", "Orrery Systems", null)]
    [InlineData("Bloomberg reporter Tom Baker wrote that Dana Whitlock has left Orrery Systems.", "Orrery Systems", null)]
    public void An_outlet_named_as_a_source_stays_a_source(string text, string from, string? to)
    {
        var departure = ExtractionFixture.Single("en", text);

        Assert.Equal(("Dana Whitlock", from, to), (departure.Person, departure.From, departure.To));
    }

    [Theory]
    [InlineData("nl", "Eerder verlieten engineers Apple en Cohere het bedrijf. Zo gingen Dana Whitlock en Ivo Maresh weg bij het bedrijf uit Cupertino.", "Apple")]
    [InlineData("en", "Tom Baker has left the Redmond-based giant after ten years.", "Microsoft")]
    [InlineData("en", "Cohere and Intel both design chips. Tom Baker has left the Santa Clara company.", "Intel")]
    public void A_town_that_is_home_to_a_big_employer_names_it(string language, string text, string from)
    {
        var result = ExtractionFixture.Run(language, text);

        Assert.NotEmpty(result.Departures);
        Assert.All(result.Departures, d => Assert.Equal(from, d.From));
    }

    [Fact]
    public void A_start_up_in_a_big_employers_town_is_not_that_employer()
    {
        var result = ExtractionFixture.Run("en", "Tom Baker has left the Cupertino start-up after ten years.");

        Assert.DoesNotContain(result.Departures, d => d.From == "Apple");
    }

    [Theory]
    [InlineData("en", "Veritas AI's chief financial officer Tom Baker \"retired\" abruptly in December.", "Tom Baker", "Veritas AI", null)]
    [InlineData("nl", "Coolblue heeft Lieke Dam ‘weggekocht’ bij Kramsmit.", "Lieke Dam", "Kramsmit", "Coolblue")]
    public void A_verb_in_scare_quotes_is_read(string language, string text, string person, string from, string? to)
    {
        var departure = ExtractionFixture.Single(language, text);

        Assert.Equal((person, from, to), (departure.Person, departure.From, departure.To));
    }

    [Fact]
    public void A_government_body_named_in_the_sentence_of_the_move_is_the_employer_left()
    {
        var departure = ExtractionFixture.Single("en", "Dana Whitlock has left the FTC to join Veritas AI as general counsel.");

        Assert.Equal(("FTC", "Veritas AI"), (departure.From, departure.To));
    }

    [Fact]
    public void A_government_body_the_article_is_about_is_not_the_employer_of_an_unplaced_leaver()
    {
        var result = ExtractionFixture.Run("en",
            "The FTC fined Orrery Systems last year. The FTC said the fine was final. The FTC will review the case. Its general manager Tom Baker is stepping down.");

        Assert.DoesNotContain(result.Departures, d => d.From == "FTC");
    }

    [Theory]
    [InlineData("Dana Whitlock joins Veritas AI as it seeks authorization of its vaccine from the FDA.")]
    [InlineData("Het door Coolblue geëiste vertrek van financieel directeur Joost Verhaar bij Kramsmit is van de baan.")]
    public void A_permit_from_a_regulator_or_a_departure_demanded_by_another_is_no_move(string text)
    {
        var result = ExtractionFixture.Run(text.StartsWith("Het", StringComparison.Ordinal) ? "nl" : "en", text);

        Assert.Empty(result.Departures);
    }

    [Fact]
    public void Landing_at_a_company_is_joining_it()
    {
        var departure = ExtractionFixture.Single("en", "Tom Baker, who is Veritas AI's senior vice president, has landed at Orrery Systems.");

        Assert.Equal(("Veritas AI", "Orrery Systems"), (departure.From, departure.To));
    }

    [Fact]
    public void Leaving_to_be_a_role_at_a_company_names_the_destination()
    {
        var departure = ExtractionFixture.Single("en", "Dana Whitlock is leaving Orrery Systems to be senior vice president at Veritas AI.");

        Assert.Equal(("Orrery Systems", "Veritas AI"), (departure.From, departure.To));
    }

    [Fact]
    public void A_Dutch_subject_between_the_verb_and_its_particle_weg_leaves()
    {
        var result = ExtractionFixture.Run("nl", "Zo gingen Dana Whitlock, Ivo Maresh en Lena Marsh weg bij Orrery Systems.");

        Assert.Equal(["Dana Whitlock", "Ivo Maresh", "Lena Marsh"], result.Departures.Select(d => d.Person!));
    }

    [Theory]
    [InlineData("Tom Baker has left Orrery Systems to join Greylock Partners as a partner.", "Orrery Systems", "Greylock Partners")]
    [InlineData("Tom Baker, a partner at Orrery Systems, has defected and is joining another big-name venture capital firm, Veritas AI.", "Orrery Systems", "Veritas AI")]
    public void A_venture_firm_employs_its_partners_and_a_described_firm_named_after_a_comma_is_the_destination(string text, string from, string to)
    {
        var departure = ExtractionFixture.Single("en", text);

        Assert.Equal((from, to), (departure.From, departure.To));
    }

    [Fact]
    public void A_name_set_off_before_the_company_said_is_a_person()
    {
        var departure = ExtractionFixture.Single("en", "Orrery Systems is losing its chief engineer, Tom Baker, the company said.");

        Assert.Equal(("Tom Baker", "Orrery Systems"), (departure.Person, departure.From));
    }

    [Theory]
    [InlineData("Coolblue heeft een nieuwe topvrouw. Lieke Dam volgt dan Jan de Boer op.")]
    [InlineData("Coolblue heeft een nieuwe topvrouw. Ze volgt dan haar landgenoot Jan de Boer op.")]
    public void Dutch_dan_after_a_verb_is_then_and_a_pronoun_before_a_named_predecessor_is_a_possessive(string text)
    {
        var departure = ExtractionFixture.Single("nl", text);

        Assert.Equal(("Jan de Boer", "Coolblue"), (departure.Person, departure.From));
    }

    [Fact]
    public void Dutch_dan_after_a_comparative_is_than()
    {
        var result = ExtractionFixture.Run("nl", "Lieke Dam verdient meer dan Jan de Boer, die bij Coolblue vertrekt.");

        Assert.Equal(["Jan de Boer"], result.Departures.Select(d => d.Person!));
    }

    [Theory]
    [InlineData("Tom Baker worked at Cohere until October 2015 and is now Veritas AI's design lead.", "Veritas AI", "2015-10")]
    [InlineData("Tom Baker was chief executive of Cohere until March 2024.", null, "2024-03")]
    public void A_post_held_until_a_past_month_is_left_then(string text, string? to, string date)
    {
        var departure = ExtractionFixture.Single("en", text);

        Assert.Equal(("Cohere", to, date), (departure.From, departure.To, departure.Date));
    }

    [Fact]
    public void A_mood_held_until_a_month_is_no_post()
    {
        var result = ExtractionFixture.Run("en", "Tom Baker was optimistic until March.");

        Assert.Empty(result.Departures);
    }

    [Fact]
    public void A_stay_until_a_later_month_is_no_move()
    {
        var result = ExtractionFixture.Run("en", "Tom Baker will stay at Cohere until October 2026.");

        Assert.Empty(result.Departures);
    }

    [Fact]
    public void A_removal_participle_before_a_role_names_the_leader_removed()
    {
        var departure = ExtractionFixture.Single("en", "Orrery Systems named Dana Whitlock chief executive. She replaced ousted CEO Tom Baker, who had run the company since 2019.");

        Assert.Equal(("Tom Baker", "Orrery Systems"), (departure.Person, departure.From));
    }

    [Fact]
    public void These_include_names_the_people_of_the_sentence_before()
    {
        var result = ExtractionFixture.Run("en",
            "Orrery Systems is laying off 900 staff, and several executives are leaving. These include Chief Executive Tom Baker, Chief Safety Officer Dana Whitlock, and Chief Human Resources Officer Ivo Maresh.");

        Assert.Equal(["Tom Baker", "Dana Whitlock", "Ivo Maresh"], result.Departures.Select(d => d.Person!));
        Assert.All(result.Departures, d => Assert.Equal("Orrery Systems", d.From));
    }

    [Fact]
    public void They_include_names_some_of_a_counted_group()
    {
        var result = ExtractionFixture.Run("en", "Four senior executives have left Orrery Systems this year. They include Tom Baker, Dana Whitlock and Ivo Maresh.");

        Assert.Equal(["Tom Baker", "Dana Whitlock", "Ivo Maresh"], result.Departures.Where(d => d.Person is not null).Select(d => d.Person!));
    }

    [Fact]
    public void A_company_s_rumored_product_does_not_hedge_a_hire()
    {
        var departure = ExtractionFixture.Single("en", "Veritas AI also hired Tom Baker, formerly of Cohere, to work on its rumored operating system.");

        Assert.Equal(("Tom Baker", "Cohere", "Veritas AI"), (departure.Person, departure.From, departure.To));
    }

    [Theory]
    [InlineData("Cohere confirmed its rumored hire of Tom Baker from Veritas AI.")]
    [InlineData("Tom Baker is rumored to be leaving Cohere.")]
    public void A_rumored_move_stays_a_rumor(string text) =>
        Assert.Empty(ExtractionFixture.Run("en", text).Departures);

    [Fact]
    public void A_Dutch_origin_in_an_apposition_before_an_appointment_is_the_company_left()
    {
        var departure = ExtractionFixture.Single("nl", "Coolblue heeft een nieuwe topvrouw. Lieke Dam, afkomstig van Kramsmit, wordt de nieuwe algemeen directeur.");

        Assert.Equal(("Lieke Dam", "Kramsmit"), (departure.Person, departure.From));
    }
}
