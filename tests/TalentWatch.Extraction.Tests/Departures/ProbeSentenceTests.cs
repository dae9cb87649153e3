namespace TalentWatch.Extraction.Tests.Departures;

/// <summary>Every line of <c>probe-sentences.tsv</c>: departures told the way news tells them, each with the reading a labeller
/// would give. A rule change that breaks one names the line.</summary>
public class ProbeSentenceTests
{
    public static TheoryData<int, string, string, string> Lines()
    {
        var data = new TheoryData<int, string, string, string>();
        var number = 0;
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Departures", "probe-sentences.tsv")))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cols = line.Split('\t');
            data.Add(number, cols[0], cols[1].Replace("\\n", "\n", StringComparison.Ordinal), cols[2]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void Reads_the_sentence_as_a_labeller_would(int line, string language, string text, string expected)
    {
        var departures = ExtractionFixture.Run(language, text).Departures;
        var got = string.Join("; ", departures.Select(d => $"{d.Person ?? "none"} | {d.From} -> {d.To ?? "none"}"));

        if (expected == "none")
        {
            Assert.True(departures.Count == 0, $"probe-sentences.tsv:{line}: expected no departure, got {got}");
        }
        else if (expected.StartsWith("not:", StringComparison.Ordinal))
        {
            Assert.True(departures.All(d => d.Person != expected[4..]), $"probe-sentences.tsv:{line}: {expected[4..]} is no leaver, got {got}");
        }
        else
        {
            var (person, rest) = (expected.Split(" | ")[0], expected.Split(" | ")[1]);
            var (from, to) = (rest.Split(" -> ")[0], rest.Split(" -> ")[1]);
            Assert.True(
                departures.Any(d => (d.Person ?? "none") == person && string.Equals(d.From, from, StringComparison.OrdinalIgnoreCase)
                    && string.Equals(d.To ?? "none", to, StringComparison.OrdinalIgnoreCase)),
                $"probe-sentences.tsv:{line}: expected {expected}, got {got}");
        }
    }
}
