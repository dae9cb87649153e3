namespace TalentWatch.Extraction.Tests.Departures;

/// <summary>Session 9's general classes, each from several read real-news sets and checked on two unread ones: names written
/// with a nickname inside them, careers told as a chain of earlier employers, companies named through their products, the
/// company right after "left" before any marker further on, and the company losing people as the one a leaver left.</summary>
public class NamesAndCareerTests
{
    [Theory]
    [InlineData("Lumen Robotics co-founder Dana (Dee) Whitlock announced that she is leaving the company.", "Dana (Dee) Whitlock")]
    [InlineData("Lumen Robotics co-founder Dana “Dee” Whitlock announced that she is leaving the company.", "Dana “Dee” Whitlock")]
    [InlineData("Lumen Robotics co-founder Dana ‘Dee’ Whitlock announced that she is leaving the company.", "Dana ‘Dee’ Whitlock")]
    [InlineData("Lumen Robotics co-founder Dana Marie \"Dee\" Whitlock announced that she is leaving the company.", "Dana Marie \"Dee\" Whitlock")]
    [InlineData("Dana 'Dee' Whitlockhausen, the chief engineering officer of Lumen Robotics, is leaving the company.", "Dana 'Dee' Whitlockhausen")]
    public void A_nickname_in_brackets_or_quotes_holds_the_name_together_and_is_kept_in_it(string text, string person)
    {
        var d = ExtractionFixture.Single("en", text);

        // The fullest form the article writes, as the corpus rules label it; the store also files it under the name without
        // the nickname (Core's Nickname).
        Assert.Equal((person, "Lumen Robotics"), (d.Person, d.From));
    }

    [Fact]
    public void The_surname_alone_later_is_the_same_person_as_the_name_with_its_nickname()
    {
        var result = ExtractionFixture.Run("en", "Dana (Dee) Whitlock left Lumen Robotics in January. Whitlock joined Cohere in March.");

        var d = Assert.Single(result.Departures);
        Assert.Equal(("Dana (Dee) Whitlock", "Lumen Robotics", "Cohere"), (d.Person, d.From, d.To));
    }

    [Theory]
    [InlineData("Dana (Dee) Whitlock left.", "Dana (Dee) Whitlock")]
    [InlineData("Cohere hired Dana Whitlock (Veritas) Monday, its spokesperson said.", "Cohere|Dana Whitlock|Veritas")]
    [InlineData("The startup Lumen (Robotics) March raised money.", "Lumen")]
    [InlineData("Meta hired Ivo Maresh (Google) CEO of Lumen.", "Meta|Ivo Maresh|Google|Lumen")]
    [InlineData("Ivo Maresh (Google) Microsoft and Meta.", "Ivo Maresh|Google|Microsoft|Meta")]
    [InlineData("Dana Whitlock (Dee) left.", "Dana Whitlock|Dee")]
    [InlineData("Blas Ortega y Ruiz left Lumen.", "Blas Ortega y Ruiz|Lumen")]
    public void A_bracketed_word_is_a_nickname_only_between_a_given_name_and_a_surname(string sentence, string names)
    {
        var mentions = TalentWatch.Extraction.Mentions.MentionFinder.Find(sentence, TalentWatch.Extraction.Knowledge.ExtractionKnowledge.Shipped);

        Assert.Equal(names, string.Join("|", mentions.Select(m => m.Text)));
    }

    [Theory]
    [InlineData("en", "Dana Whitlock left Veritas AI for Cohere in March. She previously spent six years at Orrery Systems.")]
    [InlineData("en", "Cohere hired Dana Whitlock from Veritas AI. Before that, she was a researcher at Orrery Systems.")]
    [InlineData("en", "Dana Whitlock has left Veritas AI. The company confirmed it on Monday. Whitlock was previously a software architect for Orrery Systems.")]
    [InlineData("nl", "Dana Whitlock vertrekt bij Veritas AI. Zij werkte hiervoor bij Orrery Systems.")]
    [InlineData("nl", "Dana Whitlock vertrekt bij Veritas AI. Voordien was zij de CFO van Orrery Systems.")]
    public void An_employer_told_as_earlier_after_a_move_is_a_move_to_the_company_left(string language, string text)
    {
        var result = ExtractionFixture.Run(language, text);

        var earlier = Assert.Single(result.Departures, d => d.From == "Orrery Systems");
        Assert.Equal(("Dana Whitlock", "Veritas AI", null), (earlier.Person, earlier.To, earlier.Date));
        Assert.Contains(result.Departures, d => d.Person == "Dana Whitlock" && d.From == "Veritas AI");
    }

