namespace TalentWatch.Extraction.Tests.Departures;

/// <summary>Session 9's general classes, each from several read real-news sets and checked on two unread ones: names written
/// with a nickname inside them, and careers told as a chain of earlier employers.</summary>
public class NamesAndCareerTests
{
    [Theory]
    [InlineData("Lumen Robotics co-founder Dana (Dee) Whitlock announced that she is leaving the company.", "Dana (Dee) Whitlock")]
    [InlineData("Lumen Robotics co-founder Dana “Dee” Whitlock announced that she is leaving the company.", "Dana “Dee” Whitlock")]
    [InlineData("Lumen Robotics co-founder Dana ‘Dee’ Whitlock announced that she is leaving the company.", "Dana ‘Dee’ Whitlock")]
    [InlineData("Lumen Robotics co-founder Dana Marie \"Dee\" Whitlock announced that she is leaving the company.", "Dana Marie \"Dee\" Whitlock")]
    public void A_nickname_in_brackets_or_quotes_is_part_of_the_name(string text, string person)
    {
        var d = ExtractionFixture.Single("en", text);

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
    public void A_bracketed_word_is_a_nickname_only_between_a_given_name_and_a_surname(string sentence, string names)
    {
        var mentions = TalentWatch.Extraction.Mentions.MentionFinder.Find(sentence, TalentWatch.Extraction.Knowledge.ExtractionKnowledge.Shipped);

        Assert.Equal(names, string.Join("|", mentions.Select(m => m.Text)));
    }
}
