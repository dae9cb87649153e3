using CsCheck;
using TalentWatch.Extraction.Tests.Departures;

namespace TalentWatch.Extraction.Tests.Generated;

/// <summary>
/// Generated-input tests for the extractor itself: articles made of news-like words in any order (names, companies, roles,
/// departure verbs, dashes, colons, possessives, lists), in English and Dutch, with and without a headline. The property is
/// that every one is read, with departures or without; no exception. Real pages do this to the rules: a dash after the first
/// word ("The — co-founders ...") once cut a clause in front of a name that spans it, and a company named inside a
/// description ("the Microsoft-backed start-up") once made a negative-length span.
/// </summary>
public class GeneratedSentenceTests
{
    private const int Inputs = 2_000;

    private static readonly DepartureExtractor Extractor = new();

    private static readonly string[] English =
    [
        "Dana Whitlock", "Bram Kok", "Ivo Maresh", "Weijia Bo", "Veritas AI", "Orrery Systems", "Cohere", "Microsoft", "Google DeepMind",
        "OpenAI's", "Veritas AI's", "the company", "the company's", "the Microsoft-backed start-up", "the start-up", "co-founder", "CEO",
        "chief technology officer", "vice president of research", "head of", "left", "has left", "is leaving", "joined", "to join",
        "hired", "the hires", "recruits", "poached", "three", "two of", "the sixth", "engineer to defect to", "stepped down", "resigned",
        "announced", "the departure of", "along with", "alongside two other engineers", "including", "and", ",", ", who", ", a", ".",
        ":", ";", "—", "–", "-", "(", ")", "\"", "'s", "in May", "last week", "in 2021", "before joining", "after previous roles at",
        "The", "A", "Before", "reportedly", "was false", "is the latest", "The others are", "The trio—", "firing", "for", "from", "at",
    ];

    private static readonly string[] Dutch =
    [
        "Joost Verhaar", "Sanne de Groot", "De Nederlander", "Rutger Hamelinck", "Coolblue", "Orrery Systems", "Veritas AI", "het bedrijf",
        "de Zwitserse bank", "uitgever", "haar huidige werkgever", "topman", "Chef boekhouding", "medeoprichter", "vertrekt", "verlaat",
        "stapt over naar", "stapt op", "treedt terug als", "stopt", "bij", "van", "naar", "heeft", "vervangen", "ontslagen", "die",
        "Voor haar komst naar", "werkte", "samen met", "twee medewerkers", "en", ",", ".", ":", "—", "(", ")", "in januari",
        "per 1 september", "vorig jaar", "Daarvoor was hij", "kwam aan het hoofd van", "zou", "gaat", "aan de slag",
    ];

    private static Gen<string> Text(string[] words) =>
        Gen.Int[0, words.Length - 1].Array[1, 40].Select(ix => string.Join(' ', ix.Select(i => words[i])))
            .Array[1, 5].Select(sentences => string.Join(' ', sentences.Select(s => s + ".")));

    private static readonly Gen<(string Language, string Title, string Text)> Articles = Gen.OneOf(
        Gen.Select(Text(English), Text(English), (title, text) => ("en", title, text)),
        Gen.Select(Text(Dutch), Text(Dutch), (title, text) => ("nl", title, text)));

    [Fact]
    public void Any_sentence_of_news_words_is_read_without_an_exception() =>
        Articles.Sample(a =>
        {
            var title = a.Title.Replace("\"", string.Empty, StringComparison.Ordinal);
            var article = ArticleReader.Parse("generated.md", $"---\ntitle: \"{title[..Math.Min(title.Length, 150)]}\"\nlanguage: {a.Language}\npublished: 2026-03-12\n---\n{a.Text}");
            var result = Extractor.Extract(article);
            Assert.All(result.Departures, d => Assert.False(string.IsNullOrWhiteSpace(d.From)));
        }, iter: Inputs);

    [Theory]
    [InlineData("en", "The — co-founders of Veritas AI said they will step down. A — Cohere researcher has resigned.")]
    [InlineData("en", "Veritas AI co-founder Bram Kok said Tuesday that he is leaving the Microsoft-backed start-up.")]
    public void Sentences_that_once_failed_are_read(string language, string text)
    {
        var result = ExtractionFixture.Run(language, text);

        Assert.All(result.Departures, d => Assert.NotEqual("Microsoft", d.From));
    }
}
