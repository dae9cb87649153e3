namespace TalentWatch.Extraction.Tests.Departures;

/// <summary>Error classes found on an independently written article set; fixtures are invented for the tests.</summary>
public class HeldOutClassTests
{
    private static ExtractionResult WithSource(string language, string source, string text)
    {
        var article = ArticleReader.Parse("fixture.md", $"---\nlanguage: {language}\nsource: \"{source}\"\npublished: 2026-03-12\n---\n" + text);
        return new DepartureExtractor().Extract(article);
    }

    [Fact]
    public void Ampersand_names_are_one_company_and_their_initials_refer_to_it()
    {
        var result = ExtractionFixture.Run("en",
            "Nomi Vasquez has left Quill & Kettle for Cohere. At Q&K she ran the evaluation team. Later, Piet Oduya left Q&K for Nvidia.");

        Assert.Equal(2, result.Departures.Count);
        Assert.All(result.Departures, d => Assert.Equal("Quill & Kettle", d.From));
        Assert.Equal(["Cohere", "Nvidia"], result.Departures.Select(d => d.To));
    }

    [Fact]
    public void Brand_casing_with_a_lower_case_start_or_inner_capitals_is_a_company()
    {
        var en = ExtractionFixture.Single("en", "Orla Brennan, head of design at tideWorks, has left the start-up for Apple.");
        Assert.Equal("tideWorks", en.From);
        Assert.Equal("Orla Brennan", en.Person);

        var nl = ExtractionFixture.Single("nl", "Onderzoeker Sanne Wolters vertrekt bij het Bredase zonRaster naar Meta.");
        Assert.Equal("zonRaster", nl.From);
        Assert.Equal("Meta", nl.To);
    }

    [Fact]
    public void The_front_matter_source_and_a_publication_in_a_seen_by_slot_are_never_person_or_company()
    {
        var result = WithSource("en", "Harbour Daily Report",
            "Lumo Systems fired its finance chief, Gita Sorensen, according to a memo seen by Harbour Daily Report. "
            + "The company has lost three of its 30 engineers this year, a letter reviewed by Coastline Ledger says.");

        var d = Assert.Single(result.Departures);
        Assert.Equal("Gita Sorensen", d.Person);
        Assert.Equal("Lumo Systems", d.From);
    }

    [Fact]
    public void A_broadcaster_reporting_on_its_own_people_is_the_place_they_leave()
    {
        var nl = Assert.Single(WithSource("nl", "Omroep Zuidkust",
            "Hoofdredacteur Karin Smit vertrekt bij Omroep Zuidkust. Omroep Zuidkust betreurt haar vertrek.").Departures);
        Assert.Equal(("Karin Smit", "Omroep Zuidkust"), (nl.Person, nl.From));

        var en = Assert.Single(WithSource("en", "Harbour Daily Report",
            "Editor Lena Marsh has left Harbour Daily Report for Veritas AI, Harbour Daily Report said.").Departures);
        Assert.Equal(("Lena Marsh", "Harbour Daily Report", "Veritas AI"), (en.Person, en.From, en.To));

        // Only as the place left: "told Harbour Daily Report" still names the publication, not an employer.
        var told = Assert.Single(WithSource("en", "Harbour Daily Report",
            "Lumo Systems fired its finance chief, Gita Sorensen, a spokesperson told Harbour Daily Report.").Departures);
        Assert.Equal("Lumo Systems", told.From);
    }

    [Fact]
    public void A_Dutch_relative_clause_without_a_comma_is_about_the_name_before_it()
    {
        var d = ExtractionFixture.Single("nl", "Karin Smit treedt in de voetsporen van Joost Verhaar die vorig jaar vertrok bij Coolblue.");
        Assert.Equal(("Joost Verhaar", "Coolblue"), (d.Person, d.From));
    }

    [Fact]
    public void A_career_step_told_as_a_join_leaves_no_company_the_same_person_joins_later()
    {
        // The join of 2014 took the article's focus (Adyen) as the company left; she is read joining Adyen now.
        var result = ExtractionFixture.Run("nl",
            "Karin Smit is vanaf juli de nieuwe topman van Adyen. Smit volgt Jan de Boer op. Smit begon in 2014 als financieel topman bij Coolblue.");

        Assert.DoesNotContain(result.Departures, d => d.Person == "Karin Smit" && d.From == "Adyen");
        Assert.Contains(result.Departures, d => d.Person == "Jan de Boer" && d.From == "Adyen");
    }

