namespace TalentWatch.Extraction.Tests.Departures;

/// <summary>Phrasings common in news that earlier rules had not seen: found by probing the extractor with sentences written
/// for the purpose and by a blind set of real articles read after its first run; each test guards a class, not an article.</summary>
public class UnseenPhrasingTests
{
    [Fact]
    public void A_company_losing_people_named_after_a_colon_loses_each_of_them()
    {
        var result = ExtractionFixture.Run("en", "Veritas AI lost three executives this month: CTO Dana Whitlock, CFO Ivo Maresh and head of sales Lena Marsh.");

        Assert.Equal("Dana Whitlock|Ivo Maresh|Lena Marsh", string.Join("|", result.Departures.Select(d => d.Person).Order()));
        Assert.All(result.Departures, d => Assert.Equal("Veritas AI", d.From));
    }

    [Fact]
    public void A_descriptor_opening_the_sentence_is_not_part_of_the_company_name()
    {
        var result = ExtractionFixture.Run("nl", "Techreus Coolblue heeft Joost Verhaar aangetrokken. Hij was eerder CFO bij Orrery Systems.");

        var d = Assert.Single(result.Departures);
        Assert.Equal(("Joost Verhaar", "Orrery Systems", "Coolblue"), (d.Person, d.From, d.To));
    }

    [Theory]
    [InlineData("en", "Cohere hired Dana Whitlock last week. Whitlock previously spent six years at Veritas AI.")]
    [InlineData("en", "Dana Whitlock joined Cohere this week. She spent the past four years at Veritas AI leading its robotics team.")]
    [InlineData("en", "Dana Whitlock has joined Cohere as head of research. She comes from Veritas AI.")]
    [InlineData("nl", "Dana Whitlock wordt de nieuwe topvrouw van Cohere. Zij werkte daarvoor tien jaar bij Veritas AI.")]
    public void A_join_takes_the_previous_employer_told_in_the_next_sentences(string language, string text)
    {
        var d = ExtractionFixture.Single(language, text);

        Assert.Equal(("Dana Whitlock", "Veritas AI", "Cohere"), (d.Person, d.From, d.To));
    }

    [Theory]
    [InlineData("en", "Dana Whitlock, a former Veritas AI engineer, has been appointed chief executive of Cohere.")]
    [InlineData("en", "Cohere named Dana Whitlock its chief technology officer. Ivo Maresh previously worked at Veritas AI.")]
    [InlineData("nl", "Dana Whitlock was ceo van Cohere. Zij richtte eerder Veritas AI op.")]
    [InlineData("nl", "Cohere heeft Dana Whitlock benoemd tot technisch directeur.")]
    public void An_appointment_without_a_company_left_told_for_that_person_is_no_departure(string language, string text)
    {
        Assert.Empty(ExtractionFixture.Run(language, text).Departures);
    }
    [Fact]
    public void Names_inside_a_dash_insert_are_not_the_subject()
    {
        var d = ExtractionFixture.Single("en", "Dana Whitlock — co-author of the Nova paper and Turing Award laureate Ivo Maresh's former student — is leaving Veritas AI for Cohere.");

        Assert.Equal(("Dana Whitlock", "Veritas AI", "Cohere"), (d.Person, d.From, d.To));
    }

    [Fact]
    public void A_reporter_whose_relative_clause_reports_the_departure_is_not_the_leaver()
    {
        var result = ExtractionFixture.Run("en", "Veritas AI said little. The news was first reported by Kylie Robson, who wrote that Dana Whitlock was fired from Veritas AI.");

        Assert.DoesNotContain(result.Departures, d => d.Person == "Kylie Robson");
        Assert.Contains(result.Departures, d => d.Person == "Dana Whitlock" && d.From == "Veritas AI");
    }

    [Fact]
    public void An_earlier_employer_in_an_apposition_is_not_the_company_a_leaver_leaves()
    {
        var result = ExtractionFixture.Run("en", "Two co-founders have left Veritas AI. Dana Whitlock, previously at Cohere, stepped down last month.");

        Assert.Contains(result.Departures, d => d.Person == "Dana Whitlock" && d.From == "Veritas AI");
        Assert.DoesNotContain(result.Departures, d => d.From == "Cohere");
    }

