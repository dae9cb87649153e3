namespace TalentWatch.Extraction.Tests.Departures;

/// <summary>Constructions that published news uses and the invented corpora did not. Every sentence here is written for the test.</summary>
public class RealNewsConstructionTests
{
    [Fact]
    public void Capitalised_places_fields_and_job_titles_are_neither_companies_nor_people()
    {
        var result = ExtractionFixture.Run("en",
            "Veteran Silicon Valley engineer Hallie Brandt has left Nvidia. Senior Research Scientist Ode Marsh quit Machine Learning research at Anthropic last week.");

        Assert.DoesNotContain(result.Departures, d => d.From is "Silicon Valley" or "Machine Learning" || d.Person == "Senior Research Scientist");
        Assert.Contains(result.Departures, d => d.Person == "Hallie Brandt" && d.From == "Nvidia");
    }

    [Fact]
    public void A_product_is_never_the_employer_and_a_unit_counts_as_its_parent()
    {
        var d = ExtractionFixture.Single("en", "Tamsin Odell has left the company behind ChatGPT, OpenAI, for Google Brain.");
        Assert.Equal("Google", d.To);
        Assert.Equal("OpenAI", d.From);

        var unit = ExtractionFixture.Single("en", "Rafe Ilunga has left Meta Superintelligence Labs to join Anthropic.");
        Assert.Equal("Meta", unit.From);
        Assert.Equal("Anthropic", unit.To);
    }

    [Fact]
    public void A_capitalised_title_between_company_and_name_splits_them()
    {
        var result = ExtractionFixture.Run("en",
            "Chief Financial Officer Dorothea Kwan resigned from Cohere on Monday. Wrenfield CEO Ambrose Tell has joined Apple.");

        Assert.Contains(result.Departures, d => d.Person == "Dorothea Kwan" && d.From == "Cohere");
        Assert.Contains(result.Departures, d => d.Person == "Ambrose Tell" && d.From == "Wrenfield" && d.To == "Apple");
    }

    [Fact]
    public void A_known_organisation_run_together_with_a_name_is_two_names()
    {
        var d = ExtractionFixture.Single("en", "The former safety lead at OpenAI Bettina Kora announced she had joined rival Anthropic after she resigned from OpenAI.");
        Assert.Equal("Bettina Kora", d.Person);
        Assert.Equal("OpenAI", d.From);
        Assert.Equal("Anthropic", d.To);
    }

    [Fact]
    public void A_hire_names_the_company_left_before_the_role()
    {
        var d = ExtractionFixture.Single("en", "Nvidia has hired Pellucid CEO Anand Rawat and several of his staff.");
        Assert.Equal("Anand Rawat", d.Person);
        Assert.Equal("Pellucid", d.From);
        Assert.Equal("Nvidia", d.To);
    }

    [Fact]
    public void A_reported_departure_counts_and_a_threat_to_quit_does_not()
    {
        var reported = ExtractionFixture.Single("en", "Lior Adame is reportedly leaving xAI.");
        Assert.Equal("xAI", reported.From);

        var threat = ExtractionFixture.Run("en", "Hundreds of Anthropic staff threatened to quit unless the board resigned.");
        Assert.Empty(threat.Departures);
    }

    [Fact]
    public void Plural_resignations_and_a_role_between_coordinated_names()
    {
        var result = ExtractionFixture.Run("en",
            "Mistral AI chief scientist Oona Petrakis and vice president of research Halvard Moe also announced their resignations from the company.");

        Assert.Equal(["Oona Petrakis", "Halvard Moe"], result.Departures.Select(d => d.Person));
        Assert.All(result.Departures, d => Assert.Equal("Mistral AI", d.From));
    }

    [Fact]
    public void The_departure_of_a_person_is_a_leave_and_only_the_names_right_after_the_noun_left()
    {
        var result = ExtractionFixture.Run("en",
            "The departure of Ines Varga from Cohere surprised the team, said Cohere's chief executive Aidan Brook.");

        var d = Assert.Single(result.Departures);
        Assert.Equal("Ines Varga", d.Person);
        Assert.Equal("Cohere", d.From);
    }

    [Fact]
    public void A_career_step_told_before_joining_is_a_departure_from_the_earlier_employer()
    {
        var result = ExtractionFixture.Run("en",
            "Quentin Aleyne, who previously worked at Salesforce before joining Databricks in 2022, is now leaving Databricks.");

        Assert.Contains(result.Departures, d => d.Person == "Quentin Aleyne" && d.From == "Salesforce" && d.To == "Databricks");
        Assert.Contains(result.Departures, d => d.Person == "Quentin Aleyne" && d.From == "Databricks");
    }

    [Fact]
    public void The_organisation_after_a_possessive_is_the_destination()
    {
        var d = ExtractionFixture.Single("en", "Malin Ekdahl, who oversaw robotics at Apple, is joining Alphabet's DeepMind.");
        Assert.Equal("Apple", d.From);
        Assert.Equal("DeepMind", d.To);
    }

    [Fact]
    public void The_company_refers_to_the_employer_named_last_before_it()
    {
        var d = ExtractionFixture.Single("en", "Corin Vasse, a vice president at Microsoft, has left the tech giant to join Anthropic.");
        Assert.Equal("Microsoft", d.From);
        Assert.Equal("Anthropic", d.To);
    }

