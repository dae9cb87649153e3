using System.Text.Json;

namespace TalentWatch.Extraction.Tests.Output;

public class ExtractionJsonTests
{
    [Fact]
    public void Writes_the_corpus_format_with_nulls_and_unescaped_text()
    {
        var article = ArticleReader.Parse("dev/x.md", "---\ntitle: \"Zoë vertrekt\"\nlanguage: nl\npublished: 2026-03-12\n---\nZoë Dekker vertrekt bij Wilg AI.");
        var json = ExtractionJson.Serialize([new DepartureExtractor().Extract(article)]);

        Assert.Contains("\"Zoë Dekker\"", json, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json);
        var a = doc.RootElement.GetProperty("articles")[0];
        Assert.Equal("dev/x.md", a.GetProperty("file").GetString());
        Assert.Equal("Zoë vertrekt", a.GetProperty("title").GetString());
        Assert.Equal("nl", a.GetProperty("language").GetString());
        Assert.Equal("2026-03-12", a.GetProperty("published").GetString());
        var d = a.GetProperty("departures")[0];
        Assert.Equal("Wilg AI", d.GetProperty("from").GetString());
        Assert.Equal(JsonValueKind.Null, d.GetProperty("to").ValueKind);
        Assert.Equal(JsonValueKind.Null, d.GetProperty("founder").ValueKind);
        Assert.Equal("Zoë Dekker vertrekt bij Wilg AI.", d.GetProperty("evidence").GetString());
        Assert.Equal(0, a.GetProperty("claims").GetArrayLength());
    }

    [Fact]
    public void Claim_values_are_numbers()
    {
        var article = ArticleReader.Parse("c.md", "---\nlanguage: en\n---\nTwo of Brisk AI's six founders have left.");
        using var doc = JsonDocument.Parse(ExtractionJson.Serialize([new DepartureExtractor().Extract(article)]));

        var claim = doc.RootElement.GetProperty("articles")[0].GetProperty("claims")[0];
        Assert.Equal(0.3333m, claim.GetProperty("value").GetDecimal());
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("articles")[0].GetProperty("published").ValueKind);
    }
}