    [Fact]
    public void An_investor_named_more_often_than_the_start_up_is_not_the_company_left()
    {
        var d = ExtractionFixture.Single("en",
            "Tilde Robotics raised money from Brightwater Partners. Brightwater Partners led the round, and Brightwater Partners said it was pleased. "
            + "Chief scientist Moritz Ahl has left the company, a spokesperson said.");

        Assert.Equal("Tilde Robotics", d.From);
    }

    [Fact]
    public void Dutch_er_town_adjective_is_not_part_of_the_company()
    {
        var d = ExtractionFixture.Single("nl", "Femke Algra, CEO van het Zwolser Kompasroos AI, trad vorige week af.");

        Assert.Equal("Kompasroos AI", d.From);
        Assert.Equal("Femke Algra", d.Person);
    }

    [Fact]
    public void A_name_does_not_run_into_adverb_and_particle_or_into_a_following_company()
    {
        var result = ExtractionFixture.Run("nl",
            "Ingenieur Bas Wennink vertrok al van Grondzeil AI naar Google. Later verliet onderzoeker Anne-Roos Peerdeman Grondzeil; zij werkt nu bij Nvidia.");

        Assert.Equal(["Bas Wennink", "Anne-Roos Peerdeman"], result.Departures.Select(d => d.Person));
        Assert.All(result.Departures, d => Assert.Equal("Grondzeil AI", d.From));
    }

    [Fact]
    public void Particles_with_t_and_van_den_stay_in_the_name()
    {
        var d = ExtractionFixture.Single("nl", "Joke van 't Veld, hoofd data bij Spijker AI, werd vorige week weggekaapt door Microsoft.");

        Assert.Equal("Joke van 't Veld", d.Person);
        Assert.Equal("Spijker AI", d.From);
        Assert.Equal("Microsoft", d.To);
    }

    [Fact]
    public void A_small_number_of_unnamed_people_with_a_destination_is_one_departure_each()
    {
        var result = ExtractionFixture.Run("en", "Three researchers at Beacon Harbor AI have left for Google, the company said.");

        Assert.Equal(3, result.Departures.Count);
        Assert.All(result.Departures, d =>
        {
            Assert.Null(d.Person);
            Assert.Equal("Beacon Harbor AI", d.From);
            Assert.Equal("Google", d.To);
            Assert.Equal("researcher", d.Role);
        });
    }

    [Fact]
    public void A_count_out_of_a_workforce_is_not_unnamed_departures()
    {
        var result = ExtractionFixture.Run("en", "Beacon Harbor AI has lost five of its 40 engineers to Google this year.");

        Assert.DoesNotContain(result.Departures, d => d.Person is null && d.To == "Google" && result.Departures.Count > 1);
    }

    [Fact]
    public void Dutch_hire_and_firing_constructions_with_the_object_inside_the_verb()
    {
        var hired = ExtractionFixture.Single("nl", "Apple heeft Wietske Bosma vorige week binnengehaald van Dijkgraaf Labs.");
        Assert.Equal(("Wietske Bosma", "Dijkgraaf Labs", "Apple"), (hired.Person, hired.From, hired.To));

        var taken = ExtractionFixture.Single("nl", "Meta neemt Harm Tjoelker over van Stuifmeel AI.");
        Assert.Equal(("Harm Tjoelker", "Stuifmeel AI", "Meta"), (taken.Person, taken.From, taken.To));

        var fired = ExtractionFixture.Single("nl", "Het bestuur van Kribbe Robotics heeft CEO Marit de Graaf op 3 maart ontslagen.");
        Assert.Equal(("Marit de Graaf", "Kribbe Robotics", "2026-03-03"), (fired.Person, fired.From, fired.Date));
    }

    [Fact]
    public void Platforms_degrees_and_Dutch_genitives_are_not_companies_left()
    {
        var result = ExtractionFixture.Run("en",
            "Ola Lindgren, who did her PhD in Oslo, has left Pinecrest AI for Amazon, she wrote on LinkedIn.");

        var d = Assert.Single(result.Departures);
        Assert.Equal("Pinecrest AI", d.From);

        var nl = ExtractionFixture.Single("nl", "Tess Kramer, hoofd spraak bij Tulpveld AI, werd weggekaapt door Google. Ze gaat werken aan Googles AI-assistent.");
        Assert.Equal(("Tulpveld AI", "Google"), (nl.From, nl.To));
    }

    [Fact]
    public void Coordinated_subjects_with_particles_are_all_read()
    {
        var result = ExtractionFixture.Run("nl", "Pim van der Zee, Roos de Boer en Tamar Visser vertrekken bij Ganzenbord AI naar Meta.");

        Assert.Equal(["Pim van der Zee", "Roos de Boer", "Tamar Visser"], result.Departures.Select(d => d.Person));
        Assert.All(result.Departures, d => Assert.Equal(("Ganzenbord AI", "Meta"), (d.From, d.To)));
    }

