using System.Globalization;
using System.Text.RegularExpressions;
using TalentWatch.Extraction.Departures;
using TalentWatch.Extraction.Mentions;
using TalentWatch.Extraction.Sentences;

namespace TalentWatch.Extraction.Claims;

/// <summary>A figure an article states about departures, with the sentence(s) it comes from.</summary>
internal sealed record ClaimCandidate(string Company, string Metric, decimal Value, IReadOnlyList<int> Sentences);

/// <summary>Finds stated departure figures: "two of its four founders", "een derde van het oprichtingsteam", "11 engineers have left".</summary>
internal sealed partial class ClaimFinder(ArticleAnalysis analysis)
{
    public const string FoundingShare = ClaimMetrics.FoundingTeamDepartedShare;
    public const string StaffShare = ClaimMetrics.StaffDepartedShare;
    public const string DepartedCount = ClaimMetrics.DepartedCount;

    private const string Nouns =
        @"(?:co-?founders|founders|founding members|founding team|oprichters|medeoprichters|oprichtingsteam|people|mensen|employees|engineers|researchers|"
        + @"scientists|staff|staffers|workers|workforce|personeel|medewerkers|werknemers|onderzoekers|ingenieurs|developers|ontwikkelaars|team members|hires|"
        + @"executives|leaders|managers|authors|bestuurders|leidinggevenden|auteurs)";

