using System.Text.RegularExpressions;
using TalentWatch.Extraction.Dates;
using TalentWatch.Extraction.Mentions;
using TalentWatch.Extraction.Sentences;

namespace TalentWatch.Extraction.Departures;

/// <summary>
/// Hiring round-ups (decision X7): "From OpenAI, Meta recruited seven researchers, including A and B", "Meta poached Apple's
/// C and D", "Other Scale AI hires include E, F and G", "Google DeepMind lost H and I", "The others are J, K and L". One frame
/// instead of one rule a phrasing: a sentence that tells a company taking people (or losing them) sets the hirer and the
/// company they came from; every person listed after the verb leaves their own company when the list gives one ("A from
/// Google", "Apple's C", "who led X's models") and the shared one otherwise; a following sentence that goes on with the list
/// keeps both. It reads only people the clause rules read nothing for, so it never changes a reading they made.
/// </summary>
internal sealed partial class DepartureFinder
{
    private sealed record HireFrame(int Sentence, string? Hirer, string? Source, PartialDate? Date);

    private void ReadHireRoundups()
    {
        if (analysis.Dutch)
        {
            return;
        }

        HireFrame? frame = null;
        foreach (var s in analysis.Sentences)
        {
            if (s.IsHeading || analysis.IsHedged(s.Masked))
            {
                frame = null;
                continue;
            }

            if (frame is not null && s.Index - frame.Sentence > 2)
            {
                frame = null;
            }

            var continuation = frame is not null ? ListContinues().Match(s.Masked) : Match.Empty;
            var exits = continuation.Success ? Match.Empty : ExitListOpening().Match(s.Masked) is { Success: true } opening ? opening : CountedExodus().Match(s.Masked);
            var cue = HireCue().Match(s.Masked);
            var loss = cue.Success ? Match.Empty : LossCue().Match(s.Masked);
            var move = cue.Success || loss.Success ? Match.Empty : GroupMove().Match(s.Masked);
            int listStart;
            string? hirer;
            string? source;
            if (continuation.Success)
            {
                listStart = continuation.Index + continuation.Length;
                hirer = frame!.Hirer;
                source = OrganisationIn(s, continuation.Index, continuation.Index + continuation.Length, except: hirer) ?? frame.Source;
            }
            else if (exits.Success)
            {
                // "Other exits include A, B and C", "Among the notable departures to Meta are A and B": the company left is the
                // one named in the opening words, else the list's before, else the one the article is about.
                listStart = exits.Index + exits.Length;
                var to = exits.Groups["to"];
                hirer = to.Success ? OrganisationIn(s, to.Index, to.Index + to.Length, except: null) : null;
                source = OrganisationIn(s, exits.Index, to.Success ? to.Index : listStart, except: hirer)
                    ?? frame?.Source
                    ?? (analysis.FocusAt(s.Index) is { } focus && analysis.Registry.IsEmployer(focus)
                        // "Among the departures are A and B, both of whom joined Meta": a company the list goes on to is not the one left.
                        && (hirer is not null || !analysis.Mentions[s.Index].Any(mm => mm.Start >= listStart && JoinedBefore().IsMatch(s.Masked[listStart..mm.Start])
                            && analysis.EmployerOf(mm) is { } named && SameEmployer(named, focus)))
                        ? focus
                        : null);
                if (source is null || hirer is not null && SameEmployer(source, hirer))
                {
                    continue;
                }

                frame = null;
                ReadListedHires(s, listStart, hirer, source, stated: null, exitList: true);
                continue;
            }
            else if (cue.Success)
            {
                listStart = cue.Index + cue.Length;
                var named = EmployerBefore(s, cue.Index);
                hirer = named ?? (frame?.Hirer is { } h && CompanyWordBefore().IsMatch(s.Masked[..cue.Index]) ? h : null);
                if (hirer is null)
                {
                    frame = null;
                    continue;
                }

                // "Mistral kept hiring from Meta. In May, they poached A and B": a hirer referred to as "they" keeps the company it
                // hired from ("It has hired X" is as often the company X went to as the hirer before).
                source = SharedSource(s, hirer) ?? (named is null && TheyBefore().IsMatch(s.Masked[..cue.Index]) ? frame?.Source : null);
            }
            else if (loss.Success && EmployerBefore(s, loss.Index) is { } loser)
            {
                listStart = loss.Index + loss.Length;
                hirer = frame?.Hirer is { } h && h != loser ? h : LossTo().Match(s.Masked, listStart) is { Success: true } lostTo
                    ? OrganisationIn(s, lostTo.Index + lostTo.Length, Math.Min(s.Masked.Length, lostTo.Index + lostTo.Length + 60), except: loser)
                    : null;
                source = loser;
            }
            else if (move.Success && GroupOrganisation(s, move.Groups["to"], except: null) is { } goneTo
                && GroupOrganisation(s, move.Groups["src"], except: goneTo) is { } left)
            {
                // "At least seven OpenAI researchers bolted for Meta. That group included A and B."
                listStart = move.Index + move.Length;
                hirer = goneTo;
                source = left;
            }
            else
            {
                // "X is the sixth Apple engineer to defect to Meta. The others are A, B and C": a move the clause rules read, one
                // company left and one joined, opens a frame a list that goes on with it can use.
                var moves = candidates.Where(c => c.SentenceIndex == s.Index && c.Person is not null && c.To is not null && !c.JoinOnly)
                    .Select(c => (c.From, c.To)).Distinct().ToList();
                if (moves.Count == 1)
                {
                    frame = new HireFrame(s.Index, moves[0].To, moves[0].From, null);
                }

                continue;
            }

            // The date a list's sentence states holds for the sentences that go on with the list.
            var dates = DateFinder.Find(s.Text, analysis.Article.Published, lastDay: null);
            var stated = dates.Count > 0 ? dates[0].Date : continuation.Success ? frame!.Date : null;
            var cameFrom = ReadListedHires(s, listStart, hirer, source, stated);
            // "hired A from Kestrel and six others. The others are ...": a list whose people all came from one company
            // hands that company on.
            frame = new HireFrame(s.Index, hirer, source ?? (cameFrom.Count == 1 ? cameFrom.Single() : null), stated);
        }
    }