    [Fact]
    public void Left_without_an_object_takes_the_company_from_the_apposition_and_a_later_destination()
    {
        var result = ExtractionFixture.Run("en",
            "Wrenfield's head of sales, Lior Abend, left in the autumn and has since turned up at Salesforce. Wrenfield Systems declined to comment.");

        var d = Assert.Single(result.Departures);
        Assert.Equal(("Lior Abend", "Wrenfield Systems", "Salesforce"), (d.Person, d.From, d.To));
    }

    [Fact]
    public void A_name_after_at_is_a_company_even_before_who_and_universities_are_not_the_focus()
    {
        var result = ExtractionFixture.Run("en",
            "Noor Haddad, the research chief at Kelp Forge, who built its search index, has left the company. "
            + "Haddad studied at Ashgrove University. Ashgrove University praised her. Ashgrove University is proud. "
            + "Chief executive Ben Olafsen said he had no intention of stepping down himself.");

        // Nobody leaves the university, and Olafsen stays.
        var d = Assert.Single(result.Departures);
        Assert.Equal(("Noor Haddad", "Kelp Forge"), (d.Person, d.From));
    }

    [Fact]
    public void A_founder_cue_in_apposition_to_a_list_of_names_covers_every_name()
    {
        var before = ExtractionFixture.Run("nl", "Joep Aarts en Lot Mulder, twee van de drie oprichters van het Bossche Lantaarn AI, vertrekken naar OpenAI.");
        Assert.Equal(2, before.Departures.Count);
        Assert.All(before.Departures, d => Assert.True(d.Founder));

        var after = ExtractionFixture.Run("en", "Cohere has hired two of Brambling AI's founders, Odile Fabre and Yannick Morel, the Lyon start-up said.");
        Assert.Equal(["Odile Fabre", "Yannick Morel"], after.Departures.Select(d => d.Person));
        Assert.All(after.Departures, d => Assert.True(d.Founder));
    }

    [Fact]
    public void A_day_later_counts_from_the_last_day_given_and_quarters_without_a_year_take_the_publication_year()
    {
        var result = ExtractionFixture.Run("en",
            "Quarry Labs fired its CFO, Ada Brink, on 3 February. A day later, its general counsel, Remy Okafor, resigned.");
        Assert.Equal(["2026-02-03", "2026-02-04"], result.Departures.Select(d => d.Date));

        var q = ExtractionFixture.Single("en", "Tomas Ruel left Quarry Labs in the second quarter.", published: "2026-09-01");
        Assert.Equal("2026-Q2", q.Date);
    }

    [Fact]
    public void A_Dutch_genitive_after_van_is_not_the_company_left()
    {
        var result = ExtractionFixture.Run("nl",
            "Gijs Hoving, onderzoeker bij Zandloper AI, stapt over naar Google. Hij gaat werken aan de zoekfuncties van Googles assistent.");

        var d = Assert.Single(result.Departures);
        Assert.Equal(("Zandloper AI", "Google"), (d.From, d.To));
    }

    [Fact]
    public void A_hire_takes_the_company_left_from_the_role_apposition_and_ignores_names_describing_it()
    {
        var d = ExtractionFixture.Single("en",
            "Nvidia has poached Halvard Brekke, head of compilers at Fjordkit, the Bergen Harbour start-up that builds chips for ferries.");
        Assert.Equal(("Halvard Brekke", "Fjordkit", "Nvidia"), (d.Person, d.From, d.To));

        var nl = ExtractionFixture.Single("nl", "Apple heeft Mieke Roest binnengehaald, een van de oprichters van het Tilburgse Klankkast.");
        Assert.Equal(("Mieke Roest", "Klankkast", "Apple"), (nl.Person, nl.From, nl.To));
        Assert.True(nl.Founder);
    }

    [Fact]
    public void A_town_used_as_a_modifier_elsewhere_is_not_the_company_left()
    {
        var result = ExtractionFixture.Run("en",
            "Google lures Pia Saari away from Tampere. Pia Saari has left Lumikko Labs, the Tampere start-up, for Google.");

        var d = Assert.Single(result.Departures);
        Assert.Equal(("Pia Saari", "Lumikko Labs", "Google"), (d.Person, d.From, d.To));
    }

