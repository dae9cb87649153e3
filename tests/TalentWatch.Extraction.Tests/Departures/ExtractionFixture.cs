namespace TalentWatch.Extraction.Tests.Departures;

internal static class ExtractionFixture
{
    private static readonly DepartureExtractor Extractor = new();

    public static ExtractionResult Run(string language, string text, string? published = "2026-03-12")
    {
        var front = published is null ? $"---\nlanguage: {language}\n---\n" : $"---\nlanguage: {language}\npublished: {published}\n---\n";
        var article = ArticleReader.Parse("fixture.md", front + text);
        return Extractor.Extract(article);
    }

    /// <summary>An article under a headline (the front matter's title), published on 2026-03-12.</summary>
    public static ExtractionResult WithTitle(string language, string title, string text) =>
        Extractor.Extract(ArticleReader.Parse("fixture.md", $"---\ntitle: \"{title}\"\nlanguage: {language}\npublished: 2026-03-12\n---\n{text}\n"));

    public static ExtractedDeparture Single(string language, string text, string? published = "2026-03-12")
    {
        var result = Run(language, text, published);
        return Assert.Single(result.Departures);
    }
}
