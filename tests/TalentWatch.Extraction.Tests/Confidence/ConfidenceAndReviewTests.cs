using TalentWatch.Extraction.Confidence;
using TalentWatch.Extraction.Tests.Departures;

namespace TalentWatch.Extraction.Tests.Confidence;

/// <summary>Confidence, possible departures and the reading of an editor's selection (issue 11). Sentences written for the test.</summary>
public class ConfidenceAndReviewTests
{
    [Fact]
    public void Every_departure_has_a_confidence_between_zero_and_one_with_the_signals_behind_it()
    {
        var d = ExtractionFixture.Single("en", "Marit Solberg has left Kestrel Labs to join Anthropic in January.");

        Assert.InRange(d.Confidence, 0.01, 0.99);
        Assert.Contains("from:clause", d.Signals);
        Assert.Contains("destination:stated", d.Signals);
        Assert.Contains("date:stated", d.Signals);
    }

    [Fact]
    public void A_company_left_filled_in_from_the_articles_subject_is_less_certain_than_one_the_sentence_names()
    {
        var stated = ExtractionFixture.Single("en", "Kestrel Labs is growing fast. Marit Solberg, its head of research, has left Kestrel Labs.");
        var inferred = ExtractionFixture.Single("en", "Kestrel Labs is growing fast. Marit Solberg, its head of research, has left.");

        Assert.DoesNotContain("from:clause", inferred.Signals);
        Assert.True(stated.Confidence > inferred.Confidence, $"{stated.Confidence} vs {inferred.Confidence}");
    }

    [Fact]
    public void An_unnamed_departure_is_less_certain_than_a_named_one()
    {
        var result = ExtractionFixture.Run("en", "Marit Solberg has left Kestrel Labs for Meta. A co-founder of Kestrel Labs has also left for Meta.");

        var unnamed = Assert.Single(result.Departures, d => d.Person is null);
        var named = Assert.Single(result.Departures, d => d.Person is not null);
        Assert.True(named.Confidence > unnamed.Confidence);
    }

    [Fact]
    public void The_model_reads_its_weights_from_data_and_names_the_line_of_a_bad_one()
    {
        var model = ConfidenceModel.Parse("# comment\nbias\t0\nfrom:focus\t-2\n");
        Assert.Equal(0.5, model.Score([]));
        Assert.Equal(0.119, model.Score(["from:focus"]));
        Assert.Equal(0.5, model.Score(["unknown:signal"]));

        var bad = Assert.Throws<FormatException>(() => ConfidenceModel.Parse("bias\t0\nfrom:focus\tlots\n"));
        Assert.Contains("confidence.tsv:2", bad.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => ConfidenceModel.Parse("from:focus\t1\n"));
        Assert.Throws<FormatException>(() => ConfidenceModel.Parse("bias\t0\nbias\t1\n"));
    }

    [Fact]
    public void Extract_json_writes_the_confidence()
    {
        var json = ExtractionJson.Serialize([ExtractionFixture.Run("en", "Marit Solberg has left Kestrel Labs.")]);
        Assert.Contains("\"confidence\": 0.", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Kestrel Labs had a quiet year. Marit Solberg is reportedly in talks about leaving Kestrel Labs for Meta.", "leaving")]
    [InlineData("nl", "Kestrel Labs groeit snel. Volgens geruchten vertrekt Marit Solberg bij Kestrel Labs.", "vertrekt")]
    public void A_sentence_with_a_departure_cue_and_a_name_that_gave_no_departure_is_a_possible_one(string language, string text, string cue)
    {
        var result = ExtractionFixture.Run(language, text);

        Assert.Empty(result.Departures);
        var possible = Assert.Single(result.PossibleDepartures);
        Assert.Contains(cue, possible.Cue, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(possible.Sentence, result.Article.Text.Substring(possible.Span.Start, possible.Span.Length));
        Assert.Contains("Marit Solberg", possible.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Sentences_that_gave_a_departure_or_name_nobody_are_not_possible_departures()
    {
        var result = ExtractionFixture.Run("en", "Marit Solberg has left Kestrel Labs. Many people leave jobs in winter.");

        Assert.Single(result.Departures);
        Assert.Empty(result.PossibleDepartures);
    }

    [Fact]
    public void Reading_a_selection_names_the_people_companies_date_and_role_of_its_sentences()
    {
        var article = ArticleReader.Parse("a.md", "---\nlanguage: en\npublished: 2026-03-12\n---\n"
            + "Kestrel Labs had a quiet year. Its chief scientist Marit Solberg is said to be joining Meta in February. Revenue grew.");
        var at = article.Text.IndexOf("joining", StringComparison.Ordinal);

        var reading = new DepartureExtractor().ReadEvidence(article, new TextSpan(at, 3));

        Assert.Equal(["Marit Solberg"], reading.People);
        Assert.Contains("Meta", reading.Organisations);
        Assert.Equal("2026-02", reading.Date);
        Assert.Equal("chief scientist", reading.Role);
        var span = Assert.Single(reading.Sentences);
        Assert.StartsWith("Its chief scientist", article.Text.Substring(span.Start, span.Length), StringComparison.Ordinal);
        Assert.Null(reading.Suggested);
    }

    [Fact]
    public void Reading_a_selection_the_rules_understood_suggests_their_departure()
    {
        var article = ArticleReader.Parse("a.md", "---\nlanguage: en\npublished: 2026-03-12\n---\nMarit Solberg has left Kestrel Labs for Meta. Revenue grew.");

        var reading = new DepartureExtractor().ReadEvidence(article, new TextSpan(0, article.Text.Length));

        Assert.Equal("Kestrel Labs", reading.Suggested?.From);
        Assert.Equal(2, reading.Sentences.Count);
    }
}