    [Fact]
    public void A_description_before_the_destination_is_skipped()
    {
        var d = ExtractionFixture.Single("en", "Dana Whitlock has left Veritas AI to join rival AI startup Cohere.");

        Assert.Equal("Cohere", d.To);
    }
    [Theory]
    [InlineData("nl", "Daarmee nam Orrery Systems ook afscheid van twee beeldbepalende leiders, Joost Verhaar en technologisch topman Kees van den Berg.")]
    [InlineData("en", "With that, Orrery Systems lost two of its best-known leaders, Joost Verhaar and chief technologist Kees van den Berg.")]
    public void A_counted_group_followed_by_its_names_is_those_people(string language, string text)
    {
        var result = ExtractionFixture.Run(language, text);

        Assert.Equal("Joost Verhaar|Kees van den Berg", string.Join("|", result.Departures.Select(d => d.Person).Order()));
        Assert.All(result.Departures, d => Assert.Equal("Orrery Systems", d.From));
    }
    [Fact]
    public void Former_employees_of_a_company_who_join_another_are_departures_from_it()
    {
        var result = ExtractionFixture.Run("en", "Three other former Veritas AI workers joined Cohere at the same time.");

        Assert.Equal(3, result.Departures.Count);
        Assert.All(result.Departures, d => Assert.Equal((null, "Veritas AI", "Cohere"), (d.Person, d.From, d.To)));
    }

    [Fact]
    public void A_hire_described_as_ex_employee_leaves_that_employer()
    {
        var d = ExtractionFixture.Single("en", "Cohere has hired ex-Veritas AI vice president Dana Whitlock to run its London office.");

        Assert.Equal(("Dana Whitlock", "Veritas AI", "Cohere"), (d.Person, d.From, d.To));
    }
    [Theory]
    [InlineData("en", "Dana Whitlock is rumoured to be leaving Veritas AI for Cohere.")]
    [InlineData("en", "Dana Whitlock moved from the research team to the product team at Veritas AI.")]
    [InlineData("nl", "Volgens ingewijden zou Dana Whitlock Veritas AI willen verlaten.")]
    public void Rumours_and_moves_inside_a_company_are_no_departures(string language, string text)
    {
        Assert.Empty(ExtractionFixture.Run(language, text).Departures);
    }

    [Fact]
    public void The_source_a_sentence_cites_is_not_a_leaver()
    {
        var d = ExtractionFixture.Single("en", "According to Ivo Maresh, Dana Whitlock quit Veritas AI.");

        Assert.Equal("Dana Whitlock", d.Person);
    }

    [Fact]
    public void A_coordinated_clause_without_a_subject_shares_the_subject_before_it()
    {
        var d = ExtractionFixture.Single("en", "Dana Whitlock left Veritas AI in 2021, according to her profile, and has since joined Cohere.");

        Assert.Equal(("Dana Whitlock", "Veritas AI", "Cohere"), (d.Person, d.From, d.To));
    }

    [Fact]
    public void A_fronted_joining_clause_takes_the_subject_after_it_and_the_employer_it_spent_years_at()
    {
        var d = ExtractionFixture.Single("en", "Before joining Cohere, Dana Whitlock spent a decade at Veritas AI.");

        Assert.Equal(("Dana Whitlock", "Veritas AI", "Cohere"), (d.Person, d.From, d.To));
    }

    [Fact]
    public void The_successor_is_not_the_one_who_leaves()
    {
        var d = ExtractionFixture.Single("nl", "Dana Whitlock volgt Ivo Maresh op, die Veritas AI verlaat.");

        Assert.Equal(("Ivo Maresh", "Veritas AI"), (d.Person, d.From));
    }

    [Fact]
    public void The_company_a_leaver_leaves_is_the_one_the_leaver_was_just_described_at()
    {
        var result = ExtractionFixture.Run("nl", "Ivo Maresh treedt af als topman van Cohere. Hij wordt opgevolgd door Dana Whitlock. "
            + "Whitlock is de medeoprichter van concurrent Veritas AI. Whitlock werkte daar jaren, maar verliet het bedrijf na een ruzie.");

        Assert.Contains(result.Departures, d => d.Person == "Dana Whitlock" && d.From == "Veritas AI");
        Assert.DoesNotContain(result.Departures, d => d.Person == "Dana Whitlock" && d.From == "Cohere");
    }
    [Fact]
    public void A_person_parting_ways_with_a_company_leaves_it()
    {
        var d = ExtractionFixture.Single("en", "Dana Whitlock has parted ways with Veritas AI.");

        Assert.Equal(("Dana Whitlock", "Veritas AI"), (d.Person, d.From));
    }

