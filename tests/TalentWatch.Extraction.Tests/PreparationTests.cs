using TalentWatch.Extraction;

namespace TalentWatch.Extraction.Tests;

/// <summary>The command line's start-up (decision P24): the extractor prepared while the language models load.</summary>
public class PreparationTests
{
    [Fact]
    public async Task Preparing_the_extractor_and_the_language_models_at_once_changes_no_result()
    {
        var english = ArticleReader.Parse("en.md", "---\npublished: 2026-01-10\n---\nTobias Wren has left Larkspur AI to join Microsoft as head of research, the company said on Tuesday.");
        var dutch = ArticleReader.Parse("nl.md", "---\npublished: 2026-01-10\n---\nMarloes de Wit vertrekt bij Larkspur AI en gaat aan de slag bij Coolblue, meldt het bedrijf dinsdag.");
        var fresh = new DepartureExtractor();
        var before = new[] { fresh.Extract(english), fresh.Extract(dutch) };

        var models = ArticleReader.LoadLanguageModelsAsync();
        var prepared = new DepartureExtractor();
        prepared.Prepare();
        await models;
        var after = new[] { prepared.Extract(english), prepared.Extract(dutch) };

        Assert.Equal(("en", "nl"), (english.Language, dutch.Language));
        Assert.Equal(ExtractionJson.Serialize(before), ExtractionJson.Serialize(after));
        Assert.Contains(after[0].Departures, d => d.Person == "Tobias Wren" && d.To == "Microsoft");
        Assert.Contains(after[1].Departures, d => d.Person == "Marloes de Wit" && d.To == "Coolblue");
    }
}
