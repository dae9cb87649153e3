namespace TalentWatch.Extraction.Tests.Departures;

/// <summary>Hiring round-ups (decision X7): one sentence names the company taking people and where they came from, the
/// list after the verb names the people, and the next sentences may go on with the list.</summary>
public class HireRoundupTests
{
    private static string Moves(ExtractionResult result) =>
        string.Join("; ", result.Departures.Select(d => $"{d.Person}: {d.From} -> {d.To}").Order(StringComparer.Ordinal));

    [Fact]
    public void A_source_that_opens_the_sentence_holds_for_everyone_listed()
    {
        var result = ExtractionFixture.Run("en", "From Veritas AI, Cohere recruited four researchers, including Dana Whitlock and Ivo Maresh.");

        Assert.Equal("Dana Whitlock: Veritas AI -> Cohere; Ivo Maresh: Veritas AI -> Cohere", Moves(result));
    }

    [Fact]
    public void A_possessive_before_the_list_names_the_company_left_even_when_nobody_knows_the_companies()
    {
        var result = ExtractionFixture.Run("en", "Nimbus poached Kestrel's Anna Berg and Tom Lind.");

        Assert.Equal("Anna Berg: Kestrel -> Nimbus; Tom Lind: Kestrel -> Nimbus", Moves(result));
    }

    [Fact]
    public void A_following_sentence_that_goes_on_with_the_list_keeps_the_hirer_the_source_and_the_date()
    {
        var result = ExtractionFixture.Run("en",
            "Cohere hired Dana Whitlock from Veritas AI in January. Other Cohere hires include Ivo Maresh, an Orrery Systems veteran, and Lena Marsh.");

        Assert.Equal("Dana Whitlock: Veritas AI -> Cohere; Ivo Maresh: Orrery Systems -> Cohere; Lena Marsh: Veritas AI -> Cohere", Moves(result));
        Assert.All(result.Departures, d => Assert.Equal("2026-01", d.Date));
    }

    [Fact]
    public void The_others_of_a_counted_hire_came_from_where_the_first_one_came_from()
    {
        var result = ExtractionFixture.Run("en",
            "Cohere hired Dana Whitlock from Veritas AI and three others in February. The others are Ivo Maresh, Lena Marsh and Joost Verhaar.");

        Assert.Equal(4, result.Departures.Count);
        Assert.All(result.Departures, d => Assert.Equal(("Veritas AI", "Cohere", "2026-02"), (d.From, d.To, d.Date)));
    }

    [Theory]
    [InlineData("From Veritas AI, Cohere recruited Dana Whitlock, who worked under Ivo Maresh.", "Dana Whitlock: Veritas AI -> Cohere")]
    [InlineData("Cohere hired Dana Whitlock from Veritas AI. The others are still in talks, Ivo Maresh said.", "Dana Whitlock: Veritas AI -> Cohere")]
    [InlineData("Cohere has added Dana Whitlock and Ivo Maresh to its board.", "")]
    public void Names_outside_the_list_or_without_a_company_left_are_not_hires(string text, string expected)
    {
        Assert.Equal(expected, Moves(ExtractionFixture.Run("en", text)));
    }

    [Fact]
    public void A_list_of_exits_separated_by_semicolons_leaves_the_company_the_article_is_about()
    {
        var result = ExtractionFixture.Run("en",
            "Veritas AI has lost a dozen researchers this year. Other significant losses include Dana Whitlock, senior director of search; "
            + "Ivo Maresh, a distinguished engineer with seven years at Veritas AI; and Lena Marsh, who called her departure bittersweet.");

        Assert.Equal("Dana Whitlock: Veritas AI -> ; Ivo Maresh: Veritas AI -> ; Lena Marsh: Veritas AI -> ", Moves(result));
    }

    [Fact]
    public void Departures_to_a_named_company_give_each_listed_person_that_destination_and_not_their_new_team()
    {
        var result = ExtractionFixture.Run("en",
            "Veritas AI has lost a dozen researchers this year. Among the notable departures to Cohere are Dana Whitlock, who led "
            + "engineering and now works at Cohere's search team, and Ivo Maresh, a senior engineer.");

        Assert.Equal("Dana Whitlock: Veritas AI -> Cohere; Ivo Maresh: Veritas AI -> Cohere", Moves(result));
    }

    [Fact]
    public void People_listed_as_joining_a_company_leave_the_company_the_article_is_about()
    {
        var result = ExtractionFixture.Run("en",
            "Veritas AI has lost a dozen researchers this year. Additional researchers joining Cohere's AI efforts include Dana Whitlock, "
            + "Ivo Maresh and Lena Marsh.");

        Assert.Equal("Dana Whitlock: Veritas AI -> Cohere; Ivo Maresh: Veritas AI -> Cohere; Lena Marsh: Veritas AI -> Cohere", Moves(result));
    }

    [Theory]
    [InlineData("Cohere has hired three researchers from Veritas AI. The researchers—Dana Whitlock, Ivo Maresh, and Lena Marsh—were previously working at Veritas AI's Zurich office.")]
    [InlineData("Cohere has hired three researchers from Veritas AI. The three engineers are Dana Whitlock, Ivo Maresh and Lena Marsh.")]
    public void The_people_of_a_counted_hire_named_in_the_next_sentence_replace_the_unnamed_ones(string text)
    {
        Assert.Equal("Dana Whitlock: Veritas AI -> Cohere; Ivo Maresh: Veritas AI -> Cohere; Lena Marsh: Veritas AI -> Cohere",
            Moves(ExtractionFixture.Run("en", text)));
    }
}
