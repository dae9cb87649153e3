using TalentWatch.Extraction.Knowledge;
using TalentWatch.Extraction.Mentions;
using TalentWatch.Extraction.Sentences;

namespace TalentWatch.Extraction.Tests.Departures;

/// <summary>Session 23: how names are written in real news. Joined initials ("D.J. Lee", "J.T. Wang") neither end a sentence
/// nor fall apart, while a country written in initials still ends one; a given name that is also a Dutch function word ("Dan",
/// "Per", "Elke") opens a name when a surname follows it.</summary>
public class NameFormTests
{
    [Theory]
    [InlineData("D.J. Leigh left Orrery Systems in December.", 1)]
    [InlineData("Acer CEO J.T. Wang announced his resignation. He leaves in May.", 2)]
    [InlineData("J.R.R. Tolkien wrote books.", 1)]
    [InlineData("The company moved its offices to the U.S. Dana Whitlock left in May.", 2)]
    [InlineData("It opened an office in Washington, D.C. The team grew.", 2)]
    [InlineData("She studied in the U.K. Then she joined Cohere.", 2)]
    public void Joined_initials_do_not_end_a_sentence_but_a_place_in_initials_does(string text, int sentences)
    {
        Assert.Equal(sentences, SentenceSplitter.Split(text).Count);
    }

    [Theory]
    [InlineData("D.J. Leigh left Orrery Systems.", "D.J. Leigh|Orrery Systems")]
    [InlineData("Acer America CEO J. T. Wang quit.", "Acer America|J. T. Wang")]
    [InlineData("Dan Leigh left Orrery Systems.", "Dan Leigh|Orrery Systems")]
    [InlineData("Per Olsen verlaat Orrery Systems.", "Per Olsen|Orrery Systems")]
    [InlineData("Dan Google mag kiezen.", "Google")]
    [InlineData("Elke Nederlander kent Orrery Systems.", "Orrery Systems")]
    [InlineData("In April Orrery Systems hired her.", "Orrery Systems")]
    public void A_name_may_open_with_initials_or_with_a_given_name_that_is_a_Dutch_word(string sentence, string names)
    {
        var mentions = MentionFinder.Find(sentence, ExtractionKnowledge.Shipped);

        Assert.Equal(names, string.Join("|", mentions.Select(m => m.Text)));
    }

    [Fact]
    public void A_person_named_with_joined_initials_is_the_one_who_left()
    {
        var d = ExtractionFixture.Single("en", "Orrery Systems named Kim Park as its new chief. Park replaces D.J. Leigh, who left in December.");

        Assert.Equal(("D.J. Leigh", "Orrery Systems"), (d.Person, d.From));
    }
}
