using System.Text.RegularExpressions;

namespace TalentWatch.Extraction.Sentences;

/// <summary>Blanks out quoted speech. Quotes may span sentences, so this runs over the whole text.</summary>
internal static partial class QuoteMasker
{
    [GeneratedRegex(@"(?-i:\bI\b|\bI['’](?:ve|m|ll|d)\b)[^.!?]{0,60}?\b(?:leav(?:e|ing)|left|depart(?:ing|ed)?|resign(?:ed|ing)?|step(?:ping)? down|quit(?:ting)?|joined|joining)\b|\bmy (?:last|final) day\b|\b(?:ik|mijn)\b[^.!?]{0,60}?\b(?:verlaten|verlaat|vertrek|vertrekken|stop|stoppen|afscheid|laatste (?:werk)?dag|overstap)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FirstPersonMove();

    [GeneratedRegex(@"^[,.]?\s*(?:aldus|zegt|zei|said|says|told \p{L}+)\s+(?:een|a|the|de|an)\s+(?:[\p{L}\-]+\s+){0,3}?(?:woordvoerder|woordvoerster|spokesperson|spokesman|spokeswoman|representative)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpokespersonAfter();

    [GeneratedRegex(@"\b(?:woordvoerder|woordvoerster|spokesperson|spokesman|spokeswoman)\b[^.""“”]{0,40}?\b(?:said|says|told \p{L}+|zegt|zei|laat weten|liet weten)\s*[:,]?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpokespersonBefore();

    // "X announced he is \"leaving the company today.\"": a quoted fragment that finishes the article's own reported clause.
    [GeneratedRegex(@"\b(?:said|says|announced|announces|wrote|writes|confirmed|confirms|told\s+\p{L}+)\s+(?:that\s+)?(?:he|she|they)(?:['’]s|['’]ll|['’]re|\s+(?:is|was|will be|has been|had been|were|are))\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReportedClauseBefore();

    [GeneratedRegex(@"^\p{Ll}[\p{L}\-]*(?: \p{Ll}[\p{L}\-]*){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex ScareQuoted();

    // "\"I'm sad to announce that A and B have chosen to leave the company\"": a leader announcing others' departures states
    // facts, as a spokesperson does.
    [GeneratedRegex(@"\b(?:announce|announcing|confirm|confirming|share|sharing)\s+(?:that\s+|the\s+news\s+that\s+)[^.!?]{1,120}?\b(?:ha(?:s|ve)\s+(?:chosen|decided)\s+to\s+leave|(?:is|are)\s+leaving|will\s+be\s+leaving|ha(?:s|ve)\s+(?:left|resigned)|(?:is|are)\s+stepping\s+down)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AnnouncedDeparture();

    public static string Mask(string text)
    {
        var chars = text.ToCharArray();
        var i = 0;
        while (i < chars.Length)
        {
            var c = chars[i];
            var close = c switch
            {
                '"' => '"',
                '\u201C' => '\u201D',
                '\u201E' => '\u201D',
                '\u2018' when IsOpening(text, i) => '\u2019',
                '\'' when IsOpening(text, i) => '\'',
                _ => '\0',
            };
            if (close == '\0')
            {
                i++;
                continue;
            }

            var end = FindClose(text, i + 1, close);
            if (end < 0)
            {
                i++;
                continue;
            }

            // "\"I have decided to leave OpenAI,\" X wrote": a person announcing their own move in the first person is reporting
            // it, so that quote stays readable (the speaker is found by the departure reader).
            // "\"Na een intern onderzoek is X ontslagen\", aldus een woordvoerder": a company's spokesperson states facts, which are
            // read as the article's own; so is a quoted fragment that ends a reported clause ("announced he is \"leaving ...\"").
            var before = text.AsSpan(Math.Max(0, i - 80), Math.Min(80, i));
            // "CFO X \"retired\" abruptly", "heeft X ‘weggekocht’ bij Y", "had \"chosen to leave\"": up to three words in scare
            // quotes are the writer's own, doubting or borrowing them, not anyone's speech: the marks go, the words stay.
            if (ScareQuoted().IsMatch(text.AsSpan(i + 1, end - i - 1)))
            {
                chars[i] = ' ';
                chars[end] = ' ';
                i = end + 1;
                continue;
            }

            if (FirstPersonMove().IsMatch(text[(i + 1)..end]) || AnnouncedDeparture().IsMatch(text[(i + 1)..end]) || SpokespersonAfter().IsMatch(text.AsSpan(end + 1))
                || SpokespersonBefore().IsMatch(before) || ReportedClauseBefore().IsMatch(before))
            {
                i = end + 1;
                continue;
            }

            for (var k = i + 1; k < end; k++)
            {
                if (chars[k] != '\n')
                {
                    chars[k] = ' ';
                }
            }

            i = end + 1;
        }

        return new string(chars);
    }

    // An apostrophe inside a word (zo'n, Murati's) is not a quote; an opening quote follows a space or line start.
    private static bool IsOpening(string text, int i) =>
        (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or ':')
        && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);

    private static int FindClose(string text, int from, char close)
    {
        var paragraphBreaks = 0;
        for (var k = from; k < text.Length; k++)
        {
            if (text[k] == '\n')
            {
                paragraphBreaks++;
                if (paragraphBreaks > 1)
                {
                    return -1;
                }
            }

            if (text[k] != close)
            {
                continue;
            }

            if (close is '\'' or '\u2019')
            {
                // A closing single quote is followed by a non-letter; otherwise it is an apostrophe.
                var next = k + 1 < text.Length ? text[k + 1] : ' ';
                if (char.IsLetter(next) || (k > 0 && !char.IsLetterOrDigit(text[k - 1]) && text[k - 1] is not ('.' or ',' or '!' or '?')))
                {
                    continue;
                }
            }

            return k;
        }

        return -1;
    }
}