    /// <returns>The companies the listed people came from.</returns>
    private HashSet<string> ReadListedHires(Sentence s, int listStart, string? hirer, string? source, PartialDate? stated, bool exitList = false)
    {
        var cameFrom = new HashSet<string>(StringComparer.Ordinal);
        var listed = ListedPeople(s, listStart, semicolons: exitList);
        if (listed.Count == 0)
        {
            return cameFrom;
        }

        var date = stated ?? (analysis.Article.Published is { } p ? PartialDate.OfMonth(p.Year, p.Month) : null);
        // "Meta poached Apple's A and B": the employer that opens the list is the list's.
        source ??= PossessiveEmployerBefore(s, listed[0].Mention);
        var own = PersonalEmployers(s, listStart, s.Text.Length).GroupBy(x => x.Person).ToDictionary(g => g.Key, g => g.First().Employer);
        for (var k = 0; k < listed.Count; k++)
        {
            var (mention, person) = listed[k];
            // A reading the clause rules completed stands; one they left without a company left is the frame's to finish.
            if (candidates.FindIndex(c => c.Person == person && !c.JoinOnly) is var r and >= 0)
            {
                // The rules read where the person came from but not where they went: the frame knows the hirer.
                var read = candidates[r];
                if (read.To is null && hirer is not null && read.SentenceIndex == s.Index && !SameEmployer(read.From, hirer))
                {
                    candidates[r] = read with { To = hirer };
                }

                cameFrom.Add(read.From);
                continue;
            }

            var segmentEnd = k + 1 < listed.Count ? listed[k + 1].Mention.Start : s.Text.Length;
            // In a list of exits an apposition tells the person's role or where they went ("now works at Meta"), not another
            // company left.
            var from = exitList
                ? source
                : own.GetValueOrDefault(person) ?? PossessiveEmployerBefore(s, mention) ?? ApposedSource(s, mention.End, segmentEnd, hirer) ?? source;
            if (from is null || hirer is not null && SameEmployer(from, hirer))
            {
                continue;
            }

            cameFrom.Add(from);
            candidates.Add(new DepartureCandidate(person, from, hirer, date, stated is not null, s.Index, null, null, Kind: TriggerKind.Hire));
        }

        return cameFrom;
    }

