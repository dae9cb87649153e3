namespace TalentWatch.Extraction.Tests.Departures;

public class EnglishDepartureTests
{
    [Theory]
    [InlineData("Quasar Labs co-founder Helen Marsh departs for Google, the Leeds start-up said.", "Helen Marsh", "Quasar Labs", "Google")]
    [InlineData("Tobias Wren has left Fernhill AI to join Microsoft.", "Tobias Wren", "Fernhill AI", "Microsoft")]
    [InlineData("Amazon has hired Leila Moradi away from Bluefin Robotics, the Oslo company that builds warehouse arms.", "Leila Moradi", "Bluefin Robotics", "Amazon")]
    [InlineData("Gregory Alder joins Nvidia from Petrel Systems, where he was chief architect.", "Gregory Alder", "Petrel Systems", "Nvidia")]
    [InlineData("Nora Lindgren, who ran research at Cinder AI, quit the company and joined Anthropic.", "Nora Lindgren", "Cinder AI", "Anthropic")]
    [InlineData("Meta poached Victor Osei from Halberd Labs last week.", "Victor Osei", "Halberd Labs", "Meta")]
    [InlineData("Pinecrest Robotics lost its head of perception, Ivan Petrov, to Tesla.", "Ivan Petrov", "Pinecrest Robotics", "Tesla")]
    [InlineData("Samira Haddou defected to OpenAI from Lumis AI in February.", "Samira Haddou", "Lumis AI", "OpenAI")]
    public void Reads_who_left_which_company_for_whom(string text, string person, string from, string to)
    {
        var d = ExtractionFixture.Single("en", text);

        Assert.Equal(person, d.Person);
        Assert.Equal(from, d.From);
        Assert.Equal(to, d.To);
    }

    [Theory]
    [InlineData("Oscar Bellamy stepped down as chief executive of Drumlin AI on 4 March.", "Oscar Bellamy", "Drumlin AI")]
    [InlineData("Drumlin AI's board ousted chief executive Oscar Bellamy.", "Oscar Bellamy", "Drumlin AI")]
    [InlineData("Oscar Bellamy was fired by Drumlin AI after a dispute with investors.", "Oscar Bellamy", "Drumlin AI")]
    [InlineData("Oscar Bellamy resigned from Drumlin AI, the company said.", "Oscar Bellamy", "Drumlin AI")]
    [InlineData("Drumlin AI parted ways with its finance chief, Oscar Bellamy.", "Oscar Bellamy", "Drumlin AI")]
    public void Reads_resignations_and_dismissals_without_destination(string text, string person, string from)
    {
        var d = ExtractionFixture.Single("en", text);

        Assert.Equal(person, d.Person);
        Assert.Equal(from, d.From);
        Assert.Null(d.To);
    }

    [Fact]
    public void Boomerang_records_the_company_in_between_as_the_one_left()
    {
        var d = ExtractionFixture.Single("en", "Ravi Kapoor is returning to Microsoft after a two-year stint at Orchid Robotics, where he led planning.");

        Assert.Equal("Ravi Kapoor", d.Person);
        Assert.Equal("Orchid Robotics", d.From);
        Assert.Equal("Microsoft", d.To);
    }

    [Fact]
    public void Several_people_in_one_sentence_are_several_departures()
    {
        var result = ExtractionFixture.Run("en", "Laura Finch and Omar Aziz, both founding members, left Tallow AI for Apple in January.");

        Assert.Equal(new[] { "Laura Finch", "Omar Aziz" }, result.Departures.Select(d => d.Person ?? "").ToArray());
        Assert.All(result.Departures, d => Assert.Equal("Tallow AI", d.From));
        Assert.All(result.Departures, d => Assert.Equal("Apple", d.To));
        Assert.All(result.Departures, d => Assert.True(d.Founder));
    }

    [Fact]
    public void Surnames_and_short_company_names_resolve_to_the_full_names()
    {
        var result = ExtractionFixture.Run("en",
            "Marguerite Olsen is a well-known researcher at Brackwater AI.\n\nOlsen has left Brackwater for Google DeepMind, the company confirmed.");

        var d = Assert.Single(result.Departures);
        Assert.Equal("Marguerite Olsen", d.Person);
        Assert.Equal("Brackwater AI", d.From);
        Assert.Equal("Google DeepMind", d.To);
    }