    [Fact]
    public void Each_employer_told_before_the_last_one_is_a_move_to_the_next()
    {
        var result = ExtractionFixture.Run("nl", "Joost Verhaar vertrekt bij Coolblue en gaat naar Bol. Eerder was hij financieel directeur bij Orrery Systems. "
            + "Daarvoor werkte hij tien jaar bij Veritas AI.");

        Assert.Equal(
            ["Coolblue -> Bol", "Orrery Systems -> Coolblue", "Veritas AI -> Orrery Systems"],
            result.Departures.Where(d => d.Person == "Joost Verhaar").Select(d => $"{d.From} -> {d.To}").Order());
    }

    [Theory]
    [InlineData("en", "Dana Whitlock left Veritas AI in May. Ivo Maresh, previously at Orrery Systems, stepped down from Cohere in June.")]
    [InlineData("en", "Dana Whitlock, who previously spent eight years at Orrery Systems, left Veritas AI in May.")]
    [InlineData("en", "Dana Whitlock left Veritas AI in May. Cohere named Ivo Maresh its new chief. He previously worked at Orrery Systems.")]
    [InlineData("en", "Dana Whitlock left Veritas AI for Cohere in May. She previously worked at Veritas AI's robotics lab.")]
    [InlineData("en", "Dana Whitlock has left Veritas AI. Before joining the company, Whitlock interned at Orrery Systems.")]
    public void An_earlier_employer_of_someone_else_or_in_the_move_itself_is_no_move(string language, string text)
    {
        var result = ExtractionFixture.Run(language, text);

        Assert.DoesNotContain(result.Departures, d => d.Person == "Dana Whitlock" && d.From != "Veritas AI");
    }

    [Theory]
    [InlineData("Announcing it in a LinkedIn post, Dana Whitlock said she would be returning to Cohere.")]
    [InlineData("Dana Whitlock quit Veritas AI to join ChatGPT.")]
    public void A_product_or_an_outlet_is_never_the_company_left_or_joined(string text)
    {
        var result = ExtractionFixture.Run("en", text);

        Assert.DoesNotContain(result.Departures, d => d.From is "LinkedIn" or "ChatGPT" || d.To is "LinkedIn" or "ChatGPT");
    }

    [Theory]
    [InlineData("en", "Dana Whitlock has left the ChatGPT maker, the company confirmed.", "OpenAI")]
    [InlineData("en", "Dana Whitlock is leaving the iPhone maker for Cohere.", "Apple")]
    [InlineData("en", "The Claude developer's research chief Dana Whitlock has resigned.", "Anthropic")]
    [InlineData("nl", "Dana Whitlock vertrekt bij de ChatGPT-maker en gaat naar Cohere.", "OpenAI")]
    public void A_company_named_as_the_maker_of_its_product_is_that_company(string language, string text, string company)
    {
        var d = ExtractionFixture.Single(language, text);

        Assert.Equal(("Dana Whitlock", company), (d.Person, d.From));
    }

    [Theory]
    [InlineData("Dana Whitlock has left Veritas AI, having been hired by rival company Cohere.")]
    [InlineData("Dana Whitlock has left Veritas AI after being hired by Cohere.")]
    [InlineData("Two of Veritas AI's top researchers, Dana Whitlock and Ivo Maresh, have left the company's lab, having been successfully hired by Cohere in what is a blow to Veritas AI.")]
    public void A_company_right_after_left_is_the_one_left_and_a_passive_hire_gives_the_destination(string text)
    {
        var result = ExtractionFixture.Run("en", text);

        Assert.NotEmpty(result.Departures);
        Assert.All(result.Departures, d => Assert.Equal(("Veritas AI", "Cohere"), (d.From, d.To)));
    }

    [Fact]
    public void By_introduces_no_company_left_except_for_the_agent_of_a_firing()
    {
        var result = ExtractionFixture.Run("en", "Veritas AI has lost half its founders. Infrastructure lead Ivo Maresh left for Cohere in mid-2024, "
            + "followed by Google veteran Dana Whitlock in February 2025.");
        var fired = ExtractionFixture.Single("en", "Dana Whitlock was fired by Veritas AI on Monday.");

        Assert.Equal(["Dana Whitlock|Veritas AI", "Ivo Maresh|Veritas AI"], result.Departures.Select(d => $"{d.Person}|{d.From}").Order());
        Assert.Equal("Veritas AI", fired.From);
    }