    /// <summary>The people of the list: names after the verb, each separated from the one before by a list's glue (commas,
    /// "and", appositions, "including"), not by a preposition that makes them someone else ("a start-up set up by X").</summary>
    private List<(Mention Mention, string Person)> ListedPeople(Sentence s, int start, bool semicolons = false)
    {
        var result = new List<(Mention, string)>();
        var previousEnd = start;
        foreach (var mm in analysis.Mentions[s.Index].Where(mm => mm.Start >= start))
        {
            if (analysis.Registry.ResolveOrganisation(mm) is not null && analysis.Registry.ResolvePerson(mm) is null)
            {
                continue;
            }

            if (mm.Possessive || (analysis.PersonFor(mm, learn: false) is null && !LooksLikeName(mm)))
            {
                continue;
            }

            var gap = s.Masked[previousEnd..mm.Start];
            if (OtherRoleBefore().IsMatch(gap) || ListBreak().IsMatch(semicolons ? gap.Replace(';', ',') : gap))
            {
                break;
            }

            var person = analysis.PersonFor(mm, learn: true);
            if (person is not null)
            {
                result.Add((mm, person));
            }

            previousEnd = mm.End;
        }

        return result;
    }

    private static bool LooksLikeName(Mention m) =>
        m.TokenCount is >= 2 and <= 4 && m.CompoundSuffix is null
        && (Knowledge.ExtractionKnowledge.GivenNames.Contains(m.FirstToken) || Lexicon.FirstNames.Contains(m.FirstToken));

    /// <summary>The employer named last before <paramref name="end"/> that is not introduced as where someone came from.</summary>
    private string? EmployerBefore(Sentence s, int end)
    {
        foreach (var mm in analysis.Mentions[s.Index].Where(mm => mm.End <= end).Reverse())
        {
            if (FromBefore().IsMatch(s.Masked[..mm.Start]))
            {
                continue;
            }

            if (analysis.Registry.ResolvePerson(mm) is null && analysis.EmployerOf(mm) is { } org)
            {
                return org;
            }
        }

        return null;
    }

    /// <summary>The company the whole list came from: "from X" anywhere in the sentence ("From OpenAI, Meta recruited ..."),
    /// or "former X employees".</summary>
    private string? SharedSource(Sentence s, string hirer)
    {
        foreach (var mm in analysis.Mentions[s.Index])
        {
            if (analysis.Registry.ResolvePerson(mm) is not null)
            {
                continue;
            }

            var before = s.Masked[..mm.Start];
            var shared = SharedFromBefore().IsMatch(before) && !PersonRightBefore(s, mm)
                || FormerBefore().IsMatch(before) && GroupNounAfter().IsMatch(s.Masked[mm.End..]);
            if (shared && analysis.OrganisationFor(mm with { Possessive = false }, learn: true) is { } org && org != hirer)
            {
                return org;
            }
        }

        return null;
    }

    // "A from Google and B from Meta": a "from" right after a name is that person's own, not the list's.
    private bool PersonRightBefore(Sentence s, Mention m) =>
        analysis.Mentions[s.Index].Any(p => p.End <= m.Start && m.Start - p.End <= 7 && analysis.Registry.ResolvePerson(p) is not null);

    private string? OrganisationIn(Sentence s, int start, int end, string? except) =>
        analysis.Mentions[s.Index]
            .Where(mm => mm.Start >= start && mm.End <= end && analysis.Registry.ResolvePerson(mm) is null)
            .Select(mm => analysis.EmployerOf(mm))
            .FirstOrDefault(o => o is not null && o != except);

    /// <summary>"Apple's Mark Lee", "Apple's head of models Mark Lee": the possessive employer that opens the person's name.</summary>
    private string? PossessiveEmployerBefore(Sentence s, Mention person)
    {
        var before = analysis.Mentions[s.Index].LastOrDefault(mm => mm.End <= person.Start);
        return before is { Possessive: true } && PossessiveGap().IsMatch(s.Masked[before.End..person.Start])
            ? analysis.OrganisationFor(before with { Possessive = false }, learn: true)
            : null;
    }

