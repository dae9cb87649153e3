namespace TalentWatch.Extraction.Sentences;

/// <summary>Splits an article into sentences: at line breaks and at sentence-final punctuation followed by a capital.</summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "inc", "ltd", "co", "corp", "jr", "sr", "vs", "e.g", "i.e", "etc",
        "mt", "no", "nr", "bijv", "o.a", "ca", "dhr", "mevr", "drs", "ir", "mw", "jan", "feb", "aug", "sept", "oct", "okt", "nov", "dec",
    };

    public static IReadOnlyList<Sentence> Split(string text)
    {
        var masked = QuoteMasker.Mask(text);
        var sentences = new List<Sentence>();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            SplitLine(text, masked, lineStart, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }

        return sentences;
    }

    private static void SplitLine(string text, string masked, int start, int end, List<Sentence> sentences)
    {
        var s = start;
        for (var i = start; i < end; i++)
        {
            if (text[i] is not ('.' or '!' or '?'))
            {
                continue;
            }

            var j = i + 1;
            while (j < end && text[j] is '"' or '\'' or '\u2019' or '\u201D' or ')' or '*')
            {
                j++;
            }

            // Pages copied with their footnote markers: "... her last day.”[3] The lab ..." ends the sentence after the markers.
            j = AfterFootnoteMarkers(text, j, end);

            if (j < end && !char.IsWhiteSpace(text[j]))
            {
                continue;
            }

            var k = j;
            while (k < end && char.IsWhiteSpace(text[k]))
            {
                k++;
            }

            if (k < end && !(char.IsUpper(text[k]) || char.IsDigit(text[k]) || text[k] is '"' or '\'' or '\u2018' or '\u201C' or '*' or '(' or '\u2022'))
            {
                continue;
            }

            if (text[i] == '.' && IsAbbreviation(text, s, i))
            {
                continue;
            }

            Add(text, masked, s, j, sentences);
            s = k;
            i = k - 1;
        }

        Add(text, masked, s, end, sentences);
    }

    private static int AfterFootnoteMarkers(string text, int at, int end)
    {
        while (at < end && text[at] == '[')
        {
            var close = at + 1;
            while (close < end && close - at <= 3 && char.IsAsciiDigit(text[close]))
            {
                close++;
            }

            if (close == at + 1 || close >= end || text[close] != ']')
            {
                break;
            }

            at = close + 1;
        }

        return at;
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var w = dot;
        while (w > sentenceStart && !char.IsWhiteSpace(text[w - 1]) && text[w - 1] != '(')
        {
            w--;
        }

        var word = text[w..dot];
        // Initials ("J. Smith") and known abbreviations do not end a sentence; the social network does ("said so on X. Wojcicki
        // was ...", "meldt hij op X. Hij ...").
        return (word.Length == 1 && char.IsUpper(word[0]) && !(word == "X" && NetworkPrepositionBefore(text, sentenceStart, w)))
            || Abbreviations.Contains(word)
            // "D.J. Lee", "J.T. Wang": joined initials; a country or city written so ends a sentence ("... in the U.S. The").
            || IsJoinedInitials(word) && !PlaceInitials.Contains(word);
    }

    private static readonly HashSet<string> PlaceInitials = new(StringComparer.Ordinal) { "U.S", "U.K", "E.U", "U.N", "D.C", "N.Y", "L.A", "U.A.E", "U.S.A" };

    private static bool IsJoinedInitials(string word)
    {
        if (word.Length < 3 || word.Length % 2 == 0)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            if (i % 2 == 0 ? !char.IsUpper(word[i]) : word[i] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static bool NetworkPrepositionBefore(string text, int sentenceStart, int wordStart)
    {
        var end = wordStart;
        while (end > sentenceStart && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > sentenceStart && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text.AsSpan(start, end - start) is "on" or "op" or "via" or "to" or "naar";
    }

    private static void Add(string text, string masked, int from, int to, List<Sentence> sentences)
    {
        while (from < to && (char.IsWhiteSpace(text[from]) || text[from] is '\u2022' or '-' && from + 1 < to && text[from + 1] == ' '))
        {
            from++;
        }

        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }

        if (to <= from)
        {
            return;
        }

        var sentence = text[from..to];
        var heading = sentence.StartsWith("**", StringComparison.Ordinal) && sentence.EndsWith("**", StringComparison.Ordinal)
            || sentence.StartsWith('#');
        sentences.Add(new Sentence(sentences.Count, from, sentence, masked[from..to], heading));
    }
}