    [Theory]
    [InlineData("Gisteren werd bekend dat de ontslagen Joost Verhaar bij Coolblue in dienst treedt.")]
    [InlineData("Volgens Coolblue-topman Ivo Maresh gaat Joost Verhaar samen met de opgestapte Dana Whitlock een nieuw team leiden.")]
    public void A_person_described_by_a_participle_is_not_fired_by_the_company_in_the_clause(string text)
    {
        var result = ExtractionFixture.Run("nl", text);

        Assert.DoesNotContain(result.Departures, d => d.From == "Coolblue");
    }

    [Theory]
    [InlineData("A vice president responsible for post-training at Veritas AI has left the company to join rival Cohere.", "vice president")]
    [InlineData("A top scientist at Veritas AI has left the company to join rival Cohere.", "scientist")]
    public void An_unnamed_senior_person_leaving_is_a_departure_without_a_name(string text, string role)
    {
        var d = ExtractionFixture.Single("en", text);

        Assert.Equal((null, "Veritas AI", "Cohere", role), (d.Person, d.From, d.To, d.Role));
    }

    [Fact]
    public void A_pronoun_does_not_refer_to_a_name_coordinated_with_one_after_a_preposition()
    {
        var d = ExtractionFixture.Single("en", "Dana Whitlock, who helped set up Veritas AI in 2015 alongside Ivo Maresh and current CEO Lena Marsh, said she was joining Cohere.");

        Assert.Equal(("Dana Whitlock", "Veritas AI", "Cohere"), (d.Person, d.From, d.To));
    }

    [Fact]
    public void A_leaver_without_a_company_in_the_clause_leaves_the_company_the_others_are_told_leaving()
    {
        var result = ExtractionFixture.Run("en", "Meta keeps hiring. Meta has built a new lab, and Meta pays well. Dana Whitlock left Veritas AI for Meta in May. "
            + "Ivo Maresh also quit Veritas AI to join Meta. Lena Marsh, who ran the robotics group, left in June.");

        Assert.Equal("Veritas AI", Assert.Single(result.Departures, d => d.Person == "Lena Marsh").From);
    }

    [Fact]
    public void Every_person_a_list_item_opens_with_is_a_departure()
    {
        var result = ExtractionFixture.Run("en", "Veritas AI has lost a string of researchers this year:\n\n- Dana Whitlock and Ivo Maresh (joined Cohere)\n"
            + "- Lena Marsh (joined Orrery Systems)\n");

        Assert.Equal(
            ["Dana Whitlock|Veritas AI|Cohere", "Ivo Maresh|Veritas AI|Cohere", "Lena Marsh|Veritas AI|Orrery Systems"],
            result.Departures.Select(d => $"{d.Person}|{d.From}|{d.To}").Order());
    }

    [Fact]
    public void A_possessive_written_with_a_space_before_it_is_still_a_possessive()
    {
        var d = ExtractionFixture.Single("en", "Dana Whitlock , a co-founder of Ivo Maresh ’s startup Veritas AI , has left the company to join Cohere .");

        Assert.Equal(("Dana Whitlock", "Veritas AI", "Cohere"), (d.Person, d.From, d.To));
    }

    [Theory]
    [InlineData("Dana Whitlock departed Veritas AI in 2023 for a tenure at Cohere.")]
    [InlineData("Dana Whitlock, a product manager who joined Cohere last year after leading products at Veritas AI, left earlier this year.")]
    [InlineData("Dana Whitlock, a key executive behind Veritas AI's glasses, is ditching the company to join Cohere.")]
    public void Careers_told_with_a_tenure_or_what_the_person_led_before(string text)
    {
        var result = ExtractionFixture.Run("en", text);

        Assert.Contains(result.Departures, d => (d.Person, d.From, d.To) == ("Dana Whitlock", "Veritas AI", "Cohere"));
    }

    [Fact]
    public void A_list_of_names_each_with_a_bracketed_description_is_one_list()
    {
        var result = ExtractionFixture.Run("en", "Veritas AI's former AI heads Dana Whitlock (robotics research), Ivo Maresh (models), and Lena Marsh (cloud training) "
            + "have all moved to Cohere.");

        Assert.Equal(["Dana Whitlock", "Ivo Maresh", "Lena Marsh"], result.Departures.Select(d => d.Person).Order());
        Assert.All(result.Departures, d => Assert.Equal(("Veritas AI", "Cohere"), (d.From, d.To)));
    }
}