    [Fact]
    public void A_pronoun_in_a_later_sentence_adds_the_destination()
    {
        var result = ExtractionFixture.Run("en",
            "Owen Castell resigned as CTO of Lindqvist Labs in January. He has since joined Amazon.");

        var d = Assert.Single(result.Departures);
        Assert.Equal("Owen Castell", d.Person);
        Assert.Equal("Amazon", d.To);
        Assert.Equal("2026-01", d.Date);
        Assert.Equal("CTO", d.Role);
        Assert.False(d.Founder);
    }

    [Fact]
    public void Unnamed_person_is_a_departure_with_null_person()
    {
        var result = ExtractionFixture.Run("en", "Sorrel AI said a second employee, an engineer it did not name, had also left for xAI.");

        var d = Assert.Single(result.Departures);
        Assert.Null(d.Person);
        Assert.Equal("Sorrel AI", d.From);
        Assert.Equal("xAI", d.To);
    }

    [Fact]
    public void Joining_from_a_company_named_by_the_article_is_a_departure_from_it()
    {
        var result = ExtractionFixture.Run("en", "In February Corbel AI hired Pia Sandoval from Meta to lead its safety work.");

        var d = Assert.Single(result.Departures);
        Assert.Equal("Meta", d.From);
        Assert.Equal("Corbel AI", d.To);
        Assert.Equal("2026-02", d.Date);
    }

    [Theory]
    [InlineData("Hazel Quinn, the chief executive of Larkspur AI, denied reports that she is leaving for OpenAI.")]
    [InlineData("Larkspur AI's chief scientist, Hazel Quinn, is said to be in talks with Meta.")]
    [InlineData("Rumours that Hazel Quinn might leave Larkspur AI for Google have circulated for weeks.")]
    [InlineData("Larkspur AI has promoted Hazel Quinn, its head of research, to chief technology officer.")]
    [InlineData("Larkspur AI has hired Hazel Quinn as head of sales.")]
    [InlineData("\"Hazel leaves behind a great team,\" said Larkspur AI chief executive Tom Birch.")]
    [InlineData("Hazel Quinn joined Larkspur AI in 2021 as its fifth employee.")]
    public void Rumours_denials_promotions_hires_and_quotes_are_not_departures(string text)
    {
        var result = ExtractionFixture.Run("en", text);

        Assert.Empty(result.Departures);
    }

    [Fact]
    public void Evidence_is_the_exact_sentence_with_its_offsets()
    {
        var result = ExtractionFixture.Run("en", "Larkspur AI raised money. Tobias Wren has left Larkspur AI to join Microsoft. Nothing else changed.");

        var d = Assert.Single(result.Departures);
        Assert.Equal("Tobias Wren has left Larkspur AI to join Microsoft.", d.Evidence);
        var span = Assert.Single(d.EvidenceSpans);
        Assert.Equal(d.Evidence, result.Article.Text.Substring(span.Start, span.Length));
    }

    [Fact]
    public void Unsupported_language_returns_nothing()
    {
        var result = ExtractionFixture.Run("de", "Tobias Wren hat Larkspur AI verlassen und geht zu Microsoft.");

        Assert.False(result.LanguageSupported);
        Assert.Empty(result.Departures);
        Assert.Empty(result.Claims);
    }

    [Fact]
    public void Extractor_is_safe_to_share_between_threads()
    {
        var extractor = new DepartureExtractor();
        var article = ArticleReader.Parse("a.md", "---\nlanguage: en\npublished: 2026-01-10\n---\nTobias Wren has left Larkspur AI to join Microsoft.");
        var expected = extractor.Extract(article).Departures.Single();

        var results = Enumerable.Range(0, 64).AsParallel().Select(_ => extractor.Extract(article).Departures.Single()).ToList();

        Assert.All(results, d => Assert.Equal(expected with { EvidenceSpans = d.EvidenceSpans, Signals = d.Signals }, d));
        Assert.All(results, d => Assert.Equal(expected.Signals, d.Signals));
    }
}
