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

    public static ExtractedDeparture Single(string language, string text, string? published = "2026-03-12")
    {
        var result = Run(language, text, published);
        return Assert.Single(result.Departures);
    }
}
