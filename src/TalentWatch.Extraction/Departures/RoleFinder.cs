using System.Text.RegularExpressions;

namespace TalentWatch.Extraction.Departures;

/// <summary>Finds the role a person held ("head of interpretability", "technisch directeur") and whether they (co-)founded the company.</summary>
internal static partial class RoleFinder
{
    private const string RolePattern =
        @"chief [a-z]+ officer|chief executive|chief scientist|chief architect|chief of staff|"
        + @"(?:head|director) of [a-z\-]+(?: (?!at\b|for\b|of\b|and\b|who\b|bij\b)[a-z\-]+){0,3}|(?:(?:senior|executive|corporate) )?vice[- ]president(?: of [a-z\-]+(?: (?!at\b|for\b|and\b|who\b)[a-z\-]+){0,2})?|"
        + @"hoofd (?!van\b)[a-z\-]+(?: (?!bij\b|van\b|en\b|was\b|is\b|werd\b|die\b|dat\b)[a-z\-]+)?|(?:technisch|commercieel|financieel|operationeel|algemeen|wetenschappelijk) directeur|"
        + @"general counsel|CEO|CTO|COO|CFO|CRO|CMO|(?:senior |principal |staff |lead )?(?:machine learning-|machine-learning-)?[a-z\-]*engineers?|onderzoekers?|onderzoekster|ingenieurs?|(?:senior |principal |staff |lead )?researchers?|(?<!['’])(?!(?:to|will|would|and|can|could|also|the|a|who|he|she)\b)[a-z]+ lead|"
        + @"(?:staff |senior |principal )?(?:research |data )?scientist|topman|topvrouw|(?:product |engineering )?manager|directeur|president|(?:senior |distinguished |research )?fellow";