    /// <summary>"A, who was head of engineering at Apple,", "B, a 17-year Microsoft veteran,": the employer an apposition
    /// gives the person, between the name and the next one.</summary>
    private string? ApposedSource(Sentence s, int start, int end, string? hirer)
    {
        var gap = s.Masked[start..end];
        if (!gap.TrimStart().StartsWith(',') && !gap.TrimStart().StartsWith('('))
        {
            return null;
        }

        foreach (var mm in analysis.Mentions[s.Index].Where(mm => mm.Start >= start && mm.End <= end))
        {
            var within = s.Masked[start..mm.Start];
            if (analysis.Registry.ResolvePerson(mm) is null
                && (ApposedAt().IsMatch(within) || VeteranAfter().IsMatch(s.Masked[mm.End..end]))
                && analysis.OrganisationFor(mm with { Possessive = false }, learn: true) is { } org && org != hirer)
            {
                return org;
            }
        }

        return null;
    }

    // "having been hired by Meta" is the hired person's clause, not a hirer's.
    [GeneratedRegex(@"(?<!\b(?:been|being)\s+(?:\w+ly\s+)?)\b(?:has |have |had )?(?:hired|hires|hiring|recruited|recruits|recruiting|poached|poaches|poaching|nabbed|nabbing|lured|luring|snagged|snagging|snapped up|added|adding|brought on|brought in|tapped|tapping|picked up|grabbed|scooped up|secured|securing)\b(?:\s+away)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HireCue();

    [GeneratedRegex(@"\b(?:has |have |had )?(?:lost|loses|losing)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LossCue();

    // "losing researchers to Cohere": the company people are lost to, a few words after the verb.
    [GeneratedRegex(@"\G[^.;,]{0,40}?\bto\s+(?:rival\s+)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LossTo();

    // "at least seven OpenAI researchers bolted for Meta", "three Apple engineers have left for OpenAI": a counted group of one
    // company's people moving to another.
    [GeneratedRegex(@"\b(?:at least |more than |some |about |nearly )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens of|several)\s+(?<src>[^,.;]{1,40}?)\s+(?:researchers|engineers|employees|staffers|executives|scientists|leaders|people|staff members)\s+(?:have |had |has )?(?:left|departed|bolted|defected|moved|jumped ship|decamped|quit)\b[^,.;]{0,20}?\b(?:for|to)\s+(?<to>[^,.;]{1,40}?)(?=[,.;]|\s+(?:in|on|this|last|since|after|over)\b|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GroupMove();

    private string? GroupOrganisation(Sentence s, Group g, string? except) => OrganisationIn(s, g.Index, g.Index + g.Length, except);

    // "Other exits include", "Other significant losses include", "Among the notable departures to Meta are", "Recent departures
    // from OpenAI include", "Additional researchers joining Meta's AI efforts include", "The departing researchers include",
    // "The other three ex-OpenAI researchers joining Meta are".
    [GeneratedRegex(@"^\s*(?:the\s+)?(?:other|additional|further|more)\s+(?:[\p{L}\-]+\s+){0,3}?(?:researchers|engineers|employees|staffers|people|executives|scientists|leaders)\s+(?:joining|to join|who (?:have |has )?joined|moving to|headed to|heading to)\s+(?<to>[^,.;:]{1,40}?)\s+(?:include|included|includes|are|were)\b:?|^\s*(?:among\s+)?(?:the\s+)?(?:(?:other|additional|further|more|recent|notable|significant|high-profile|key|major|senior|latest)\s+){0,3}(?:[^,.;:]{0,30}?\s)?(?:exits|departures|losses|departees|defections|defectors|(?:departing|departed|exiting|outgoing)\s+(?:researchers|engineers|employees|staffers|executives|scientists|leaders|people|founders|co-founders))(?:\s+(?:from\s+[^,.;:]{1,40}?))?(?:\s+(?:to|for)\s+(?<to>[^,.;:]{1,40}?))?\s+(?:include|included|includes|are|were|have been)\b:?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ExitListOpening();

    // A counted exodus the list follows after a colon: "has seen three senior employees leave the company: A, B and C". Apart
    // from the openings above, which are tried only at the start of the sentence: in one pattern with them, this unanchored
    // branch left the engine no word to search for, and it tried all three at every position.
    [GeneratedRegex(@"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:[\p{L}\-]+\s+){0,2}?(?:researchers|engineers|employees|staffers|executives|scientists|leaders|managers|people)\s+(?:have\s+|has\s+|had\s+)?(?:leave|left|depart|departed|exit|exited|quit)\b(?:\s+(?:the company|the firm|the lab|the start-up|the startup))?(?:\s+(?:this|last|in|since)\s+[\p{L}\d ]{1,20}?)?\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CountedExodus();

    [GeneratedRegex(@"\b(?:joined|joining|join|joins|to|for|now (?:works |is )?at)\s+(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex JoinedBefore();

    // "The others are", "Other Scale AI hires include", "Additional DeepMind recruits include", "Among them are", "According to
    // sources, the new hires include", and the
    // people of a counted hire named next: "The researchers—A, B and C—", "The three engineers are A, B and C", "This includes
    // four researchers—A, B, C and D—", "That group included A".
    [GeneratedRegex(@"^\s*(?:(?:according to|as reported by|citing)\s+[^,;.]{1,100},\s+)?(?:(?:the|these|those)\s+(?:[\p{L}\-]+\s+){0,2}?(?:researchers|engineers|employees|staffers|executives|scientists|leaders|hires|recruits|co-founders|founders)(?:\s*[—–,(:]|\s+(?:are|were|include|included)\b)|(?:the\s+)?others\s+(?:are|were|include|included)|(?:other|additional|further|more|the|key|notable|new|recent|top|senior)\s+(?:[^,.;]{0,40}?\s)?(?:hires|recruits|additions|defectors|arrivals|poaches)\s+(?:include|included|are|were)|among\s+(?:them|those)\s+(?:are|were|hired)?|(?:they|those hired)\s+include|(?:this|that|the)\s+(?:(?:group|list|cohort|wave|batch|haul)\s+)?(?:includes|included|include)(?:\s+(?:[\p{L}\-]+\s+){0,3}?(?:researchers|engineers|employees|staffers|executives|scientists|leaders|people))?)\b:?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ListContinues();

    // "the company hired", "it also added": a reference to the hirer of the sentence before.
    [GeneratedRegex(@"\b(?:the (?:company|firm|giant|tech giant|social media giant|start-up|startup|lab)|it|they)\s+(?:\w+\s+){0,2}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CompanyWordBefore();

    [GeneratedRegex(@"\b(?:from|away from)\s+(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FromBefore();

    [GeneratedRegex(@"\bthey\s+(?:\w+\s+){0,2}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TheyBefore();

    // "hired A and B from Y", "hired some of the team behind Y, including A and B".
    [GeneratedRegex(@"(?:^|[\s,(—–])(?:from|away from|(?:team|team members|people|staff|founders|co-founders) behind)\s+(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SharedFromBefore();

    [GeneratedRegex(@"^\s+(?:[\p{L}\-]+\s+){0,2}?(?:employees|staff|staffers|researchers|engineers|scientists|executives|people|workers|leaders)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GroupNounAfter();

    // "set up by X", "with X", "to X", "under X": a name after a preposition is someone else than the people listed (but "head of
    // communications X" is a title before the person).
    [GeneratedRegex(@"\b(?:by|with|under|alongside|than|to|for|(?<!\b(?:head|chief|director|president|officer|vp|manager|lead|leader)\s+)of|whose|said|says|told|according to|led by|founded by)\s+(?:[\p{L}\-']+\s+){0,4}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OtherRoleBefore();

    // A new clause or sentence part: the list is over.
    [GeneratedRegex(@";|\.\s|\b(?:while|whereas|but|after|before|when|although|because|who (?:had )?(?:hired|recruited|poached))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ListBreak();

    // The possessive's own "'s" may be left outside the mention.
    [GeneratedRegex(@"^(?:['’]s?)?\s*(?:[\p{Ll}\-]+\s+){0,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex PossessiveGap();

    // "a lead at Y", "a lead at AI voice start-up Y": the company of an apposition, after a description of it.
    [GeneratedRegex(@"\b(?:at|of|from|with)\s+(?:the\s+)?(?:(?:[\p{L}\-]+\s+){0,2}?(?:" + TriggerRules.CompanyNoun + @")\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ApposedAt();

    [GeneratedRegex(@"^\s+(?:veteran|alum|alumnus|alumna|alumni)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex VeteranAfter();
}
