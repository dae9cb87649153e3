// TEMPORARY: the extractor API the lead is adding to main (PossibleDeparture, EvidenceReading, ReadEvidence). Deleted when main
// lands it; until then a naive stand-in so the web can be built against the same names.
using TalentWatch.Extraction.Knowledge;

namespace TalentWatch.Extraction;

public sealed record PossibleDeparture(TextSpan Span, string Sentence, string Cue);

public sealed record EvidenceReading(IReadOnlyList<TextSpan> Sentences, string Evidence, IReadOnlyList<string> People,
    IReadOnlyList<string> Organisations, string? Date, string? Role, bool? Founder, ExtractedDeparture? Suggested);

public static class ExtractorContractStub
{
    private static readonly string[] Cues = ["left", "leave", "joined", "joins", "hired", "departed", "returned", "vertrok", "vertrekt", "stapt over"];

    public static IReadOnlyList<PossibleDeparture> PossibleDepartures(this ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var found = new List<PossibleDeparture>();
        foreach (var s in Split(result.Article.Text))
        {
            var sentence = result.Article.Text.Substring(s.Start, s.Length);
            var cue = Cues.FirstOrDefault(c => sentence.Contains(c, StringComparison.OrdinalIgnoreCase));
            if (cue is not null && !result.Departures.Any(d => d.EvidenceSpans.Any(e => e.Start < s.Start + s.Length && s.Start < e.Start + e.Length)))
            {
                found.Add(new PossibleDeparture(s, sentence, cue));
            }
        }

        return found;
    }

    public static EvidenceReading ReadEvidence(this DepartureExtractor extractor, ArticleDocument article, TextSpan selection, ExtractionKnowledge? with = null)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(article);
        var sentences = Split(article.Text).Where(s => s.Start < selection.Start + Math.Max(1, selection.Length) && selection.Start < s.Start + s.Length).ToList();
        var evidence = string.Join(" ", sentences.Select(s => article.Text.Substring(s.Start, s.Length)));
        var result = extractor.Extract(article with { Text = article.Text }, with ?? extractor.Knowledge);
        var suggested = result.Departures.FirstOrDefault(d => d.EvidenceSpans.Any(e => sentences.Any(s => e.Start < s.Start + s.Length && s.Start < e.Start + e.Length)));
        return new EvidenceReading(sentences, evidence, suggested?.Person is { } p ? [p] : [], suggested is null ? [] : [suggested.From],
            suggested?.Date, suggested?.Role, suggested?.Founder, suggested);
    }

    private static List<TextSpan> Split(string text)
    {
        var spans = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var end = i == text.Length || text[i] == '\n' || (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));
            if (!end)
            {
                continue;
            }

            var stop = i < text.Length && text[i] != '\n' ? i + 1 : i;
            while (start < stop && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            if (stop > start)
            {
                spans.Add(new TextSpan(start, stop - start));
            }

            start = stop;
        }

        return spans;
    }
}

