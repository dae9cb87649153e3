namespace TalentWatch.Extraction.Tests.Departures;

/// <summary>Error classes found in session 37, by probing with invented sentences and on the blind sets read then; every
/// fixture is invented.</summary>
public class Session37ClassTests
{
    [Fact]
    public void A_headline_leaver_whom_the_text_calls_by_surname_only_is_read_from_the_headline()
    {
        var result = ExtractionFixture.WithTitle("en", "Dana Whitlock is stepping down from Veritas AI after 14 years",
            "The head of operations at Veritas AI will be leaving later this year.\nSince becoming COO in 2008, Whitlock has been CEO Tom Baker's right-hand woman and will remain on the company's board of directors.");

        var departure = Assert.Single(result.Departures);
        Assert.Equal(("Dana Whitlock", "Veritas AI"), (departure.Person, departure.From));
    }

    [Fact]
    public void Surnames_in_a_headline_take_the_full_names_the_text_gives_them()
    {
        var result = ExtractionFixture.WithTitle("en", "Shake-up continues at Veritas as Whitlock and Marsh bow out",
            "Dana Whitlock, head of sales, and Lena Marsh, chief technology officer, are the latest senior figures at Veritas to be affected.");

        Assert.Equal<string?>(["Dana Whitlock", "Lena Marsh"], result.Departures.Select(d => d.Person).Order().ToList());
        Assert.All(result.Departures, d => Assert.Equal("Veritas", d.From));
    }

    [Fact]
    public void A_headline_that_names_its_leaver_is_not_given_to_the_first_person_of_the_text()
    {
        var result = ExtractionFixture.WithTitle("en", "Dana Whitlock is stepping down from Veritas AI",
            "The head of operations at Veritas AI will be leaving later this year.\nCEO Tom Baker said the search for a successor has begun.\nWhitlock joined in 2008.");

        Assert.DoesNotContain(result.Departures, d => d.Person == "Tom Baker");
    }

    [Theory]
    [InlineData("Commissaris Jan de Boer vertrekt bij Coolblue.")]
    [InlineData("ING-commissaris Jan de Boer vertrekt.")]
    [InlineData("De president-commissaris Jan de Boer treedt af.")]
    public void A_supervisory_board_member_named_with_the_seat_in_front_does_not_leave_a_job(string text)
    {
        Assert.Empty(ExtractionFixture.Run("nl", text).Departures);
    }

    [Fact]
    public void A_board_member_who_only_reports_the_news_does_not_hide_the_leaver()
    {
        var departure = ExtractionFixture.Single("nl", "Volgens commissaris Jan de Boer vertrekt topman Karin Smit bij Coolblue.");

        Assert.Equal(("Karin Smit", "Coolblue"), (departure.Person, departure.From));
    }

    [Fact]
    public void A_headline_about_a_board_seat_is_not_read_over_the_text()
    {
        var result = ExtractionFixture.WithTitle("nl", "Commissaris De Boer vertrekt bij Coolblue",
            "AMSTERDAM - Jan de Boer vertrekt als commissaris van webwinkel Coolblue. Hij doet dat op eigen verzoek per 31 december.");

        Assert.Empty(result.Departures);
    }

    [Theory]
    [InlineData("Jan de Boer keert terug als topman bij Coolblue.")]
    [InlineData("Omstreden Jan de Boer keert terug als directeur bij Coolblue.")]
    public void Returning_as_chief_to_a_company_leaves_nothing_named(string text)
    {
        Assert.Empty(ExtractionFixture.Run("nl", text).Departures);
    }

    [Fact]
    public void Returning_as_chief_from_a_named_company_is_a_move_to_the_one_returned_to()
    {
        var departure = ExtractionFixture.Single("nl", "Jan de Boer keert na drie jaar bij Orrery Systems terug als topman bij Coolblue.");

        Assert.Equal(("Orrery Systems", "Coolblue"), (departure.From, departure.To));
    }

    [Fact]
    public void A_headline_move_is_not_taken_when_the_text_says_the_person_keeps_working_for_the_company()
    {
        var result = ExtractionFixture.WithTitle("nl", "Jan de Boer treedt af bij Coolblue",
            "Vandaag laat De Boer weten dat hij Nederland verlaat en terugkeert naar Silicon Valley. Daar zal hij blijven werken voor het bedrijf, maar in een andere rol.");

        Assert.Empty(result.Departures);
    }

