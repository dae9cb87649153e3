using System.Text.RegularExpressions;
using TalentWatch.Extraction.Dates;
using TalentWatch.Extraction.Knowledge;
using TalentWatch.Extraction.Mentions;
using TalentWatch.Extraction.Sentences;

namespace TalentWatch.Extraction.Departures;

/// <summary>Reads departures clause by clause: a trigger verb, the people it is about, the company left and the destination.</summary>
internal sealed partial class DepartureFinder(ArticleAnalysis analysis)
{
    private readonly List<DepartureCandidate> candidates = [];
    private readonly List<(string Person, string To, int Sentence, PartialDate? Date, bool DateIsExplicit)> joinsWithoutFrom = [];
    private readonly Dictionary<string, int> bulletLines = [];

    // Per clause: the company each listed person came from ("A (OpenAI)", "B from Google DeepMind", "C, formerly of Apple").
    private readonly Dictionary<string, string> personalFrom = [];

    [GeneratedRegex(@"^\s*(?:\((?<bare>)\s*|\(\s*(?:formerly|previously|ex-?)\s+(?:of|at)?\s*|,?\s+(?:from|formerly (?:of|at|with)|previously (?:at|of|with))\s+(?:the\s+)?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OwnEmployerGap();

    /// <summary>People in [start, end) each followed right away by the company they come from: "A (OpenAI)", "B from Google";
    /// <c>Earlier</c> when the words say it was before ("formerly of", "from"), not a bare "(OpenAI)".</summary>
    private IEnumerable<(string Person, string Employer, bool Earlier)> PersonalEmployers(Sentence s, int start, int end)
    {
        var mentions = analysis.Mentions[s.Index];
        for (var k = 0; k + 1 < mentions.Count; k++)
        {
            var (who, next) = (mentions[k], mentions[k + 1]);
            var gap = who.Start < start || next.End > end ? null : OwnEmployerGap().Match(s.Text[who.End..next.Start]);
            if (gap is not { Success: true })
            {
                continue;
            }

            if (analysis.Registry.ResolvePerson(who) is { } person && analysis.Registry.ResolvePerson(next) is null && analysis.EmployerOf(next) is { } employer)
            {
                yield return (person, employer, !gap.Groups["bare"].Success);
            }
        }
    }

    /// <summary>In a list of people who move together, each one's own company, told by an apposition ("A, a researcher at X,
    /// and B, an engineer at Y, have joined Z") or a possessive right before the name ("hired X's A and Y's B").</summary>
    private IEnumerable<(string Person, string Employer)> ListedEmployers(Sentence s, int start, int end)
    {
        var mentions = analysis.Mentions[s.Index];
        for (var k = 0; k < mentions.Count; k++)
        {
            var who = mentions[k];
            if (who.Start < start || who.End > end || analysis.Registry.ResolvePerson(who) is not { } person)
            {
                continue;
            }

            if (k > 0 && mentions[k - 1] is { Possessive: true } owner && owner.Start >= start
                && PossessiveGap().IsMatch(s.Text.AsSpan(owner.End, who.Start - owner.End))
                && analysis.Registry.ResolvePerson(owner) is null && analysis.EmployerOf(owner) is { } possessor)
            {
                yield return (person, possessor);
            }
            else if (k + 1 < mentions.Count && mentions[k + 1] is var described && described.End <= end
                && ListedAppositionAt().IsMatch(s.Text.AsSpan(who.End, described.Start - who.End))
                && AppositionEnds().IsMatch(s.Text.AsSpan(described.End))
                && analysis.Registry.ResolvePerson(described) is null && analysis.EmployerOf(described) is { } employer)
            {
                yield return (person, employer);
            }
            else if (k + 1 < mentions.Count && mentions[k + 1] is var place && place.End <= end
                && PlaceOfName().IsMatch(s.Text.AsSpan(who.End, place.Start - who.End)) && AppositionEnds().IsMatch(s.Text.AsSpan(place.End))
                && analysis.Registry.ResolvePerson(place) is null && analysis.EmployerOf(place) is { } own)
            {
                // "A of Veritas AI, B of Orrery Systems and C of Cohere stepped down".
                yield return (person, own);
            }
        }
    }

    [GeneratedRegex(@"^,\s+(?:an?|the|its|their)\s+(?:[\p{L}\-]+\s+){0,6}?(?:at|of|with)\s+(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ListedAppositionAt();

    [GeneratedRegex(@"^(?:['’]s?)?\s*(?:,|\s(?:and|en)\b|$)", RegexOptions.CultureInvariant)]
    private static partial Regex AppositionEnds();

    [GeneratedRegex(@"^\s*(?:[-*•–]|\d{1,2}[.)])\s+(?:\*\*)?", RegexOptions.CultureInvariant)]
    private static partial Regex BulletStart();

    // "two senior researchers", "three engineers": a counted group of people as a subject.
    [GeneratedRegex(@"\b(?:two|three|four|five|six|seven|several|[2-9])\s+(?:[\p{L}\-]+\s+){0,6}?(?:leaders|executives|researchers|engineers|people|employees|staffers|scientists|founders|co-?founders|members|officials|managers|directors)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CountedGroup();

    // The dash after a verb that sets off the names of the group: "departed – A and B".
    [GeneratedRegex(@"\G[^.;:—–]{0,40}?\s[—–-]\s", RegexOptions.CultureInvariant)]
    private static partial Regex DashAfterVerb();

    /// <summary>The people a clause ending in a colon introduces: the names after the colon ("have left: A and B"), or, when the
    /// colon ends the sentence, the person each list item below it opens with. A list item is kept as evidence of its person,
    /// and an employer in it ("- B, formerly of Google DeepMind") as that person's company left.</summary>
    private List<string?> PeopleAfterColon(Sentence s, int clauseEnd)
    {
        var people = clauseEnd < s.Masked.Length && s.Masked[clauseEnd] == ':'
            ? LeadingPersons(s, clauseEnd + 1, s.Masked.Length).Cast<string?>().ToList()
            : [];
        if (people.Count == 0 && s.Masked.TrimEnd().EndsWith(':') && clauseEnd >= s.Masked.TrimEnd().Length - 1)
        {
            foreach (var (person, line) in BulletedPersons(s.Index))
            {
                people.Add(person);
                bulletLines[person] = line;
                foreach (var (who, employer, _) in PersonalEmployers(analysis.Sentences[line], 0, analysis.Sentences[line].Text.Length))
                {
                    personalFrom.TryAdd(who, employer);
                }
            }
        }

        return people;
    }

    /// <summary>"Toen besloten de drie bestuursleden op te stappen. Het zou gaan om ceo A, cfo B en coo C", "Naast X zou het
    /// gaan om B en C": a departure told without names whose next sentence says who it concerns. That sentence is kept as
    /// evidence of each person.</summary>
    private List<string?> PeopleNamedNext(Sentence s)
    {
        // "Bij Y vertrekken twee bestuurders. Het bedrijf bevestigde dat. Het gaat om A en B": one sentence that names nobody
        // may come between.
        var at = s.Index + 1;
        // Not when a pronoun or a successor comes in: "Hij stopt. Twee collega's nemen het over. Het gaat om A en B" names the successors.
        // English "These include ..." follows its sentence directly.
        if (analysis.Dutch && at + 1 < analysis.Sentences.Count && analysis.Sentences[at] is { IsHeading: false } between && !ConcernsOpening().IsMatch(between.Masked)
            && !analysis.Mentions[at].Any(mm => analysis.Registry.ResolvePerson(mm) is not null)
            && !TriggerRules.Pronoun.IsMatch(s.Masked) && !TriggerRules.Pronoun.IsMatch(between.Masked) && !SuccessionWord().IsMatch(between.Masked))
        {
            at++;
        }

        if (at >= analysis.Sentences.Count || analysis.Sentences[at] is not { IsHeading: false } next
            || ConcernsOpening().Match(next.Masked) is not { Success: true } opening)
        {
            return [];
        }

        var people = LeadingPersons(next, opening.Length, next.Text.Length);
        foreach (var person in people)
        {
            bulletLines[person] = next.Index;
        }

        return people.Cast<string?>().ToList();
    }

    [GeneratedRegex(@"\b(?:volg\p{L}*|opvolg\p{L}*|succe\p{L}*|replac\p{L}*|vervang\p{L}*|benoem\p{L}*|appoint\p{L}*|nieuwe?|new)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SuccessionWord();

    // "Het gaat om", "Het zou volgens bronnen gaan om", "Het betreft", "Naast Agrawal zou het gaan om".
    // "They include", "These included", "This includes", "The best-known names include", "Among them are": an English sentence
    // that names the people of the one before.
    [GeneratedRegex(@"^(?:(?:naast\s+[^,.;]{1,40}?\s+)?(?:zou\s+)?het\s+(?:zou\s+)?(?:\p{Ll}+\s+){0,3}?(?:(?:gaat|ging|gaan)\s+(?:het\s+)?om|betreft|betrof)|(?:they|these|those)\s+(?:include|included)|(?:this|that)\s+(?:includes|included)|(?:the\s+)?(?:\p{Ll}+\s+)?names\s+(?:include|included)|among them (?:are|were))\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ConcernsOpening();

    /// <summary>The people each list item right after a sentence opens with ("- Dana Whitlock, chief technology officer", "- A and B").</summary>
    private IEnumerable<(string Person, int Line)> BulletedPersons(int header)
    {
        for (var k = header + 1; k < analysis.Sentences.Count; k++)
        {
            // The sentence splitter leaves the list marker out of the sentence: it is in the text before it on its line.
            var line = analysis.Sentences[k];
            var text = analysis.Article.Text;
            var lineStart = line.Start == 0 ? 0 : text.LastIndexOf('\n', line.Start - 1) + 1;
            var marker = BulletStart().Match(text[lineStart..line.Start] + line.Text);
            if (!marker.Success || marker.Length < line.Start - lineStart)
            {
                yield break;
            }

            // "- A and B (joined Cohere)": every person the item opens with.
            foreach (var person in LeadingPersons(line, marker.Length - (line.Start - lineStart), line.Text.Length))
            {
                yield return (person, k);
            }
        }
    }

    [GeneratedRegex(@"\b(?i:the|het|de|this|dit|deze)\s+(?:[\p{L}\-]+\s+){0,3}?(?:" + TriggerRules.CompanyNoun + @"|board)\b|\b(?:it|It|its|Its)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CompanyReferenceAnywhere();

    [GeneratedRegex(@"^\s*(?:(?:to|naar)\s+)?(?:the\s+|(?:his|her|their|zijn|haar|hun)\s+(?:native\s+|home\s+(?:state\s+|country\s+)?|geboortestad\s+|geboorteland\s+)?)?(?<place>(?-i:\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PlaceReturnedTo();

    [GeneratedRegex(@"^(?:to|om)\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex InfinitiveJoin();

    [GeneratedRegex(@"^(?:\s|the\b|its\b|het\b|de\b|a\b|an\b|een\b|zijn\b|haar\b|their\b|former\b|voormalig\w*\b|rival\b|rivals\b|competitor\b|concurrent\b|fellow\b|"
        // "arch rival Y", "cloud computing rival Y", "OpenAI's major backer Y", "Orrery Systems' biggest rival Y": the name is the company.
        + @"(?:(?-i:\p{Lu}[\p{L}\-.&]*(?:\s+\p{Lu}[\p{L}\-.&]*){0,2})['’]s?\s+)?(?:(?-i:\p{Ll}[\p{Ll}\-]*)\s+){0,2}?(?:rival|rivals|competitor|competitors|backer|investor|partner|concurrent)\b(?-i:(?=\s+\p{Lu}))|"
        // "de Nederlandse activiteiten van Y", "the European operations of Y": a part of the company stands for the company.
        + @"(?:the|de|het)\s+(?:[\p{L}\-]+\s+){0,2}?(?:activiteiten|tak|divisie|afdeling|dochter|dochteronderneming|vestiging|onderdeel|operations|arm|division|subsidiary|business)\s+(?:van|of)\b|"
        // "another big-name venture capital firm, Y": a described company named after a comma.
        + @"(?:another|a|an|the|one)\s+(?:[\p{L}\-]+\s+){0,5}?(?:" + TriggerRules.CompanyNoun + @"|unicorn|upstart|outfit)\s*,\s+(?-i:(?=\p{Lu}))|"
        // "dating app Y", "crypto exchange Y", "ad agency Y": a descriptor before the name.
        + @"(?:[\p{L}\-]+\s+){0,2}?(?:" + TriggerRules.CompanyNoun + @"|unicorn|upstart|outfit|chip maker|builder|provider|operator|manufacturer|supplier|designer|developer|app|platform|service|network|site|website|exchange|marketplace|lender|agency|studio)\b(?-i:(?=\s+\p{Lu}))"
        // "naar het kleinere Y", "het Rotterdamse Y", "the smaller Y": one describing word between the article and the name;
        // "de Amsterdamse taxicentrale Y": a town adjective before it.
        + @"|(?<=\b(?:het|de|the)\s+)(?-i:(?:\p{Lu}\p{Ll}+se\s+)?\p{Ll}[\p{Ll}\-]*e|\p{Lu}\p{Ll}+se)\b(?-i:(?=\s+\p{Lu}))|(?<=\bthe\s+)(?:smaller|larger|bigger|younger|older)\b(?-i:(?=\s+\p{Lu})))*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Determiners();

    // "Volgens de officiële lezing is X teruggetreden": a verb after the source ends it; the name after the verb is the subject.
    // A capitalised "Van" right before the name is its particle ("Van Dijkhorst vertrekt"), not "of".
    [GeneratedRegex(@"(?:\baccording to|\bvolgens)\s+(?:(?!(?:is|was|zijn|waren|heeft|hebben|had|hadden|zal|zullen|gaat|ging|wordt|werd|has|have|will)\s)[\p{L}\-’']+\s+){0,4}?$|(?:\bwith|\bmet|\bsamen met|\bat|\bthan|" + ThanDan + @"|(?-i:\bvan|\bVan(?!\s+(?:(?:der|den|de|het|'t|’t)\s+)?$))|\bof|\bby|\bdoor|\bfollows|\bvolgt|\bfor|\bvoor|\bnaast|\bbehalve|\bbesides|\bapart from)\s+(?:[\p{L}\-’']+\s+){0,4}?$|\bto\s+(?:(?-i:\p{Lu}[\p{L}\-]*)\s+)?$|\b(?:lieutenant|deputy|adviser|advisor|successor|predecessor|ally|aide|answerable|reporting|report|reports|close|next|married|rival) to\s+(?:[\p{L}\-]+\s+){0,3}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NotASubject();

    // "Veritas AI's head of research Kim Lorenz is leaving", "head of AI X": the "of" belongs to the job title before the name
    // (not "vice president of Silicon Engineering", a unit named in capitals), as it does before a unit when the company
    // opens the sentence: "Orrery Systems Vice President of Cloud Infrastructure Hardware X has left the company".
    [GeneratedRegex(@"\b(?:head|chief|director|vice[ -]president|president|vp|svp|evp|cvp|general manager|manager|leader|lead|officer|boss|hoofd|directeur)\s+(?:of|van)\s+(?:(?-i:\p{Ll}[\p{L}\-’'&]*|\p{Lu}{2,5})\s+){1,4}?$|^\s*(?-i:\p{Lu}[\p{L}\-.&]*(?:\s+\p{Lu}[\p{L}\-.&]*){0,3}\s+)?(?:head|chief|director|vice[ -]president|president|vp|svp|evp|cvp|general manager|manager|leader|lead|officer|boss|hoofd|directeur)\s+(?:of|van)\s+(?-i:(?:\p{Lu}[\p{L}\-’'&]*\s+){1,4}?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TitleWithOfBefore();

    // "zijn opgestapt na een conflict met X", "werd ontslagen door X": after the verb, a name behind these prepositions is not
    // the subject; one behind "van" is ("nam afscheid van X", "de laatste werkdag van X"). A person right behind "bij", "aan",
    // "naar" or "tot" is whom the subject joins or reports to ("sluit hij zich aan bij X").
    [GeneratedRegex(@"(?:\b(?:met|samen met|na|naast|behalve|volgens|door|voor|with|by|than|according to|besides)|" + ThanDan + @")\s+(?:[\p{L}\-’']+\s+){0,4}?$|\b(?:bij|aan|naar|tot)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ObliqueAfterVerb();

    [GeneratedRegex(@"(?-i:\b(?:[Hh]ij|[Zz]ij|[Zz]e))\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex DutchPronounSubjectBefore();

    // "According to Microsoft CEO X, A and B are joining": the source of a report, with its title and company, is not a subject.
    [GeneratedRegex(@"\b(?:according to|as per|volgens)\s+(?:[\p{L}\-’'.]+\s+){0,5}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SourceBefore();

    // A separable verb's particle may stand between a name and its relative clause, without a comma ("neemt de rol van X
    // over die haar loopbaan beëindigt"); "de collega's van X die Apple verlaten" is about the colleagues. A description may
    // close right before the relative pronoun ("X, a former Microsoft executive who joined Y", "X, former Microsoft executive
    // and AI expert who joined Y").
    [GeneratedRegex(@"^(?:,\s+(?:[^,]{1,80},\s+|(?:a|an|the|een|former|voormalig)\s+[^,;]{1,60}?\s+)?|\s+(?:over|op|af|aan|terug|mee|weg|uit),?\s+)(?:who|die|that)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeSubject();

    // Dutch often writes no comma before the relative pronoun: "in de voetsporen van X die vorig jaar vertrok". Without the
    // comma only a singular verb makes X the antecedent ("de collega's van X die Y verlaten" are the colleagues).
    [GeneratedRegex(@"^\s+(?:who|die)\s+(?:[^,.;]{0,60}?\s)?(?:vertrok|vertrekt|verliet|verlaat|stopte|stopt|stapte|stapt|trad|treedt|werd|wordt|left|quit|resigned|departed)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeWithoutComma();

    // "reporter X, who wrote that Z was fired": the relative clause reports someone else's departure.
    [GeneratedRegex(@"^,?\s+(?:who|die)\s+(?:[\p{L}\-]+\s+){0,2}?(?:wrote|writes|said|says|reported|reports|told|noted|tweeted|posted|confirmed|zei|zegt|schreef|schrijft|meldde|meldt|bevestigde)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReportingRelative();

    [GeneratedRegex(@"^\s+(?:lab|start-up|startup|company|firm|bedrijf|techbedrijf|onderneming|scale-up|group)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CompanyNounAfter();

    [GeneratedRegex(@"^\s*(?:who|which|where|that|when|whose|die|dat|waar|wat|toen|according|volgens|said|says|zegt|zei)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeStart();

    [GeneratedRegex(@"\b(?:a|an|een)\s+(researcher|engineer|onderzoeker|scientist)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnnamedRoleNoun();

    /// <summary>The words between two names join them into one list: "and", commas, lower-case roles and capitalised titles
    /// ("Peter Chen, CTO Rocky Duan, Chief Scientist Pieter Abbeel").</summary>
    private bool Coordinated(string gap)
    {
        // ", Chief Strategy Officer ", ", and Senior Vice President for Compliance ": the next item's title in capitals.
        if (Coordination().IsMatch(gap) || AlongWith().IsMatch(gap) || TitledListItem(gap))
        {
            return true;
        }

        var withoutTitles = WithoutTitleWords(gap);
        return withoutTitles != gap && Coordination().IsMatch(" " + withoutTitles + " ");
    }

    // "Zowel financieel topman X als marketingbaas Y vertrekt": "zowel ... als" joins two names as "en" does.
    private static bool BothAnd(string before, string gap) => ZowelBefore().IsMatch(before) && AlsGap().IsMatch(gap);

    [GeneratedRegex(@"\bzowel\s+[^.;]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ZowelBefore();

    [GeneratedRegex(@"^\s*als\s+(?:[\p{Ll}\-]+\s+){0,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex AlsGap();

    private bool LeadsTo(string gap, bool first) =>
        first ? LeadingGap().IsMatch(gap) || LeadingGap().IsMatch(WithoutTitleWords(gap)) : Coordinated(gap) || ListGap().IsMatch(gap) || TitledListItem(gap) || TitleAppositionItem(gap);

    // "Director of Strategy and Policy": a capitalised run of title words only, a post rather than a name.
    private bool IsTitleRun(Sentence s, Mention mm) =>
        s.Text[mm.Start..mm.End].Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => w is "of" or "and" or "for" or "&" || analysis.Knowledge.IsTitleWord(w));

    // ", the Director of Strategy and Policy, and " between two names of a list: the previous item's post set off by commas
    // (a title's head in it), then only title words before the next name; ", the company's CEO, and named " is no list.
    private bool TitleAppositionItem(string gap) =>
        TitleApposition().Match(gap) is { Success: true } item
        && item.Groups["post"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(analysis.Knowledge.IsTitleHead)
        && item.Groups["next"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(analysis.Knowledge.IsTitleWord);

    [GeneratedRegex(@"^\s*,\s*(?:(?:the|its|their|his|her|a|an)\s+)?(?<post>[^,;()]{2,60}?)\s*,\s*(?:and\s+)?(?<next>(?:[\p{L}\-]+\s+){0,4})$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleApposition();

    // ", Veritas AI's Director of Reliability Engineering " (employers already written "org") between two names of a list: the
    // next item's job title, written in capitals, opened by a title word.
    private bool TitledListItem(string gap) =>
        TitleCaseItem().Match(gap) is { Success: true } item && analysis.Knowledge.IsTitleWord(item.Groups["first"].Value);

    [GeneratedRegex(@"^\s*,\s*(?:(?:and|org)\s+){0,2}(?<first>\p{Lu}[\p{L}\-]*)(?:\s+(?:\p{Lu}[\p{L}\-]*|of|for|and|&))*\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleCaseItem();

    /// <summary>Two names for one employer: a unit and its parent, a branch and its company ("Google Brain", "Google").</summary>
    private bool SameEmployer(string a, string b) =>
        string.Equals(analysis.Knowledge.EmployerName(a), analysis.Knowledge.EmployerName(b), StringComparison.OrdinalIgnoreCase);

    /// <summary>The text between two positions with each employer named in it written as a lower-case word.</summary>
    private string WithoutOrganisations(Sentence s, int start, int end)
    {
        var text = s.Text[start..end];
        foreach (var mm in analysis.Mentions[s.Index].Where(mm => mm.Start >= start && mm.End <= end).Reverse())
        {
            // "like Prime boss X": the unit a lower-case title is of reads as an employer would.
            if (analysis.Registry.ResolvePerson(mm) is null && (analysis.EmployerOf(mm) is not null || UnitBeforeRoleNoun().IsMatch(s.Text, mm.End)))
            {
                // "including Veritas AI's former CTO X": the possessive goes with the employer it marks.
                var after = mm.End - start;
                after += mm.Possessive ? PossessiveEnding().Match(text, after).Length : 0;
                text = text[..(mm.Start - start)] + "org" + text[after..];
            }
        }

        return text;
    }

    [GeneratedRegex(@"\G(?:['’]s|['’])", RegexOptions.CultureInvariant)]
    private static partial Regex PossessiveEnding();

    [GeneratedRegex(@"\G\s+(?:boss|chief|head|lead|leader|executive|director|manager)\s+(?-i:\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex UnitBeforeRoleNoun();

    /// <summary>A capitalised run that belongs to a job title, not a name: title words only ("Head", "Vice President") or the
    /// department after one ("Head of HR", "Senior Vice President for Compliance").</summary>
    private bool PartOfTitle(Sentence s, Mention mm) =>
        mm.Text.Split(' ').All(analysis.Knowledge.IsTitleWord) || EntityRegistry.IsDepartmentAfterTitle(mm, s.Text[..mm.Start]);

    /// <summary>The words between names with the capitalised job titles left out ("former CTO" reads as "former").</summary>
    // A nationality before a name describes the person as a title does: "neemt het roer over van de Brit X"; so does a department
    // in a title ("Senior Director of Investigations X") and a region ("its UK managing director X").
    private string WithoutTitleWords(string gap) =>
        string.Join(' ', gap.Split(' ').Where(w => w.Length == 0
            || !(analysis.Knowledge.IsTitleWord(w.Trim(',')) || Lexicon.Demonyms.Contains(w.Trim(',')) || Lexicon.Departments.Contains(w.Trim(',')) || analysis.Knowledge.IsRegion(w.Trim(',')))));

    // "X and Y", "X, Y en Z", "X and vice president of research Y"; not "X, a close ally of (CEO) Y", where Y is oblique.
    [GeneratedRegex(@"^\s*(?:(?:and|en|&|,\s*and|,\s*en|as well as)\s*(?:(?:former\s+|ex-)?(?:\p{Ll}[\p{Ll}\-]*\s+){1,5})?(?<!\b(?:to|with|from|by|under)\s+)|,\s*(?:(?:former\s+|ex-)?(?:\p{Ll}[\p{Ll}\-]*\s+){1,5})?(?<!\b(?:of|for|to|with|at|from|by|under)\s+|\b(?:van|voor|met|bij|door|onder)\s+(?:\p{Ll}[\p{Ll}\-]*\s+)?))$")]
    private static partial Regex Coordination();

    // "X, along with (top executives) Y and Z, announced ...", "A, along with another key staffer, B, left": an inserted "along
    // with" adds subjects; without the comma
    // ("X left along with Y") it does not start a subject.
    [GeneratedRegex(@"^\s*,\s*(?:along with|together with|alongside|as well as|samen met|evenals|net als)\s+(?:(?:former\s+|ex-|voormalig\w*\s+)?(?:(?:\p{Ll}[\p{Ll}\-]*\s+){0,4}|(?:\p{Ll}[\p{Ll}\-]*\s+){0,3}\p{Ll}[\p{Ll}\-]*,\s*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex AlongWith();

    [GeneratedRegex(@"\p{Lu}[\p{L}\-'’]*,\s+(?:[^,;]{0,40}?\s)?\p{Lu}[\p{L}\-'’]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ListBeforeComma();

    // "Three researchers have left, Vogt included": the group's members are named, and those names are the departures.
    [GeneratedRegex(@"\b(?:included|including|among them|among whom|namely|onder wie|waaronder|onder meer)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NamedMembers();

    [GeneratedRegex(@"(?-i:\bI|\b[Ii]k|\b[Ww]e|\b[Ww]ij)\s+(?:\p{Ll}+\s+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPersonSubject();

    [GeneratedRegex(@"(?<=,\s+(?:\p{Ll}+\s+){0,3})\b(?:she|he|hij|zij)\s+(?:(?:was|is|will|would|has|had|been|be|wil|zal|gaat|ging)\s+){0,2}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PronounSubjectBefore();

    [GeneratedRegex(@"^\s*(?:and|en)\s", RegexOptions.CultureInvariant)]
    private static partial Regex AndAfterComma();

    [GeneratedRegex(@"^\s+(?:of|at|from|van|bij)\s+[^,;.:()]{1,45}$", RegexOptions.CultureInvariant)]
    private static partial Regex ItemPlace();

    [GeneratedRegex(@"^\S+\s+(.*)\s+\S+$")]
    private static partial Regex MiddleWords();

    // The speaker ("zegt CEO X") or the agent of a passive ("is door eigenaar X ontslagen") is not the one who leaves.
    [GeneratedRegex(@"\b(?:zegt|zei|zeggen|aldus|volgens|said|says|according to|door)\b(?:\s+[\p{L}\-]+){0,3}\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpeechVerbBefore();

    // "a spokesperson for OpenAI confirmed the departure": the company that speaks is the one left, not a destination.
    [GeneratedRegex(@"\b(?:naar|to|(?<!\b(?:spokesperson|spokesman|spokeswoman|representative|woordvoerder|woordvoerster)\s+)(?:for|voor)|joins?|joined|aan de slag bij|in dienst bij|(?:werkt|werken) (?:inmiddels |nu )?bij)\s+(?:the\s+|het\s+|de\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DestinationBefore();

    [GeneratedRegex(@",\s+[^,;]{0,80}?\b(?:at|of|bij|van)\s+(?:(?:the|het|de)\s+)?(?:\p{Lu}\p{Ll}+(?:se|er)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ApposedEmployer();

    [GeneratedRegex(@"^\s*(?:the|de|het)\s+(?:[\p{L}\-]+\s+){0,3}?(?:vice-president|president|director|directeur|head|hoofd|chief|CEO|CTO|COO|CFO|founder|co-founder|medeoprichter|oprichter|researcher|onderzoeker|engineer|scientist|lead|manager)\b[^,;]{0,60}?\b(?:of|at|van|bij)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RoleDescription();

    [GeneratedRegex(@"^(?:\s+|-)(?:[\p{L}\-]+\s+){0,2}?(?:co-founder|cofounder|founder|CEO|CTO|COO|CFO|president|researchers?|engineers?|scientists?|designers?|architects?|developers?|managers?|executive|exec|chief|head|director|lead|vice president|VP|employee|staffer|medeoprichter|oprichter|topman|onderzoeker|directeur|ontwerper|ingenieur|medewerker)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RoleWordAfter();

    [GeneratedRegex(@"^\s+(?:veteran|alum|alumnus|alumna)\s+(?-i:\p{Lu})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex VeteranBeforeName();

    // "X has parted ways with the company": the company the article is about.
    [GeneratedRegex(@"^\s+(?:the|its|his|her)\s+(?:company|firm|start-?up|lab|business|employer)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CompanyReferenceAfter();

    [GeneratedRegex(@"\b(?:parted|parts|parting|cut|cuts|cutting|severed|severs)\s+(?:ways|ties|company)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MutualParting();

    [GeneratedRegex(@"^\s*(?:the\s+(?:company|firm|start-up|startup|lab)['’]s|its)\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OwnCompanyReference();

    [GeneratedRegex(@"\b(?:worked|working|served|spent [^,;.]{1,30}?|was|werkte|werkten)\s+(?:\w+\s+){0,2}?(?:at|for|with|bij|voor)\s+(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WorkedAtBefore();

    [GeneratedRegex(@"^[^.;]{0,80}?\b(?:before|voordat|voor (?:hij|zij|ze))\s+(?:\w+\s+){0,2}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CareerStepBefore();

    // "left this month, following X's departure", "departed in May, with Y joining Z": a comma and a new adverbial end the
    // object too.
    // Words that open a new adverbial clause after a comma ("..., following X's departure", "..., citing ...").
    private const string CommaClauseOpener = "following|amid|citing|saying|ahead of";

    // Dutch "dan" is "than" only after a comparative ("meer dan", "later dan"); "volgt dan X op" is "then".
    private const string ThanDan = @"(?<=(?:er|meer|minder|anders)\s+)dan";

    [GeneratedRegex(@"\s(?:and|en|where|waar|after|na|om|to|for)\s|,\s+(?:" + CommaClauseOpener + @"|weeks|days|months|with|na|nadat|vanwege|waarbij)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ObjectEnd();

    [GeneratedRegex(@"^['’]?s?\s+(?:[\p{Ll}\-]+\s+){0,3}(?:unit|subsidiary|division|arm|start-up|startup|lab|business|dochter|dochterbedrijf|divisie|tak)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnedUnitBetween();

    [GeneratedRegex(@"^['’]?s?\s+(?:[\p{Ll}\-]+\s+){0,2}(?:" + TriggerRules.CompanyNoun + @"|venture|agency|studio)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex PersonsCompanyBetween();

    [GeneratedRegex(@",\s+(?:adding to|bringing|raising|marking|making|leaving|" + CommaClauseOpener + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex ParticipleClause();

    // The future, and the present of a move ("vertrekt in oktober", "leaves in October", "would be leaving at the start of
    // January"): news tells a past move in the past tense.
    [GeneratedRegex(@"\b(?:will|shall|is to|are to|would be leaving|would be stepping down|would leave|is set to|are set to|plans to|plan to|zal|zullen|moet|moeten|gaat|begint|komende|volgende|next|vertrekt|verlaat|stapt|treedt|leaves|is leaving|are leaving|steps down|is stepping down|departs|hands over|met ingang van|per(?=\s+\d))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FutureTense();

    /// <summary>The first departure cue each sentence carries, read or not (hedged, negated, no slots filled): for
    /// <see cref="ExtractionResult.PossibleDepartures"/>. Filled by <see cref="Find"/>.</summary>
    public Dictionary<int, string> Cues { get; } = [];

    public IReadOnlyList<DepartureCandidate> Find()
    {
        PartialDate? lastDay = null;
        foreach (var s in analysis.Sentences)
        {
            var dates = DateFinder.Find(s.Text, analysis.Article.Published, lastDay, FutureTense().IsMatch(s.Masked));
            if (!s.IsHeading && !s.IsLinkTeaser)
            {
                var staysOn = analysis.StaysOn(s) || analysis.MovesWithin(s) || StaysOnNext(s);
                foreach (var (start, end) in Clauses(s))
                {
                    var clause = s.Masked[start..end];
                    // "X, die de order zou hebben gegeven, nam ontslag": a hedge inside an inserted relative clause is about
                    // that clause; the main verb is read without it (blanked, so that positions stay).
                    if (analysis.IsHedged(clause) && RelativeInsert().IsMatch(clause)
                        && RelativeInsert().Replace(clause, r => new string(' ', r.Length)) is var unhedged && !analysis.IsHedged(unhedged))
                    {
                        clause = unhedged;
                    }

                    var rules = TriggerRules.RulesThatMayMatch(clause, analysis.Dutch);
                    if (analysis.IsHedged(clause) || staysOn)
                    {
                        // Not read, but an editor should see it ("reportedly in talks about leaving X").
                        if (!Cues.ContainsKey(s.Index) && rules.Select(r => r.Pattern.Match(clause)).FirstOrDefault(c => c.Success) is { } hedged)
                        {
                            Cues[s.Index] = hedged.Value;
                        }

                        continue;
                    }

                    var taken = new List<(int Start, int End)>();
                    var read = new List<(TriggerRule Rule, Match Match)>();
                    foreach (var rule in rules)
                    {
                        foreach (Match m in rule.Pattern.Matches(clause))
                        {
                            var ts = start + m.Index;
                            var te = ts + m.Length;
                            if (taken.Any(t => ts < t.End && t.Start < te))
                            {
                                continue;
                            }

                            taken.Add((ts, te));
                            Cues.TryAdd(s.Index, m.Value);
                            if (TriggerRules.NegatedBefore.IsMatch(clause[..m.Index]) || TriggerRules.NegatedAfter.IsMatch(clause[(m.Index + m.Length)..])
                                || (rule.Kind is TriggerKind.Leave && TriggerRules.BoardSeatSubjectBefore.IsMatch(s.Masked[..ts])))
                            {
                                continue;
                            }

                            read.Add((rule, m));
                        }
                    }

                    foreach (var (rule, m) in read)
                    {
                        // "X has recruited three researchers from Y to join his team": who joins is whom X hired, and the hire
                        // reads them; the sentence's subject is the hirer.
                        if (rule.Kind == TriggerKind.Join && InfinitiveJoin().IsMatch(m.Value)
                            && read.Any(h => h.Rule.Kind == TriggerKind.Hire && h.Match.Index < m.Index))
                        {
                            continue;
                        }

                        Read(rule, m, s, start, end, dates);
                    }
                }
            }

            foreach (var d in dates.Where(d => d.Date.Precision == DatePrecision.Day))
            {
                lastDay = d.Date;
            }
        }

        ReadHireRoundups();
        CompleteDestinations();
        CompletePreviousEmployers();
        ReadCareerChains();
        FollowTheCompanyLosingPeople();
        NameCountedGroups();
        NameSingleHires();
        KeepPeopleWhoStay();
        DropJoinsFromWhereTheyGoLater();
        DropSchoolsLeft();
        return candidates;
    }

    /// <summary>"left the University of Toronto to join Google": the record follows companies, so a university or school is
    /// never the company left, though it may be where someone goes; nor is an institute someone studied at ("X, who
    /// graduated with a PhD from the Y Institute in 2017, joined Z").</summary>
    private void DropSchoolsLeft() =>
        candidates.RemoveAll(c => IsSchool(c.From, institutes: false) || IsSchool(c.From, institutes: true) && analysis.Sentences[c.SentenceIndex].Text is var text
            && text.IndexOf(c.From, StringComparison.OrdinalIgnoreCase) is var at and > 0 && StudiedBefore().IsMatch(text.AsSpan(0, at)));

    private bool IsSchool(string organisation, bool institutes) =>
        analysis.Knowledge.Organisation(organisation) is { Kind: OrganisationKind.University }
        || organisation.Split(' ').Any((institutes ? Lexicon.AcademicWords : Lexicon.SchoolWords).Contains);

    [GeneratedRegex(@"\b(?:graduated|graduating|graduate|degrees?|PhD|Ph\.D\.?|doctorate|studied|studying|studies|student|master['’]s|bachelor['’]s|MBA|alumnus|alumna|afgestudeerd|studeerde|studie|promoveerde|gepromoveerd)\b[^.;]{0,60}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StudiedBefore();

    /// <summary>"Hein Schumacher is de nieuwe topman van Unilever. ... Schumacher begon in 2014 als financieel topman bij
    /// FrieslandCampina": a join that took the article's focus as the company left cannot have left the company the same person
    /// is read joining elsewhere in the article; that join is a step of the career that led there.</summary>
    private void DropJoinsFromWhereTheyGoLater() =>
        candidates.RemoveAll(c => c.Kind == TriggerKind.Join && c.FromSource == CompanySource.Focus && c.Person is not null
            && (candidates.Any(d => d != c && d.Person == c.Person && d.To is not null && SameEmployer(d.To, c.From))
                || joinsWithoutFrom.Any(j => j.Person == c.Person && j.Sentence != c.SentenceIndex && SameEmployer(j.To, c.From))));

    /// <summary>"Hastings stopt als ceo. ... De ex-ceo vertrekt niet bij het bedrijf, maar blijft als executive chairman": a leaver
    /// the article says later stays on as the company's chair, by name (anywhere later) or as the subject of a sentence that
    /// opens with a pronoun or a title (within six sentences), has not left it; nor has one moved to another post there
    /// ("X will take on a new role", "Door de fusie schuift hij door naar een nieuwe rol": a pronoun within three), nor one a
    /// later sentence keeps in the post ("confirms X remains as chief executive", "Mr X has not resigned").</summary>
    private void KeepPeopleWhoStay()
    {
        for (var i = 0; i < analysis.Sentences.Count; i++)
        {
            var s = analysis.Sentences[i];
            var movesWithin = !s.IsHeading && (analysis.MovesWithin(s) || TriggerRules.StaysInPost.IsMatch(s.Masked));
            if (s.IsHeading || !(movesWithin || analysis.StaysOn(s) && ChairRole().IsMatch(s.Masked)))
            {
                continue;
            }

            var named = analysis.Mentions[i].Select(analysis.Registry.ResolvePerson).OfType<string>().ToHashSet();
            // "Door de fusie schuift hij door naar ...": a pronoun after the opening words, with nobody else named, is the last
            // person told.
            var pronoun = TriggerRules.Pronoun.Match(s.Masked) is { Success: true } opening
                && (opening.Index == 0 || movesWithin && named.Count == 0 && opening.Index < 100) ? analysis.LastPersonBefore(i, 0) : null;
            // "The outgoing chief executive ...": the leaver read with that role.
            var title = FormerTitleOpening().Match(s.Masked) is { Success: true } t ? t.Groups["title"].Value : null;
            candidates.RemoveAll(c => c.Person is { } p && c.To is null && c.SentenceIndex < i
                && (named.Contains(p) || c.SentenceIndex >= i - (movesWithin ? 3 : 6) && (p == pronoun
                    || title is not null && analysis.Sentences[c.SentenceIndex].Masked.Contains(title, StringComparison.OrdinalIgnoreCase))));
        }
    }

    // "De ex-ceo ...", "The former chief executive ...", "De vertrekkende topman ...": the person the article is about, by title.
    [GeneratedRegex(@"^(?:the|de|het)\s+(?:ex-|former\s+|outgoing\s+|departing\s+|vertrekkende\s+|voormalige\s+|scheidende\s+)(?<title>\p{L}+(?:\s+(?:executive|officer|director|scientist|directeur))?)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FormerTitleOpening();

    /// <summary>"Meta has hired three researchers from OpenAI. The researchers, A, B and C, ...": a counted group read as
    /// unnamed departures is named by one of the next three sentences that opens by pointing back at the group, when it lists
    /// exactly that many people. The named departures keep the group's companies, date and role.</summary>
    private void NameCountedGroups()
    {
        var groups = candidates.Where(c => c.Person is null && c.UnnamedSlot > 0)
            .GroupBy(c => (c.SentenceIndex, c.From, c.To))
            .ToList();
        foreach (var group in groups)
        {
            var naming = Enumerable.Range(group.Key.SentenceIndex + 1, Math.Min(3, analysis.Sentences.Count - group.Key.SentenceIndex - 1))
                .Select(i => (Sentence: analysis.Sentences[i], Opening: GroupNamedNext().Match(analysis.Sentences[i].Masked)))
                .FirstOrDefault(x => !x.Sentence.IsHeading && x.Opening.Success);
            var names = naming.Sentence is null ? NamedMovers(group.Key.SentenceIndex + 1, group.Key.To) : LeadingPersons(naming.Sentence, naming.Opening.Length, naming.Sentence.Text.Length);
            // "They include A and B" names some of the group; the others stay unnamed.
            var some = naming.Sentence is not null && IncludeOpening().IsMatch(naming.Opening.Value);
            if (names.Count == 0 || (some ? names.Count > group.Count() : names.Count != group.Count()) || names.Any(n => candidates.Any(c => c.Person == n)))
            {
                continue;
            }

            var first = group.First();
            candidates.RemoveAll(group.Take(names.Count).Contains);
            candidates.AddRange(names.Select(n => first with { Person = n, UnnamedSlot = 0, Founder = null }));
        }
    }

    // "X's formal resignation": one describing word between the possessive and the noun.
    [GeneratedRegex(@"^['’]?s?\s+\p{Ll}+\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex OneWordAfterPossessive();

    /// <summary>"Veritas AI poaches a top executive from Cohere. Tom Baker will become its chief executive next month": one
    /// unnamed person hired is the one person the next two sentences have joining the same employer, when no company left is
    /// told for that person. The named departure keeps the hire's companies and date.</summary>
    private void NameSingleHires()
    {
        foreach (var hire in candidates.Where(c => c.Person is null && c.UnnamedSlot == 0 && c.To is not null && c.Kind == TriggerKind.Hire).ToList())
        {
            var joining = joinsWithoutFrom
                .Where(j => j.Sentence > hire.SentenceIndex && j.Sentence <= hire.SentenceIndex + 2 && SameEmployer(j.To, hire.To!))
                .Select(j => j.Person).Distinct().ToList();
            if (joining.Count == 1 && !candidates.Any(c => c.Person == joining[0])
                && candidates.Count(c => c.Person is null && c.SentenceIndex == hire.SentenceIndex) == 1)
            {
                candidates.Remove(hire);
                candidates.Add(hire with { Person = joining[0], Founder = null });
            }
        }
    }

    /// <summary>"Meta hired three researchers from OpenAI. A, B and C will join its new lab", "... A, B and C are founding
    /// members of Meta's new office": the next sentence opens with the group's names (or gives them after a report's "that")
    /// and tells them moving or names the hirer. Empty when it does not.</summary>
    private List<string> NamedMovers(int index, string? hirer)
    {
        if (index >= analysis.Sentences.Count || analysis.Sentences[index].IsHeading)
        {
            return [];
        }

        var s = analysis.Sentences[index];
        var names = LeadingPersons(s, 0, s.Text.Length);
        // "Executives told staff in a memo that A, B and C will join the company": the names may follow a report's "that".
        if (names.Count < 2 && ReportedThat().Match(s.Masked) is { Success: true } that)
        {
            names = LeadingPersons(s, that.Length, s.Text.Length);
        }
        var last = analysis.Mentions[index].LastOrDefault(mm => analysis.PersonFor(mm, learn: false) is { } p && names.Contains(p));
        var namesHirer = hirer is not null && analysis.Mentions[index].Any(mm => last is not null && mm.Start >= last.End
            && string.Equals(analysis.Registry.ResolveOrganisation(mm), hirer, StringComparison.OrdinalIgnoreCase));
        return names.Count >= 2 && last is not null && (MoveAfterNames().IsMatch(s.Masked[last.End..]) || namesHirer) ? names : [];
    }

    [GeneratedRegex(@"^\s*(?:(?:nieuwe|new|ervaren|voormalige?|former)\s+)?(?<noun>topman|topvrouw|topbestuurder|directeur|bestuurder|hoofdredacteur|ceo|cfo|cto|coo)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BareRoleObject();

    [GeneratedRegex(@"^[^.;]{0,120}?\b(?:said|says|told\s+[^.;]{1,60}?|announced|confirmed|wrote|zei|zegt|meldde|liet\s+[^.;]{0,30}?weten|schreef)\s+(?:[^.;]{0,60}?\s)?(?:that|dat)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReportedThat();

    // "..., B and C will be joining", "... are expected to join", "... have left", "... stappen over", "... komen over".
    [GeneratedRegex(@"^\s*(?:(?:will|are|were|have|had|would|zullen|gaan|zijn|komen|stappen|also|ook|all|alle|now|nu|expected|set|to|be)\s+){0,4}(?:join|joining|joined|moving|move|moved|leave|leaving|left|depart|departing|departed|over|vertrekken|vertrokken|overstappen|overgestapt|naar|bij)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MoveAfterNames();

    // "The researchers — A, B and C — ...", "The three are A, B and C", also after a first clause ("Y will go on, but the three
    // co-founders — A, B and C — ..."), "They are ...", "These include ...", "Among them are ...", "Het gaat om A, B en C", "De
    // drie zijn ...".
    [GeneratedRegex(@"^(?:[^.;]{0,120}?(?:,\s+(?:but|and|while|maar|en)\s+|;\s+))?(?:(?:the|these|those|both|all|de|deze|die|beide|alle)\s+(?:(?:two|three|four|five|twee|drie|vier|vijf|[2-5])\s+)?(?:\p{Ll}[\p{Ll}\-]*\s*)?(?:(?:are|were|zijn|waren)\s+|\s*[—–:]\s*|\s-\s|,\s+)|(?:they|these|those|zij|ze)\s+(?:are|were|zijn|waren|include|included)\s+|among them (?:are|were)\s+|(?:het|it)\s+(?:gaat|ging|concerns|concerned)\s+(?:om\s+)?)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GroupNamedNext();

    [GeneratedRegex(@"\binclud", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IncludeOpening();

    // The words before an employer that make it where the person worked before: "previously ... at Y", "spent six years at
    // Y", "comes from Y", "was eerder CFO bij Y", "komt over van Y", "afkomstig van Y", "die eerder bij Y werkte"; and, next
    // to a move to another employer, the one the person still works at: "is nu nog CFO bij Y", "currently CFO at Y"; "was de
    // afgelopen jaren CFO bij Y", "heeft de afgelopen jaren leiding gegeven aan Y", "had worked at Y since 2012"; each of a
    // list ("after working at A, B and C", "following a decade at A and a stint at B").
    [GeneratedRegex(@"(?:\b(?:had|has)\s+(?:\w+\s+)?(?:worked|served)\b[^.;]{0,40}?\b(?:at|for|with)|\b(?:previously|formerly|currently(?![^.;]{0,30}\b(?:married|engaged|dating|wed)\b)|before that|after working|following (?:about |nearly |almost |more than |some )?(?:a|an|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:[\w-]+ )?(?:decades?|years?|stints?|spells?)|before joining\b[^.;]{0,40}?|prior to\b[^.;]{0,40}?|until (?:recently|now|last year|earlier this year)|most recently|earlier in (?:his|her|their) career|(?:began|started) (?:his|her|their) career)\b[^.;]{0,60}?\b(?:at|for|with|of|on)|\b(?:previously|formerly|most recently|until recently)\s+(?:ran|led|headed|managed|oversaw|co-?founded|founded)|\bspent (?:the (?:past|last|previous) )?(?:[\w-]+ )?(?:years?|months?|decades?)\b[^.;]{0,40}?\b(?:at|with)|\b(?:comes|came|joins|joined|arrives|arrived|moves|moved|hired|recruited|poached|lured)\b(?:\s+[^.;,]{1,40}?)?\s+(?:over\s+)?from|\b(?:eerder|daarvoor|voorheen|voordien|hiervoor|tot voor kort|tot dusver|tot nu toe|tot (?:vorig jaar|vorige maand|begin dit jaar|onlangs|kort geleden)|na een (?:loopbaan|carrière) van|jarenlang|(?:nu|op dit moment|momenteel|thans) nog|(?:begon|startte) (?:zijn|haar|hun) (?:loopbaan|carrière)|de (?:afgelopen|voorbije|laatste) (?:[\p{L}\d]+ )?(?:jaren|jaar))\b[^.;]{0,90}?\b(?:bij|voor|van|(?<=\bleiding\s+(?:gegeven\s+)?)aan)(?:\s+(?:het|de)?\s*\p{Ll}*(?:firma|bedrijf|concern|bureau|bank|investeerder|maker|fabrikant)|\s+(?:het|de)(?:\s+(?-i:\p{Ll}[\p{L}\-]*|\p{Lu}\p{Ll}+(?:se|sche))){1,3}?)?|\b(?:komt|kwam)\b(?:\s+[\p{L}\d-]+){0,3}?\s+(?:over\s+)?van|\bafkomstig (?:van|uit)|\b(?:daarvoor|hiervoor|eerder|voorheen|voordien)\s+(?:leidde|bestuurde|runde|leidden)\s+(?:hij|zij|ze)|\bvervulde\s+(?:hij\s+|zij\s+|ze\s+)?(?:eerder\s+|al\s+)?bij)(?:\s+(?:the\s+|an?\s+)?(?:[\p{L}\-]+\s+){0,2}?(?-i:\p{Ll}[\p{Ll}\-]*\s+)?(?:" + TriggerRules.CompanyNoun + @")(?:\s+(?:named|called))?)?(?<list>(?:\s+(?-i:\p{Lu})[\p{L}\-.&]*(?:\s+(?-i:\p{Lu})[\p{L}\-.&]*){0,2},)*(?:\s+(?-i:\p{Lu})[\p{L}\-.&]*(?:\s+(?-i:\p{Lu})[\p{L}\-.&]*){0,2},?\s+(?:and|en))?)\s+(?:the\s+|het\s+|de\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PreviousEmployerBefore();

    // A later item of such a list ends it: "at A, B and C." or "... C before joining Y"; in "at A, and C hired her" C begins a clause.
    [GeneratedRegex(@"^\s*(?:[.,;:)]|$|(?:before|until|in|as|for|from|and|en|or|of|tot|als|voor|waar|where|when|toen)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ListItemEnd();

    [GeneratedRegex(@"(?:\b(?:former|ex|voormalig\w*|oud)-?|\bex-)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FormerBefore();

    // "X, a veteran of Google and OpenAI, left", "with a long career at A, B and C": employers a description says the person
    // worked at before, each of a list; for a leave they are background, not the company left.
    [GeneratedRegex(@"(?:\b(?:previously|formerly|before that|most recently|earlier in (?:his|her|their) career)\b[^.;]{0,60}?\b(?:at|for|with|of)|\b(?:an? (?:[\p{Ll}\-]+ ){0,2}?(?:veteran|alumn(?:us|a)|alum) (?:of|from)|(?:with|after) (?:an? )?(?:[\p{Ll}\-]+ ){0,2}?(?:career|years|decades?|stints?|tenures?) (?:at|with)))(?:\s+[^.;]{1,50}?(?:,(?:\s*and)?|\s+and))?\s+(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EarlierCareerBefore();

    // "interned at OpenAI", "een stage bij Y": an internship is not a job the corpus rules count as left.
    [GeneratedRegex(@"\b(?:interned|interning|an? (?:summer |research )?internship|(?:een |zijn |haar )?stage (?:liep )?)\s+(?:at|with|bij)\s+(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex InternshipBefore();

    // "... at Google, where she spent eight years": an employer the person spent time at, told before the move.
    [GeneratedRegex(@"^,?\s+(?:where|waar)\s+(?:he|she|they|hij|zij|ze)\s+(?:spent|worked|was|werkte|zat)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpentYearsAfter();

    // "Y's former chief scientist": a possessive employer followed by "former".
    [GeneratedRegex(@"^\s*(?:former|ex-|onetime|one-time|longtime former)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FormerAfter();

    /// <summary>A join or hire read without a company left takes the employer the same person is said to have worked at
    /// before, in that sentence or the next two ("Cohere hired X. X previously spent six years at Y", "Zij was eerder CFO
    /// bij Y"). Background alone ("X, a former Y engineer") stays no departure: a move to a named employer must be told.</summary>
    private void CompletePreviousEmployers()
    {
        foreach (var join in joinsWithoutFrom)
        {
            if (candidates.Any(c => c.Person == join.Person && (c.To is null || string.Equals(c.To, join.To, StringComparison.OrdinalIgnoreCase))))
            {
                continue;
            }

            var last = Math.Min(join.Sentence + 2, analysis.Sentences.Count - 1);
            for (var i = Math.Max(join.Sentence - 1, 0); i <= last; i++)
            {
                if (PreviousEmployerIn(i, join) is { } previous)
                {
                    candidates.Add(new DepartureCandidate(join.Person, previous, join.To, join.Date, join.DateIsExplicit, join.Sentence, null, null,
                        Kind: TriggerKind.Join, FromSource: CompanySource.Career));
                    break;
                }
            }
        }
    }

    private string? PreviousEmployerIn(int sentence, (string Person, string To, int Sentence, PartialDate? Date, bool DateIsExplicit) join) =>
        PreviousEmployersIn(sentence, join.Person, toldBefore: sentence < join.Sentence, ownedOnly: false).FirstOrDefault(org => !SameEmployer(org, join.To));

    /// <summary>The employers a sentence about the person (by name, or by a pronoun that points back to them) says the person
    /// worked at before: "previously ... at Y", "spent six years at Y", "Daarvoor werkte hij bij Y", "Y's former ...", and,
    /// in a sentence told before the move, "at Y, where she spent eight years".</summary>
    /// <remarks>With <paramref name="ownedOnly"/> an employer counts only when the person is the last one named (or pointed at)
    /// before it (in "A left in May, while B, previously at Y, stepped down" Y is B's), and not in a description set off after
    /// the name ("A, previously at Y, stepped down"), which the corpus rules count as background.</remarks>
    private IEnumerable<string> PreviousEmployersIn(int sentence, string person, bool toldBefore, bool ownedOnly)
    {
        var s = analysis.Sentences[sentence];
        var mentions = analysis.Mentions[sentence];
        var named = mentions.Any(mm => analysis.Registry.ResolvePerson(mm) == person);
        var pronoun = PronounIn(s, 0, s.Masked.Length);
        var about = named || (pronoun is { } at && !mentions.Any(mm => mm.End <= at && analysis.Registry.ResolvePerson(mm) is not null)
            && analysis.LastPersonBefore(sentence, at) == person);
        if (!about)
        {
            yield break;
        }

        foreach (var mm in mentions)
        {
            if (analysis.Registry.ResolvePerson(mm) is not null)
            {
                continue;
            }

            var told = PreviousEmployerBefore().Match(s.Masked[..mm.Start]) is { Success: true } previous && (previous.Groups["list"].Length == 0 || ListItemEnd().IsMatch(s.Masked[mm.End..]))
                || (mm.Possessive && FormerAfter().IsMatch(s.Masked[mm.End..]))
                || (toldBefore && SpentYearsAfter().IsMatch(s.Masked[mm.End..]));
            // "was a developer on the Quill Platform team": a team inside the company, not an employer of its own.
            if (told && !InternshipBefore().IsMatch(s.Masked[..mm.Start]) && !TeamAfter().IsMatch(s.Masked.AsSpan(mm.End)) && (!ownedOnly || (OwnerBefore(sentence, mm.Start) == person && !InDescriptorOfName(sentence, mm.Start)))
                && analysis.OrganisationFor(mm with { Possessive = false }, learn: true) is { } org && analysis.Registry.IsEmployer(org))
            {
                yield return org;
            }
        }
    }

    [GeneratedRegex(@"^\s+(?:team|unit|division|department|afdeling)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TeamAfter();

    // "Dana Whitlock, previously at Y, stepped down", "X, who spent years at Y, ...": a description set off after the name.
    [GeneratedRegex(@"^\s*[,(]\s*(?:who\s+|die\s+)?[^,()]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DescriptorAfterName();

    private bool InDescriptorOfName(int sentence, int position) =>
        LastNameBefore(sentence, position) is { } name && DescriptorAfterName().IsMatch(analysis.Sentences[sentence].Masked[name.End..position]);

    private Mention? LastNameBefore(int sentence, int position) =>
        analysis.Mentions[sentence].LastOrDefault(mm => mm.End <= position && analysis.Registry.ResolvePerson(mm) is not null);

    /// <summary>A departure whose company left came from nothing in its clause takes the article's focus; in a talent-war
    /// article ("Meta poaches Apple's AI leaders") the most named company is often the one hiring. When the departures whose
    /// clauses name the company left mostly name one other company, that company is the one these people left too.</summary>
    private void FollowTheCompanyLosingPeople()
    {
        FollowANamedExodus();
        var told = candidates.Where(c => c.Person is not null && c.FromSource == CompanySource.Clause)
            .GroupBy(c => analysis.Knowledge.EmployerName(c.From), StringComparer.OrdinalIgnoreCase)
            .Select(g => (Company: g.Key, People: g.Select(c => c.Person).Distinct().Count()))
            .OrderByDescending(x => x.People)
            .ToList();
        if (told.Count == 0 || told[0].People < 2 || (told.Count > 1 && told[1].People == told[0].People))
        {
            return;
        }

        var losing = told[0].Company;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.FromSource == CompanySource.Focus && !SameEmployer(c.From, losing) && (c.To is null || !SameEmployer(c.To, losing)))
            {
                candidates[i] = c with { From = losing };
            }
        }
    }

    /// <summary>"Brockman's comeback follows a series of notable exits at OpenAI. Murati left in September ...": a sentence that
    /// names the company losing people ("exits at Y", "de leegloop bij Y") is the company left by the departures told after
    /// it with no company of their own, in that sentence and the next six.</summary>
    private void FollowANamedExodus()
    {
        for (var i = 0; i < analysis.Sentences.Count; i++)
        {
            if (CompanyLosingPeople.In(analysis, i) is not { } losing)
            {
                continue;
            }

            // A lede that says so ("Y has lost two more founding members to Meta") speaks for the whole article.
            var window = i == analysis.LedeIndex ? analysis.Sentences.Count : 6;
            for (var k = 0; k < candidates.Count; k++)
            {
                var c = candidates[k];
                // "the company" read as the article's focus is the company this sentence says is losing people.
                var byFocus = c.FromSource == CompanySource.Focus
                    || c.FromSource == CompanySource.Reference && analysis.FocusAt(c.SentenceIndex) is { } focus && SameEmployer(c.From, focus);
                if (byFocus && c.SentenceIndex >= i && c.SentenceIndex <= i + window
                    && !SameEmployer(c.From, losing) && (c.To is null || !SameEmployer(c.To, losing)))
                {
                    candidates[k] = c with { From = losing, FromSource = CompanySource.Reference };
                }
            }
        }
    }

    /// <summary>The person a position in a sentence is about: the last person named before it, or the one a pronoun after that
    /// name points back to.</summary>
    private string? OwnerBefore(int sentence, int position)
    {
        var s = analysis.Sentences[sentence];
        var named = LastNameBefore(sentence, position);
        var from = named?.End ?? 0;
        return PronounIn(s, from, position) is { } at ? analysis.LastPersonBefore(sentence, at)
            : named is null ? null : analysis.Registry.ResolvePerson(named);
    }

    /// <summary>A career told backwards from a move: an employer the person is said to have worked at before the company they
    /// are read leaving ("X left Y for Z. He previously spent six years at W") is a move from W to Y, and one told before that
    /// ("Daarvoor werkte hij bij V") a move from V to W in turn. Each earlier employer is told of the person in one of the three
    /// sentences after the move's: in the move's own sentence ("X, who previously spent years at W, left Y") it is a
    /// background descriptor, which the corpus rules do not count. With no time given, the move has no date.</summary>
    private void ReadCareerChains()
    {
        foreach (var anchor in candidates.Where(c => c.Person is not null && !c.JoinOnly && c.UnnamedSlot == 0).ToList())
        {
            var person = anchor.Person!;
            var later = anchor.From;
            var last = Math.Min(anchor.SentenceIndex + 3, analysis.Sentences.Count - 1);
            for (var i = anchor.SentenceIndex + 1; i <= last; i++)
            {
                string? earliest = null;
                foreach (var earlier in PreviousEmployersIn(i, person, toldBefore: false, ownedOnly: true).ToList())
                {
                    if (SameEmployer(earlier, later) || (anchor.To is { } to && SameEmployer(earlier, to))
                        || candidates.Any(c => c.Person == person && SameEmployer(c.From, earlier)))
                    {
                        continue;
                    }

                    candidates.Add(new DepartureCandidate(person, earlier, later, null, false, i, null, null, Kind: TriggerKind.Join, FromSource: CompanySource.Career));
                    earliest = earlier;
                }

                later = earliest ?? later;
            }
        }
    }

    /// <summary>A departure without a destination takes the employer the same person joins in the two sentences before or the next
    /// two ("X is de nieuwe directeur van Y. Hij volgt Z op. X komt over van W").</summary>
    private void CompleteDestinations()
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Person is null || c.To is not null || c.JoinOnly)
            {
                continue;
            }

            var join = joinsWithoutFrom.FirstOrDefault(j => j.Person == c.Person && j.Sentence >= c.SentenceIndex - 2 && j.Sentence <= c.SentenceIndex + 2
                && !string.Equals(j.To, c.From, StringComparison.OrdinalIgnoreCase));
            if (join.Person is not null)
            {
                // "Per 1 april treedt X aan bij Y. X maakt de overstap van Z": the stated start is the date of the move.
                candidates[i] = !c.DateIsExplicit && join.DateIsExplicit
                    ? c with { To = join.To, Date = join.Date, DateIsExplicit = true }
                    : c with { To = join.To };
            }
        }
    }

    [GeneratedRegex(@"^\s*,", RegexOptions.CultureInvariant)]
    private static partial Regex VerbEndsClause();

    /// <summary>A Dutch verb at the end of its clause has its companies before it ("die bij Y naar Z vertrok"): the last
    /// organisation behind <paramref name="marker"/> between the last person named and the verb.</summary>
    private string? OrganisationBeforeVerb(Sentence s, Regex marker, int clauseStart, int verbStart, bool destination, string? except)
    {
        var lastPerson = analysis.Mentions[s.Index].LastOrDefault(mm => mm.End <= verbStart && mm.Start >= clauseStart && analysis.Registry.ResolvePerson(mm) is not null);
        string? found = null;
        foreach (Match t in marker.Matches(s.Masked[..verbStart], lastPerson?.End ?? clauseStart))
        {
            if (t.Length > 0 && OrganisationAt(s, t.Index + t.Length, verbStart, destination, from: null) is { } org && org != except)
            {
                found = org;
            }
        }

        return found;
    }

    // ", die de order zou hebben gegeven,", ", who reportedly ...,": a relative clause set off by commas inside a sentence.
    [GeneratedRegex(@",\s*(?:die|dat|wie|who|which|whom)\b[^,;.]{1,120}?,", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeInsert();

    // The words that open a Dutch subordinate clause, whose verb comes last: "die ... vertrok", "nadat ... opstapte".
    [GeneratedRegex(@"\b(?:die|dat|nadat|toen|omdat|waarna|sinds|wanneer|terwijl|doordat|zodat|hoewel|voordat|nu|waar|wie)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SubordinateOpening();

    private List<(int Start, int End)> Clauses(Sentence s)
    {
        var result = new List<(int, int)>();
        var start = 0;
        var boundaries = TriggerRules.ClauseBoundary.Matches(s.Masked).ToList();
        // "A, B and C — all of whom co-founded it — joined Amazon": a pair of dashes encloses an insert, not a new clause.
        var inserts = boundaries.Where(b => b.Value.Trim() is "—" or "–").ToList();
        if (inserts.Count == 2 && inserts[1].Index - inserts[0].Index < 100 && !TriggerRules.ParentheticalStartsClause.IsMatch(s.Masked[(inserts[0].Index + inserts[0].Length)..]))
        {
            boundaries.RemoveAll(b => inserts.Contains(b));
        }

        foreach (var b in boundaries)
        {
            // "A, B, and C left": the comma before the last name of a list is not a clause boundary.
            // So is one after a bracketed description: "A (robotics), B (models), and C (training) have moved".
            var beforeComma = Brackets().Replace(s.Masked[start..b.Index], string.Empty);
            // And one after a name's own place: "hacker A of Y's car team, and B".
            if (b.Value.StartsWith(',') && AndAfterComma().IsMatch(s.Masked[(b.Index + 1)..]) && ListBeforeComma().IsMatch(beforeComma)
                && analysis.Mentions[s.Index].Any(mm => (mm.End == b.Index || (mm.End < b.Index && Brackets().Match(s.Masked, mm.End, b.Index - mm.End) is { Success: true } br
                    && br.Index == mm.End && br.Length == b.Index - mm.End) || (mm.End < b.Index && b.Index - mm.End <= 50 && ItemPlace().IsMatch(s.Masked.AsSpan(mm.End, b.Index - mm.End))))
                    && NamesAPerson(mm)))
            {
                continue;
            }

            // "who worked at Meta, Uber, and Airtable, also left": nor in a list of companies whose last item closes at a comma.
            if (b.Value.StartsWith(',') && AndAfterComma().IsMatch(s.Masked[(b.Index + 1)..]) && ListBeforeComma().IsMatch(beforeComma)
                && analysis.Mentions[s.Index].Any(mm => mm.End == b.Index && analysis.Registry.ResolvePerson(mm) is null && analysis.EmployerOf(mm) is not null)
                && analysis.Mentions[s.Index].FirstOrDefault(mm => mm.Start > b.Index) is { } last && BareAnd().IsMatch(s.Masked.AsSpan(b.Index + 1, last.Start - b.Index - 1))
                && analysis.Registry.ResolvePerson(last) is null && analysis.EmployerOf(last) is not null && ListItemCloses().IsMatch(s.Masked.AsSpan(last.End)))
            {
                continue;
            }

            // "A, head of research, and B left": nor is the comma that closes a description set off after a listed name.
            if (b.Value.StartsWith(',') && ListedApposition().Matches(s.Masked, start).Any(a => a.Index + a.Length == b.Index + 1 && DescribesListedPerson(s, a)))
            {
                continue;
            }

            result.Add((start, b.Index));
            start = b.Index + b.Length;
        }

        result.Add((start, s.Masked.Length));
        return result;
    }

    private void Read(TriggerRule rule, Match m, Sentence s, int clauseStart, int clauseEnd, IReadOnlyList<DateMention> dates)
    {
        personalFrom.Clear();
        var ts = clauseStart + m.Index;
        var te = ts + m.Length;
        var focus = analysis.FocusAt(s.Index);

        // Destination.
        string? to = null;
        var toMarker = clauseEnd;
        if (rule.DirectObjectIsTo)
        {
            to = OrganisationAt(s, te, clauseEnd, destination: true, from: null);
            if (to is not null)
            {
                toMarker = te;
            }
        }

        // A destination inside the trigger itself ("among those who left for Meta is X").
        if (m.Groups["to"] is { Success: true } inside)
        {
            to = FirstOrganisationBetween(s, clauseStart + inside.Index, clauseStart + inside.Index + inside.Length, except: null, allowReference: false, destination: true);
        }

        // "X, die vorig jaar bij Y vertrok, werkt nu bij Z": a Dutch verb that ends its (subordinate) clause has its companies
        // before it; what follows the comma belongs to the main clause.
        var verbFinal = analysis.Dutch && m.Groups["obj"] is not { Success: true } && VerbEndsClause().IsMatch(s.Masked.AsSpan(te, clauseEnd - te))
            && SubordinateOpening().IsMatch(s.Masked.AsSpan()[Math.Max(clauseStart, s.Masked.LastIndexOf(',', Math.Max(0, ts - 1)) + 1)..ts]);

        if (to is null && rule.To is not null && !verbFinal)
        {
            foreach (Match t in rule.To.Matches(s.Masked[..clauseEnd], te))
            {
                if (t.Length == 0)
                {
                    continue;
                }

                to = OrganisationAt(s, t.Index + t.Length, clauseEnd, destination: true, from: null);
                if (to is not null)
                {
                    toMarker = t.Index;
                    break;
                }
            }
        }

        // Dutch subordinate clauses put the verb last: "die naar Adyen vertrok".
        if (to is null && analysis.Dutch && rule.To is not null && rule.Kind is TriggerKind.Leave or TriggerKind.Join)
        {
            to = OrganisationBeforeVerb(s, rule.To, clauseStart, ts, destination: true, except: null);
        }

        if (rule.RequiresDestination && to is null)
        {
            return;
        }

        // "keert terug naar Europa", "is returning to the US": going back to a place, not to an employer.
        if (rule.Kind == TriggerKind.Return && to is null && PlaceReturnedTo().Match(s.Text, te, clauseEnd - te) is { Success: true } place
            && analysis.Knowledge.IsNotAName(place.Groups["place"].Value))
        {
            return;
        }

        // "joined the executive team as SVP", "joined its board": a team inside the company, not a company joined.
        if (rule.Kind == TriggerKind.Join && to is null && rule.DirectObjectIsTo && InternalObject().IsMatch(s.Masked[te..clauseEnd]))
        {
            return;
        }

        // "Cohere has announced that X is joining the company as its new CFO": the company joined is the one that announces, never
        // one left.
        var joinedTheCompany = rule.Kind == TriggerKind.Join && to is null && rule.DirectObjectIsTo && JoinedCompanyReference().IsMatch(s.Masked[te..clauseEnd]);
        if (joinedTheCompany)
        {
            to = EmployersNamed(s, mm => mm.End <= ts && AnnouncesAfter().IsMatch(s.Masked[mm.End..ts])).FirstOrDefault();
        }

        // Company left, when the clause names it after the verb.
        string? from = null;
        var fromMarker = clauseEnd;
        // "has left Apple, having been hired by Meta": a company named right after the verb is the one left, before any
        // marker further on ("by", "from") that belongs to another verb.
        // The same company as a destination read further on ("left the iPhone maker ... a blow to Apple") is no destination.
        if (rule.DirectObjectIsFrom && DirectObjectOrganisation(s, te, clauseEnd) is { } direct)
        {
            from = direct;
            to = to is not null && SameEmployer(to, direct) ? null : to;
        }
        else if (rule.From is not null && verbFinal)
        {
            from = OrganisationBeforeVerb(s, rule.From, clauseStart, ts, destination: false, except: to);
        }
        else if (rule.From is not null)
        {
            // "verlaat De Groot KLM en gaat aan de slag bij Y": a marker after the verb's object and "en" belongs to the next verb.
            var markerLimit = rule.DirectObjectIsFrom && ObjectEnd().Match(s.Masked[..clauseEnd], te) is { Success: true } next ? next.Index : clauseEnd;
            foreach (Match f in rule.From.Matches(s.Masked[..markerLimit], te))
            {
                var org = OrganisationAt(s, f.Index + f.Length, clauseEnd, destination: false, from: null);
                if (org is not null && org != to)
                {
                    from = org;
                    fromMarker = f.Index;
                    break;
                }
            }
        }

        // "who previously worked at Meta before joining OpenAI": a career step told before the verb.
        if (from is null && rule.Kind is TriggerKind.Join or TriggerKind.Return)
        {
            from = analysis.Mentions[s.Index]
                .Where(mm => mm.Start >= clauseStart && mm.End <= ts && WorkedAtBefore().IsMatch(s.Masked[..mm.Start])
                    && CareerStepBefore().IsMatch(s.Masked[mm.End..ts]))
                .Select(mm => analysis.OrganisationFor(mm, learn: true))
                .FirstOrDefault(o => o is not null && o != to);
        }

        // "Three other former DeepMind workers joined Microsoft", "Apple hired ex-Microsoft VP X": the employer they are
        // described as having left, in the subject of a join or the object of a hire.
        // Not for appointments: "Former Google executive X has been named CTO of Y" is background, not a move told.
        if (from is null && (rule.Kind == TriggerKind.Hire || (rule.Kind == TriggerKind.Join && m.Value.Contains("join", StringComparison.OrdinalIgnoreCase))))
        {
            var (fs, fe) = rule.Kind == TriggerKind.Join ? (clauseStart, ts) : (te, clauseEnd);
            from = analysis.Mentions[s.Index]
                .Where(mm => mm.Start >= fs && mm.End <= fe && FormerBefore().IsMatch(s.Text[fs..mm.Start]) && analysis.Registry.ResolvePerson(mm) is null)
                .Select(mm => analysis.EmployerOf(mm))
                .FirstOrDefault(o => o is not null && o != to);
        }

        // A company left inside the trigger itself ("among those who have left Veritas AI are X").
        if (from is null && m.Groups["from"] is { Success: true } insideFrom)
        {
            from = FirstOrganisationBetween(s, clauseStart + insideFrom.Index, clauseStart + insideFrom.Index + insideFrom.Length, except: to, allowReference: false);
        }

        if (from is null && rule.DirectObjectIsFrom)
        {
            // The object follows the verb: "left in the spring and has since turned up at Amazon" has none.
            var objectLimit = Math.Min(toMarker, clauseEnd);
            var coordinated = ObjectEnd().Match(s.Masked[..objectLimit], te);
            from = FirstOrganisationBetween(s, te, coordinated.Success ? coordinated.Index : objectLimit, except: to);
        }

        var objectEnd = Math.Min(Math.Min(toMarker, fromMarker), clauseEnd);
        List<string?> persons;
        string? unnamedNoun = null;
        var unnamedCount = 1;
        List<string>? unnamedRoles = null;
        switch (rule.Kind)
        {
            case TriggerKind.Hire:
            case TriggerKind.CompanyLoses:
                {
                    var obj = m.Groups["obj"];
                    var (os, oe) = obj.Success ? (clauseStart + obj.Index, clauseStart + obj.Index + obj.Length) : (te, objectEnd);
                    // "hired X to run its G Suite business, which includes Gmail, Google Docs": the people hired come before the purpose.
                    // What the people were hired to do names no employer of theirs: "tapped X to head Veritas AI's operations".
                    var employerLimit = clauseEnd;
                    if (!obj.Success && ObjectPurpose().Match(s.Masked[..oe], os) is { Success: true } purpose)
                    {
                        oe = purpose.Index;
                        employerLimit = purpose.Index;
                    }

                    // "has lost X, adding to the departures under CEO Y": a participle clause after a comma ends the object.
                    if (!obj.Success && ParticipleClause().Match(s.Masked[..oe], os) is { Success: true } participle)
                    {
                        oe = participle.Index;
                    }
                    // ", which also lost X": the company the relative clause hangs on.
                    var relativeSubject = RelativeClauseStart().IsMatch(s.Masked[clauseStart..ts])
                        ? analysis.Mentions[s.Index].LastOrDefault(mm => mm.End <= clauseStart && analysis.EmployerOf(mm) is not null) is { } hangsOn ? analysis.EmployerOf(hangsOn) : null
                        : null;
                    // "Meta invested in Veritas AI, bringing its CEO on board": a participle after a comma has the sentence's subject.
                    var participleSubject = rule.Kind == TriggerKind.Hire && CommaRightBefore().IsMatch(s.Masked.AsSpan(0, ts)) && HireParticiple().IsMatch(m.Value)
                        ? EmployersNamed(s, mm => mm.End <= ts).FirstOrDefault()
                        : null;
                    var subject = relativeSubject ?? participleSubject ?? OrganisationBefore(s, clauseStart, ts, focus, rule.Kind == TriggerKind.Hire, except: from)
                        ?? (analysis.Dutch ? FirstOrganisationBetween(s, os, FirstPersonStart(s, os, oe), except: from, allowReference: true, destination: rule.Kind == TriggerKind.Hire) : null);
                    // "hired A from OpenAI, B from Google DeepMind and C from Apple": the list goes on past the first "from".
                    if (!obj.Success && PersonalEmployers(s, os, clauseEnd).Count() >= 2)
                    {
                        oe = clauseEnd;
                    }

                    persons = PersonsIn(s, os, oe).Cast<string?>().ToList();

                    // "nadat Meta-topman X vier onderzoekers van OpenAI aantrok": the name before the counted group is the hirer.
                    if (obj.Success && persons.Count > 0 && TriggerRules.UnnamedGroup.Match(s.Masked[os..oe]) is { Success: true } hiredGroup0)
                    {
                        persons = PersonsIn(s, os + hiredGroup0.Index, oe).Cast<string?>().ToList();
                    }

                    // "Veritas AI lost three executives this month: CTO A, CFO B and C", "Meta has hired these researchers:" and a list.
                    if (persons.Count == 0)
                    {
                        persons = PeopleAfterColon(s, clauseEnd);
                    }

                    // "Y has seen several top executives leave the company recently, including A, B and C": a group of people in
                    // the object, named in the list that follows.
                    if (persons.Count == 0 && PeopleGroup().IsMatch(s.Masked[os..Math.Max(os, oe)])
                        && IncludingListAfter().Match(s.Masked, oe) is { Success: true } listAfterGroup)
                    {
                        persons = LeadingPersons(s, listAfterGroup.Index + listAfterGroup.Length, s.Masked.Length).Cast<string?>().ToList();
                    }

                    if (persons.Count == 0)
                    {
                        persons = PeopleNamedNext(s);
                    }

                    if (persons.Count == 0)
                    {
                        unnamedNoun = UnnamedIn(s, os, Math.Max(oe, clauseEnd));
                    }

                    // "Coolblue haalt topman weg bij Kramsmit": a headline drops the article before the one hired.
                    if (persons.Count == 0 && unnamedNoun is null && rule.Kind == TriggerKind.Hire && obj.Success && BareRoleObject().Match(obj.Value) is { Success: true } bare)
                    {
                        unnamedNoun = bare.Groups["noun"].Value;
                    }

                    // "X has hired two engineers from Meta": one unnamed departure per person hired.
                    if (persons.Count == 0 && unnamedNoun is null && rule.Kind is TriggerKind.Hire or TriggerKind.CompanyLoses
                        && TriggerRules.UnnamedGroup.Match(s.Masked[os..Math.Max(oe, os)]) is { Success: true } hiredGroup)
                    {
                        unnamedCount = NumberOf(hiredGroup.Groups["n"].Value);
                        var plural = hiredGroup.Groups["noun"].Value;
                        unnamedNoun = plural.EndsWith('s') ? plural[..^1] : plural;
                    }

                    if (rule.Kind == TriggerKind.Hire)
                    {
                        // "PolarLoop, the Tallinn start-up, has hired ...": the named subject, not the description after it.
                        to ??= subject ?? FirstOrganisationBetween(s, clauseStart, ts, except: from, allowReference: false, destination: true);

                        // "nadat Coolblue twee ontwikkelaars van Orrery aantrok": the company left inside the object of a verb-final hire.
                        if (from is null && obj.Success && rule.From is not null)
                        {
                            foreach (Match f in rule.From.Matches(s.Masked[..oe], os))
                            {
                                if (OrganisationAt(s, f.Index + f.Length, oe, destination: false, from: null) is { } inObject && inObject != to)
                                {
                                    from = inObject;
                                    break;
                                }
                            }
                        }

                        // "Apple hired X, Orrery's head of infrastructure": the person's company in the apposition.
                        from ??= analysis.Mentions[s.Index]
                            .Where(mm => mm.Start >= os && mm.End <= employerLimit && mm.Possessive)
                            .Select(mm => analysis.EmployerOf(mm))
                            .FirstOrDefault(o => o is not null && o != to);

                        // "Meta poached X, head of research at Y", "Apple haalde X binnen, een van de oprichters van het Eindhovense Y".
                        if (from is null)
                        {
                            var employer = analysis.Mentions[s.Index]
                                .Where(mm => mm.Start >= os && mm.End <= employerLimit && ApposedEmployer().IsMatch(s.Text[os..mm.Start]))
                                .Select(mm => (Mention: mm, Org: analysis.OrganisationFor(mm, learn: analysis.Registry.ResolvePerson(mm) is null)))
                                .FirstOrDefault(x => x.Org is not null && x.Org != to);
                            if (employer.Org is not null)
                            {
                                from = employer.Org;
                                // The people hired are named before their employer; names after it describe the employer.
                                persons = PersonsIn(s, os, employer.Mention.Start).Cast<string?>().ToList();
                            }
                        }

                        // "hired Enfabrica CEO Rochan Sankar", "recruited Thinking Machines co-founder X": the employer before the role.
                        from ??= EmployerBeforeRole(s, os, employerLimit, except: to);
                        // "hired Google veteran X": the company a veteran comes from, right before the name.
                        from ??= EmployerFollowedBy(VeteranBeforeName(), s, os, employerLimit, except: to);
                    }
                    else
                    {
                        // "X has parted ways with Veritas AI": a person before the verb and a company after it is a leave (but "Musk
                        // fired the company's CEO" is the person firing someone).
                        if (subject is null && from is null && !analysis.Dutch && MutualParting().IsMatch(m.Value)
                            && (OrganisationAt(s, te, oe, destination: false, from: null) ?? (CompanyReferenceAfter().IsMatch(s.Masked[te..]) ? analysis.FocusAt(s.Index) : null)) is { } left
                            && SubjectPersons(s, clauseStart, ts) is { Count: > 0 } leavers)
                        {
                            from = left;
                            persons = leavers;
                        }

                        from ??= subject;
                        // "Musk's first act was firing Veritas AI CEO X": without a company as subject, the employer before the
                        // role of the people fired.
                        from ??= EmployerBeforeRole(s, os, employerLimit, except: null);
                        // "Musk has fired X, the chief executive of Twitter": the company in the description of the one fired.
                        from ??= EmployersNamed(s, mm => mm.Start >= os && mm.End <= employerLimit && ApposedEmployer().IsMatch(s.Text[os..mm.Start])).FirstOrDefault();
                        // "Musk fired the company's chief executive, X": the company the people fired work at, referred to.
                        if (from is null && OwnCompanyReference().IsMatch(s.Masked[os..Math.Max(os, oe)])
                            && analysis.FocusAt(s.Index) is { } referred && analysis.Registry.IsEmployer(referred))
                        {
                            from = referred;
                        }

                        // "en ontsloegen ze De Haas", "the board fired X": a pronoun or the company's own body as the subject
                        // fires for the company the article is about.
                        if (from is null && (BodyOrPronounSubjectAfter().IsMatch(s.Masked[te..]) || BodyOrPronounSubjectBefore().IsMatch(s.Masked[clauseStart..ts]))
                            && analysis.FocusAt(s.Index) is { } focusCompany && analysis.Registry.IsEmployer(focusCompany))
                        {
                            from = focusCompany;
                        }

                        if (from is null)
                        {
                            return;
                        }
                    }

                    break;
                }

            case TriggerKind.Leaver:
                persons = LeadingPersons(s, te, clauseEnd).Cast<string?>().ToList();
                // "the resignations of A; B, a product leader; and C": a list set off by semicolons runs on past the clause.
                if (persons.Count > 0 && clauseEnd < s.Masked.Length && s.Masked[clauseEnd] == ';')
                {
                    persons = LeadingPersons(s, te, s.Masked.Length).Cast<string?>().ToList();
                }

                // "reported the departure of three researchers of Y, responsible for its model: A, B and C": the names after a colon.
                if (persons.Count == 0)
                {
                    persons = PeopleAfterColon(s, clauseEnd);
                }

                // "followed by four engineers from Y — A, B, C and D": the counted group's names after a dash.
                if (persons.Count == 0 && clauseEnd < s.Masked.Length && s.Masked.AsSpan(clauseEnd).TrimStart().Length > 0 && s.Masked.AsSpan(clauseEnd).TrimStart()[0] is '—' or '–')
                {
                    persons = LeadingPersons(s, te, s.Masked.Length).Cast<string?>().ToList();
                }

                break;
            default:
                // "Cade Metz implies that I left Google": a first-person subject is the speaker of a quote, not the name before it.
                persons = FirstPersonSubject().IsMatch(s.Masked[clauseStart..ts]) ? [] : SubjectPersons(s, clauseStart, ts);
                // "X confirmed Y's exit, adding she is leaving": a subject pronoun right before the verb is its subject, and
                // it points back past the name the clause opens with when that name is of the other gender.
                if (persons.Count == 1 && !rule.PossessorLeaves && PronounSubjectBefore().Match(s.Masked, clauseStart, ts - clauseStart) is { Success: true } subjectPronoun
                    && persons[0] is { } openingName && ArticleAnalysis.OtherGender(openingName, ArticleAnalysis.GenderOfPronoun(subjectPronoun.Value))
                    && analysis.LastPersonBefore(s.Index, subjectPronoun.Index) is { } pointedAt)
                {
                    persons = [pointedAt];
                }

                if (rule.PossessorLeaves)
                {
                    persons = analysis.Mentions[s.Index]
                        .Where(mm => mm.Possessive && mm.End <= ts && (ts - mm.End <= 3 || OneWordAfterPossessive().IsMatch(s.Masked.AsSpan(mm.End, ts - mm.End))))
                        .Select(mm => analysis.PersonFor(mm with { Possessive = false }, learn: true))
                        .Where(p => p is not null)
                        .Take(1)
                        .ToList();
                    if (persons.Count == 0 && PossessivePronounBefore().Match(s.Masked[clauseStart..ts]) is { Success: true } pronoun)
                    {
                        // "Her departure was announced": the person the pronoun points back to; "Diens vertrek": the one named last.
                        var at = clauseStart + pronoun.Index;
                        var person = pronoun.Groups["diens"].Success ? LastNamedBefore(s.Index, at) : analysis.LastPersonBefore(s.Index, at);
                        persons = person is null ? [] : [person];
                    }

                    if (persons.Count == 0)
                    {
                        return;
                    }
                }

                // "Two managers have left: A and B", "zijn twee mensen vertrokken: A en B", "These executives have left this year:"
                // and a bulleted list below it.
                if (persons.Count == 0)
                {
                    persons = PeopleAfterColon(s, clauseEnd);
                }

                if (persons.Count == 0)
                {
                    persons = PeopleNamedNext(s);
                }

                // "This spring two senior researchers departed – cofounder A and researcher B": a counted group as subject
                // and its names after a dash.
                if (persons.Count == 0 && CountedGroup().IsMatch(s.Masked.AsSpan(clauseStart, ts - clauseStart)) && DashAfterVerb().Match(s.Masked, te) is { Success: true } dash)
                {
                    persons = LeadingPersons(s, dash.Index + dash.Length, s.Masked.Length).Cast<string?>().ToList();
                }

                // "a chain reaction: A, head of X; B, a Y expert; and C, a researcher, followed suit and joined Z": the last item of
                // a list set off by semicolons is not the whole subject; the list runs back to the colon or the sentence's start.
                if (persons.Count == 1 && clauseStart > 0 && s.Masked[..clauseStart].TrimEnd().EndsWith(';') && AndAfterComma().IsMatch(s.Masked.AsSpan(clauseStart, ts - clauseStart)))
                {
                    var listStart = s.Masked.LastIndexOf(':', clauseStart - 1) + 1;
                    var listed = LeadingPersons(s, listStart, ts);
                    if (listed.Count > 1 && listed[^1] == persons[0])
                    {
                        persons = listed.Cast<string?>().ToList();
                    }
                    else if (SemicolonItems(s, listStart, clauseStart) is { Count: > 0 } items)
                    {
                        // "Since X announced a takeover, A, the former VP of Y; B, VP of Health; and C, ..., departed": each item
                        // opens with its person; the first after the last comma-led name before the first semicolon.
                        persons = items.Append(persons[0]).Distinct().Cast<string?>().ToList();
                    }
                }

                // "Hij stapt over naar Y (van A en B)": a pronoun right before the verb is its subject, so there is no inversion.
                if (persons.Count == 0 && analysis.Dutch && !DutchPronounSubjectBefore().IsMatch(s.Masked.AsSpan(clauseStart, ts - clauseStart)))
                {
                    // Inversion ("Eind vorig jaar verliet directeur X het bedrijf") keeps the subject in the verb's own
                    // comma segment; a name after the next comma is usually the speaker ("..., zegt CEO Y").
                    var comma = s.Masked.IndexOf(',', te);
                    var inverted = comma < 0 ? objectEnd : Math.Min(objectEnd, comma);
                    persons = PersonsIn(s, ts, Math.Max(inverted, te), obliqueAfter: te)
                        .Where(p => !SpeakerBefore(s, p, ts))
                        .Cast<string?>()
                        .ToList();

                    // "Eerder vertrokken topman A, financieel directeur B en directielid C": a list right after the verb.
                    var listed = BehindPreposition(s, te, FirstPersonStart(s, te, objectEnd)) ? [] : LeadingPersons(s, te, objectEnd);
                    if (listed.Count > persons.Count)
                    {
                        persons = listed.Cast<string?>().ToList();
                    }
                }

                // "Nu vertrekt de wetenschapper bij Google", "The researcher has left": a role noun as subject is the person
                // named last.
                if (persons.Count == 0 && DefiniteRoleSubject(s, clauseStart, ts, te, objectEnd) is { } roleSubjectAt
                    && analysis.LastPersonBefore(s.Index, roleSubjectAt) is { } roleHolder)
                {
                    persons = [roleHolder];
                }

                // "Veritas AI's chief scientist is leaving, the company said. Dana Whitlock, who ...": a lede that names the role and
                // a next sentence that opens with the name.
                if (persons.Count == 0 && s.Index + 1 < analysis.Sentences.Count && OwnedRoleSubject().Match(s.Masked[clauseStart..ts]) is { Success: true } owned
                    && RoleFinder.HasRole(owned.Value) && !analysis.Mentions[s.Index].Any(mm => mm.Start >= clauseStart && mm.End <= ts && analysis.Registry.ResolvePerson(mm) is not null)
                    && analysis.Mentions[s.Index + 1] is { Count: > 0 } next && (next[0] is { Start: <= 3 } opening ? opening : TitledPerson(s.Index + 1, RoleKey(owned.Value))) is { } namedMention
                    && analysis.PersonFor(namedMention, learn: true) is { } named)
                {
                    persons = [named];
                }

                // "Other executives have departed — including A, the vice president; B, ...; and C".
                if (persons.Count == 0 && IncludingAfter().Match(s.Masked[..clauseEnd], te) is { Success: true } including)
                {
                    persons = LeadingPersons(s, including.Index + including.Length, clauseEnd).Cast<string?>().ToList();
                }

                // "Dana Whitlock: Left Veritas AI after eight years": a list item names its subject before the colon.
                if (persons.Count == 0 && clauseStart > 0 && analysis.Mentions[s.Index] is [{ Start: <= 4 } itemHead, ..] && itemHead.End <= clauseStart
                    && s.Masked[itemHead.End..clauseStart].Trim() == ":" && analysis.PersonFor(itemHead, learn: true) is { } itemSubject)
                {
                    persons = [itemSubject];
                }

                // "X left Veritas AI in 2021, ..., and has since joined Cohere": the coordinated clause shares the subject.
                if (persons.Count == 0 && ElidedSubject().IsMatch(s.Masked[clauseStart..ts]) && (SentenceSubject(s, clauseStart) ?? analysis.LastPersonBefore(s.Index, clauseStart)) is { } shared)
                {
                    persons = [shared];
                }

                // "Before joining Cohere, X spent a decade at Veritas AI": the subject follows the fronted clause.
                if (persons.Count == 0 && rule.Kind is TriggerKind.Join or TriggerKind.Leave && FrontedParticiple().IsMatch(s.Masked[clauseStart..ts]))
                {
                    var comma = s.Masked.IndexOf(',', te);
                    if (comma > 0 && comma < s.Masked.Length - 1)
                    {
                        persons = LeadingPersons(s, comma + 1, s.Masked.Length).Take(1).Cast<string?>().ToList();
                    }
                }

                // "\"I have decided to leave OpenAI,\" X wrote on X", "X schreef: \"Vandaag is mijn laatste dag bij Y\"": the first
                // person inside a quote is the speaker the sentence names.
                if (persons.Count == 0 && QuoteSpeaker(s, ts) is { } speaker)
                {
                    persons = [speaker];
                }

                if (persons.Count == 0 && PronounIn(s, clauseStart, analysis.Dutch ? objectEnd : ts) is { } pronounAt
                    && analysis.LastPersonBefore(s.Index, pronounAt) is { } antecedent)
                {
                    persons = [antecedent];
                }

                // "A and B have left Veritas AI. They are returning to OpenAI": a plural subject is the people who left in the
                // sentence before.
                if (persons.Count == 0 && s.Index > 0 && PluralSubject().IsMatch(s.Masked[clauseStart..ts]))
                {
                    var leftBefore = candidates.Where(c => c.SentenceIndex == s.Index - 1 && c.Person is not null && !c.JoinOnly).Select(c => c.Person).Distinct().ToList();
                    if (leftBefore.Count >= 2)
                    {
                        persons = leftBefore;
                    }
                }

                // "Priya R. is going back to Microsoft. The vice-president of research at Sundial Forge, who left Microsoft in
                // 2023 ...": a definite role description as subject stands for the person just named; the company in the
                // description is where they went after leaving.
                if (persons.Count == 0 && RoleDescription().Match(s.Masked[clauseStart..ts]) is { Success: true } description
                    && analysis.LastPersonBefore(s.Index, clauseStart) is { } described)
                {
                    persons = [described];
                    var describedAt = analysis.Mentions[s.Index]
                        .Where(mm => mm.Start >= clauseStart + description.Index && mm.End <= clauseStart + description.Index + description.Length + 60 && mm.End <= ts)
                        .Select(mm => analysis.EmployerOf(mm))
                        .FirstOrDefault(o => o is not null);
                    // "om bij het Enschedese bedrijf te beginnen" refers back to the described company: that is the destination.
                    if (from is null || string.Equals(from, describedAt, StringComparison.OrdinalIgnoreCase))
                    {
                        from = OrganisationBefore(s, clauseStart, ts, focus: null, destination: false, except: describedAt, registeredOnly: true);
                    }

                    if (to is null && describedAt is not null && !string.Equals(describedAt, from, StringComparison.OrdinalIgnoreCase))
                    {
                        to = describedAt;
                    }
                }

                // "Two more OpenAI leaders — Chief Research Officer A and B, vice president of research — said they were exiting",
                // "two other Veritas AI executives, A and B, resigned": the people set off between dashes or commas after a counted
                // group are that group.
                if (persons.Count == 0 && GroupNamedBetweenDashes().Match(s.Masked, clauseStart, ts - clauseStart) is { Success: true } dashed)
                {
                    var names = dashed.Groups["names"];
                    persons = LeadingPersons(s, names.Index, names.Index + names.Length).Cast<string?>().ToList();
                }

                if (persons.Count == 0)
                {
                    unnamedNoun = UnnamedIn(s, clauseStart, clauseEnd);
                }

                // "Two engineers at X have left for Y", "two Google engineers quit": one unnamed departure per person.
                if (persons.Count == 0 && !NamedMembers().IsMatch(s.Masked) && TriggerRules.UnnamedGroup.Match(s.Masked[clauseStart..ts]) is { Success: true } group)
                {
                    unnamedCount = NumberOf(group.Groups["n"].Value);
                    var plural = group.Groups["noun"].Value;
                    unnamedNoun = plural.EndsWith('s') ? plural[..^1] : plural;
                }

                // "Het hoofd accounting, hoofd personeelsbeleid en hoofd communicatie verlieten hun post": one unnamed departure a role.
                if (persons.Count == 0 && unnamedNoun is null && !analysis.Mentions[s.Index].Any(mm => mm.Start >= clauseStart && mm.End <= ts && analysis.Registry.ResolvePerson(mm) is not null)
                    && RoleFinder.RoleList(s.Masked[clauseStart..ts]) is { Count: >= 2 } roles)
                {
                    unnamedCount = roles.Count;
                    unnamedNoun = roles[0];
                    unnamedRoles = roles;
                }

                break;
        }

        if (persons.Count == 0 && unnamedNoun is not null)
        {
            persons = Enumerable.Repeat<string?>(null, unnamedCount).ToList();
            // "lost four researchers to rivals Anthropic and OpenAI": unnamed people spread over several destinations go to none
            // in particular.
            if (to is not null && SharedDestination(s, to))
            {
                to = null;
            }
        }

        if (persons.Count == 0)
        {
            return;
        }

        // "Meta hired A from OpenAI, B from Google DeepMind and C (Apple)": each person's own company left. For a leave only a
        // bare "(OpenAI)" counts: "X, previously at Microsoft, stepped down" and "departures include A (formerly at Microsoft)"
        // name where the people were before.
        foreach (var (who, employer, earlier) in PersonalEmployers(s, clauseStart, clauseEnd))
        {
            if (!earlier || rule.Kind is not (TriggerKind.Leave or TriggerKind.Leaver or TriggerKind.CompanyLoses))
            {
                personalFrom.TryAdd(who, employer);
            }
        }

        if (rule.Kind is TriggerKind.Join or TriggerKind.Hire or TriggerKind.Return or TriggerKind.Leave && persons.Count(p => p is not null) >= 2)
        {
            foreach (var (who, employer) in ListedEmployers(s, clauseStart, clauseEnd))
            {
                personalFrom.TryAdd(who, employer);
            }
        }

        if (rule.Kind == TriggerKind.Hire && from is null && persons.Any(p => p is not null && personalFrom.ContainsKey(p)))
        {
            from = persons.Select(p => p is null ? null : personalFrom.GetValueOrDefault(p)).First(o => o is not null);
        }

        // "Apple has hired X, who spent 16 years at AMD before joining Samsung last year": the company the one person hired
        // joined last, told in a relative clause after the name, is the one they leave.
        if (rule.Kind == TriggerKind.Hire && from is null && persons.Count == 1 && HiredPersonJoinedBefore().Match(s.Masked, te) is { Success: true } career)
        {
            var joined = career.Groups["joined"];
            from = OrganisationAt(s, joined.Index + joined.Length, s.Masked.Length, destination: false, from: null);
            from = from is not null && to is not null && SameEmployer(from, to) ? null : from;
        }

        // "invested in Veritas AI, bringing its CEO, X, on board": "its" is the company named before, other than the hirer.
        if (rule.Kind == TriggerKind.Hire && from is null && ItsRoleObject().IsMatch(m.Groups["obj"] is { Success: true } hiredObject ? hiredObject.Value : s.Masked[te..]))
        {
            // "Meta invested in Scale AI and hired its CEO": the first company is the one that hires, the last the one "its" means.
            var named = EmployersNamed(s, mm => mm.End <= ts).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (named.Count >= 2)
            {
                (to, from) = (named[0], named[^1]);
            }
        }

        if (rule.Kind == TriggerKind.Hire && from is null)
        {
            // "Cohere hired X. She previously led research at Y": kept for a company left told nearby.
            if (to is not null)
            {
                var (hireDate, hireExplicit) = ChooseDate(s, dates, clauseStart, clauseEnd, ts, te);
                joinsWithoutFrom.AddRange(persons.OfType<string>().Select(p => (p, to, s.Index, hireDate, hireExplicit)));
            }

            return;
        }

        // Company left named before the verb: "Veritas AI co-founder X departs", "die Koolmees in 2025 verliet". Not the hirer
        // of "Cohere has hired X, who joined Veritas AI in 2023": that relative clause tells where X came from.
        var fromBeforeVerb = false;
        if (from is null && rule.Kind != TriggerKind.Hire && !(rule.Kind == TriggerKind.Join && HiredThenRelative().IsMatch(s.Masked[clauseStart..ts])))
        {
            from = OrganisationBefore(s, clauseStart, ts, focus: null, destination: false, except: to, registeredOnly: true,
                skipEarlierEmployers: (rule.Kind == TriggerKind.Leave && to is null) || rule.RequiresCompanyLeft);
            fromBeforeVerb = from is not null;
        }

        // "Y named Cohere finance chief X as its new finance chief to replace Z (, who ... at the company)": the company that describes the successor
        // is where the successor comes from, not the post the one replaced leaves.
        if (rule.Kind == TriggerKind.Leaver && from is not null && DescribesAnotherPerson(s, clauseStart, ts, from, persons))
        {
            from = OrganisationBefore(s, clauseStart, ts, focus: null, destination: false, except: from, registeredOnly: true, skipEarlierEmployers: rule.RequiresCompanyLeft);
            fromBeforeVerb = from is not null;
        }

        var (date, explicitDate) = ChooseDate(s, dates, clauseStart, clauseEnd, ts, te);
        var clauseText = s.Text[clauseStart..clauseEnd];

        // "X left the company in August, followed by A and B": the same company left, later, at a time not told.
        var followers = new List<string>();
        if (rule.Kind == TriggerKind.Leave && persons.Count > 0 && persons[0] is not null
            && FollowedBy().Match(s.Masked[..clauseEnd], te) is { Success: true } followed)
        {
            followers = LeadingPersons(s, followed.Index + followed.Length, clauseEnd).Where(p => !persons.Contains(p)).ToList();
        }

        // "bid adieu to the company along with Y", "die samen met medeoprichter Y met pensioen vertrekt": Y leaves too, then.
        var companions = new List<string?>();
        if (rule.Kind == TriggerKind.Leave && persons.Count > 0 && persons[0] is not null)
        {
            foreach (Match along in Companions().Matches(s.Masked[..clauseEnd], clauseStart))
            {
                var named = LeadingPersons(s, along.Index + along.Length, clauseEnd)
                    .Where(p => !persons.Contains(p) && !followers.Contains(p) && !companions.Contains(p)).ToList();
                companions.AddRange(named);
                // "left this month, alongside two other veteran engineers": a counted group of unnamed colleagues.
                if (named.Count == 0 && CountedCompanions().Match(s.Masked, along.Index + along.Length) is { Success: true } counted
                    && counted.Index == along.Index + along.Length)
                {
                    companions.AddRange(Enumerable.Repeat<string?>(null, NumberOf(counted.Groups["n"].Value)));
                }
            }
        }

        var slot = 0;
        foreach (var person in persons.Concat(companions).Concat(followers))
        {
            if (followers.Contains(person!))
            {
                (date, explicitDate) = (null, false);
            }

            slot++;
            var previous = from is null && person is not null ? PreviousFrom(person, to) : null;
            // "left Veritas AI in 2020 for Cohere, then returned to Veritas AI": a return leaves where the last move went.
            if (rule.Kind == TriggerKind.Return && from is null && person is not null && previous is null)
            {
                previous = candidates.LastOrDefault(c => c.Person == person && c.To is not null && !string.Equals(c.To, to, StringComparison.OrdinalIgnoreCase))?.To;
            }

            var referenced = from is null && previous is null && CompanyReferenceAnywhere().IsMatch(s.Masked[clauseStart..clauseEnd]);
            var source = from is not null ? CompanySource.Clause : previous is not null ? CompanySource.Career : referenced ? CompanySource.Reference : CompanySource.Focus;
            var own = person is not null && personalFrom.GetValueOrDefault(person) is { } mine && !string.Equals(mine, to, StringComparison.OrdinalIgnoreCase) ? mine : null;
            if (own is not null)
            {
                source = CompanySource.Clause;
            }

            var f = own
                ?? from
                ?? previous
                ?? (referenced ? GiantOrFocus(s, clauseStart, clauseEnd, focus) : null)
                ?? (rule.Kind is TriggerKind.Leave or TriggerKind.Leaver ? ItemHeadCompany(s) : null)
                // A bare join ("X joined Y in May") leaves a company only in an article whose lede says that company is losing people.
                ?? (rule.Kind != TriggerKind.Join || RoleFinder.HasRole(clauseText) || analysis.LosingPeopleFocus(s.Index) ? focus : null);
            // "X is returning to Oakridge" in an article as much about Oakridge as about the start-up X leaves:
            // the company left is the most-mentioned start-up other than the one returned to.
            if (rule.Kind == TriggerKind.Return && from is null && string.Equals(f, to, StringComparison.OrdinalIgnoreCase))
            {
                source = CompanySource.Focus;
                // With no start-up named, one the returner is known to have left: the employer named most, at least twice, other
                // than the one returned to ("Hij was VMware-CEO ... gaat terug naar Intel ... zijn opvolger bij VMware").
                var others = analysis.Registry.OrganisationCounts(analysis.Mentions)
                    .Where(kv => !string.Equals(kv.Key, to, StringComparison.OrdinalIgnoreCase) && !analysis.Registry.IsInvestor(kv.Key)
                        && analysis.Registry.IsEmployer(kv.Key))
                    .OrderByDescending(kv => kv.Value)
                    .ToList();
                f = others.Where(kv => !analysis.Registry.IsBigEmployer(kv.Key)).Select(kv => kv.Key).FirstOrDefault()
                    ?? others.Where(kv => kv.Value >= 2).Select(kv => kv.Key).FirstOrDefault();
            }

            // "X has joined Apple. X, who worked at Google, left the company after 14 years": "the company" is not the
            // employer the same person has just been read joining; it is the one named before it. A join told in the same
            // sentence ("X, who ... before joining OpenAI in 2021, has left the company") is the career that led there.
            if (person is not null && f is not null && rule.Kind == TriggerKind.Leave
                && TriggerRules.CompanyReference.IsMatch(s.Masked[te..clauseEnd].TrimStart())
                && (candidates.Any(c => c.Person == person && c.SentenceIndex < s.Index && string.Equals(c.To, f, StringComparison.OrdinalIgnoreCase))
                    || joinsWithoutFrom.Any(j => j.Person == person && j.Sentence < s.Index && string.Equals(j.To, f, StringComparison.OrdinalIgnoreCase))))
            {
                // With no other employer named before, "the company" is the one the join describes ("is sinds 2018 ceo van
                // ING. Zij verlaat het bedrijf").
                f = analysis.LastEmployerBefore(s.Index, f) ?? f;
                source = CompanySource.Reference;
            }

            // "Dunzo's cofounders A and B exited the company", "Cohere co-founder X has left the company": "the company" is
            // the one that owns the names of the subject, not the article's focus.
            if (person is not null && f is not null && rule.Kind == TriggerKind.Leave && own is null
                && string.Equals(f, focus, StringComparison.OrdinalIgnoreCase)
                && TriggerRules.CompanyReference.IsMatch(s.Masked[te..clauseEnd].TrimStart())
                && SubjectOwner(s, clauseStart, ts, person) is { } owner && !string.Equals(owner, to, StringComparison.OrdinalIgnoreCase))
            {
                f = owner;
                source = CompanySource.Clause;
            }

            // "Acton is de medeoprichter van WhatsApp. ... maar verliet het bedrijf": "the company" is the one the person was
            // just described as holding a role at, not the article's focus.
            if (person is not null && f is not null && rule.Kind == TriggerKind.Leave && from is not null
                && string.Equals(f, focus, StringComparison.OrdinalIgnoreCase)
                && TriggerRules.CompanyReference.IsMatch(s.Masked[te..clauseEnd].TrimStart())
                && DescribedEmployer(person, s.Index) is { } described && !string.Equals(described, to, StringComparison.OrdinalIgnoreCase))
            {
                f = described;
                source = CompanySource.Reference;
            }

            // "moved from the research team to ...", "has been named CTO of Y": the company left must be told, in the clause or
            // nearby, never taken from the article's focus.
            if (rule.RequiresCompanyLeft && from is null && previous is null)
            {
                f = null;
            }

            var unknownLeft = f is null || string.Equals(f, to, StringComparison.OrdinalIgnoreCase)
                // "Veritas AI executive X, who joined the company in 2019": the company named before the verb is the one joined.
                || joinedTheCompany && fromBeforeVerb && own is null
                || rule.Kind == TriggerKind.Join && person is not null && PreviousFrom(person, null) is null && from is null && !RoleFinder.HasRole(clauseText)
                    && !analysis.LosingPeopleFocus(s.Index);
            if (unknownLeft || f is null)
            {
                // "X has left Google. He joins Microsoft as ...", "She then moved to Y": kept to complete a departure told
                // nearby, or to take the employer the person is said to have worked at before.
                if (rule.Kind is TriggerKind.Join or TriggerKind.Leave && person is not null && to is not null)
                {
                    joinsWithoutFrom.Add((person, to, s.Index, date, explicitDate));
                }

                continue;
            }

            bool? founder = unnamedNoun is { } noun && person is null
                ? noun.Contains("found", StringComparison.OrdinalIgnoreCase) || noun.Contains("oprichter", StringComparison.OrdinalIgnoreCase)
                : null;
            // A list of roles gives each departure its own ("the COO, CTO and CFO have left").
            var role = person is null && unnamedRoles is not null && slot <= unnamedRoles.Count ? unnamedRoles[slot - 1]
                : person is null && unnamedNoun is { } n2 && founder is false ? UnnamedRole(s.Text[clauseStart..clauseEnd], n2) : null;
            candidates.Add(new DepartureCandidate(person, f, to, date, explicitDate, s.Index, founder, role, rule.Kind == TriggerKind.Join,
                person is null && (unnamedCount > 1 || companions.Contains(null)) ? slot : 0, rule.Kind, source));
            if (person is not null && source == CompanySource.Clause && CoordinatedCompany(s, clauseStart, clauseEnd, f, to) is { } alsoLeft)
            {
                candidates.Add(new DepartureCandidate(person, alsoLeft, to, date, explicitDate, s.Index, founder, role, rule.Kind == TriggerKind.Join, 0, rule.Kind, source));
            }
            if (person is not null && bulletLines.Remove(person, out var bullet))
            {
                // The list item is evidence too.
                candidates.Add(new DepartureCandidate(person, f, to, date, explicitDate, bullet, founder, role, rule.Kind == TriggerKind.Join, 0, rule.Kind, source));
            }
        }
    }

    [GeneratedRegex(@"^\s*(?:and|en|but|maar)\s+(?:(?:has|have|had|is|was|will|then|later|since|also|now|subsequently|heeft|daarna|sindsdien|inmiddels)\s+){0,3}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ElidedSubject();

    /// <summary>"Zij volgde X in 2017 op als CEO, maar treedt nu af": the subject that opens the sentence, a name or a pronoun
    /// (then the person told before the sentence), is the subject of a coordinated clause that has none; not the name in
    /// between.</summary>
    private string? SentenceSubject(Sentence s, int clauseStart)
    {
        if (TriggerRules.Pronoun.Match(s.Masked) is { Success: true, Index: 0 })
        {
            return analysis.LastPersonBefore(s.Index, 0);
        }

        return analysis.Mentions[s.Index] is [{ Start: <= 1 } opening, ..] && opening.End < clauseStart ? analysis.PersonFor(opening, learn: false) : null;
    }

    /// <summary>"stapt op bij Prosus en Naspers", "has left Alphabet and Google": a second known company coordinated with the
    /// company left, ending the phrase, is left too.</summary>
    private string? CoordinatedCompany(Sentence s, int clauseStart, int clauseEnd, string from, string? to)
    {
        var mentions = analysis.Mentions[s.Index];
        for (var k = 0; k + 1 < mentions.Count; k++)
        {
            var first = mentions[k];
            var second = mentions[k + 1];
            if (first.Start < clauseStart || second.End > clauseEnd
                || !string.Equals(analysis.Registry.ResolveOrganisation(first), from, StringComparison.OrdinalIgnoreCase)
                || !CompanyAnd().IsMatch(s.Masked[first.End..second.Start])
                || !PhraseEnds().IsMatch(s.Masked[second.End..clauseEnd])
                || analysis.Registry.ResolveOrganisation(second) is not { } other
                || string.Equals(other, from, StringComparison.OrdinalIgnoreCase) || string.Equals(other, to, StringComparison.OrdinalIgnoreCase)
                || !analysis.Registry.IsEmployer(other))
            {
                continue;
            }

            return other;
        }

        return null;
    }

    [GeneratedRegex(@"^\s+(?:and|en|&)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CompanyAnd();

    [GeneratedRegex(@"^\s*(?:[,.;]|$|(?:in|op|per|na|after|on|at|with|met|als|as|to|naar|for|voor|om)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PhraseEnds();

    // "X, the co-founder of Y", "X is de medeoprichter van concurrent Y", "X, CEO at Y": a role at an employer after the name.
    [GeneratedRegex(@"^(?:,\s+|\s+(?:is|was|wordt|werd)\s+)(?:(?:the|a|an|de|het|een|its|zijn|haar)\s+)?(?:[\p{L}\-]+\s+){1,4}?(?:of|at|van|bij)\s+(?:(?:concurrent|rival|the|het|de)\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RoleAtAfterName();

    /// <summary>The employer <paramref name="person"/> was last described as holding a role at, in this sentence or the two before.</summary>
    /// <summary>The employer whose possessive or role stands right before the first name of a subject that names
    /// <paramref name="person"/>: "Dunzo's cofounders A and B", "Cohere co-founder X", "Cohere's X".</summary>
    private string? SubjectOwner(Sentence s, int start, int end, string person)
    {
        var mentions = analysis.Mentions[s.Index];
        var names = mentions.Where(mm => mm.Start >= start && mm.End <= end && analysis.Registry.ResolvePerson(mm) is not null).ToList();
        if (names.Count == 0 || !names.Any(mm => analysis.Registry.ResolvePerson(mm) == person)
            || mentions.LastOrDefault(mm => mm.End <= names[0].Start) is not { } owner || owner.Start < start
            || analysis.Registry.ResolvePerson(owner) is not null)
        {
            return null;
        }

        // The names after the first one form a list ("A and B", "A, B and C"), nothing else between them.
        for (var i = 1; i < names.Count; i++)
        {
            if (!NameListGap().IsMatch(s.Text[names[i - 1].End..names[i].Start]))
            {
                return null;
            }
        }

        var gap = s.Text[owner.End..names[0].Start];
        var role = RoleFinder.HasRole(gap);
        var owns = owner.Possessive ? OwnerPossessiveGap().IsMatch(gap) : OwnerRoleGap().IsMatch(gap) && role;
        if (!owns || !OwnerOpensClause().IsMatch(s.Text[start..owner.Start]))
        {
            return null;
        }

        // A name not known as a company is one when a role says the people work there ("Dunzo's cofounders"), or when its
        // possessive stands right before a full name ("Zomato's A and B"), which a given name would not.
        var ownsName = owner.Possessive && gap.Trim().Length <= 2 && names[0].TokenCount >= 2 && !Lexicon.FirstNames.Contains(owner.FirstToken);
        return analysis.EmployerOf(owner) ?? (role || ownsName ? analysis.OrganisationFor(owner with { Possessive = false }, learn: true) : null);
    }

    [GeneratedRegex(@"^\s*(?:,\s*(?:and\s+)?|and\s+)$", RegexOptions.CultureInvariant)]
    private static partial Regex NameListGap();

    [GeneratedRegex(@"^(?:['’]s?)?\s+(?:\p{Ll}[\p{Ll}\-]*\s+){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnerPossessiveGap();

    [GeneratedRegex(@"^\s+(?:[\p{L}\-]+\s+){0,6}[\p{L}\-]+,?\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnerRoleGap();

    // Only an opening adverbial ("Last week,", "And,") before the owner, or the start of what is reported ("news that"): the
    // owner is where the subject begins.
    [GeneratedRegex(@"^(?:[^,;]{0,80}?\bthat\s+)?\s*(?:(?:and|but|also|meanwhile|then|last (?:week|month|year)|earlier this (?:week|month|year)|in (?:\p{L}+ )?\d{4}|recently|long-time|longtime)\s*,?\s*)*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OwnerOpensClause();

    private string? DescribedEmployer(string person, int sentence)
    {
        for (var i = sentence; i >= 0 && i >= sentence - 2; i--)
        {
            var s = analysis.Sentences[i];
            var mentions = analysis.Mentions[i];
            for (var k = mentions.Count - 1; k >= 1; k--)
            {
                var org = mentions[k];
                var named = mentions[k - 1];
                if (analysis.Registry.ResolvePerson(named) == person && analysis.Registry.ResolvePerson(org) is null
                    && RoleAtAfterName().IsMatch(s.Text[named.End..org.Start]) && RoleFinder.HasRole(s.Text[named.End..org.Start])
                    && analysis.EmployerOf(org) is { } employer)
                {
                    return employer;
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\s*(?:which|that|die|dat)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeClauseStart();

    // "Veritas AI's chief scientist", "the company's CTO", "de topman van Veritas AI" as the whole subject, also of what a
    // company confirms ("Orrery has confirmed that its CTO has left").
    [GeneratedRegex(@"^\s*(?:[^,;]{1,60}?\s(?:has\s+|have\s+|heeft\s+)?(?:confirmed|confirms|said|says|announced|announces|revealed|reveals|bevestigd|bevestigt|meldt|meldde)\s+(?:that|dat)\s+)?(?:(?:the|its|de|het)\s+)?(?:(?:[^\s,;]+\s+){0,2}?[^\s,;]+['’]s?\s+|\S+-)?(?:[\p{L}\-]+\s+){0,3}?[\p{L}\-]+(?:\s+(?:van|of|bij|at)\s+[^,;]{1,40}?)?\s+(?:(?:is|was|has|have|had|will|heeft|gaat)\s+)?(?:(?:now|also|nu|ook)\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OwnedRoleSubject();

    [GeneratedRegex(@"\bto (?:run|lead|head|oversee|build|help|manage|join|work on|serve as|become|replace|succeed)\b|\b(?:replacing|succeeding)\b|,\s+which\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ObjectPurpose();

    // "Other executives have already departed this year — including A, the vice president; B, ...; and C": the list names them.
    [GeneratedRegex(@"\b(?:including|among them|namely|such as|like|notably|waaronder|onder wie)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IncludingAfter();

    [GeneratedRegex(@"^\s*(?:before|after|since|upon|prior to)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FrontedParticiple();

    [GeneratedRegex(@",\s+(?:and\s+)?(?:was\s+|were\s+)?followed by\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FollowedBy();

    [GeneratedRegex(@"\b(?:along with|together with|alongside|samen met)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Companions();

    [GeneratedRegex(@"\G(?:the\s+)?(?<n>two|three|four|five|twee|drie|vier|vijf|[2-5])\s+(?:(?:other|more|fellow|andere)\s+)?(?:[\p{Ll}\-]+\s+){0,2}?(?:engineers|researchers|executives|employees|staffers|colleagues|managers|leaders|co-founders|founders|scientists|collega's|medewerkers|onderzoekers|managers|bestuurders)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CountedCompanions();

    private static string UnnamedRole(string clause, string noun)
    {
        var m = UnnamedRoleNoun().Match(clause);
        return m.Success ? m.Groups[1].Value : noun;
    }

    private string? PreviousFrom(string person, string? to)
    {
        for (var i = candidates.Count - 1; i >= 0; i--)
        {
            var c = candidates[i];
            if (c.Person == person && (to is null || c.To is null || c.To == to))
            {
                return c.From;
            }
        }

        return null;
    }

    private (PartialDate? Date, bool Explicit) ChooseDate(Sentence s, IReadOnlyList<DateMention> dates, int clauseStart, int clauseEnd, int ts, int te)
    {
        var text = s.Masked;
        var segStart = LastCommaOutside(text, Math.Max(ts - 1, 0), dates);
        segStart = segStart < clauseStart ? clauseStart : segStart + 1;
        var segEnd = CommaOutside(text, te, dates);
        segEnd = segEnd < 0 || segEnd > clauseEnd ? clauseEnd : segEnd;
        var inSegment = dates.Where(d => d.Start >= segStart && d.End <= segEnd)
            .OrderBy(d => Math.Abs(d.Start - ts))
            .FirstOrDefault();
        if (inSegment is not null)
        {
            return (inSegment.Date, true);
        }

        // After an apposition the clause goes on: "Apple hired X, Orrery's head of infrastructure, in April."
        var next = segEnd;
        while (next < clauseEnd)
        {
            var end = CommaOutside(text, next + 1, dates);
            end = end < 0 || end > clauseEnd ? clauseEnd : end;
            var segment = text[(next + 1)..end];
            if (RelativeStart().IsMatch(segment))
            {
                break;
            }

            var later = dates.FirstOrDefault(d => d.Start > next && d.End <= end);
            if (later is not null)
            {
                return (later.Date, true);
            }

            next = end;
        }

        // "a shake-up at the company in September, when X announced ...", "came in early December when X ...": a date right
        // before "when" is the time of the when-clause.
        if (WhenClause().Match(text[..ts]) is { Success: true } when
            && dates.FirstOrDefault(d => d.End <= when.Index && when.Index - d.End <= 1) is { } whenDate)
        {
            return (whenDate.Date, true);
        }

        // A date set off by commas right before the verb: "En nu, eind 2025, vertrekt hij", "And now, in May, she leaves".
        if (segStart - 1 > clauseStart && LastCommaOutside(text, segStart - 2, dates) is var before && before >= clauseStart
            && dates.FirstOrDefault(d => d.Start > before && d.End < segStart) is { } inserted
            && text[(before + 1)..(segStart - 1)].Trim().Length - (inserted.End - inserted.Start) <= 3)
        {
            return (inserted.Date, true);
        }

        // A fronted adverbial: "In March, its evaluation lead, Lukas Reinhardt, left ...", also behind others: "Then, in July, as
        // the company boomed, X says he resigned". Only a date that opens its comma-separated part, before any person is named
        // ("An organiser of the protests early this year, X, leaves ..." is a fronted subject).
        var partStart = clauseStart;
        for (var part = 0; part < 3 && partStart < ts; part++)
        {
            var comma = CommaOutside(text, partStart, dates);
            if (comma <= 0 || comma >= ts)
            {
                break;
            }

            var from = partStart;
            if (analysis.Mentions[s.Index].Any(mm => mm.Start >= from && mm.End <= comma && analysis.Registry.ResolvePerson(mm) is not null))
            {
                break;
            }

            // "After leaving Tesla in 2022, he rejoined OpenAI": the date of a fronted leaving is when the move began.
            var leaving = FrontedLeaving().IsMatch(text[from..comma]);
            var fronted = dates.FirstOrDefault(d => d.Start >= from && d.End <= comma && (d.Start - from <= 12 || leaving));
            if (fronted is not null)
            {
                return (fronted.Date, true);
            }

            partStart = comma + 1;
        }

        // "July 7, 2023: X announced her resignation", "2019 — X left": a date heading the sentence, set off by a colon or a
        // dash as in a timeline, dates what the sentence tells.
        if (dates.FirstOrDefault(d => d.Start < ts && ListMarks().Replace(text[..d.Start], string.Empty).Length == 0 && DateHeadingMark().IsMatch(text, d.End)) is { } heading)
        {
            return (heading.Date, true);
        }

        return analysis.Article.Published is { } p ? (PartialDate.OfMonth(p.Year, p.Month), false) : (null, false);
    }

    [GeneratedRegex(@"[\s\-•*·]", RegexOptions.CultureInvariant)]
    private static partial Regex ListMarks();

    [GeneratedRegex(@"\G\s*(?::|[—–]|\s-)\s", RegexOptions.CultureInvariant)]
    private static partial Regex DateHeadingMark();

    [GeneratedRegex(@"^\s*(?:after|since|upon|na)\s+(?:leaving|quitting|departing|exiting|zijn vertrek|haar vertrek|het verlaten van)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FrontedLeaving();

    [GeneratedRegex(@",?\s(?:when|toen)\s[^.;]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex WhenClause();

    // "on June 20, 2019": the comma inside a date does not end the phrase the date belongs to.
    private static int CommaOutside(string text, int from, IReadOnlyList<DateMention> dates)
    {
        var at = text.IndexOf(',', Math.Min(from, text.Length));
        while (at >= 0 && dates.Any(d => d.Start < at && at < d.End))
        {
            at = text.IndexOf(',', at + 1);
        }

        return at;
    }

    private static int LastCommaOutside(string text, int from, IReadOnlyList<DateMention> dates)
    {
        var at = text.Length == 0 ? -1 : text.LastIndexOf(',', Math.Min(from, text.Length - 1));
        while (at >= 0 && dates.Any(d => d.Start < at && at < d.End))
        {
            at = at == 0 ? -1 : text.LastIndexOf(',', at - 1);
        }

        return at;
    }

    private string? OrganisationAt(Sentence s, int pos, int limit, bool destination, string? from)
    {
        if (pos >= limit)
        {
            return null;
        }

        var rest = s.Text[pos..limit];
        var reference = TriggerRules.CompanyReference.Match(rest.TrimStart());
        var det = Determiners().Match(rest).Length;
        // The last mention the determiners reach: past "OpenAI's major backer" to the company it describes.
        var mention = analysis.Mentions[s.Index].LastOrDefault(mm => mm.Start >= pos && mm.Start <= pos + det);
        if (mention is not null)
        {
            mention = MeantEmployer(s, mention, limit);
        }

        // "Kim Lorenz's design studio Orrery Systems": a person's company, named after a noun for a company, is the one meant.
        if (mention is { Possessive: true } founder
            && (analysis.Registry.ResolvePerson(founder with { Possessive = false }) is not null
                || founder.TokenCount >= 2 && Lexicon.FirstNames.Contains(founder.FirstToken) && analysis.Knowledge.Organisation(founder.Text) is null)
            && analysis.Mentions[s.Index].FirstOrDefault(mm => mm.Start > founder.End && mm.Start < limit && PersonsCompanyBetween().IsMatch(s.Text.AsSpan(founder.End, mm.Start - founder.End))) is { } company)
        {
            mention = company;
        }

        // Dutch "van Microsofts assistent" is a genitive ("of"), not the company left.
        if (mention is not null && mention.Possessive && !destination && analysis.Dutch)
        {
            return null;
        }

        if (mention is not null && !(reference.Success && analysis.Registry.ResolveOrganisation(mention) is null))
        {
            return analysis.OrganisationFor(mention, learn: true);
        }

        if (reference.Success && !destination
            && analysis.Mentions[s.Index].LastOrDefault(mm => mm.End <= pos && (mm.CompoundSuffix is null || mm.GluedToRole) && analysis.EmployerOf(mm) is not null) is { } antecedent
            && !DestinationBefore().IsMatch(s.Text[..antecedent.Start]))
        {
            // "has left the tech giant", "exits from the company": the company named last before it in the sentence (not a
            // modifier such as "Apple-software", but a company glued to a role: "Google-topman X ... bij de zoekgigant").
            return analysis.EmployerOf(antecedent);
        }

        return reference.Success ? ReferenceTarget(s, reference.Groups["adj"].Value, destination, from, reference.Value) : null;
    }

    [GeneratedRegex(@"(?:giant|\p{Ll}*(?:reus|gigant))$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GiantReference();

    /// <summary>The company "the company" stands for in a clause: the focus, or a big employer for "the tech giant".</summary>
    private string? GiantOrFocus(Sentence s, int clauseStart, int clauseEnd, string? focus) =>
        CompanyReferenceAnywhere().Matches(s.Masked[clauseStart..clauseEnd]).Select(r => GiantOr(s, r.Value, focus)).FirstOrDefault(org => org != focus) ?? focus;

    private string? ReferenceTarget(Sentence s, string adjectives, bool destination, string? from, string reference) =>
        HomeCompany(s, reference) ?? (destination && adjectives.Trim().Length > 0
            ? analysis.LastEmployerBefore(s.Index, from ?? analysis.FocusAt(s.Index))
            : destination ? null : TenureEmployer(s) ?? OwnEmployerBefore(s, reference) ?? GiantOr(s, reference, analysis.FocusAt(s.Index)));

    // "the Cupertino company", "the Redmond-based giant", "de techgigant uit Cupertino": a town stands for the big employer whose
    // home it is (the organisations file's home column); of several at home there, the one the article names. Not a start-up
    // ("the Palo Alto start-up" is none of them).
    private string? HomeCompany(Sentence s, string reference)
    {
        var at = s.Text.IndexOf(reference, StringComparison.Ordinal);
        if (at < 0 || StartUpWord().IsMatch(reference))
        {
            return null;
        }

        var region = reference + (HomeAfter().Match(s.Text[(at + reference.Length)..]) is { Success: true } after ? after.Value : string.Empty);
        foreach (Match town in HomeTown().Matches(region))
        {
            var homes = analysis.Knowledge.OrganisationsAt(town.Groups["town"].Value);
            var named = analysis.Mentions.SelectMany(m => m).Select(analysis.Registry.ResolveOrganisation)
                .FirstOrDefault(o => o is not null && homes.Any(h => ExtractionKnowledge.Key(h) == ExtractionKnowledge.Key(analysis.Knowledge.EmployerName(o))));
            if (named is not null)
            {
                return named;
            }

            if (homes.Count == 1)
            {
                return homes[0];
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:start-?ups?|scale-?ups?|spin-?offs?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StartUpWord();

    [GeneratedRegex(@"^\s+(?:uit|in|from|based in)\s+(?-i:\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HomeAfter();

    [GeneratedRegex(@"(?<town>\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)(?:-based)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex HomeTown();

    // "Tom Baker, Veritas AI's CTO, is leaving the company", "Veritas AI CTO X is leaving the company": the employer the subject's
    // own description names (possessive, or right before a role) next to the person's name, not one they came from ("the former
    // Google CTO") nor one elsewhere in the sentence ("Following Meta's investment, ...").
    private string? OwnEmployerBefore(Sentence s, string reference)
    {
        var at = s.Text.IndexOf(reference, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        // The person named last before the reference is the one it is about: "to replace X, who ... at the company" is not about
        // the successor described before X.
        var people = analysis.Mentions[s.Index].Where(mm => mm.End <= at && analysis.Registry.ResolvePerson(mm) is not null).TakeLast(1).ToList();
        return analysis.Mentions[s.Index]
            .Where(mm => mm.End <= at && analysis.Registry.ResolvePerson(mm) is null && analysis.Registry.ResolveOrganisation(mm) is not null
                && (mm.Possessive || RoleWordAfter().IsMatch(s.Text[mm.End..])) && !EarlierEmployerBefore().IsMatch(s.Masked[..mm.Start])
                && people.Any(p => p.Start >= mm.End && p.Start - mm.End <= 60 && !s.Text[mm.End..p.Start].TrimEnd().TrimEnd(',').Contains(',')
                        && !analysis.Mentions[s.Index].Any(o => o.Start >= mm.End && o.End <= p.Start && analysis.Registry.ResolvePerson(o) is not null)
                    || mm.Start >= p.End && mm.Start - p.End <= 6 && s.Text[p.End..mm.Start].TrimStart().StartsWith(',')))
            .Select(mm => analysis.EmployerOf(mm))
            .LastOrDefault(e => e is not null);
    }

    [GeneratedRegex(@"\b(?:former|formerly|ex|previous|previously|onetime|one-time|voormalige?|oud|from|at|van|bij|who|die|with|met|than|dan)\b[\s\-]*(?:\S+\s+){0,2}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EarlierEmployerBefore();

    // "after 19 years at Microsoft ..., he would be leaving the company": the company a tenure in the sentence names.
    private string? TenureEmployer(Sentence s) => EmployersNamed(s, mm => TenureBefore().IsMatch(s.Masked.AsSpan(0, mm.Start))).FirstOrDefault();

    /// <summary>The employers named in sentence <paramref name="s"/>, in order, by the mentions that <paramref name="where"/>
    /// accepts (people left out).</summary>
    private IEnumerable<string> EmployersNamed(Sentence s, Func<Mention, bool> where) =>
        analysis.Mentions[s.Index]
            .Where(where)
            .Select(mm => analysis.Registry.ResolvePerson(mm) is null ? analysis.EmployerOf(mm) : null)
            .OfType<string>();

    [GeneratedRegex(@"\b(?:years?|decades?|jaar|jaren)\s+(?:at|with|bij)\s+(?:the\s+|het\s+|de\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TenureBefore();

    // "left the tech giant" in an article about the start-up the giant bought: a giant is a big employer named before.
    private string? GiantOr(Sentence s, string reference, string? focus)
    {
        if (HomeCompany(s, reference) is { } home)
        {
            return home;
        }

        if (!GiantReference().IsMatch(reference))
        {
            return focus;
        }

        // "X, one of Microsoft's leading researchers, is departing the tech giant": the big employer a possessive earlier in the
        // sentence says the person belongs to (not a company named as where they went).
        var at = s.Text.IndexOf(reference, StringComparison.Ordinal);
        if (analysis.Mentions[s.Index].LastOrDefault(mm => mm.End <= at && mm.Possessive && analysis.EmployerOf(mm) is { } e && analysis.Registry.IsBigEmployer(e)) is { } named)
        {
            return analysis.EmployerOf(named);
        }

        return focus is not null && !analysis.Registry.IsBigEmployer(focus) && analysis.LastEmployerBefore(s.Index, null) is { } giant ? giant : focus;
    }

    private string? DirectObjectOrganisation(Sentence s, int verbEnd, int clauseEnd)
    {
        var first = analysis.Mentions[s.Index].FirstOrDefault(mm => mm.Start >= verbEnd && mm.End <= clauseEnd);
        if (first is null || analysis.Registry.ResolvePerson(first) is not null)
        {
            return null;
        }

        var gap = s.Masked[verbEnd..first.Start];
        // "left Google's DeepMind": the known employer the possessive owns is the one left.
        return Determiners().Match(gap).Length == gap.Length ? analysis.OrganisationFor(MeantEmployer(s, first, clauseEnd), learn: true) : null;
    }

    /// <summary>The employer a name opening a company slot stands for: "Alphabet's DeepMind", "Microsofts AI-team" and "General
    /// Motors' robot-taxi unit Cruise" mean the organisation after the possessive; "Cohere subsidiary Orrery Systems",
    /// "Coolblue-dochter Kramsmit" and "Marvel's Midnight Suns-studio Firaxis" the unit or studio named after the noun for it.</summary>
    private Mention MeantEmployer(Sentence s, Mention m, int limit) =>
        m.Possessive && OwnedEmployer(s, m) is { } owned ? owned
        : analysis.Registry.ResolvePerson(m) is null && NamedUnitAfter(s, m, limit) is { } unit ? unit
        : m;

    /// <summary>The known employer a possessive names as its own: "Alphabet's DeepMind", "General Motors' robot-taxi unit
    /// Cruise".</summary>
    private Mention? OwnedEmployer(Sentence s, Mention owner) =>
        analysis.Mentions[s.Index].FirstOrDefault(mm => mm.Start > owner.End
            && (mm.Start <= owner.End + 3 || OwnedUnitBetween().IsMatch(s.Text[owner.End..mm.Start]))) is { } owned
        && analysis.Knowledge.Organisation(owned.Text) is { IsEmployer: true }
            ? owned
            : null;

    private Mention? NamedUnitAfter(Sentence s, Mention owner, int limit)
    {
        var mentions = analysis.Mentions[s.Index];
        var k = 0;
        while (k < mentions.Count && mentions[k] != owner)
        {
            k++;
        }

        if (k == mentions.Count)
        {
            return null;
        }

        // The noun may be glued to a description between the owner and the name: "Marvel's Midnight Suns-studio Firaxis".
        if (k + 2 < mentions.Count && owner.Possessive && mentions[k + 1] is { CompoundSuffix: { } glued } description
            && UnitNoun().IsMatch(glued) && description.Start <= owner.End + 3)
        {
            k++;
        }

        if (k + 1 >= mentions.Count || mentions[k + 1] is not { } named || named.Start >= limit)
        {
            return null;
        }

        var between = mentions[k].CompoundSuffix is { } suffix && UnitNoun().IsMatch(suffix)
            ? s.Text[mentions[k].End..named.Start].Trim('-', ' ', '\u00A0').Length == suffix.Length
            : UnitNounBetween().IsMatch(s.Text[mentions[k].End..named.Start]);
        return between && analysis.Registry.ResolvePerson(named) is null && !Lexicon.FirstNames.Contains(named.FirstToken) && !named.Possessive
            ? named
            : null;
    }

    private const string UnitNouns = "unit|subsidiary|division|studio|studios|dochter|dochterbedrijf|divisie";

    [GeneratedRegex(@"^(?:" + UnitNouns + ")$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UnitNoun();

    [GeneratedRegex(@"^(?:['’]s?)?\s+(?:[\p{Ll}\-]+\s+){0,2}(?:" + UnitNouns + @")\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex UnitNounBetween();

    /// <summary>"- Brindlewood: Y left in April to found Cohere": the company a list item opens with, before a colon.</summary>
    private string? ItemHeadCompany(Sentence s)
    {
        // The splitter may end a sentence at that colon: then the head is the whole sentence before.
        var index = s.Index > 0 && analysis.Sentences[s.Index - 1].Text.TrimEnd().EndsWith(':') && analysis.Sentences[s.Index - 1].Text.Length <= 60
            ? s.Index - 1
            : s.Index;
        var text = analysis.Sentences[index].Text;
        return analysis.Mentions[index] is [{ Start: <= 4 } head, ..] && text.AsSpan(head.End).TrimStart(" )").StartsWith(":")
            && analysis.Registry.ResolvePerson(head) is null ? analysis.EmployerOf(head) ?? (analysis.Knowledge.Organisation(head.Text) is null ? analysis.OrganisationFor(head, learn: true) : null) : null;
    }

    /// <summary>Whether <paramref name="company"/> is named between <paramref name="start"/> and <paramref name="end"/> only as
    /// the employer of someone other than <paramref name="persons"/> ("Cohere CTO X", "Cohere's CTO X").</summary>
    private bool DescribesAnotherPerson(Sentence s, int start, int end, string company, List<string?> persons)
    {
        var mentions = analysis.Mentions[s.Index];
        var described = false;
        for (var k = 0; k + 1 < mentions.Count; k++)
        {
            var (mm, next) = (mentions[k], mentions[k + 1]);
            if (mm.Start < start || mm.End > end || analysis.Registry.ResolvePerson(mm with { Possessive = false }) is not null
                || !string.Equals(analysis.EmployerOf(mm with { Possessive = false }), company, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!(mm.Possessive || RoleWordAfter().IsMatch(s.Text.AsSpan(mm.End))) || next.Start - mm.End > 60 || s.Text.AsSpan(mm.End, next.Start - mm.End).Contains(',')
                || analysis.Registry.ResolvePerson(next) is not { } other || persons.Contains(other))
            {
                return false;
            }

            described = true;
        }

        return described;
    }

    /// <summary>"Enfabrica CEO X", "Veritas AI co-founder X": the employer named right before a role, between
    /// <paramref name="start"/> and <paramref name="end"/>, other than <paramref name="except"/>.</summary>
    private string? EmployerBeforeRole(Sentence s, int start, int end, string? except) =>
        EmployerFollowedBy(RoleWordAfter(), s, start, end, except);

    /// <summary>The first employer between <paramref name="start"/> and <paramref name="end"/> whose following text
    /// <paramref name="after"/> matches (a role, "veteran"), other than <paramref name="except"/>.</summary>
    private string? EmployerFollowedBy(Regex after, Sentence s, int start, int end, string? except) =>
        analysis.Mentions[s.Index]
            .Where(mm => mm.Start >= start && mm.End <= end && after.IsMatch(s.Text[mm.End..]))
            .Select(mm => analysis.Registry.ResolvePerson(mm) is null ? analysis.OrganisationFor(mm, learn: true) : null)
            .FirstOrDefault(o => o is not null && o != except);

    private string? FirstOrganisationBetween(Sentence s, int start, int end, string? except, bool allowReference = true, bool destination = false)
    {
        if (allowReference)
        {
            var rest = s.Text[start..Math.Max(start, end)];
            var reference = CompanyReferenceAnywhere().Match(rest);
            var firstMention = analysis.Mentions[s.Index].FirstOrDefault(mm => mm.Start >= start && mm.End <= end && analysis.Registry.ResolvePerson(mm) is null);
            if (reference.Success && !reference.Value.StartsWith("it", StringComparison.OrdinalIgnoreCase)
                && (firstMention is null || start + reference.Index < firstMention.Start)
                // "bij het technologiebedrijf Barco", "the AI start-up Cohere": a description right before a name is that name.
                // A name inside the description ("the Microsoft-backed start-up") is not the name after it.
                && !(firstMention is not null && start + reference.Index + reference.Length <= firstMention.Start
                    && s.Text[(start + reference.Index + reference.Length)..firstMention.Start].Trim().Length == 0
                    && analysis.Registry.ResolveOrganisation(firstMention) is not null))
            {
                var adj = MiddleWords().Match(reference.Value);
                return ReferenceTarget(s, adj.Success ? adj.Groups[1].Value : string.Empty, destination, except, reference.Value);
            }
        }

        foreach (var mm in analysis.Mentions[s.Index])
        {
            if (mm.Start < start || mm.End > end || analysis.Registry.ResolvePerson(mm) is not null)
            {
                continue;
            }

            if (analysis.OrganisationFor(mm, learn: mm.TokenCount >= 1) is { } org && org != except)
            {
                return org;
            }
        }

        return null;
    }

    private string? OrganisationBefore(Sentence s, int start, int end, string? focus, bool destination, string? except, bool registeredOnly = false, bool skipEarlierEmployers = false)
    {
        string? found = null;
        var foundAt = -1;
        var foundEnd = -1;
        foreach (var mm in analysis.Mentions[s.Index])
        {
            if (mm.Start < start || mm.End > end)
            {
                continue;
            }

            // "Verily, Alphabet's life science company, has lost X": a possessive opening an apposition describes the company
            // named before it.
            if (found is not null && mm.Possessive && AppositionOpens().IsMatch(s.Text[start..mm.Start]))
            {
                continue;
            }

            // "Super de Boer, kroonjuweel van het concern Laurus, heeft X ontslagen", "Meta, the owner of Instagram, hired": a
            // company inside a description set off after the company found is not the subject.
            if (found is not null && foundEnd <= mm.Start && InsideAppositionAfter().IsMatch(s.Masked[foundEnd..mm.Start])
                && AppositionCloses().IsMatch(s.Masked[mm.End..end]))
            {
                continue;
            }

            // "the chief executive of Prosus and its controlling shareholder Naspers": the employer is the first company of an
            // apposition, the one coordinated after it a company it is tied to.
            if (found is not null && foundEnd <= mm.Start && TiedCompanyBetween().IsMatch(s.Masked[foundEnd..mm.Start]))
            {
                continue;
            }

            var org = analysis.EmployerOf(mm);
            if (org is null && CompanyNounAfter().IsMatch(s.Text[mm.End..]))
            {
                // "the New York lab", "the Boston start-up": a place describing the company, not its name.
                continue;
            }

            if (org is null && !registeredOnly && mm.End >= end - 12 && analysis.Registry.ResolvePerson(mm) is null && !Lexicon.FirstNames.Contains(mm.FirstToken))
            {
                // The name right before "ziet ... vertrekken" or "hired" is the company.
                org = analysis.OrganisationFor(mm, learn: true);
            }

            // "Mulder gaat aan de slag bij Microsoft, Verbeek maakt de overstap": a destination is not a company left, and
            // for a leave "X, previously at Microsoft, stepped down" names where X was before (for a join it is the company left);
            // for an appointment "a former Google engineer" is background, and so is "Google veteran X".
            if (org is not null && org != except && !(registeredOnly && (DestinationBefore().IsMatch(s.Text[start..mm.Start])
                || (skipEarlierEmployers && (PreviousEmployerBefore().IsMatch(s.Text[start..mm.Start]) || EarlierCareerBefore().IsMatch(s.Text[start..mm.Start]) || FormerBefore().IsMatch(s.Text[start..mm.Start])
                    || VeteranAfter().IsMatch(s.Masked[mm.End..end]))))))
            {
                found = org;
                foundAt = mm.Start;
                foundEnd = mm.End;
            }
        }

        if (registeredOnly)
        {
            return found;
        }

        var region = s.Masked[start..end];
        var reference = CompanyReferenceAnywhere().Matches(region).LastOrDefault();
        if (reference is not null && start + reference.Index > foundAt)
        {
            var adj = MiddleWords().Match(reference.Value);
            return destination && adj.Success
                ? analysis.LastEmployerBefore(s.Index, except ?? focus)
                : focus ?? analysis.FocusAt(s.Index);
        }

        return found;
    }

    [GeneratedRegex(@"\b(?:two|three|four|five|several|more|other|twee|drie|vier|vijf)\s+(?:[\p{L}\-]+\s+){0,3}?(?:leaders|executives|researchers|engineers|co-?founders|founders|employees|staffers|scientists|managers|topmensen|bestuurders|onderzoekers)(?:\s+[—–]\s+(?<names>[^—–]{1,200}?)\s+[—–]\s|,\s+(?<names>[^,;]{1,80}?(?:,\s+[^,;]{1,80}?)*?\s(?:and|en)\s+[^,;]{1,80}?),\s+(?:\p{Ll}+\s+){0,2}$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GroupNamedBetweenDashes();

    [GeneratedRegex(@",\s{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex CommaRightBefore();

    [GeneratedRegex(@"^(?:bringing|hiring|poaching|luring|recruiting|adding)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HireParticiple();

    [GeneratedRegex(@"^\s*(?:its|their)\s+(?:[\p{L}\-]+\s+){0,3}?(?:ceo|cto|coo|cfo|chief|head|president|founder|co-founder|cofounder|founders|co-founders|executives?|researchers?|engineers?|scientists?|leaders?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ItsRoleObject();

    [GeneratedRegex(@"(?<=\p{L}),\s+(?!(?:and|or|en|of|but|maar|who|die|which|that|dat|like|notably|especially|as well as|along with|together with|alongside|samen met|evenals|" + TriggerRules.ListOpeners + @")\b)(?-i:\p{Ll})[^,;()""“”]{1,100},\s*(?:(?:has|have|had|is|are|was|were|will|would|also|now|then|heeft|is|zal|gaat)\s+)*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClosingApposition();

    [GeneratedRegex(@"^\s+(?:being|having been|having)\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BeingAfter();

    [GeneratedRegex(@"^\s+(?:and|en)\s+(?:its|their|zijn|haar|the|het|de)\s+(?:[\p{Ll}\-]+\s+){1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex TiedCompanyBetween();

    [GeneratedRegex(@",\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AppositionOpens();

    // ", kroonjuweel van het concern ": a description opened after a company by a noun (not ", following ...", ", which ...").
    [GeneratedRegex(@"^['’]?s?\s*,\s+(?!(?:\p{Ll}+ing|which|who|while|and|but|die|dat|en|maar|terwijl|nadat|toen)\b)(?-i:\p{Ll})[^,;]*$", RegexOptions.CultureInvariant)]
    private static partial Regex InsideAppositionAfter();

    [GeneratedRegex(@"^[^,;.]*,", RegexOptions.CultureInvariant)]
    private static partial Regex AppositionCloses();

    // "X — co-author of the paper and 2024 Turing laureate — announced ...": an insert between dashes describes the subject;
    // one that lists people ("Several executives — including A and B — have left") names it.
    [GeneratedRegex(@"\s[—–]\s(?!(?:" + TriggerRules.ListOpeners + @")\b)[^—–]{1,200}?\s[—–]\s", RegexOptions.CultureInvariant)]
    private static partial Regex DashInsert();

    // "— A, B and C —", "its people chief — A — is leaving": capitalised names, nothing else.
    private const string CapitalisedName = @"\p{Lu}[\p{L}\-'’.]*(?:\s+(?:de|van|der|den|von|da|di|le|la|\p{Lu}[\p{L}\-'’.]*))*";

    [GeneratedRegex(@"^\s[—–]\s" + CapitalisedName + @"(?:(?:,\s+(?:and\s+)?|\s+and\s+)" + CapitalisedName + @")*\s[—–]\s$", RegexOptions.CultureInvariant)]
    private static partial Regex NamesOnlyInsert();

    [GeneratedRegex(@"\s*\([^()]{1,60}\)")]
    private static partial Regex Brackets();

    private static bool InBrackets(string text, int start, int end) =>
        text.LastIndexOf('(', Math.Max(start - 1, 0)) is var open and >= 0 && open >= start - 2 && end < text.Length && text[end] == ')';

    // "X, a co-founder who once tried to oust CEO Y, left": the relative clause may hang on a description of the subject.
    [GeneratedRegex(@",\s+(?:(?:a|an|the|een|de|het)\s+[^,;]{1,40}?\s+)?(?:who|die)\s+[^,;]{1,100},", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClosedRelative();

    // "X, the chief executive, told reporters after Y left": the one who speaks before the verb is not its subject.
    [GeneratedRegex(@"\b(?:told|said|says|added|explained|wrote|zei|zegt|vertelde|schreef)\b|\b(?:revealed|disclosed|stated|noted|onthulde|verklaarde)\s+(?:[\p{L}\d,]+\s+){0,4}?(?:that|dat)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpeechBetween();

    [GeneratedRegex(@"^\s*(?:they|both(?:\s+of\s+them)?|the\s+(?:pair|duo|trio|two|three|(?:two|three)\s+(?:co-?founders|founders|executives|researchers|engineers|men|women))|these\s+(?:two\s+|three\s+)?(?:individuals|people|executives|researchers|engineers|co-?founders|founders)|het\s+duo|de\s+(?:twee|drie)|beiden)(?:\s+(?:are|were|have|had|will|would|also|both|now|then|later|each|all|zijn|waren|hebben|gaan|zullen|ook|nu))*\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PluralSubject();

    [GeneratedRegex(@"^\s+(?:(?:has|have|had|also|then|later|recently|quickly|eventually|finally|gradually)\s+)*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OrganisationSubjectGap();

    [GeneratedRegex(@"\b(?:when|while|as|after|before|because|since|until|once|where|whereas|toen|terwijl|nadat|voordat|omdat|sinds|zodra|waar)\s+(?:the\s+|de\s+|het\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SubordinatorBefore();

    private const string BodyOrPronoun = @"(?:ze|zij|they|de\s+(?:raad\s+van\s+(?:commissarissen|toezicht|bestuur)|rvc|rvt|commissarissen|aandeelhouders|directie|eigenaren|eigenaars)|het\s+bestuur|the\s+board|its\s+board|the\s+(?:company['’]s\s+)?(?:directors|shareholders|owners))";

    [GeneratedRegex(@"^\s*" + BodyOrPronoun + @"\s+(?-i:\p{Lu})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BodyOrPronounSubjectAfter();

    [GeneratedRegex(@"(?:^|,\s*|\b(?:and|en|toen|nadat|dat|that|when|after)\s+)" + BodyOrPronoun + @"\s+(?:(?:has|have|had|then|also|heeft|hebben|had|hadden|ook)\s+)*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BodyOrPronounSubjectBefore();

    [GeneratedRegex(@"\b(?:several|many|a number of|a few|some|a string of|a series of|a wave of|a slew of|other|more|veel|enkele|meerdere|diverse|verschillende)\s+(?:[\p{Ll}\-]+\s+){0,2}?(?:executives|employees|staffers|staff|people|researchers|engineers|scientists|leaders|managers|officials|bestuurders|medewerkers|directeuren|onderzoekers)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PeopleGroup();

    [GeneratedRegex(@"\G[^.;:]{0,60}?,?\s*\b(?:including|among them|waaronder|onder wie)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IncludingListAfter();

    private List<string?> SubjectPersons(Sentence s, int start, int end)
    {
        // ... and so does a closed relative clause: "X, who reports to Y, is leaving". An insert of names only is the subject
        // itself: "Three members of the team — A, B and C — also left", "Its people chief — A — is departing".
        var inserts = DashInsert().Matches(s.Text[start..end]).Where(m => !NamesOnlyInsert().IsMatch(m.Value)).Concat(ClosedRelative().Matches(s.Text[start..end]))
            .Select(m => (Start: start + m.Index, End: start + m.Index + m.Length)).ToList();
        // ... and so does a description that closes right before the verb: "X, creative director on Star Quest 3 and Moon Harbor,
        // is leaving".
        inserts.AddRange(ClosingApposition().Matches(s.Text[start..end]).Select(m => (Start: start + m.Index, End: start + m.Index + m.Length)));
        // ... and so does a description set off after a name in a list: "A, head of research, and B, a research VP, left".
        inserts.AddRange(ListedApposition().Matches(s.Masked, start).Where(a => a.Index + a.Length <= end && DescribesListedPerson(s, a))
            .Select(a => (Start: a.Index, End: a.Index + a.Length)));
        // ... and so does a name's own company between coordinated names: "Hoofdredacteur A van Y en adjunct B vertrekken".
        var places = CompaniesOfListedNames(s, start, end).ToList();
        inserts.AddRange(places);
        var list = analysis.Mentions[s.Index].Where(mm => mm.Start >= start && mm.End <= end && !inserts.Any(i => mm.Start >= i.Start && mm.End <= i.End)).ToList();
        var result = new List<string?>();
        var addedStart = end;
        for (var k = list.Count - 1; k >= 0; k--)
        {
            var mm = list[k];
            // "that of X, who resigned" / "volgt X, die ... verliet": a relative clause makes X the subject after all.
            var relative = (RelativeSubject().IsMatch(s.Text[mm.End..end]) || RelativeWithoutComma().IsMatch(s.Text.AsSpan(mm.End))) && !ReportingRelative().IsMatch(s.Text[mm.End..end])
                // "..., with X being the latest to leave": the name after "with" is the subject of the participle.
                || BeingAfter().IsMatch(s.Text[mm.End..end]);
            // Only the words since the previous name count: "van" inside "Merel van den Bosch en Y" is a particle, not "of".
            var previousEnd = k > 0 ? Math.Max(start, list[k - 1].End) : start;
            var sincePrevious = WithoutInserts(s.Text, previousEnd, mm.Start, places);
            // "X and vice president of research Y": an "of" inside a title between coordinated names does not make Y an object.
            if (!relative && NotASubject().IsMatch(sincePrevious) && result.Count == 0
                && !(k > 0 && Coordinated(WithoutInserts(s.Text, list[k - 1].End, mm.Start, places))) && !TitleWithOfBefore().IsMatch(sincePrevious)
                && !(k > 0 && AlongWith().IsMatch(sincePrevious)))
            {
                continue;
            }

            if (result.Count == 0 && SpeechBetween().IsMatch(s.Text[mm.End..end]))
            {
                break;
            }

            var person = analysis.PersonFor(mm, learn: true);
            // "Koh led R&D during a period when Samsung transitioned from plastic": a company that opens the clause of the verb
            // is its subject; the person before it is not.
            if (person is null && result.Count == 0 && k == list.Count - 1 && !mm.Possessive
                && OrganisationSubjectGap().IsMatch(s.Text[mm.End..end]) && SubordinatorBefore().IsMatch(s.Text[previousEnd..mm.Start])
                && analysis.Registry.ResolveOrganisation(mm) is not null)
            {
                break;
            }

            if (person is null)
            {
                // "A (OpenAI), B (Google DeepMind) and C (Apple) have joined": the employers in brackets belong to the names; and
                // "..., and Senior Vice President for Compliance C", "Head of HR D": a title or its department in the next item.
                if (result.Count > 0 && !(k > 0 && InBrackets(s.Text, mm.Start, mm.End)) && !PartOfTitle(s, mm))
                {
                    break;
                }

                continue;
            }

            if (result.Count > 0)
            {
                // Only names coordinated with the one already found: "X and Y", "X, Y en Z"; not "According to X, Y quit".
                var gap = Brackets().Replace(WithoutInserts(s.Text, mm.End, addedStart, inserts), string.Empty);
                var since = sincePrevious;
                if (!(Coordinated(gap) || BothAnd(s.Text[start..mm.Start], gap) || AlongWith().IsMatch(gap)) || NotASubject().IsMatch(since) && !AlongWith().IsMatch(since) && !TitleWithOfBefore().IsMatch(since) || SourceBefore().IsMatch(s.Text[..mm.Start]))
                {
                    break;
                }
            }

            result.Insert(0, person);
            addedStart = mm.Start;
            if (list.Count > k + 1 && result.Count == 1)
            {
                // continue to look for coordinated names
            }
        }

        // "De CEO van Y, de Belg X, verlaat het bedrijf", "The CEO of Y, the Briton X, is leaving": a role subject named in the
        // apposition after it, behind an article and one word.
        if (result.Count == 0)
        {
            foreach (var (insertStart, insertEnd) in inserts)
            {
                var named = analysis.Mentions[s.Index].FirstOrDefault(mm => mm.Start > insertStart && mm.End <= insertEnd
                    && NamedAfterNoun().IsMatch(s.Text[insertStart..mm.Start]) && s.Text[mm.End..insertEnd].TrimStart().StartsWith(',')
                    && analysis.PersonFor(mm, learn: true) is not null);
                if (named is not null && RoleOpening().IsMatch(s.Text[start..insertStart]))
                {
                    return [analysis.PersonFor(named, learn: true)];
                }
            }
        }

        return result.Distinct().ToList();
    }

    private IEnumerable<(int Start, int End)> CompaniesOfListedNames(Sentence s, int start, int end)
    {
        var mentions = analysis.Mentions[s.Index];
        for (var k = 0; k + 2 < mentions.Count; k++)
        {
            var (who, place, next) = (mentions[k], mentions[k + 1], mentions[k + 2]);
            if (who.Start >= start && next.End <= end && PlaceOfName().IsMatch(s.Text.AsSpan(who.End, place.Start - who.End))
                && CoordinatedNext().IsMatch(s.Text.AsSpan(place.End, next.Start - place.End))
                && analysis.Registry.ResolvePerson(who) is not null && analysis.Registry.ResolvePerson(place) is null
                && analysis.EmployerOf(place) is not null && analysis.Registry.ResolvePerson(next) is not null)
            {
                yield return (who.End, place.End);
            }
        }
    }

    [GeneratedRegex(@"^\s+(?:van|of|at|bij)\s+(?:(?:de|het|the)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceOfName();

    [GeneratedRegex(@"^\s*(?:,\s*)?(?:(?:en|and)\s+)?(?:\p{Ll}[\p{Ll}\-]*\s+){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CoordinatedNext();

    /// <summary>The people that open the items of a list set off by semicolons before <paramref name="end"/>: each item after the
    /// first opens with its person; in the first, the last person whose name a comma and a description follow.</summary>
    private List<string> SemicolonItems(Sentence s, int start, int end)
    {
        var result = new List<string>();
        var bounds = new List<int> { start };
        for (var i = s.Masked.IndexOf(';', start); i >= 0 && i < end; i = s.Masked.IndexOf(';', i + 1))
        {
            bounds.Add(i + 1);
        }

        for (var b = 0; b < bounds.Count - 1; b++)
        {
            var (from, to) = (bounds[b], bounds[b + 1] - 1);
            var opening = analysis.Mentions[s.Index]
                .Where(mm => mm.Start >= from && mm.End <= to && s.Masked[mm.End..to].TrimStart().StartsWith(',')
                    && (b > 0 ? s.Masked[from..mm.Start].Trim().Length == 0 : s.Masked[from..mm.Start].TrimEnd().EndsWith(',') || s.Masked[from..mm.Start].Trim().Length == 0))
                .Select(mm => analysis.PersonFor(mm, learn: true))
                .LastOrDefault(p => p is not null);
            if (opening is null)
            {
                return [];
            }

            result.Add(opening);
        }

        return result;
    }

    [GeneratedRegex(@"^,\s+(?:de|het|the|a|an|een)\s+\p{L}+\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NamedAfterNoun();

    [GeneratedRegex(@"^\s*(?:the|de|het)\s+(?:[\p{L}\-]+\s+){0,3}?(?:ceo|cfo|cto|coo|chief|president|chairman|head|topman|topvrouw|directeur|bestuursvoorzitter|voorzitter|baas|oprichter|founder|co-founder)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RoleOpening();

    /// <summary>The person named last before <paramref name="position"/>, in this sentence or the three before it.</summary>
    private string? LastNamedBefore(int sentence, int position)
    {
        for (var i = sentence; i >= 0 && i >= sentence - 3; i--)
        {
            var named = analysis.Mentions[i].LastOrDefault(mm => (i < sentence || mm.End <= position) && analysis.Registry.ResolvePerson(mm) is not null);
            if (named is not null)
            {
                return analysis.Registry.ResolvePerson(named);
            }
        }

        return null;
    }

    // Only a possessive that opens the clause: "Her departure was announced", not "she confirmed her departure" (whose
    // subject the clause names).
    [GeneratedRegex(@"^\s*(?:(?:and|but|en|maar)\s+)?(?:his|her|zijn|haar|(?<diens>diens))\s+(?:(?:own|sudden|abrupt|surprise|eigen|plotselinge|onverwachte)\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PossessivePronounBefore();

    /// <summary>The description follows a person's name and names nobody itself (", chief research officer B," is the next name).</summary>
    private bool DescribesListedPerson(Sentence s, Match apposition) =>
        analysis.Mentions[s.Index].Any(mm => mm.End == apposition.Index && NamesAPerson(mm))
        && !analysis.Mentions[s.Index].Any(mm => mm.Start > apposition.Index && mm.End < apposition.Index + apposition.Length
            && NamesAPerson(mm));

    private static string WithoutInserts(string text, int start, int end, List<(int Start, int End)> inserts)
    {
        var kept = new System.Text.StringBuilder();
        var at = start;
        foreach (var (from, to) in inserts.Where(i => i.Start >= start && i.End <= end).OrderBy(i => i.Start))
        {
            kept.Append(text, at, Math.Max(0, from - at));
            at = Math.Max(at, to);
        }

        return kept.Append(text, at, Math.Max(0, end - at)).ToString();
    }

    // ", head of research," between a name and "and" (or "as well as"): a description, in lower case (", Metz," is the next name
    // of a list), or a capitalised title at a company (", Chief Executive Officer at Y,").
    [GeneratedRegex(@",\s+(?:(?-i:(?=\p{Ll}))(?!(?:and|en|or|of|but|maar|who|die|which|that|wat|dat|said|says|zei|zegt)\b)|(?-i:(?=\p{Lu}))(?=[^,;()""“”]{1,40}?\s(?:at|of|bij|van)\s))[^,;()""“”]{1,80}?,(?=\s*(?:and|en|&|as well as|along with|together with|evenals)\s)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ListedApposition();

    private bool SpeakerBefore(Sentence s, string person, int from) =>
        analysis.Mentions[s.Index].Any(mm => mm.Start >= from && analysis.Registry.ResolvePerson(mm) == person
            && SpeechVerbBefore().IsMatch(s.Text[from..mm.Start]));

    // Labellers count "stays on as a board member or adviser" told in a sentence of its own as a departure; a chair is not one.
    [GeneratedRegex(@"\b(?:chair|chairman|chairwoman|chairperson|voorzitter|bestuursvoorzitter|president-commissaris)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ChairRole();

    /// <summary>"X is stepping down as CEO. She will stay on as chairman.": the next sentence, about the same person, keeps
    /// them at the company.</summary>
    private bool StaysOnNext(Sentence s)
    {
        if (s.Index + 1 >= analysis.Sentences.Count || analysis.Sentences[s.Index + 1] is not { IsHeading: false } next
            || !analysis.StaysOn(next) || !ChairRole().IsMatch(next.Masked))
        {
            return false;
        }

        if (TriggerRules.Pronoun.Match(next.Masked) is { Success: true, Index: 0 })
        {
            return true;
        }

        var people = analysis.Mentions[s.Index].Select(analysis.Registry.ResolvePerson).OfType<string>().ToHashSet();
        return analysis.Mentions[next.Index] is [{ Start: 0 } opening, ..] && analysis.Registry.ResolvePerson(opening) is { } person
            && people.Contains(person);
    }

    /// <summary>The mention is a person the article names, or reads as one.</summary>
    private bool NamesAPerson(Mention mm) => analysis.PersonFor(mm, learn: false) is not null || LooksLikePerson(mm);

    /// <summary>"head of robotics research Jian Zhang, and ...": a two- or three-word name that is no organisation is a person's,
    /// even when the given-name list lacks its first word (unlike the round-ups' stricter check, which needs a known given name).</summary>
    private bool LooksLikePerson(Mention mm) =>
        mm.TokenCount is >= 2 and <= 3 && !mm.Possessive && mm.CompoundSuffix is null && analysis.Registry.ResolveOrganisation(mm) is null
        && analysis.Knowledge.Organisation(mm.Text) is null && !Lexicon.OrgSuffixes.Contains(mm.LastToken) && !Lexicon.EndsInRoleNoun(mm.Text);

    [GeneratedRegex(@"\G[^;,]*,\s+who\s+[^;]*\b(?<joined>(?:joined|joining|moved to|went to)\s+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HiredPersonJoinedBefore();

    [GeneratedRegex(@"\b(?:hired|hires|recruited|recruits|poached|poaches|appointed|appoints|named|names|tapped|taps|lured|lures|brought in|snagged)\s+[^,;]{1,60},\s+who\b[^;]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HiredThenRelative();

    [GeneratedRegex(@"^\s+(?:the|het)\s+(?:company|firm|start-?up|business|bedrijf|onderneming)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex JoinedCompanyReference();

    [GeneratedRegex(@"^\s+(?:has\s+|have\s+)?(?:officially\s+|also\s+|now\s+)?(?:announced|confirmed|said|says|announces|confirms)\s+(?:on\s+\p{L}+\s+)?(?:that\s+)?[^,;]{0,60}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AnnouncesAfter();

    [GeneratedRegex(@"^\s*(?:the|its|their|his|her|het|de|zijn|haar)\s+(?:[\p{Ll}\-]+\s+){0,3}?(?:team|teams|board|group|division|unit|committee|leadership|c-suite|department|directie|raad van bestuur|managementteam|bestuur|afdeling)\b", RegexOptions.CultureInvariant)]
    private static partial Regex InternalObject();

    /// <summary>True when <paramref name="to"/> is named in a list of companies ("to rivals Anthropic and OpenAI").</summary>
    private bool SharedDestination(Sentence s, string to)
    {
        var mentions = analysis.Mentions[s.Index];
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            if (string.Equals(analysis.EmployerOf(mentions[i]), to, StringComparison.OrdinalIgnoreCase)
                && DestinationListGap().IsMatch(s.Masked[mentions[i].End..mentions[i + 1].Start]) && analysis.EmployerOf(mentions[i + 1]) is not null)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^\s*(?:,\s*|\s(?:and|en|or|of)\s+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DestinationListGap();

    /// <summary>True when the name at <paramref name="nameStart"/>, after a verb ending at <paramref name="verbEnd"/>, stands
    /// behind a preposition that makes it no subject ("opgestapt na een conflict met X"). A preposition governs only the name
    /// right after it: "volgens persbureau Bloomberg hoofd personeelszaken X" keeps X the subject.</summary>
    private bool BehindPreposition(Sentence s, int verbEnd, int nameStart)
    {
        if (nameStart < verbEnd)
        {
            return false; // no name after the verb
        }

        // With no name between, the verb's own last word may be the preposition ("sluit hij zich aan bij X").
        var verbLastWord = s.Text.LastIndexOf(' ', Math.Max(0, verbEnd - 2)) + 1;
        var previousNameEnd = analysis.Mentions[s.Index].Where(mm => mm.End <= nameStart && mm.End >= verbEnd).Select(mm => mm.End).DefaultIfEmpty(verbLastWord).Max();
        return ObliqueAfterVerb().IsMatch(s.Text[previousNameEnd..nameStart]);
    }

    /// <param name="obliqueAfter">Where the verb ends: a name after it that follows a preposition ("opgestapt na een conflict met
    /// X") is not the subject.</param>
    private List<string> PersonsIn(Sentence s, int start, int end, int? obliqueAfter = null) =>
        analysis.Mentions[s.Index]
            .Where(mm => mm.Start >= start && mm.End <= end
                && !(obliqueAfter is { } verbEnd && mm.Start >= verbEnd && BehindPreposition(s, verbEnd, mm.Start)))
            .Select(mm => analysis.PersonFor(mm, learn: true))
            .OfType<string>()
            .Distinct()
            .ToList();

    /// <summary>The person named right after a noun ("the departure of former CTO X and Y"), with the names coordinated with them.</summary>
    private List<string> LeadingPersons(Sentence s, int start, int end)
    {
        var result = new List<string>();
        Mention? previous = null;
        foreach (var mm in analysis.Mentions[s.Index].Where(mm => mm.Start >= start && mm.End <= end))
        {
            // "A, the Director of Strategy and Policy, and B": a capitalised post after an item is read with the gap to the next.
            if (previous is not null && IsTitleRun(s, mm))
            {
                continue;
            }

            var gap = s.Text[(previous?.End ?? start)..mm.Start];
            // Capitalised titles count as the lower-case words around them: "including former CTO X"; so do employers in a
            // description ("followed by former Google researcher X"), and a role in brackets after a name ("A (director HR), B").
            if (!LeadsTo(gap, previous is null) && !LeadsTo(WithoutOrganisations(s, previous?.End ?? start, mm.Start), previous is null)
                && !(previous is not null && gap.Contains('(', StringComparison.Ordinal) && LeadsTo(Brackets().Replace(gap, string.Empty), first: false)))
            {
                break;
            }

            if (analysis.PersonFor(mm, learn: true) is { } person)
            {
                result.Add(person);
                previous = mm;
            }
            else if (previous is null && analysis.Registry.ResolveOrganisation(mm) is null
                // "the resignations of Vice President of Marketing X": a title's capitalised department is part of the gap; so
                // is the unit a lower-case title is of ("like Prime boss X").
                && !PartOfTitle(s, mm) && !UnitBeforeRoleNoun().IsMatch(s.Text, mm.End))
            {
                break;
            }
        }

        return result.Distinct().ToList();
    }

    // "of former CTO ", "van ", "is " before the first name, and "van de financieel directeur van Kramsmit, " (an apposition
    // after the role at an employer); ", financieel directeur " between names of a list.
    // "... including former CTO X"; "nam afscheid van twee beeldbepalende leiders, A en B": a counted group, then its names.
    [GeneratedRegex(@"^(?!.*(?:\b(?:under|onder(?!\s+(?:andere|anderen|meer)\b)|by|door|with|met|without|zonder|than|after|na)|" + ThanDan + @")\s)\s*(?:(?:the|its|de|het|zijn|haar|\p{Ll}[\p{Ll}\-]*(?:['’]s)?|(?:19|20)\d\d|\d{1,2})\s+){0,5}(?:(?:\p{Ll}[\p{Ll}\-]*\s+){0,2}(?:like|such as|including)\s+|(?<=\s(?:of|van)\s)org,\s+)?$|^\s*(?:\p{Ll}[\p{Ll}\-]*\s+){0,4}(?:two|three|four|five|six|twee|drie|vier|vijf|zes|[2-6])\s+(?:[\p{Ll}\-]+\s+){0,3}[\p{Ll}\-]+\s*(?:[,:]|\s[—–-])\s*$")]
    private static partial Regex LeadingGap();

    // ", hacker ", ", and prominent org developer "; an item's own description between: "A of org's car team, and B", "A, who
    // led its lab, hacker B"; a role with capitalised words that ends in a title word: ", India business head B", ", and
    // Americas One CFO C".
    [GeneratedRegex(@"^\s*(?:(?:of|at|from|van|bij)\s+[^,;]{1,40}?)?,\s*(?:(?:who|die)\s+[^,;]{1,60}?,\s*)?(?:(?:\p{Ll}[\p{Ll}\-]*)\s+){0,4}$|^\s*(?:,\s*(?:(?:the|its|a|an|de|het|een)\s+)?[^,;]{1,60}?)?;\s*(?:and\s+|en\s+)?(?:(?:\p{Ll}[\p{Ll}\-]*)\s+){0,4}(?:(?<=\s)(?:\p{Ll}[\p{Ll}\-]*),\s*)?$|^\s*,\s*(?:and\s+|en\s+)?(?:[\p{L}\-&]+\s+){0,4}?(?:head|chief|lead|director|directeur|manager|officer|president|CEO|CFO|CTO|COO|CMO|CIO|VP|SVP|EVP)\s+$")]
    private static partial Regex ListGap();

    private int FirstPersonStart(Sentence s, int start, int end) =>
        analysis.Mentions[s.Index]
            .Where(mm => mm.Start >= start && mm.End <= end && analysis.PersonFor(mm, learn: false) is not null)
            .Select(mm => mm.Start)
            .DefaultIfEmpty(end)
            .First();

    [GeneratedRegex(@"^\s*[,.;]", RegexOptions.CultureInvariant)]
    private static partial Regex ListItemCloses();

    [GeneratedRegex(@"^\s*(?:and|en)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex BareAnd();

    /// <summary>The first person a sentence names right behind a job title ("De relatie tussen bestuursvoorzitter X en ..."), the
    /// one a role named just before ("De topman van Y stapt op") points to. The title must be the same job as the role
    /// ("topman" and "bestuursvoorzitter" are; "CFO" and "CEO" are not).</summary>
    private Mention? TitledPerson(int sentence, string? role)
    {
        if (role is null)
        {
            return null;
        }

        var s = analysis.Sentences[sentence];
        return analysis.Mentions[sentence].FirstOrDefault(mm => analysis.Registry.ResolvePerson(mm) is not null
            && LastWordBefore().Match(s.Masked[..mm.Start]) is { Success: true } word && RoleKey(word.Groups[1].Value) == role);
    }

    /// <summary>One name per top job, whatever the language or the words: "chief executive", "topman", "bestuursvoorzitter" are
    /// all "ceo"; null for a role outside these.</summary>
    private static string? RoleKey(string text) =>
        TopRole().Match(text) is { Success: true } m ? m.Groups.Keys.First(k => k.Length > 1 && m.Groups[k].Success) : null;

    [GeneratedRegex(@"(?<ceo>\b(?:ceo|chief executive|topman|topvrouw|\p{L}*voorzitter|baas|topbestuurder)\b)|(?<cfo>\b(?:cfo|chief financial officer|financieel directeur|financieel topman)\b)|(?<cto>\b(?:cto|chief technology officer|technisch directeur)\b)|(?<coo>\b(?:coo|chief operating officer|operationeel directeur)\b)|(?<editor>\b(?:\p{L}*hoofdredacteur|editor-in-chief)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TopRole();

    [GeneratedRegex(@"([\p{L}\-]+)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex LastWordBefore();

    /// <summary>Where "de/the [adjective] &lt;role noun&gt;" stands as the subject: right before the verb, or right after it in Dutch
    /// inversion.</summary>
    private int? DefiniteRoleSubject(Sentence s, int clauseStart, int ts, int te, int objectEnd)
    {
        var before = DefiniteRoleBefore().Match(s.Masked[clauseStart..ts]);
        if (before.Success && IsRoleNoun(before.Groups["noun"].Value))
        {
            return clauseStart + before.Index;
        }

        if (!analysis.Dutch || objectEnd <= te)
        {
            return null;
        }

        var after = DefiniteRoleAfter().Match(s.Masked[te..objectEnd]);
        return after.Success && IsRoleNoun(after.Groups["noun"].Value) ? te + after.Index : null;
    }

    private static bool IsRoleNoun(string word) =>
        Lexicon.RoleNouns.Contains(word) || Lexicon.RoleNouns.Contains(word[(word.LastIndexOf('-') + 1)..]);

    [GeneratedRegex(@"(?:^|\s)(?:the|de|het)\s+(?:[\p{Ll}\-]+\s+)?(?<noun>[\p{Ll}\-]+)\s+(?:(?:has|have|had|is|was|will|heeft|is|was)\s+)?(?:[\p{Ll}]+\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DefiniteRoleBefore();

    [GeneratedRegex(@"^\s+(?:de|het)\s+(?:[\p{Ll}\-]+\s+)?(?<noun>[\p{Ll}\-]+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DefiniteRoleAfter();

    /// <summary>The person who speaks a quote that holds the trigger at <paramref name="triggerAt"/> in the first person:
    /// named right after the quote with a verb of saying on either side ("...," X wrote / "...," schreef X), or right before it
    /// ("X wrote on LinkedIn: \"...\"").</summary>
    private string? QuoteSpeaker(Sentence s, int triggerAt)
    {
        var text = s.Masked;
        var open = text.LastIndexOfAny(['"', '“'], Math.Max(triggerAt - 1, 0));
        if (open < 0)
        {
            return null;
        }

        var close = text.IndexOfAny(['"', '”'], triggerAt);
        if (close < 0 || !FirstPersonSpeech().IsMatch(text[(open + 1)..close]))
        {
            return null;
        }

        foreach (var m in analysis.Mentions[s.Index])
        {
            var after = m.Start > close && SpeakerAfterQuote().IsMatch(text[(close + 1)..m.Start]) && SaysAfterName().IsMatch(text[m.End..]);
            var afterVerb = m.Start > close && SpeakerVerbAfterQuote().IsMatch(text[(close + 1)..m.Start]);
            var before = m.End <= open && SaysBeforeQuote().IsMatch(text[m.End..open]);
            if ((after || afterVerb || before) && analysis.PersonFor(m, learn: true) is { } speaker)
            {
                return speaker;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?-i:\bI\b|\bI['’](?:ve|m|d|ll)\b)|\b(?:my|me|ik|mijn)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FirstPersonSpeech();

    [GeneratedRegex(@"^[”""’]?\s*,?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerAfterQuote();

    // The verbs that attribute a quote to its speaker.
    private const string SayingVerb = "wrote|said|says|posted|tweeted|announced|added|told|schreef|zei|zegt|meldde|liet weten|aldus";

    [GeneratedRegex(@"^[”""’]?\s*,?\s*(?:" + SayingVerb + @")\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpeakerVerbAfterQuote();

    [GeneratedRegex(@"^\s*(?:" + SayingVerb + @")\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SaysAfterName();

    [GeneratedRegex(@"^\s+(?:" + SayingVerb + @")\b[^""“”]{0,60}?:\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SaysBeforeQuote();

    private static int? PronounIn(Sentence s, int start, int end)
    {
        if (end <= start)
        {
            return null;
        }

        var m = TriggerRules.Pronoun.Match(s.Masked[start..end]);
        return m.Success ? start + m.Index : null;
    }

    private static int NumberOf(string word) => word.ToLowerInvariant() switch
    {
        "two" or "twee" or "2" => 2,
        "three" or "drie" or "3" => 3,
        "four" or "vier" or "4" => 4,
        _ => 5,
    };

    private static string? UnnamedIn(Sentence s, int start, int end)
    {
        var m = TriggerRules.UnnamedPerson.Match(s.Masked[start..end]);
        return m.Success ? m.Groups["noun"].Value : null;
    }
}
