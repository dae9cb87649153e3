using TalentWatch.Extraction;

namespace TalentWatch.Web.Features.Articles;

/// <summary>A run of article text at <see cref="Start"/> (its offset in the article), inside one evidence link or none.</summary>
public sealed record TextPiece(int Start, string Text, Evidence? Evidence);

/// <summary>One sentence of the article (or the text between two, when <see cref="Sentence"/> is null) and its pieces.</summary>
public sealed record SentenceBlock(TextSpan? Sentence, bool Possible, IReadOnlyList<TextPiece> Pieces)
{
    public string Text => string.Concat(Pieces.Select(p => p.Text));
}

/// <summary>
/// Cuts an article into sentence blocks for the editors' view: each sentence gets its own marker, possible departures are
/// flagged, and evidence highlights are cut at sentence ends so that every piece knows its offset (the browser maps a text
/// selection back to article offsets through them).
/// </summary>
public static class SentenceLayout
{
    public static IReadOnlyList<SentenceBlock> Blocks(string text, IReadOnlyList<TextSpan> sentences, IReadOnlyList<Evidence> evidence, IReadOnlyList<TextSpan> possible)
    {
        ArgumentNullException.ThrowIfNull(text);
        var segments = new List<TextPiece>();
        var offset = 0;
        foreach (var segment in ArticleHighlighter.Segments(text, evidence))
        {
            segments.Add(new TextPiece(offset, segment.Text, segment.Evidence));
            offset += segment.Text.Length;
        }

        var blocks = new List<SentenceBlock>();
        var position = 0;
        foreach (var sentence in sentences.Where(s => s.Length > 0 && s.Start >= 0 && s.Start + s.Length <= text.Length).OrderBy(s => s.Start))
        {
            if (sentence.Start < position)
            {
                continue;
            }

            if (sentence.Start > position)
            {
                blocks.Add(new SentenceBlock(null, false, Cut(segments, position, sentence.Start)));
            }

            var end = sentence.Start + sentence.Length;
            var isPossible = possible.Any(p => p.Start < end && sentence.Start < p.Start + p.Length);
            blocks.Add(new SentenceBlock(sentence, isPossible, Cut(segments, sentence.Start, end)));
            position = end;
        }

        if (position < text.Length)
        {
            blocks.Add(new SentenceBlock(null, false, Cut(segments, position, text.Length)));
        }

        return blocks;
    }

    private static List<TextPiece> Cut(List<TextPiece> segments, int from, int to)
    {
        var pieces = new List<TextPiece>();
        foreach (var segment in segments)
        {
            var start = Math.Max(from, segment.Start);
            var end = Math.Min(to, segment.Start + segment.Text.Length);
            if (end > start)
            {
                pieces.Add(new TextPiece(start, segment.Text.Substring(start - segment.Start, end - start), segment.Evidence));
            }
        }

        return pieces;
    }
}