    [Fact]
    public void A_headline_move_stands_when_the_next_sentence_keeps_the_person_on_only_as_an_adviser()
    {
        var result = ExtractionFixture.WithTitle("en", "Dana Whitlock steps down as CTO of Veritas AI",
            "Dana Whitlock announced the news to staff on Tuesday. She will stay on as an adviser to the chief executive.");

        Assert.Contains(result.Departures, d => d.Person == "Dana Whitlock" && d.From == "Veritas AI");
    }

    [Fact]
    public void Becoming_chairman_of_a_company_introduced_by_a_descriptor_is_not_staying_on()
    {
        var result = ExtractionFixture.WithTitle("en", "CEO Dana Whitlock quits Veritas AI",
            "Veritas AI chief executive Dana Whitlock is leaving the company after less than two years in the job. She goes at the end of the month and will become executive chairman of magazine publisher Kramsmit.");

        Assert.Contains(result.Departures, d => d.Person == "Dana Whitlock" && d.From == "Veritas AI");
    }

    [Fact]
    public void Becoming_chairman_of_the_same_company_is_still_staying_on()
    {
        Assert.Empty(ExtractionFixture.Run("en", "Dana Whitlock will step down as CEO of Veritas AI and become chairman of the company.").Departures);
    }

    [Theory]
    [InlineData("CNN's CEO, Dana Whitlock, announced her exit from the network on Wednesday.", null)]
    [InlineData("Veteran CNN executive Dana Whitlock has left the network to join Orrery Systems.", "Orrery Systems")]
    public void A_leading_post_at_an_outlet_makes_it_the_employer_left(string text, string? to)
    {
        var departure = ExtractionFixture.Single("en", text);

        Assert.Equal(("Dana Whitlock", "CNN", to), (departure.Person, departure.From, departure.To));
    }

    [Fact]
    public void An_outlet_named_through_its_reporter_stays_a_source()
    {
        var departure = ExtractionFixture.Single("en", "Dana Whitlock's departure from Veritas AI was first reported in a Wall Street Journal story. WSJ media reporter Ivo Maresh defended the story.");

        Assert.Equal(("Dana Whitlock", "Veritas AI"), (departure.Person, departure.From));
    }