    [Fact]
    public void A_nationality_adjective_is_not_the_company_of_a_figure()
    {
        var result = ExtractionFixture.Run("en",
            "Brisk Loom AI is a chip start-up. The start-up has lost six of its 30 engineers this year, most of them to American hardware companies.");

        var claim = Assert.Single(result.Claims);
        Assert.Equal(("Brisk Loom AI", 0.2m), (claim.Company, claim.Value));
    }

    [Fact]
    public void A_role_description_as_subject_stands_for_the_person_just_named_in_a_boomerang()
    {
        var en = ExtractionFixture.Run("en",
            "Mara Quist is going back to Adobe. The head of design at Pebblecraft Studio, who left Adobe in 2022 to help the Leeds start-up grow, will rejoin its creative team.");
        Assert.Contains(en.Departures, d => (d.Person, d.From, d.To, d.Date) == ("Mara Quist", "Adobe", "Pebblecraft Studio", "2022"));
        Assert.Contains(en.Departures, d => (d.Person, d.From, d.To) == ("Mara Quist", "Pebblecraft Studio", "Adobe"));

        var nl = ExtractionFixture.Run("nl",
            "Sjors Veenstra keert terug naar SAP. De technisch directeur van Kiezel Robotics, die SAP in 2021 verliet om bij het Zwolse bedrijf te beginnen, gaat in Walldorf werken.");
        Assert.Contains(nl.Departures, d => (d.Person, d.From, d.To, d.Date) == ("Sjors Veenstra", "SAP", "Kiezel Robotics", "2021"));
        Assert.Contains(nl.Departures, d => (d.Person, d.From, d.To) == ("Sjors Veenstra", "Kiezel Robotics", "SAP"));
    }

    [Fact]
    public void A_subject_pronoun_refers_to_the_person_the_sentence_is_about_not_a_name_after_with()
    {
        var result = ExtractionFixture.Run("en",
            "Several engineers have left Cobblestone AI this year. Among them is Ines Varga, a researcher who worked with Piotr Lanski on speech models; she has gone to Meta.");

        var d = Assert.Single(result.Departures);
        Assert.Equal(("Ines Varga", "Cobblestone AI", "Meta"), (d.Person, d.From, d.To));
    }

    [Fact]
    public void Roles_from_ran_led_plural_were_and_a_role_description_subject_make_founder_false()
    {
        var ran = ExtractionFixture.Single("en", "Lena Vos, who ran speech recognition at Duskwing AI, has left for Apple.");
        Assert.Equal(("head of speech recognition", false), (ran.Role, ran.Founder));

        var plural = ExtractionFixture.Run("en",
            "Nvidia has hired Ola Berg and Finn Dahl from Duskwing AI. Berg and Dahl were senior design engineers on the chip team.");
        Assert.Equal(2, plural.Departures.Count);
        Assert.All(plural.Departures, d => Assert.False(d.Founder));

        var described = ExtractionFixture.Run("en",
            "Ravi Mendes is rejoining Oracle. The chief product officer of Duskwing AI, the Austin start-up, will return to the company where he spent six years.");
        var d = Assert.Single(described.Departures, x => x.From == "Duskwing AI");
        Assert.Equal(("chief product officer", false), (d.Role, d.Founder));
    }

    [Fact]
    public void A_return_leaves_the_most_mentioned_start_up_other_than_the_one_returned_to()
    {
        var result = ExtractionFixture.Run("en",
            "Mill Creek Analytics welcomes back a veteran. Oona Pryce is returning to Mill Creek Analytics. "
            + "She spent two years at sandPiper, where she built the pricing team. sandPiper thanked her.");

        Assert.Contains(result.Departures, d => (d.Person, d.From, d.To) == ("Oona Pryce", "sandPiper", "Mill Creek Analytics"));
    }

    [Fact]
    public void A_company_hiring_a_small_number_of_unnamed_people_from_another_gives_one_departure_each()
    {
        var result = ExtractionFixture.Run("en", "SnowTrace, the Oulu start-up, has hired three researchers from Amazon, its founder said.");

        Assert.Equal(3, result.Departures.Count);
        Assert.All(result.Departures, d => Assert.Equal(((string?)null, "Amazon", "SnowTrace"), (d.Person, d.From, d.To)));
    }

    [Fact]
    public void Dutch_pluperfect_firing_with_was_is_a_departure()
    {
        var result = ExtractionFixture.Run("nl",
            "Els Kuiper is opgestapt als CEO van Dauwdruppel AI. Twee dagen eerder was financieel directeur Rik Mol al ontslagen.");

        Assert.Equal(["Els Kuiper", "Rik Mol"], result.Departures.Select(d => d.Person));
        Assert.All(result.Departures, d => Assert.Equal("Dauwdruppel AI", d.From));
    }
}