    [Fact]
    public void Dutch_announced_departure_stepping_back_and_idioms()
    {
        var announced = ExtractionFixture.Single("nl", "Lotte Kramer kondigde vorige week haar vertrek bij Adyen aan.");
        Assert.Equal("Adyen", announced.From);

        var back = ExtractionFixture.Single("nl", "Topman Henk Wolters treedt terug als CEO van Mollie.");
        Assert.Equal("Mollie", back.From);

        var temporary = ExtractionFixture.Run("nl", "Topman Henk Wolters treedt tijdelijk terug bij Mollie.");
        Assert.Empty(temporary.Departures);

        var door = ExtractionFixture.Single("nl", "Bij Picnic trok Sjoerd Vos vorige maand de deur achter zich dicht.");
        Assert.Equal("Sjoerd Vos", door.Person);
    }

    [Fact]
    public void Dutch_firing_with_the_verb_last_and_a_stop_with_a_role()
    {
        var fired = ExtractionFixture.Single("nl", "De ophef begon toen het bedrijf Mirte Jansen ontsloeg, een bekende onderzoekster bij Booking.com.");
        Assert.Equal("Mirte Jansen", fired.Person);

        var stop = ExtractionFixture.Run("nl", "Gijs Verhoef stopt als algemeen directeur bij Coolblue. Hij gaat verder als bestuursvoorzitter bij Ahold.");
        Assert.Contains(stop.Departures, d => d.Person == "Gijs Verhoef" && d.From == "Coolblue" && d.To == "Ahold");
    }

    [Fact]
    public void Dutch_list_of_leavers_after_the_verb_and_particle_surnames_are_people()
    {
        var result = ExtractionFixture.Run("nl",
            "Eerder vertrokken al topman Ruud Brink, financieel directeur Annet van der Linden en directielid Karel Smit bij Exact.");

        Assert.Equal(["Ruud Brink", "Annet van der Linden", "Karel Smit"], result.Departures.Select(d => d.Person));
        Assert.All(result.Departures, d => Assert.Equal("Exact", d.From));
    }

    [Fact]
    public void A_list_with_capitalised_titles_and_an_insert_between_dashes_is_one_subject()
    {
        var result = ExtractionFixture.Run("en",
            "Lumen Forge CEO Hanne Vik, CTO Tobias Rehn, Chief Scientist Maren Holt — all of whom co-founded the company — joined Amazon.");

        Assert.Equal(["Hanne Vik", "Tobias Rehn", "Maren Holt"], result.Departures.Select(d => d.Person));
        Assert.All(result.Departures, d => Assert.Equal(("Lumen Forge", "Amazon"), (d.From, d.To)));
    }

    [Fact]
    public void Taking_a_role_after_years_as_something_elsewhere_is_a_move()
    {
        var d = ExtractionFixture.Single("en", "Ravi Menon took a research role at Anthropic in May after spending two years as an engineer at Cohere.");
        Assert.Equal(("Cohere", "Anthropic"), (d.From, d.To));
    }

    [Fact]
    public void Set_to_leave_is_an_announced_departure()
    {
        var d = ExtractionFixture.Single("en", "Alexa chief Dorian Bell is set to leave Amazon by the end of the year.");
        Assert.Equal("Dorian Bell", d.Person);
        Assert.Equal("Amazon", d.From);
    }

    [Fact]
    public void Job_titles_tickers_and_handles_are_not_names()
    {
        var result = ExtractionFixture.Run("en",
            "Wenke Ahl, once a \"Software Engineering Intern\" there, has left Nvidia. Co-founder Ilse Baum, a veteran of Alphabet Inc.'s GOOGL GOOG DeepMind, "
            + "left xAI on 2 March. \"Welcome @Anthropic!\" wrote Lars Kemp, who has joined Anthropic from Cohere.");

        Assert.DoesNotContain(result.Departures, d => d.Person is "Software Engineering Intern" || d.From.Contains("GOOG", StringComparison.Ordinal));
        Assert.Contains(result.Departures, d => d.Person == "Ilse Baum" && d.From == "xAI" && d.Date == "2026-03-02");
    }

    [Fact]
    public void A_date_inside_a_fronted_subject_is_not_the_date_of_the_move()
    {
        var d = ExtractionFixture.Single("nl", "Een van de organisatoren van de staking bij Adyen begin dit jaar, Roos Verbeek, vertrekt bij het bedrijf.");
        Assert.Equal("2026-03", d.Date);
    }

    [Fact]
    public void The_destination_may_be_told_in_the_next_or_the_previous_sentence()
    {
        var en = ExtractionFixture.Single("en", "Priya Nand has left Google. She joins Microsoft next month as a partner.");
        Assert.Equal(("Google", "Microsoft"), (en.From, en.To));

        var nl = ExtractionFixture.Single("nl",
            "Per 1 mei treedt Merel Dijkstra aan als algemeen directeur van Exact. Dijkstra maakt de overstap van Adyen, waar zij acht jaar werkte.");
        Assert.Equal(("Adyen", "Exact"), (nl.From, nl.To));
    }

    [Fact]
    public void A_dutch_passive_firing_with_a_long_subject_between_verb_and_participle()
    {
        var d = ExtractionFixture.Single("nl",
            "Twee weken later werd een van de leiders van het onderzoeksteam van Picnic, Iris Mulder, ontslagen, omdat ze data zou hebben gedeeld.");
        Assert.Equal("Iris Mulder", d.Person);
        Assert.Equal("Picnic", d.From);
    }

    [Fact]
    public void A_role_noun_as_subject_is_the_person_named_last()
    {
        var d = ExtractionFixture.Single("nl", "De Deense onderzoeker Mette Holm won vorig jaar een prijs. Nu vertrekt de onderzoeker bij Philips.");
        Assert.Equal(("Mette Holm", "Philips"), (d.Person, d.From));
    }