    private static readonly Regex Departed = new(
        @"\b(?:left|leave|leaving|departed|quit|lost|losing|gone|exodus|moved to|laid off|hired|poached|recruited|remain|remains|still|vertrokken|vertrekt|vertrekken|opgestapt|kwijt|verloren|verliest|verloor|weggegaan|weg|ontslagen|over)\b",
        ExtractionPatterns.Compilation | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // "two of Jade Lattice's five founders", "twee van zijn zeven senior onderzoekers", "14 of its 70 employees".
    private static readonly Regex PartOfWhole = new(
        @"\b(?<a>" + NumberWords.Pattern + @")\s+(?:of|van)\s+(?:the|its|their|de|het|zijn|haar|hun|(?<org>\p{Lu}[\p{L}\- ]*?)['’]s)?\s*(?:(?:initial|original|oorspronkelijke|initiële|senior)\s+)?(?<n>"
        + NumberWords.Pattern + @")\s+(?:[\p{L}\-]+\s+){0,2}?(?<noun>" + Nouns + @")\b(?<rest>[^.]*)",
        ExtractionPatterns.Compilation | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // "Van de 24 onderzoekers die ..., zijn er inmiddels zes vertrokken"; "of the 40 researchers ..., 12 have since left".
    private static readonly Regex WholeThenPart = new(
        @"\b(?:of|van)\s+(?:the|de|its|zijn|haar)\s+(?<n>" + NumberWords.Pattern + @")\s+(?:[\p{L}\-]+\s+){0,2}?(?<noun>" + Nouns
        + @")\b[^.]*?,?\s+(?:(?:zijn|is)\s+(?:er\s+)?(?:inmiddels\s+|al\s+|nu\s+)?)?(?<a>" + NumberWords.Pattern + "|" + NumberWords.FractionPattern
        + @")\s+(?:have|has|had|are|zijn|is)?\s*(?:(?:since|now|already|all|inmiddels|al)\s+)?(?:left|departed|gone|quit|vertrokken|opgestapt|weggegaan)\b",
        ExtractionPatterns.Compilation | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // "a third of its research staff", "een derde van het initiële oprichtingsteam", "40% of its engineers".
    private static readonly Regex Fraction = new(
        @"(?<f>" + NumberWords.FractionPattern + @"|(?<pct>\d{1,3}(?:[.,]\d+)?)\s?(?:%|percent|procent))\s+(?:of|van)\s+(?:the|its|their|de|het|zijn|haar|hun|(?<org>\p{Lu}[\p{L}\- ]*?)['’]s)?\s*(?:(?:[\p{L}\d\-]+)\s+){0,2}?(?<noun>"
        + Nouns + @"|team|research team|research staff)\b",
        ExtractionPatterns.Compilation | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // "Tien van hen zijn inmiddels vertrokken" after "X telde begin dit jaar veertig medewerkers".
    private static readonly Regex PartOfThem = new(
        @"\b(?<a>" + NumberWords.Pattern + @")\s+(?:of them|van hen|daarvan)\b",
        ExtractionPatterns.Compilation | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex Headcount = new(
        @"\b(?<n>" + NumberWords.Pattern + @")\s+(?:[\p{L}\-]+\s+){0,1}?(?<noun>" + Nouns + @")\b",
        ExtractionPatterns.Compilation | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // "11 engineers have left", "Three senior researchers have left Sternwarte".
    private static readonly Regex Count = new(
        @"\b(?<a>" + NumberWords.Pattern + @")\s+(?<org>\p{Lu}[\p{L}\-]+\s+)?(?:[\p{L}\-]+\s+){0,2}?(?<noun>" + Nouns + @")\s+(?:(?:have|has|had|are|zijn|is)\s+)?(?:(?:since|now|already|all|inmiddels|al|also|ook)\s+)?(?:left|departed|quit|vertrokken|opgestapt)\b",
        ExtractionPatterns.Compilation | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // "has hired over 20 employees from Y", "laid off more than 200 employees": a stated number of people gone.
    private static readonly Regex TakenCount = new(
        @"\b(?<verb>hired|poached|recruited|lured|laid off|fired|cut|ontsloeg|ontslagen|haalde|heeft\s+(?:[\p{L}\-]+\s+){0,2}?weggehaald|heeft(?=[^.]{1,100}\b(?:aangetrokken|weggehaald|binnengehaald|ingelijfd|ontslagen)\b))\s+(?:(?:more than|over|at least|about|around|roughly|nearly|some|meer dan|ruim|zo'n|ongeveer|minstens)\s+)?(?<a>\d{1,5}|"
        + NumberWords.Pattern + @")\s+(?:[\p{L}\-]+\s+){0,2}?(?<noun>" + Nouns + @")\b(?:\s+(?:away\s+)?(?:from|van|bij)\s+(?:[\p{L}]+['’]s\s+)?(?<org>\p{Lu}[\p{L}\.\-]*(?:\s+\p{Lu}[\p{L}\.\-]*){0,2}))?",
        ExtractionPatterns.Compilation | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // "Roughly a dozen members of the Apple Foundation Models team, including ..., have left the company".
    private static readonly Regex MembersOfLeft = new(
        @"\b(?<a>" + NumberWords.Pattern + @")\s+(?:members|employees|researchers|engineers|staffers|people|leden|medewerkers|onderzoekers)\s+(?:of|from|van|uit)\s+(?:the\s+|its\s+|het\s+|de\s+)?(?<org>\p{Lu}[\p{L}\.\-]*(?:\s+\p{Lu}[\p{L}\.\-]*){0,3})[^.;]{0,140}?\b(?:have|has|had|zijn|are)\s+(?:(?:since|now|already|all|also|inmiddels|al|ook)\s+)?(?:left|departed|quit|vertrokken|opgestapt)\b",
        ExtractionPatterns.Compilation | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // "Only two of OpenAI's 11 founders remain", "are still at the company": the share that has left is the rest.
    [GeneratedRegex(@"^\s*(?:(?:who|that|die)\s+)?(?:are|is|remain|remains|stay|stayed|blijven|zijn|is)\s+(?:still|nog|left\b)|^\s*(?:still\s+)?(?:remain|remains|remaining)\b|^\s*(?:are|is)\s+still\b", RegexOptions.IgnoreCase)]
    private static partial Regex StillThere();

    // "the original team", "het oorspronkelijke team": the people who started the company.
    [GeneratedRegex(@"\b(?:original|initial|oorspronkelijke|initiële|eerste)\s+(?:[\p{L}\-]+\s+)?team\b", RegexOptions.IgnoreCase)]
    private static partial Regex OriginalTeam();

    [GeneratedRegex(@"found|oprich", RegexOptions.IgnoreCase)]
    private static partial Regex FoundingNoun();

    [GeneratedRegex(@"who founded|die [^,]{0,40}oprichtten", RegexOptions.IgnoreCase)]
    private static partial Regex FoundedBy();

    public IReadOnlyList<ClaimCandidate> Find()
    {
        var claims = new List<ClaimCandidate>();
        for (var i = 0; i < analysis.Sentences.Count; i++)
        {
            var s = analysis.Sentences[i];
            var text = s.Masked;
            if (analysis.IsHedged(text) || !Departed.IsMatch(text))
            {
                continue;
            }

            var before = claims.Count;
            foreach (Match m in WholeThenPart.Matches(text))
            {
                var n = NumberWords.Parse(m.Groups["n"].Value);
                var part = NumberWords.Parse(m.Groups["a"].Value);
                var share = part is { } p && n is > 0 ? p / (decimal)n.Value : NumberWords.ParseFraction(m.Groups["a"].Value);
                Add(claims, s, m.Groups["noun"].Value, m.Value, share, null, [i]);
            }

            if (claims.Count == before)
            {
                foreach (Match m in PartOfWhole.Matches(text))
                {
                    var a = NumberWords.Parse(m.Groups["a"].Value);
                    var n = NumberWords.Parse(m.Groups["n"].Value);
                    if (a is { } av && n is > 0 && av <= n && Departed.IsMatch(text))
                    {
                        var left = StillThere().IsMatch(m.Groups["rest"].Value) ? n.Value - av : av;
                        Add(claims, s, m.Groups["noun"].Value + m.Groups["rest"].Value, m.Value, left / (decimal)n.Value, m.Groups["org"].Value, [i]);
                    }
                }
            }

            if (claims.Count == before)
            {
                foreach (Match m in Fraction.Matches(text))
                {
                    decimal? share = m.Groups["pct"].Success
                        ? decimal.Parse(m.Groups["pct"].Value.Replace(',', '.'), CultureInfo.InvariantCulture) / 100
                        : NumberWords.ParseFraction(m.Groups["f"].Value);
                    Add(claims, s, m.Groups["noun"].Value, m.Value, share, m.Groups["org"].Value, [i]);
                }
            }

            if (claims.Count == before && i > 0 && PartOfThem.Match(text) is { Success: true } them
                && NumberWords.Parse(them.Groups["a"].Value) is { } part2
                && Headcount.Match(analysis.Sentences[i - 1].Masked) is { Success: true } total
                && NumberWords.Parse(total.Groups["n"].Value) is > 0 and var whole && part2 <= whole)
            {
                Add(claims, analysis.Sentences[i - 1], total.Groups["noun"].Value, total.Value, part2 / (decimal)whole, null, [i - 1, i]);
            }

            if (claims.Count == before)
            {
                foreach (Match m in TakenCount.Matches(text))
                {
                    if (NumberWords.Parse(m.Groups["a"].Value) is { } count && count > 1)
                    {
                        var hired = !m.Groups["verb"].Value.StartsWith("laid", StringComparison.OrdinalIgnoreCase)
                            && !m.Groups["verb"].Value.StartsWith("fired", StringComparison.OrdinalIgnoreCase) && !m.Groups["verb"].Value.StartsWith("cut", StringComparison.OrdinalIgnoreCase)
                            && !m.Groups["verb"].Value.StartsWith("ontsl", StringComparison.OrdinalIgnoreCase);
                        // People hired count against the company they came from, which the figure has to name.
                        var company = m.Groups["org"].Success ? CompanyOf(s, m.Groups["org"].Value, strict: true) : hired ? null : CompanyOf(s, null);
                        if (company is not null)
                        {
                            claims.Add(new ClaimCandidate(company, DepartedCount, count, [i]));
                        }
                    }
                }
            }

            if (claims.Count == before)
            {
                foreach (Match m in MembersOfLeft.Matches(text))
                {
                    if (NumberWords.Parse(m.Groups["a"].Value) is { } count && count > 1 && CompanyOf(s, m.Groups["org"].Value, strict: true) is { } company)
                    {
                        claims.Add(new ClaimCandidate(company, DepartedCount, count, [i]));
                    }
                }
            }

            if (claims.Count == before)
            {
                foreach (Match m in Count.Matches(text))
                {
                    if (NumberWords.Parse(m.Groups["a"].Value) is { } count && count > 1)
                    {
                        var company = CompanyOf(s, m.Groups["org"].Success ? m.Groups["org"].Value : null);
                        if (company is not null)
                        {
                            claims.Add(new ClaimCandidate(company, DepartedCount, count, [i]));
                        }
                    }
                }
            }
        }

        return claims
            .GroupBy(c => (c.Company, c.Metric, c.Value))
            .Select(g => g.First())
            .ToList();
    }

    private void Add(List<ClaimCandidate> claims, Sentence s, string noun, string matched, decimal? share, string? org, IReadOnlyList<int> sentences)
    {
        if (share is not { } v || v <= 0 || v > 1)
        {
            return;
        }

        var founding = FoundingNoun().IsMatch(noun) || OriginalTeam().IsMatch(matched)
            || FoundedBy().IsMatch(matched);
        var company = CompanyOf(s, string.IsNullOrWhiteSpace(org) ? null : org);
        if (company is null)
        {
            return;
        }

        claims.Add(new ClaimCandidate(company, founding ? FoundingShare : StaffShare, Math.Round(v, 4, MidpointRounding.AwayFromZero), sentences));
    }

    private string? CompanyOf(Sentence s, string? named, bool strict = false)
    {
        if (named is not null)
        {
            // "from Alphabet's Google DeepMind AI research lab": the longest known name at the start of the words.
            var words = named.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var n = words.Length; n >= 1; n--)
            {
                if (analysis.Knowledge.Organisation(string.Join(' ', words[..n])) is { IsEmployer: true } known)
                {
                    return analysis.Registry.ResolveOrganisation(string.Join(' ', words[..n])) is { } asNamed
                        ? analysis.Knowledge.EmployerName(asNamed)
                        : analysis.Knowledge.EmployerName(known.Name);
                }
            }

            for (var n = words.Length; n >= 1; n--)
            {
                if (analysis.Registry.ResolveOrganisation(string.Join(' ', words[..n])) is { } org && analysis.Registry.IsEmployer(org))
                {
                    return analysis.Knowledge.EmployerName(org);
                }
            }

            if (strict)
            {
                return null;
            }
        }

        // Prefer the start-up the sentence names; the big labs are where people went, not where they left.
        var inSentence = analysis.Mentions[s.Index]
            .Select(m => analysis.EmployerOf(m))
            .OfType<string>()
            .ToList();
        return inSentence.FirstOrDefault(o => !analysis.Registry.IsBigEmployer(o))
            ?? analysis.FocusAt(s.Index)
            ?? inSentence.FirstOrDefault();
    }
}
