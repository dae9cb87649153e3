using TalentWatch.Extraction.Departures;
using TalentWatch.Extraction.Knowledge;
using Xunit.Abstractions;

namespace TalentWatch.Extraction.Tests;

public class ZzDebugDump(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var path = Environment.GetEnvironmentVariable("DUMP_FILE");
        if (path is null) return;
        var article = ArticleReader.Parse(Path.GetFileName(path), File.ReadAllText(path));
        var a = new ArticleAnalysis(article, ExtractionKnowledge.Shipped);
        output.WriteLine("focus: " + a.Registry.Focus);
        for (var i = 0; i < a.Sentences.Count; i++)
        {
            output.WriteLine($"[{i}]{(a.Sentences[i].IsHeading ? "H" : "")} {a.Sentences[i].Text}");
            foreach (var m in a.Mentions[i])
                output.WriteLine($"    '{m.Text}' org={a.Registry.ResolveOrganisation(m)} kind={a.Registry.Classify(a.Sentences[i].Text, m)} focus={a.FocusAt(i)}");
        }
    }
}