    [Fact]
    public void A_compound_company_noun_refers_to_the_company_and_late_this_year_is_the_fourth_quarter()
    {
        var d = ExtractionFixture.Single("nl",
            "Jorien Wessels, hoofd data bij Mollie, heeft haar team verteld dat zij het betaalbedrijf eind dit jaar verlaat.");
        Assert.Equal("Mollie", d.From);
        Assert.Equal("2026-Q4", d.Date);

        var en = ExtractionFixture.Single("en", "Omar Haddad will leave Cohere in late 2026, the company said.");
        Assert.Equal("2026-Q4", en.Date);
    }

    [Fact]
    public void One_known_company_named_two_ways_is_reported_under_its_own_name()
    {
        var d = ExtractionFixture.Single("en", "Tess Arnaud joined Facebook in 2014. Arnaud has now left Meta for Mistral AI.");
        Assert.Equal("Meta", d.From);
    }

    [Fact]
    public void A_dutch_particle_before_a_company_and_a_genitive_surname_stay_with_the_right_name()
    {
        var result = ExtractionFixture.Run("nl",
            "Volgens Ruben Hoekstra van Adyen vertrekt Noor Bakker bij het bedrijf. Hoekstras collega Lars Smit vertrok eerder al bij Adyen.");

        Assert.DoesNotContain(result.Departures, d => d.Person is not null && d.Person.EndsWith(" van", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Departures, d => d.From == "Hoekstras");
        Assert.Contains(result.Departures, d => d.Person == "Lars Smit" && d.From == "Adyen");
    }

    [Fact]
    public void People_listed_after_including_have_left_the_company_the_article_is_about()
    {
        var result = ExtractionFixture.Run("en",
            "Orrery Systems is raising money again. Several early engineers have also exited the company, including Dana Whitlock, Ivo Maresh and Petra Lund.");

        Assert.Equal(["Dana Whitlock", "Ivo Maresh", "Petra Lund"], result.Departures.Select(d => d.Person));
        Assert.All(result.Departures, d => Assert.Equal("Orrery Systems", d.From));
    }

    [Fact]
    public void People_who_followed_a_leaver_left_the_same_company_at_an_untold_time()
    {
        var result = ExtractionFixture.Run("en",
            "Orrery Systems is raising money again. Dana Whitlock left Orrery Systems in August, followed by Ivo Maresh and Petra Lund.");

        Assert.Equal(3, result.Departures.Count);
        Assert.Equal("2025-08", result.Departures.Single(d => d.Person == "Dana Whitlock").Date);
        Assert.All(result.Departures.Where(d => d.Person != "Dana Whitlock"), d =>
        {
            Assert.Equal("Orrery Systems", d.From);
            Assert.Null(d.Date);
        });
    }

    [Fact]
    public void An_announced_intention_to_depart_is_a_departure_but_a_conditional_one_is_not()
    {
        var announced = ExtractionFixture.Single("en", "Hours later, Ivo Maresh announced he would depart Orrery Systems, too.");
        Assert.Equal("Orrery Systems", announced.From);

        Assert.Empty(ExtractionFixture.Run("en", "Ivo Maresh said he would leave Orrery Systems if the board stayed.").Departures);
        Assert.Empty(ExtractionFixture.Run("en", "Ivo Maresh would leave Orrery Systems for the right offer.").Departures);
    }

    [Theory]
    [InlineData("Kompas AI bouwt verder. Joost Verhaar werd vorige week afgezet als CEO van Kompas AI.")]
    [InlineData("Kompas AI bouwt verder. Joost Verhaar heeft per direct zijn functie als hoogste baas van Kompas AI neergelegd.")]
    [InlineData("Kompas AI bouwt verder. Joost Verhaar liet later weten dat hij inmiddels ook ontslag heeft genomen.")]
    public void Dutch_deposing_laying_down_a_function_and_resigning_in_a_subordinate_clause_are_departures(string text)
    {
        var d = ExtractionFixture.Single("nl", text);
        Assert.Equal("Joost Verhaar", d.Person);
        Assert.Equal("Kompas AI", d.From);
    }

    [Fact]
    public void People_planning_to_leave_have_not_left_and_a_company_nabbing_someone_hires_them()
    {
        Assert.Empty(ExtractionFixture.Run("en", "Orrery Systems is struggling. Two more engineers are planning to leave Orrery Systems to join Meta.").Departures);

        var hired = ExtractionFixture.Single("en", "Orrery Systems is struggling. This resulted in Meta nabbing Ivo Maresh from Orrery Systems.");
        Assert.Equal(("Ivo Maresh", "Orrery Systems", "Meta"), (hired.Person, hired.From, hired.To));
    }

    [Theory]
    [InlineData("en", "Orrery Systems is struggling. Two senior managers have left the company: Dana Whitlock and Ivo Maresh.")]
    [InlineData("nl", "Orrery Systems zit in zwaar weer. Er zijn nu twee mensen vertrokken bij Orrery Systems: Dana Whitlock en Ivo Maresh.")]
    public void The_people_who_left_may_follow_a_colon(string language, string text)
    {
        var result = ExtractionFixture.Run(language, text);

        Assert.Equal(["Dana Whitlock", "Ivo Maresh"], result.Departures.Select(d => d.Person));
        Assert.All(result.Departures, d => Assert.Equal("Orrery Systems", d.From));
    }

    [Fact]
    public void A_model_named_in_the_article_is_its_makers_product_not_the_company_left()
    {
        var result = ExtractionFixture.Run("en", "Google has fired the engineer Ivo Maresh, who said LaMDA was sentient. Maresh left LaMDA work behind.");

        Assert.DoesNotContain(result.Departures, d => d.From == "LaMDA");
        Assert.Contains(result.Departures, d => d.Person == "Ivo Maresh" && d.From == "Google");
    }

    [Fact]
    public void The_agent_of_a_Dutch_passive_firing_is_not_the_one_who_leaves()
    {
        var result = ExtractionFixture.Run("nl", "Joost Verhaar leidde de verkoop bij Orrery Systems. Hij is door Orrery-eigenaar Dana Whitlock ontslagen.");

        Assert.DoesNotContain(result.Departures, d => d.Person == "Dana Whitlock");
        Assert.Contains(result.Departures, d => d.Person == "Joost Verhaar" && d.From == "Orrery Systems");
    }

    [Fact]
    public void A_later_hire_leaves_the_employer_an_earlier_dated_move_went_to()
    {
        var result = ExtractionFixture.Run("en",
            "Cohere has hired one of Veritas AI's founders, Lior Benami. Benami left Veritas AI in 2019 to join Google as a research scientist.");

        Assert.Contains(result.Departures, d => d.Person == "Lior Benami" && d.From == "Veritas AI" && d.To == "Google" && d.Date == "2019");
        Assert.Contains(result.Departures, d => d.Person == "Lior Benami" && d.From == "Google" && d.To == "Cohere");
    }

    [Fact]
    public void Leaving_a_company_twice_without_a_later_destination_is_not_moved_along_the_career()
    {
        var result = ExtractionFixture.Run("en",
            "Lior Benami left Veritas AI in 2019 to join Google. He returned to Veritas AI in 2022 and left it again in March 2025.");

        Assert.Contains(result.Departures, d => d.Person == "Lior Benami" && d.From == "Veritas AI");
        Assert.DoesNotContain(result.Departures, d => d.From == "Google" && d.To != "Veritas AI");
    }

    [Theory]
    [InlineData("Mira Patel left Veritas AI in March, joining Meta as a research director.")]
    [InlineData("Mira Patel left her post at Veritas AI in March after four years – joining Meta as a research director.")]
    public void A_participle_joining_after_the_leaving_clause_names_the_destination(string text)
    {
        var d = ExtractionFixture.Single("en", text);
        Assert.Equal("Veritas AI", d.From);
        Assert.Equal("Meta", d.To);
    }

    [Fact]
    public void A_Dutch_compound_job_title_before_a_name_is_not_part_of_it()
    {
        var result = ExtractionFixture.Run("nl",
            "Topontwerper Ilse Rademaker vertrekt bij Orrery Systems. Ook HR-baas Joost Verhaar stapt op bij Orrery Systems.");

        Assert.Equal(["Ilse Rademaker", "Joost Verhaar"], result.Departures.Select(d => d.Person));
    }

    [Fact]
    public void Inverted_subjects_of_a_separable_verb_may_stand_far_from_its_particle()
    {
        var result = ExtractionFixture.Run("nl",
            "Orrery Systems zit in zwaar weer. Vervolgens stappen in juni 2025 achtereenvolgens verkoopdirecteur Ilse Rademaker en robotica-leidinggevende Joost Verhaar op bij Orrery Systems.");

        Assert.Equal(["Ilse Rademaker", "Joost Verhaar"], result.Departures.Select(d => d.Person));
        Assert.All(result.Departures, d => Assert.Equal(("Orrery Systems", "2025-06"), (d.From, d.Date)));
    }

    [Fact]
    public void A_product_named_beside_the_person_is_not_the_person_and_a_common_acronym_is_not_the_company()
    {
        var result = ExtractionFixture.Run("nl",
            "De Amerikaanse EV-bouwer Orrery Motors verliest weer iemand. Ilse Rademaker, vicepresident productontwerp van de iPhone en Apple Watch, gaat vertrekken bij Apple.");

        var d = Assert.Single(result.Departures);
        Assert.Equal(("Ilse Rademaker", "Apple"), (d.Person, d.From));
    }

    [Fact]
    public void A_list_of_people_with_their_titles_and_an_oxford_comma_is_one_subject()
    {
        var result = ExtractionFixture.Run("en",
            "In March, three leaders, including chief technology officer Dana Whitlock, chief research officer Ivo Maresh, and VP of research Ines Varga, all announced their departures from Veritas AI.");

        Assert.Equal(["Dana Whitlock", "Ivo Maresh", "Ines Varga"], result.Departures.Select(d => d.Person));
        Assert.All(result.Departures, d => Assert.Equal("Veritas AI", d.From));
    }

    [Fact]
    public void An_oxford_comma_after_companies_still_ends_the_clause()
    {
        var result = ExtractionFixture.Run("en",
            "Dana Whitlock, an engineer whose career spans Salesforce, Google, and now Apple, joined Veritas AI in 2024.");

        Assert.DoesNotContain(result.Departures, d => d.From == "Apple" && d.To == "Google");
    }

    [Theory]
    [InlineData("Two Veritas AI engineers also quit the company in protest.")]
    [InlineData("Two engineers quit Veritas AI in protest.")]
    public void A_small_stated_number_of_unnamed_people_leaving_is_that_many_departures_even_without_a_destination(string text)
    {
        var result = ExtractionFixture.Run("en", text);

        Assert.Equal(2, result.Departures.Count(d => d.Person is null && d.From == "Veritas AI"));
    }

    [Theory]
    [InlineData("en", "Two key designers left Veritas AI for Meta in May.", "designer")]
    [InlineData("nl", "Twee andere ervaren ontwerpers verlieten vorig jaar ook Orrery Systems.", "ontwerper")]
    public void Counted_groups_take_descriptive_adjectives_and_more_kinds_of_staff(string language, string text, string role)
    {
        var result = ExtractionFixture.Run(language, text);

        Assert.Equal(2, result.Departures.Count(d => d.Person is null && d.Role == role));
    }

    [Fact]
    public void A_group_with_fewer_members_named_later_keeps_the_rest_unnamed()
    {
        var result = ExtractionFixture.Run("en",
            "Three engineers have left Veritas AI for Meta this year. The company did not comment. Dana Whitlock left Veritas AI for Meta in May.");

        Assert.Equal(2, result.Departures.Count(d => d.Person is null && d.From == "Veritas AI"));
        Assert.Contains(result.Departures, d => d.Person == "Dana Whitlock" && d.From == "Veritas AI");
    }

    [Theory]
    [InlineData("nl", "Het hoofd accounting, hoofd personeelsbeleid en hoofd communicatie van Orrery Systems verlieten eerder deze maand hun post.", "Orrery Systems")]
    [InlineData("en", "The head of sales, the chief financial officer and the general counsel left Veritas AI last month.", "Veritas AI")]
    [InlineData("en", "Veritas AI has seen a string of exits. Over the past few months, the company's COO, CTO, and CFO have all left.", "Veritas AI")]
    public void A_subject_that_is_a_list_of_roles_is_one_unnamed_departure_a_role(string language, string text, string from)
    {
        var result = ExtractionFixture.Run(language, text);

        Assert.Equal(3, result.Departures.Count(d => d.Person is null && d.From == from));
        Assert.Equal(3, result.Departures.Where(d => d.Person is null).Select(d => d.Role).Distinct().Count());
    }

    [Fact]
    public void The_company_a_sentence_says_is_losing_people_is_the_company_of_the_next_ones()
    {
        var result = ExtractionFixture.Run("en",
            "Nuvola's chief executive Dana Whitlock praised Nuvola and Nuvola's partners. The praise follows a series of leadership "
            + "departures at Veritas AI. Over the past few months, the company's COO and CFO have both left.");

        Assert.Equal(2, result.Departures.Count(d => d.Person is null && d.From == "Veritas AI"));
    }

    [Fact]
    public void A_company_losing_a_counted_group_to_several_rivals_gives_unnamed_departures_without_a_destination()
    {
        var result = ExtractionFixture.Run("en",
            "Veritas AI lost four researchers this week to rivals Anthropic and OpenAI, chief among them Dana Whitlock.");

        Assert.Equal(3, result.Departures.Count(d => d.Person is null && d.From == "Veritas AI" && d.To is null));
        Assert.Contains(result.Departures, d => d.Person == "Dana Whitlock");
    }

    [Fact]
    public void A_company_losing_a_counted_group_to_one_rival_gives_that_destination()
    {
        var result = ExtractionFixture.Run("nl", "Orrery Systems verliest drie ontwikkelaars aan Adyen.");

        Assert.Equal(3, result.Departures.Count(d => d.Person is null && d.From == "Orrery Systems" && d.To == "Adyen"));
    }

    [Fact]
    public void The_same_counted_move_told_twice_is_one_group()
    {
        var result = ExtractionFixture.Run("en",
            "Meta has lured away four senior executives from Veritas AI this year. Four senior executives left Veritas AI for Meta in 2025.");

        Assert.Equal(4, result.Departures.Count(d => d.Person is null));
    }

    [Theory]
    [InlineData("Dana Whitlock and Ivo Maresh started Veritas AI in 2021. The two founders left Veritas AI in May.")]
    [InlineData("That means two of Veritas AI's five founders have now left.")]
    [InlineData("Three senior researchers have left Veritas AI this year, Whitlock included.")]
    [InlineData("Dana Whitlock, Ivo Maresh and Ines Varga met at Veritas AI. All three researchers have since left Veritas AI.")]
    [InlineData("At least two prominent researchers have left Veritas AI.")]
    public void A_group_that_was_named_or_is_part_of_a_whole_is_not_counted_as_unnamed_departures(string text)
    {
        var result = ExtractionFixture.Run("en", text);

        Assert.DoesNotContain(result.Departures, d => d.Person is null);
    }

    [Theory]
    [InlineData("Analysts spoke after a new round of Veritas AI departures, which included CTO Dana Whitlock.")]
    [InlineData("Veritas AI has seen several high-profile exits from the company, including former CTO Dana Whitlock in May.")]
    public void People_named_with_a_capitalised_title_after_departures_including_them_left(string text)
    {
        var d = ExtractionFixture.Single("en", text);
        Assert.Equal(("Dana Whitlock", "Veritas AI"), (d.Person, d.From));
    }

    [Fact]
    public void The_company_a_person_left_is_not_the_one_they_were_just_read_joining()
    {
        var result = ExtractionFixture.Run("en",
            "Lior Benami has joined Cohere as research director. Benami, who previously worked at Veritas AI, left the company after 14 years.");

        var d = Assert.Single(result.Departures);
        Assert.Equal(("Veritas AI", "Cohere"), (d.From, d.To));
    }

    [Fact]
    public void A_writer_named_before_a_first_person_quote_is_not_the_one_who_left()
    {
        var result = ExtractionFixture.Run("en", "In a column today, Dana Whitlock implies that I left Veritas AI so that I could criticise it.");

        Assert.DoesNotContain(result.Departures, d => d.Person == "Dana Whitlock");
    }

    [Fact]
    public void A_national_branch_keeps_its_name_and_counts_as_its_company()
    {
        var d = ExtractionFixture.Single("nl", "Ilse Rademaker maakt de overstap van Google Benelux naar Microsoft Nederland.");
        Assert.Equal(("Google Benelux", "Microsoft Nederland"), (d.From, d.To));

        // A move from a branch to its own company is no departure.
        Assert.Empty(ExtractionFixture.Run("nl", "Ilse Rademaker maakt de overstap van Microsoft Nederland naar Microsoft.").Departures);
    }

    [Theory]
    [InlineData("Tom Lind, who led Apple's foundation models group, was one of the first Apple AI researchers to join Nimbus.", "Apple")]
    [InlineData("Two Amazon AI researchers, Tom Lind and Eva Maas, left the company for Nimbus in May.", "Amazon")]
    public void A_known_company_and_AI_is_its_AI_group_and_counts_as_the_company(string text, string company)
    {
        var result = ExtractionFixture.Run("en", text);

        Assert.NotEmpty(result.Departures);
        Assert.All(result.Departures, d => Assert.Equal((company, "Nimbus"), (d.From, d.To)));
    }

    [Theory]
    [InlineData("en", "Nobel Laureate Dana Whitlock is leaving Veritas AI to join rival lab Cohere.")]
    [InlineData("en", "Professor Dana Whitlock is leaving Veritas AI to join rival lab Cohere.")]
    [InlineData("nl", "Sir Dana Whitlock vertrekt bij Veritas AI en stapt over naar Cohere.")]
    public void An_honour_or_a_form_of_address_before_a_name_is_not_part_of_it(string language, string text)
    {
        var d = ExtractionFixture.Single(language, text);

        Assert.Equal(("Dana Whitlock", "Veritas AI", "Cohere"), (d.Person, d.From, d.To));
    }

    [Fact]
    public void The_person_before_a_particle_and_a_relative_clause_is_its_subject()
    {
        var result = ExtractionFixture.Run("nl",
            "Joost Verhaar treedt aan als directeur van Orrery Systems. Verhaar neemt de rol van Ilse Rademaker over die haar loopbaan beëindigt bij Orrery Systems.");

        Assert.Contains(result.Departures, d => (d.Person, d.From) == ("Ilse Rademaker", "Orrery Systems"));
        Assert.DoesNotContain(result.Departures, d => d.Person == "Joost Verhaar");
    }

    [Fact]
    public void A_relative_clause_after_a_name_in_a_van_phrase_is_about_the_head_noun()
    {
        var result = ExtractionFixture.Run("nl", "Het gaat vooral over de directe collega’s van Ilse Rademaker die Orrery Systems verlaten.");

        Assert.DoesNotContain(result.Departures, d => d.Person == "Ilse Rademaker");
    }

    [Fact]
    public void A_name_particle_does_not_join_a_job_title_to_the_name()
    {
        var result = ExtractionFixture.Run("nl",
            "Ilse Rademaker werkt al jaren bij Orrery Systems. De afgelopen twee jaar was Rademaker de Corporate Vice President van de Office Product Group. Daarna vertrekt Rademaker definitief bij het techbedrijf.");

        var d = Assert.Single(result.Departures);
        Assert.Equal(("Ilse Rademaker", "Orrery Systems"), (d.Person, d.From));
    }

    [Theory]
    [InlineData("nl", "Na het pensioen van Ilse Rademaker bij Orrery Systems komt er een nieuwe baas.")]
    [InlineData("en", "After the retirement of Ilse Rademaker from Orrery Systems, a new chief takes over.")]
    public void A_retirement_is_a_departure(string language, string text)
    {
        var d = ExtractionFixture.Single(language, text);
        Assert.Equal(("Ilse Rademaker", "Orrery Systems"), (d.Person, d.From));
    }

    [Theory]
    [InlineData("nl", "Onlangs ging het nog over een mogelijk pensioen van Ilse Rademaker bij Orrery Systems.")]
    [InlineData("en", "Analysts discussed the possible retirement of Ilse Rademaker from Orrery Systems.")]
    public void A_possible_retirement_is_not_a_departure(string language, string text)
    {
        Assert.Empty(ExtractionFixture.Run(language, text).Departures);
    }

    [Fact]
    public void A_known_company_named_far_more_often_than_an_acquired_start_up_is_the_articles_focus()
    {
        var result = ExtractionFixture.Run("en",
            "Uber is reshaping its AI lab. Its director Dana Whitlock has stepped down after three months. Whitlock joined Uber in December when " +
            "Uber acquired Quillmark, the start-up she co-founded. Uber declined to comment. Quillmark had 15 employees. " +
            "Uber said the lab would continue.");

        var d = Assert.Single(result.Departures, d => d.Person == "Dana Whitlock" && d.To is null);
        Assert.Equal("Uber", d.From);
    }

    [Fact]
    public void A_given_name_that_abbreviates_a_month_is_no_date_and_a_former_employer_is_the_company_left()
    {
        var d = ExtractionFixture.Single("en", "Jan Rademaker has joined Cohere, citing concerns over safety at his former employer Veritas AI.");
        Assert.Equal(("Veritas AI", "Cohere"), (d.From, d.To));
        Assert.NotEqual("2025-01", d.Date);

        var dated = ExtractionFixture.Single("en", "Jan Rademaker left Veritas AI on Jan 5.");
        Assert.EndsWith("-01-05", dated.Date, StringComparison.Ordinal);
    }

    [Fact]
    public void The_possessor_of_a_departure_is_the_one_who_left()
    {
        var result = ExtractionFixture.Run("en", "Dana Whitlock left Cohere this month, following Veritas AI CEO Ivo Maresh's departure in July.");

        Assert.Contains(result.Departures, d => (d.Person, d.From) == ("Dana Whitlock", "Cohere"));
        Assert.Contains(result.Departures, d => (d.Person, d.From) == ("Ivo Maresh", "Veritas AI"));

        // The company after ", following" is not what the first person left.
        var first = ExtractionFixture.Run("en", "Meanwhile, Cohere's legal chief, Dana Whitlock, left this month, following Veritas AI CEO Ivo Maresh's departure.");
        Assert.Contains(first.Departures, d => (d.Person, d.From) == ("Dana Whitlock", "Cohere"));
        Assert.Empty(ExtractionFixture.Run("en", "Apple's departure from the market surprised analysts.").Departures);
    }

    [Theory]
    [InlineData("Eind vorig jaar zag Ilse Rademaker zich al gedwongen te vertrekken bij Orrery Systems.")]
    [InlineData("Ilse Rademaker moest in maart vertrekken bij Orrery Systems.")]
    [InlineData("Ook Ilse Rademaker legt het werk neer bij Orrery Systems.")]
    public void Dutch_forced_departures_and_laying_down_the_work_are_departures(string text)
    {
        var d = ExtractionFixture.Single("nl", text);
        Assert.Equal(("Ilse Rademaker", "Orrery Systems"), (d.Person, d.From));
    }

    [Fact]
    public void People_who_are_all_heading_back_return_to_their_former_employer()
    {
        var result = ExtractionFixture.Run("en",
            "Cohere confirmed that fellow Veritas AI co-founder Ivo Maresh and researcher Ines Varga are all heading back to Cohere after weeks of talks.");

        Assert.Contains(result.Departures, d => (d.Person, d.From, d.To) == ("Ivo Maresh", "Veritas AI", "Cohere"));
        Assert.Contains(result.Departures, d => (d.Person, d.From, d.To) == ("Ines Varga", "Veritas AI", "Cohere"));
    }

    [Fact]
    public void Among_those_who_left_names_the_people_after_the_verb()
    {
        var d = ExtractionFixture.Single("en", "Veritas AI keeps losing people. Among those who left for Cohere is Dana Whitlock, a research scientist.");
        Assert.Equal(("Dana Whitlock", "Veritas AI", "Cohere"), (d.Person, d.From, d.To));
    }

    [Fact]
    public void Plural_job_titles_are_not_people_and_the_singular_lab_name_is_its_parent()
    {
        var result = ExtractionFixture.Run("en",
            "Research Engineering Managers at Veritas AI met on Monday. Dana Whitlock has left Meta Superintelligence Lab to join Cohere.");

        var d = Assert.Single(result.Departures);
        Assert.Equal(("Dana Whitlock", "Meta", "Cohere"), (d.Person, d.From, d.To));
    }

    [Fact]
    public void An_initial_before_a_surname_is_part_of_the_name_and_a_sentence_opening_preposition_is_no_company()
    {
        var d = ExtractionFixture.Single("en", "Cohere said that J. Rademaker has left the company.");
        Assert.Equal(("J. Rademaker", "Cohere"), (d.Person, d.From));

        var hired = ExtractionFixture.Run("en", "Through a recruiting frenzy, Veritas AI has hired Dana Whitlock from Cohere.");
        Assert.DoesNotContain(hired.Departures, x => x.From == "Through" || x.To == "Through");
    }

    [Theory]
    [InlineData("en", "Dana Whitlock ran research at Veritas AI for years. Its chief executive said so on X. Whitlock left Veritas AI last year.")]
    [InlineData("nl", "Dana Whitlock leidde jaren het onderzoek van Veritas AI. De topman meldde het zaterdag op X. Whitlock stopte vorig jaar bij Veritas AI.")]
    public void The_network_X_at_a_sentence_end_is_no_initial_of_the_name_after_it(string language, string text)
    {
        var result = ExtractionFixture.Run(language, text);

        Assert.DoesNotContain(result.Departures, d => d.Person is not null && d.Person.StartsWith("X.", StringComparison.Ordinal));
        Assert.Contains(result.Departures, d => (d.Person, d.From) == ("Dana Whitlock", "Veritas AI"));
    }

    [Fact]
    public void A_lede_about_a_company_losing_people_sets_the_company_left_though_the_hirer_is_named_more()
    {
        var result = ExtractionFixture.Run("en",
            "Mistral AI has seen three of its founders depart this year. Dana Whitlock, the infrastructure lead, joined OpenAI in March. "
            + "Omar Reyes departed in May. OpenAI declined to comment, and OpenAI's rivals did too.");

        Assert.Contains(result.Departures, d => (d.Person, d.From, d.To) == ("Dana Whitlock", "Mistral AI", "OpenAI"));
        Assert.Contains(result.Departures, d => (d.Person, d.From, d.To) == ("Omar Reyes", "Mistral AI", null));
        Assert.DoesNotContain(result.Departures, d => d.From == "OpenAI");
    }

    [Fact]
    public void A_Dutch_lede_that_sees_people_go_sets_the_company_left_too()
    {
        var result = ExtractionFixture.Run("nl",
            "Mistral AI heeft dit jaar drie oprichters zien vertrekken. Dana Whitlock ging in maart aan de slag bij OpenAI. "
            + "OpenAI wilde niet reageren, net als de concurrenten van OpenAI.");

        Assert.Contains(result.Departures, d => (d.Person, d.From, d.To) == ("Dana Whitlock", "Mistral AI", "OpenAI"));
    }

    [Fact]
    public void Footnote_markers_after_a_full_stop_end_the_sentence()
    {
        var result = ExtractionFixture.Run("en",
            "Veritas AI has lost two researchers.[1] Dana Whitlock left in January to start a fund.[2][3] Omar Reyes joined Cohere in May.");

        Assert.Contains(result.Departures, d => (d.Person, d.From, d.To, d.Date) == ("Dana Whitlock", "Veritas AI", null, "2026-01"));
        Assert.Contains(result.Departures, d => (d.Person, d.From, d.To, d.Date) == ("Omar Reyes", "Veritas AI", "Cohere", "2025-05"));
    }

    [Fact]
    public void A_quoted_fragment_that_finishes_a_reported_clause_is_read_but_a_quote_of_someone_else_is_not()
    {
        var fragment = ExtractionFixture.Single("en",
            "After nine years at the helm of Veritas AI, founder and chief executive Dana Whitlock announced she is \"leaving the company today.\"");
        Assert.Equal(("Dana Whitlock", "Veritas AI"), (fragment.Person, fragment.From));

        var quoted = ExtractionFixture.Run("en", "Veritas AI chief executive Dana Whitlock said: \"Omar Reyes is leaving the company today.\"");
        Assert.DoesNotContain(quoted.Departures, d => d.Person == "Omar Reyes");
    }

    [Fact]
    public void A_counted_group_is_named_by_a_later_sentence_that_points_back_at_it()
    {
        var result = ExtractionFixture.Run("en",
            "Veritas AI has hired three researchers from Cohere. A Cohere spokesperson confirmed the moves. "
            + "The researchers — Dana Whitlock, Omar Reyes and Ines Varga — worked at Cohere's Toronto office.");

        Assert.Equal(["Dana Whitlock", "Ines Varga", "Omar Reyes"],
            result.Departures.Where(d => (d.From, d.To) == ("Cohere", "Veritas AI")).Select(d => d.Person).Order());

        var dutch = ExtractionFixture.Run("nl", "Veritas AI heeft drie onderzoekers van Cohere aangenomen. Het gaat om Dana Whitlock, Omar Reyes en Ines Varga.");
        Assert.Equal(3, dutch.Departures.Count(d => d.Person is not null && (d.From, d.To) == ("Cohere", "Veritas AI")));
    }

    [Fact]
    public void A_later_list_of_another_size_does_not_name_the_group()
    {
        var result = ExtractionFixture.Run("en", "Veritas AI has hired two researchers from Cohere. They are Dana Whitlock, Omar Reyes and Ines Varga.");

        Assert.Equal(2, result.Departures.Count(d => d.Person is null && (d.From, d.To) == ("Cohere", "Veritas AI")));
    }

    [Fact]
    public void A_profile_that_calls_its_subject_by_the_given_name_and_then_by_a_pronoun_reads_the_move()
    {
        var result = ExtractionFixture.Run("nl",
            "Merel Jansen richtte Orrery op. Na haar studie werkt Merel tien jaar lang bij Coolblue. "
            + "Zij stapt over naar het kleinere Quillon in Delft (van Anton Mol en Kees Brand).");

        var d = Assert.Single(result.Departures);
        Assert.Equal(("Merel Jansen", "Coolblue", "Quillon"), (d.Person, d.From, d.To));
    }

    [Fact]
    public void A_leaver_the_article_later_keeps_on_as_the_companys_chair_has_not_left()
    {
        var byTitle = ExtractionFixture.Run("en",
            "Dana Whitlock is stepping down as chief executive of Veritas AI. Omar Reyes, the chief operating officer, will succeed her. "
            + "The board thanked her for nine years of work. The outgoing chief executive will remain with the company as executive chairman.");
        Assert.DoesNotContain(byTitle.Departures, d => d.Person == "Dana Whitlock");

        var byName = ExtractionFixture.Run("en",
            "Dana Whitlock resigned as chief executive of Veritas AI on Monday. The board immediately elected Whitlock as the chairman of the board.");
        Assert.Empty(byName.Departures);

        var elsewhere = ExtractionFixture.Run("en",
            "Dana Whitlock resigned as chief executive of Veritas AI on Monday. Cohere elected Whitlock as chairman of Cohere.");
        Assert.Contains(elsewhere.Departures, d => (d.Person, d.From) == ("Dana Whitlock", "Veritas AI"));
    }

    [Fact]
    public void A_career_that_returns_to_a_company_and_leaves_it_again_is_two_departures_from_it()
    {
        var result = ExtractionFixture.Run("en",
            "Kim Lorenz, a founding member of Veritas AI, has announced his departure from the research lab. "
            + "This marks the second time Lorenz has left Veritas AI, having initially departed to join Nuvola in 2017. "
            + "After leaving Nuvola in 2022, he rejoined Veritas AI.");

        Assert.Contains(result.Departures, d => (d.Person, d.From, d.To, d.Date) == ("Kim Lorenz", "Veritas AI", "Nuvola", "2017"));
        Assert.Contains(result.Departures, d => (d.Person, d.From, d.Date) == ("Kim Lorenz", "Veritas AI", "2026-03"));
        Assert.Contains(result.Departures, d => (d.Person, d.From, d.To, d.Date) == ("Kim Lorenz", "Nuvola", "Veritas AI", "2022"));
    }

    [Fact]
    public void A_dated_move_years_before_another_from_the_same_company_merges_when_no_repeat_is_told()
    {
        var result = ExtractionFixture.Run("en",
            "Kim Lorenz has left Veritas AI, the company said. Lorenz left Veritas AI in 2017 to join Nuvola and returned to Veritas AI in 2019.");

        Assert.Single(result.Departures, d => (d.Person, d.From) == ("Kim Lorenz", "Veritas AI"));
    }
}