    [Fact]
    public void A_company_parting_ways_with_a_person_still_loses_that_person()
    {
        var d = ExtractionFixture.Single("en", "Veritas AI has parted ways with Dana Whitlock, its head of research.");

        Assert.Equal(("Dana Whitlock", "Veritas AI"), (d.Person, d.From));
    }
    [Fact]
    public void An_unnamed_group_whose_members_are_named_next_is_those_people()
    {
        var result = ExtractionFixture.Run("en", "Two co-founders of Veritas AI resigned within 24 hours. Dana Whitlock announced on Monday that she was leaving the company. "
            + "Ivo Maresh followed on Tuesday, saying he had quit Veritas AI to rest.");

        Assert.Equal("Dana Whitlock|Ivo Maresh", string.Join("|", result.Departures.Select(d => d.Person).Order()));
    }

    [Fact]
    public void An_unnamed_group_stays_when_the_names_after_it_left_earlier()
    {
        var result = ExtractionFixture.Run("en", "Veritas AI fired Dana Whitlock in December. Two Veritas AI engineers also quit the company in protest. "
            + "After Whitlock's departure, the company reorganised its research team.");

        Assert.Equal(2, result.Departures.Count(d => d.Person is null && d.From == "Veritas AI"));
    }

    [Fact]
    public void A_company_verb_in_a_relative_clause_belongs_to_the_company_before_it()
    {
        var result = ExtractionFixture.Run("en", "Cohere hired three researchers this week. The departures are a blow to Veritas AI, which also lost another co-founder, Dana Whitlock, in November.");

        Assert.Contains(result.Departures, d => d.Person == "Dana Whitlock" && d.From == "Veritas AI");
    }

    [Fact]
    public void In_a_Dutch_verb_final_hire_the_name_before_the_counted_group_is_the_hirer()
    {
        var result = ExtractionFixture.Run("nl", "Het nieuws kwam kort nadat Coolblue-topman Joost Verhaar vier senior ontwikkelaars van Orrery Systems aantrok.");

        Assert.Equal(4, result.Departures.Count);
        Assert.All(result.Departures, d => Assert.Equal((null, "Orrery Systems", "Coolblue"), (d.Person, d.From, d.To)));
    }

    [Theory]
    [InlineData("Ivo Maresh told reporters that the lab had seen an alarming number of exits at Veritas AI.")]
    [InlineData("Talk of Dana Whitlock stepping down as chief executive of Veritas AI is so far unsubstantiated.")]
    public void A_count_of_exits_and_unsubstantiated_talk_are_no_departures(string text)
    {
        Assert.Empty(ExtractionFixture.Run("en", text).Departures);
    }
    [Fact]
    public void Products_listed_after_a_hire_are_not_people_hired()
    {
        var result = ExtractionFixture.Run("en", "Google has hired ex-Veritas AI executive Dana Whitlock to run its G Suite business, which includes Gmail, Google Docs, Google Drive and other apps.");

        var d = Assert.Single(result.Departures);
        Assert.Equal(("Dana Whitlock", "Veritas AI", "Google"), (d.Person, d.From, d.To));
    }

    [Fact]
    public void People_listed_with_appositions_between_semicolons_after_including_all_left()
    {
        var result = ExtractionFixture.Run("en", "Veritas AI is losing its sales chief. Other executives have already departed this year — including Dana Whitlock, the vice president; "
            + "Ivo Maresh, the data analytics vice president; and Lena Marsh, the channel chief.");

        Assert.Equal("Dana Whitlock|Ivo Maresh|Lena Marsh", string.Join("|", result.Departures.Select(d => d.Person).Order()));
        Assert.All(result.Departures, d => Assert.Equal("Veritas AI", d.From));
    }

    [Fact]
    public void A_capitalised_participle_opening_a_sentence_is_not_a_company()
    {
        var result = ExtractionFixture.Run("en", "Known for turning designs into products, Ivo Maresh has already recruited Dana Whitlock from Veritas AI for Cohere.");

        Assert.DoesNotContain(result.Departures, d => d.To == "Known");
        Assert.Contains(result.Departures, d => d.Person == "Dana Whitlock" && d.From == "Veritas AI");
    }