    [GeneratedRegex(@"\b(?:" + RolePattern + @")\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Role();

    [GeneratedRegex(@"\b(?:co-?founders?|co-?founded|founders?|founded|founding members?|medeoprichters?|medeoprichtster|oprichters?|oprichtster|oprichtte|oprichtten|mede oprichtte|richtte\b[^.,;]{0,40}\bop|started the company|set up the company|opgericht door)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FounderCue();

    [GeneratedRegex(@"\p{Lu}[\p{L}\p{M}]*-(\p{Ll}[\p{L}\-]*)\s+$")]
    private static partial Regex GluedRole();

    [GeneratedRegex(@"^(?:\s*,)?\s*$|^\s+(?:and|en)\s+(?:co-founder|medeoprichter)\s*$")]
    private static partial Regex RightBeforeName();

    [GeneratedRegex(@"^,\s+([^,;]{2,80}?)(?:,|;|$|\s(?:who|die|that|dat)\b)")]
    private static partial Regex Apposition();

    [GeneratedRegex(@"\b(?:as|als|was|were|is|are|waren|has been|had been|werkte|werkten|destijds|where (?:he|she) was|waar (?:hij|zij))\b(?<gap>[^.;]{0,50}?)\b(?<role>" + RolePattern + @")\b")]
    private static partial Regex DescribedRole();

    [GeneratedRegex(@"\b(?:said|zegt|zei)\b")]
    private static partial Regex Speech();

    [GeneratedRegex(@"\b(?:both|beiden|allebei)\b")]
    private static partial Regex Both();

    [GeneratedRegex(@"\b(?:with|met|samen met|together with|alongside)\s+(?:[\p{L}\-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex FoundedWith();

    // "who ran on-device inference at X", "led its inference team": running a function is heading it.
    [GeneratedRegex(@"^,?\s+(?:who\s+|die\s+)?(?:ran|led|headed|leidde)\s+(?:its\s+|the\s+|their\s+|zijn\s+|haar\s+|het\s+|de\s+)?(?<what>[a-z\-]+(?: [a-z\-]+){0,2}?)(?:\s+(?:team|group|unit|division|afdeling|lab))?(?=\s+(?:at|for|bij)\b|\s*[.,;]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex RanFunction();

    /// <summary>"The chief product officer of X, ... will return": a sentence whose subject is a role at a company.</summary>
    [GeneratedRegex(@"^\s*(?:the|de|het)\s+(?<role>" + RolePattern + @")\s+(?:of|at|van|bij)\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RoleSubject();

    public static string? RoleOfSubjectDescription(string sentence) =>
        RoleSubject().Match(sentence) is { Success: true } m ? m.Groups["role"].Value : null;

    public static bool HasRole(string text) => Role().IsMatch(text) || FounderCue().IsMatch(text);

    // "the COO", "its CFO", "the company's CTO", "VMware's COO".
    [GeneratedRegex(@"^\s*(?:(?:the|de|het|its|their|zijn|haar|hun)\s+|(?:the\s+(?:company|firm|start-?up)|(?-i:\p{Lu}[\p{L}\-]*))['’]s\s+)?(?<role>" + RolePattern + @")\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WholeRole();

    [GeneratedRegex(@"\s*,\s*(?:and\s+|en\s+)?|\s+(?:and|en)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"\s+(?:of|at|van|bij)\s+[^,]+$|(?:\s+(?:have|has|had|were|are|hebben|zijn))?(?:\s+(?:also|all|both|ook|allemaal|alle drie|alle vier))?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ListTail();

    /// <summary>"Het hoofd accounting, hoofd personeelsbeleid en hoofd communicatie (van X)": a subject that is only a list of
    /// roles, one per person. Returns the roles, or an empty list.</summary>
    public static List<string> RoleList(string subject)
    {
        var parts = ListSeparator().Split(ListTail().Replace(subject.Trim(), string.Empty)).Where(p => p.Length > 0).Select(p => WholeRole().Match(p)).ToList();
        // "Over the past few months, the company's COO, CTO and CFO have all left": an opening phrase before the list.
        var list = parts.Skip(parts.FindLastIndex(p => !p.Success) + 1).ToList();
        return list.Count is >= 2 and <= 6 ? list.Select(p => p.Groups["role"].Value).ToList() : [];
    }

    /// <summary>Role phrases next to a name: just before it ("commercieel directeur Lotte Meijer"), in the apposition after it
    /// (", Kestrel's head of interpretability,") or as "as CTO of".</summary>
    public static string? RoleNear(string sentence, int nameStart, int nameEnd)
    {
        var before = sentence[..nameStart];

        // "Fietsbel AI-topman Kees Brouwer": the role glued to the company name.
        var glued = GluedRole().Match(before);
        if (glued.Success && Role().IsMatch(glued.Groups[1].Value))
        {
            return glued.Groups[1].Value;
        }

        var m = Role().Matches(before).LastOrDefault();
        if (m is not null && RightBeforeName().IsMatch(before[(m.Index + m.Length)..]))
        {
            return m.Value;
        }

        var after = sentence[nameEnd..];
        var apposition = Apposition().Match(after);
        if (apposition.Success && Role().Match(apposition.Groups[1].Value) is { Success: true } a)
        {
            return a.Value;
        }

        var ran = RanFunction().Match(after);
        if (ran.Success)
        {
            return "head of " + ran.Groups["what"].Value;
        }

        // "Visser was bij het Utrechtse bedrijf hoofd modelontwikkeling", "has been its chief scientist", "waar zij als engineer werkte".
        var asRole = DescribedRole().Match(after);
        return asRole.Success && asRole.Index < 100 && !Speech().IsMatch(asRole.Groups["gap"].Value)
            ? asRole.Groups["role"].Value
            : null;
    }

    /// <summary>True when a founding cue in <paramref name="sentence"/> is attached to the name at [nameStart, nameEnd).</summary>
    public static bool FounderNear(string sentence, int nameStart, int nameEnd, IReadOnlyList<(int Start, int End)> otherNames)
    {
        foreach (Match cue in FounderCue().Matches(sentence))
        {
            var (segStart, segEnd) = Segment(sentence, cue.Index);
            var both = Both().IsMatch(sentence[segStart..segEnd]);
            if (both && nameStart < cue.Index)
            {
                return true;
            }

            // The nearest name to the cue in its comma-segment; with no name in the segment, the nearest name before it.
            var candidates = otherNames.Append((Start: nameStart, End: nameEnd))
                .Where(n => n.Start >= segStart && n.End <= segEnd)
                .OrderBy(n => Math.Min(Math.Abs(n.Start - (cue.Index + cue.Length)), Math.Abs(cue.Index - n.End)))
                .ToList();
            if (candidates.Count == 0)
            {
                candidates = otherNames.Append((Start: nameStart, End: nameEnd)).Where(n => n.End <= cue.Index).OrderByDescending(n => n.End).Take(1).ToList();
            }

            if (candidates.Count > 0 && candidates[0] == (nameStart, nameEnd))
            {
                return true;
            }

            // "X and Y, two of the four founders of Z" / "two of Z's founders, X and Y": a list of names in apposition to the cue.
            if (candidates.Count == 0 || candidates[0] != (nameStart, nameEnd))
            {
                var all = otherNames.Append((Start: nameStart, End: nameEnd)).OrderBy(n => n.Start).ToList();
                if (InCoordinatedList(sentence, all, (nameStart, nameEnd), segStart, segEnd, cue.Index + cue.Length))
                {
                    return true;
                }
            }

            // "richtte het bedrijf op met Yilmaz", "started the company with Solberg": the partner founded it too.
            if (nameStart > cue.Index && nameStart <= segEnd && FoundedWith().IsMatch(sentence[(cue.Index + cue.Length)..nameStart]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InCoordinatedList(string sentence, List<(int Start, int End)> names, (int Start, int End) self, int segStart, int segEnd, int cueEnd)
    {
        var selfIndex = names.IndexOf(self);
        if (names.Any(n => n.Start >= segStart && n.End <= segEnd))
        {
            return false;
        }

        // The list ends right before the cue's segment ...
        var last = names.FindLastIndex(n => n.End <= segStart);
        if (last >= 0 && sentence[names[last].End..segStart].Trim().TrimEnd(',').Trim().Length == 0)
        {
            var first = last;
            while (first > 0 && ListGap().IsMatch(sentence[names[first - 1].End..names[first].Start]))
            {
                first--;
            }

            if (selfIndex >= first && selfIndex <= last)
            {
                return true;
            }
        }

        // ... or starts right after it, when the cue closes its segment.
        var next = names.FindIndex(n => n.Start >= segEnd);
        if (next >= 0 && segEnd - cueEnd < 3 && sentence[segEnd..names[next].Start].Trim().TrimStart(',').Trim().Length == 0)
        {
            var end = next;
            while (end + 1 < names.Count && ListGap().IsMatch(sentence[names[end].End..names[end + 1].Start]))
            {
                end++;
            }

            return selfIndex >= next && selfIndex <= end;
        }

        return false;
    }

    [GeneratedRegex(@"^\s*(?:,|and|en|&|,\s*and|,\s*en)\s*$")]
    private static partial Regex ListGap();

    private static (int Start, int End) Segment(string sentence, int at)
    {
        var start = sentence.LastIndexOfAny([',', ';'], Math.Max(at - 1, 0));
        var end = sentence.IndexOfAny([',', ';'], at);
        return (start < 0 ? 0 : start + 1, end < 0 ? sentence.Length : end);
    }
}