    [Fact]
    public void A_title_case_headline_ends_a_company_name_at_a_linking_word()
    {
        var result = ExtractionFixture.Run("en", "Top Editors Leaving Veritas News As Layoffs Loom.");

        Assert.DoesNotContain(result.Departures, d => d.From is { } from && from.Contains("Layoffs", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Departures, d => d.Person == "Top Editors");
    }

    [Fact]
    public void A_plural_headline_verb_ends_a_company_name()
    {
        var result = ExtractionFixture.WithTitle("en", "Veritas Health Execs Leave Company Amid Internal Clash",
            "Veritas Health Execs Leave Company Amid Internal Clash\nVeritas Health is undergoing personnel changes. Dana Whitlock and Ivo Maresh have left the company.");

        Assert.Equal<string?>(["Dana Whitlock", "Ivo Maresh"], result.Departures.Select(d => d.Person).Order().ToList());
        Assert.All(result.Departures, d => Assert.Equal("Veritas Health", d.From));
    }

    [Fact]
    public void A_participle_opening_a_sentence_is_no_part_of_a_company_name()
    {
        var result = ExtractionFixture.Run("en", "Twitter fires two executives.\nDana Whitlock and Ivo Maresh were let go by Twitter on Thursday. Referencing Twitter CEO Tom Baker, Whitlock said he asked her to leave.");

        Assert.DoesNotContain(result.Departures, d => d.From is { } from && from.StartsWith("Referencing", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Dana Whitlock, Previously Chief Financial Officer, to Leave Veritas AI")]
    [InlineData("Veritas AI CEO Dana Whitlock to step down")]
    [InlineData("Dana Whitlock is to stand down as chief executive of Veritas AI.")]
    [InlineData("Veritas AI said its CEO Dana Whitlock was retiring.")]
    [InlineData("Dana Whitlock, chairman of Veritas AI, was out after just a little more than a year on the job.")]
    [InlineData("Dana Whitlock was famously fired from Veritas AI in 1985.")]
    [InlineData("Tom Baker took over, following the sudden departure in November last year of former Veritas AI CEO Dana Whitlock.")]
    public void Plain_news_phrasings_of_leaving_are_read(string text)
    {
        Assert.Contains(ExtractionFixture.Run("en", text).Departures, d => d.Person == "Dana Whitlock" && d.From == "Veritas AI");
    }

    [Theory]
    [InlineData("Veritas AI asked Dana Whitlock to leave the meeting.")]
    [InlineData("Orrery CEO Tom Baker wants Dana Whitlock to step down.")]
    [InlineData("After Veritas AI chief executive Dana Whitlock was briefly ousted in November, Tom Baker served as interim leader.")]
    public void Someone_else_s_wish_or_a_brief_ouster_is_no_departure(string text)
    {
        Assert.DoesNotContain(ExtractionFixture.Run("en", text).Departures, d => d.Person == "Dana Whitlock");
    }

    [Fact]
    public void A_post_laid_down_at_a_company_named_after_it_is_left_there_not_at_a_former_employer()
    {
        var departure = ExtractionFixture.Single("nl", "Oud-topman Jan de Boer van Coolblue legt zijn functie bij de Brindlewood neer.");

        Assert.Equal(("Jan de Boer", "Brindlewood"), (departure.Person, departure.From));
    }

    [Fact]
    public void A_link_to_another_story_is_not_read_as_this_article_s_news()
    {
        var result = ExtractionFixture.Run("en", "Orrery Systems hired a new finance chief on Monday.\nRead More: Veritas AI's Whitlock to Leave Cohere in Exodus of Leaders\nThe new chief starts in May.");

        Assert.Empty(result.Departures);
    }

    [Fact]
    public void Deutsche_Telekom_is_also_written_DT()
    {
        var result = ExtractionFixture.Run("en", "Dana Whitlock to leave DT for Orrery in new year. The CEO of Deutsche Telekom, Dana Whitlock, has left the company to join Orrery.");

        var departure = Assert.Single(result.Departures);
        Assert.Equal(("Deutsche Telekom", "Orrery"), (departure.From, departure.To));
    }

    [Theory]
    [InlineData("Famous exec Dana Whitlock is out as CEO of $3.5 billion Veritas AI just weeks after saying an IPO isn't imminent.")]
    [InlineData("Embattled Veritas AI chief Dana Whitlock has resigned.")]
    public void An_adjective_opening_a_sentence_is_no_company(string text)
    {
        var departure = ExtractionFixture.Single("en", text);

        Assert.Equal(("Dana Whitlock", "Veritas AI"), (departure.Person, departure.From));
    }

    [Fact]
    public void An_adjective_opening_a_sentence_is_not_the_company_left()
    {
        Assert.DoesNotContain(ExtractionFixture.Run("en", "Legendary engineer Dana Whitlock has left.").Departures, d => d.From == "Legendary");
    }

    [Fact]
    public void A_newspaper_named_in_full_is_also_called_by_its_last_word()
    {
        var result = ExtractionFixture.Run("en", "Dana Whitlock, an editor at The New York Times, is leaving. Later on Thursday, assistant managing editor Ivo Maresh announced his departure from the Times on Twitter.");

        Assert.Equal(2, result.Departures.Count);
        Assert.All(result.Departures, d => Assert.Equal("The New York Times", d.From));
    }

    [Fact]
    public void An_outlet_whose_correspondent_the_leaver_is_called_is_the_employer_left()
    {
        var departure = ExtractionFixture.Single("en", "Dana Whitlock, The New York Times's political correspondent, announced her departure the same day.");

        Assert.Equal(("Dana Whitlock", "The New York Times"), (departure.Person, departure.From));
    }

    [Fact]
    public void A_plan_to_leave_with_a_date_is_an_announced_departure_and_one_without_stays_a_plan()
    {
        var result = ExtractionFixture.Run("en", "Dana Whitlock, Veritas AI's chief product officer, plans to leave in September, along with Ivo Maresh, an engineering vice president.");

        Assert.Equal<string?>(["Dana Whitlock", "Ivo Maresh"], result.Departures.Select(d => d.Person).Order().ToList());
        Assert.All(result.Departures, d => Assert.Equal(("Veritas AI", "2026-09"), (d.From, d.Date)));
        Assert.Empty(ExtractionFixture.Run("en", "Dana Whitlock plans to leave Veritas AI.").Departures);
    }
}