    [Theory]
    [InlineData("nl", "Joost Verhaar vertrekt per 1 september als directeur van branchevereniging Orrery Systems.", "Joost Verhaar", "Orrery Systems")]
    [InlineData("en", "Veritas AI named two veterans — Ivo Maresh and Lena Marsh — to serve as co-CEOs after longtime chief Dana Whitlock stepped down.", "Dana Whitlock", "Veritas AI")]
    public void The_company_left_is_read_after_the_role_and_co_CEOs_is_no_company(string language, string text, string person, string from)
    {
        var result = ExtractionFixture.Run(language, text);

        var d = Assert.Single(result.Departures);
        Assert.Equal((person, from), (d.Person, d.From));
    }
    [Fact]
    public void After_a_given_name_and_a_surname_van_means_of()
    {
        var d = ExtractionFixture.Single("nl", "Topman Michiel Herkemij van DE Koffiebranders vertrekt aan het eind van het jaar.");

        Assert.Equal(("Michiel Herkemij", "DE Koffiebranders"), (d.Person, d.From));
    }
    [Theory]
    [InlineData("en", "Veritas AI's chief technology officer is leaving, the company said on Tuesday. Dana Whitlock, who joined in 2021, told staff she would join Cohere next month.")]
    [InlineData("nl", "De technisch directeur van Veritas AI vertrekt. Dana Whitlock maakt de overstap naar Cohere.")]
    public void A_lede_that_names_the_role_is_about_the_person_the_next_sentence_opens_with(string language, string text)
    {
        var d = ExtractionFixture.Single(language, text);

        Assert.Equal(("Dana Whitlock", "Veritas AI", "Cohere"), (d.Person, d.From, d.To));
    }

    [Fact]
    public void A_lede_about_a_role_does_not_take_a_name_that_opens_a_later_paragraph_about_someone_else()
    {
        var result = ExtractionFixture.Run("en", "Veritas AI's chief executive said the company is growing. Dana Whitlock, an analyst, called the plan bold.");

        Assert.Empty(result.Departures);
    }
    [Theory]
    [InlineData("en", "Here are the executives who have left Veritas AI this year:\n\n- Dana Whitlock, chief technology officer\n- Ivo Maresh, head of research\n\nThe company declined to comment.")]
    [InlineData("nl", "Deze bestuurders vertrokken dit jaar bij Veritas AI:\n\n- Dana Whitlock, financieel directeur\n- Ivo Maresh, technisch directeur")]
    public void A_bulleted_list_under_a_departure_sentence_names_the_leavers(string language, string text)
    {
        var result = ExtractionFixture.Run(language, text);

        Assert.Equal("Dana Whitlock|Ivo Maresh", string.Join("|", result.Departures.Select(d => d.Person).Order()));
        Assert.All(result.Departures, d => Assert.Equal("Veritas AI", d.From));
        Assert.All(result.Departures, d => Assert.Contains(d.Person!, d.Evidence, StringComparison.Ordinal));
    }

    [Fact]
    public void Following_a_leaver_is_leaving_the_same_company()
    {
        var result = ExtractionFixture.Run("en", "Veritas AI has lost several leaders. Dana Whitlock, the chief scientist, left in March. Ivo Maresh, the CTO, followed in May.");

        Assert.Contains(result.Departures, d => d.Person == "Ivo Maresh" && d.From == "Veritas AI" && d.Date == "2025-05");
    }
    [Theory]
    [InlineData("Meta has hired Dana Whitlock from OpenAI, Ivo Maresh from Google DeepMind and Lena Marsh from Apple.")]
    [InlineData("Meta has hired the following researchers:\n\n- Dana Whitlock (OpenAI)\n- Ivo Maresh, formerly of Google DeepMind\n- Lena Marsh (Apple)")]
    [InlineData("Dana Whitlock (OpenAI), Ivo Maresh (Google DeepMind) and Lena Marsh (Apple) have joined Meta's new lab.")]
    public void Each_person_in_a_list_of_hires_leaves_their_own_company(string text)
    {
        var result = ExtractionFixture.Run("en", text);

        Assert.Equal("Dana Whitlock<OpenAI|Ivo Maresh<Google DeepMind|Lena Marsh<Apple",
            string.Join("|", result.Departures.OrderBy(d => d.Person).Select(d => $"{d.Person}<{d.From}")));
        Assert.All(result.Departures, d => Assert.Equal("Meta", d.To));
    }

