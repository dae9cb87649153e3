using System.Text.RegularExpressions;
using TalentWatch.Extraction;

namespace TalentWatch.Extraction.Tests;

public class ExtractionPatternsTests
{
    [Fact]
    public void Once_the_extractor_has_built_its_patterns_a_later_preference_changes_nothing()
    {
        var article = ArticleReader.Parse("a.md", "---\nlanguage: en\npublished: 2026-01-10\n---\nTobias Wren has left Larkspur AI to join Microsoft.");
        var first = new DepartureExtractor().Extract(article);
        var built = ExtractionPatterns.Compilation;

        var tookEffect = ExtractionPatterns.PreferInterpreted();

        Assert.Equal(built, ExtractionPatterns.Compilation);
        Assert.Equal(built == RegexOptions.None, tookEffect);
        var again = new DepartureExtractor().Extract(article);
        Assert.Equal(first.Departures.Select(d => (d.Person, d.From, d.To)), again.Departures.Select(d => (d.Person, d.From, d.To)));
        Assert.Contains(first.Departures, d => d.Person == "Tobias Wren" && d.To == "Microsoft");
    }
}