    [Fact]
    public void An_earlier_employer_in_an_apposition_stays_background_for_a_leaver_in_a_list()
    {
        var result = ExtractionFixture.Run("en", "Veritas AI lost two co-founders this year. Ivo Maresh left in August, while Dana Whitlock, previously at Cohere, stepped down last month.");

        Assert.Contains(result.Departures, d => d.Person == "Dana Whitlock" && d.From == "Veritas AI");
        Assert.DoesNotContain(result.Departures, d => d.From == "Cohere");
    }
    [Theory]
    [InlineData("en", "Dana Whitlock will remain at Veritas AI as an adviser after stepping down as chief executive.")]
    [InlineData("en", "Dana Whitlock left Veritas AI's board in March but remains its largest shareholder.")]
    [InlineData("en", "Dana Whitlock left the stage to applause at Veritas AI's developer conference.")]
    [InlineData("nl", "Dana Whitlock treedt af als topman van Veritas AI, maar blijft als adviseur aan het bedrijf verbonden.")]
    public void Staying_on_in_another_role_a_board_seat_and_leaving_a_stage_are_no_departures(string language, string text)
    {
        Assert.Empty(ExtractionFixture.Run(language, text).Departures);
    }

    [Theory]
    [InlineData("\"Dana was a great colleague,\" Ivo Maresh, Veritas AI's chief executive, told reporters after Whitlock left.")]
    [InlineData("Dana Whitlock, who reports to Ivo Maresh, is leaving Veritas AI.")]
    public void The_speaker_and_a_name_inside_a_closed_relative_clause_are_not_leavers(string text)
    {
        Assert.DoesNotContain(ExtractionFixture.Run("en", text).Departures, d => d.Person == "Ivo Maresh");
    }
    [Fact]
    public void A_Flemish_surname_with_capitalised_particles_is_the_person_not_a_company()
    {
        var d = ExtractionFixture.Single("nl", "Barbara Van Den Haute ruilt haar functie bij Orrery Systems in voor Coolblue. Van Den Haute werkte sinds 2007 voor de overheid.");

        Assert.Equal(("Barbara Van Den Haute", "Orrery Systems", "Coolblue"), (d.Person, d.From, d.To));
    }

    [Theory]
    [InlineData("Cohere CEO Dana Whitlock has recruited three researchers from Veritas AI to join her team.")]
    [InlineData("Cohere chief executive Dana Whitlock poached two engineers from Veritas AI to join the new lab.")]
    public void Who_joins_after_a_hire_is_whom_the_hirer_took_not_the_hirer(string text)
    {
        var result = ExtractionFixture.Run("en", text);

        Assert.DoesNotContain(result.Departures, d => d.Person == "Dana Whitlock");
        Assert.NotEmpty(result.Departures);
        Assert.All(result.Departures, d => Assert.Equal(((string?)null, "Veritas AI", "Cohere"), (d.Person, d.From, d.To)));
    }

    [Fact]
    public void A_company_veteran_left_the_company_the_article_is_about_not_the_one_they_are_a_veteran_of()
    {
        var result = ExtractionFixture.Run("en", "Six of the founders have left Cohere. Google veteran Dana Whitlock departed in February.");

        Assert.Contains(result.Departures, d => (d.Person, d.From) == ("Dana Whitlock", "Cohere"));
        Assert.DoesNotContain(result.Departures, d => d.From == "Google");
    }

    [Fact]
    public void The_source_of_a_report_with_title_and_company_is_not_one_of_the_people_who_move()
    {
        var result = ExtractionFixture.Run("en", "According to Cohere CEO Ivo Maresh, Dana Whitlock and Lena Marsh, both Veritas AI co-founders, are joining Cohere.");

        Assert.Equal("Dana Whitlock|Lena Marsh", string.Join("|", result.Departures.Select(d => d.Person).Order()));
    }

    [Fact]
    public void A_plural_role_noun_opening_the_sentence_is_not_part_of_the_first_name()
    {
        var result = ExtractionFixture.Run("en", "Researchers Dana Whitlock and Ivo Maresh left Veritas AI's research lab.");

        Assert.Equal("Dana Whitlock|Ivo Maresh", string.Join("|", result.Departures.Select(d => d.Person).Order()));
    }
}
