using System.Text.RegularExpressions;
using TalentWatch.Extraction.Departures;
using TalentWatch.Extraction.Knowledge;
using TalentWatch.Extraction.Sentences;

namespace TalentWatch.Extraction.Mentions;

internal enum EntityKind
{
    Unknown,
    Person,
    Organisation,
}

/// <summary>The people and organisations of one article, with the short forms that refer back to them
/// ("Zoph" → "Barret Zoph", "Veritas" → "Veritas AI").</summary>
internal sealed partial class EntityRegistry(ExtractionKnowledge knowledge)
{
    private readonly Dictionary<string, string> orgs = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> persons = [];
    private readonly HashSet<string> surnames = new(StringComparer.OrdinalIgnoreCase);

    // Profiles and interviews call their subject by the given name ("Michiel Muller ... werkt Michiel tien jaar bij Y").
    private readonly HashSet<string> givenNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> orgCache = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> personAliases = new(StringComparer.OrdinalIgnoreCase);

    // Outlets are the sources news cites; in news about the media itself ("hoofdredacteur van NRC", "vertrekt bij de VRT") the
    // article names them as the employer, and there they are one.
    private readonly HashSet<string> employingOutlets = new(StringComparer.Ordinal);

    /// <summary>"VP of Global Online Sales", "VP for CUDA Marketing": a department named after a title.</summary>
    public static bool IsDepartmentAfterTitle(Mention m, string before) =>
        (m.TokenCount >= 2 && Lexicon.DepartmentWords.Contains(m.LastToken) || m.TokenCount == 1 && Lexicon.Departments.Contains(m.Text))
        && !Lexicon.FirstNames.Contains(m.FirstToken) && DepartmentOfBefore().IsMatch(before);

    [GeneratedRegex(@"\b(?:VP|SVP|EVP|CVP|[Vv]ice [Pp]resident|[Pp]resident|[Hh]ead|[Dd]irector|[Cc]hief|[Mm]anager|[Ll]ead|[Ll]eader)\s+(?:of|for)\s+(?:(?:the|its|and|&|[\p{Lu}][\p{L}\-]*)\s+){0,4}$")]
    private static partial Regex DepartmentOfBefore();

    // "Brindle co-founders A, B and C": a plural of founders too (not of staff: "Top Facebook executives" is no company).
    // Capitalised, only a title's whole head ("Brindle Chief Technology Officer X", "Brindle Vice President Y"): "Chief" or
    // "President" alone follows places and honours as often ("Former President", "Army Chief").
    [GeneratedRegex(@"^\s+(?:co-founders?|cofounders?|founders?|chief|head|CEO|CTO|COO|CFO|board|medeoprichter|oprichter|onderzoeker|researcher|spokesperson|woordvoerder|topman|topvrouw|engineer|scientist|executive|exec|employee|veteran|alum|alumnus|staffer|director|directeur|medewerker"
        + @"|Chief(?:\s+\p{Lu}[\p{L}\-]*){0,3}?\s+(?:Officer|Executive|Scientist|Architect)|(?:Senior\s+|Executive\s+)?Vice\s+President|Head\s+of|Managing\s+Director|General\s+Counsel|Co-?[Ff]ounder)\b")]
    private static partial Regex RoleAfter();

    [GeneratedRegex(@"^\s+(?:[\p{L}\-]+\s+){0,2}?(?:founders?|co-founders?|board|chief|head|CEO|CTO|COO|CFO|staff|employees|engineers|researchers|vice-president|vice president|president|director|VP|SVP|EVP|CMO|CIO|general counsel|founding|oprichters|medewerkers)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrgPossessiveAfter();

    [GeneratedRegex(@"^\s?['’]s?(?=\s)")]
    private static partial Regex PossessiveMark();

    // "hoofdredacteur van NRC", "editor-in-chief of The Guardian", "director of television at the BBC", "vertrekt bij de VRT",
    // "stapt over van het AD naar De Telegraaf", "left the BBC": an editorial or leading post at an outlet, or a move to or from
    // it. A reporter or correspondent "of" an outlet is named in any news as its source; one who works "at" it is staff.
    [GeneratedRegex(@"(?:\b(?:(?:adjunct-)?hoofdredacteur|hoofdredactrice|nieuwsdirecteur|directeur|topman|topvrouw|columnist|presentator|presentatrice|uitgever|anchor|presenter|editor|editor-in-chief|editor in chief|publisher|controller|CEO|chief executive|president|host|director(?: of [\p{L}\-]+(?: [\p{L}\-]+)?)?)\s+(?:van|bij|of|at)|\b(?:reporter|correspondent|writer|journalist|staffer|years)\s+at|\b(?:vertrekt|vertrok|vertrokken|verlaat|verliet|verlaten|left|leaves|leaving|quit|quits|joins|joined|moved to|defected to|over van|naar)(?:\s+bij)?)\s+(?:de\s+|het\s+|the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OutletPostBefore();

    // "X, The Kramsmit Post's political correspondent, announced his departure": the outlet's own staff member, named by it.
    [GeneratedRegex(@"^\s+(?:(?:adjunct-)?hoofdredacteur|nieuwsdirecteur|directeur|topman|topvrouw|columnist|presentator|presentatrice|anchor|presenter|editor|editor-in-chief|publisher|director of [\p{L}\-]+|CEO|chief executive|president|host|(?:[\p{Ll}\-]+\s+)?(?:correspondent|reporter|writer)(?=\s*,))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OutletPostAfterPossessive();

    // "veteran CNN executive Dana Whitlock", "Kramsmit Post editor-in-chief Ivo Maresh": a leading post at the outlet written
    // before a name. Not its reporters: "WSJ media reporter X defended the story" is the outlet as the source.
    [GeneratedRegex(@"^\s+(?:(?-i:\p{Ll})[\p{L}\-]+\s+){0,2}?(?:executive|exec|editor|editor-in-chief|host|anchor|president|CEO|chief executive|producer|publisher)\s+(?-i:\p{Lu}\p{Ll}+\s+\p{Lu})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OutletStaffAfter();

    // "Kestrel, the Delft start-up, ...": an apposition that calls the name a company (not "A, a co-founder of the developer
    // behind Y", which describes a person by a company, nor "..., X, the company said", which reports).
    [GeneratedRegex(@"^,\s+(?:the|a|an|het|de|een)\s+(?:(?!(?:of|van|at|bij|for|voor|behind|achter)\s)[\p{L}\-]+\s+){0,3}?(?:start-up|startup|company|lab|firm|bedrijf|developer|maker|unicorn|scale-up|spin-off)\b(?!['’]s?\s)(?!\s+(?:said|says|disclosed|discloses|announced|announces|confirmed|confirms|told|stated|states|wrote|writes|added|reported|reports|noted|zei|zegt|meldde|meldt|liet weten|laat weten|maakte bekend|maakt bekend)\b)")]
    private static partial Regex CompanyApposition();

    [GeneratedRegex(@"(?:\bleft|\bleaving|\bleaves|\bleave|\bbolts|\bbolted|\bquit|\bquits|\bquitting|\bexit|\bexits|\bexiting|\bexited|\bdeparted|\bdeparts|\bverlaat|\bverliet|\bverlaten|\bboard of|\bbij|\bfrom|\bat|\bjoins|\bjoined|\bjoin|\bvan|\bnaar)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex OrgSlotBefore();

    // "AI start-up Orrery", "challenger bank Fidor", "het techbedrijf Lumo": one word right after a noun for a company (not
    // "toen het bedrijf Mirte Jansen ontsloeg", the object of a Dutch verb at the end).
    [GeneratedRegex(@"(?-i:\b(?:" + TriggerRules.CompanyNoun + @"|bank|neobank))\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex CompanyNounBefore();

    // "co-founder of Zomato", "topman van Bolt": the name a founding or leading role is of.
    [GeneratedRegex(@"\b(?:co-founder|cofounder|founder|chief executive|CEO|CTO|CFO|COO|medeoprichter|oprichter|topman|topvrouw)s?\s+(?:of|van)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex FounderOrChiefOfBefore();

    [GeneratedRegex(@"^(?:,\s+(?:who|die|wh|sinds|since|a|an|the|een|hoofd|head|chief|both|beiden|eveneens|ook|destijds|formerly|previously|vice-president|\p{Lu}[\p{L}]+['’]s)\b)|^\s+\((?:\d|[a-z])")]
    private static partial Regex PersonAfter();

    // "X is a well-known researcher at Y", "X was jarenlang hoofd onderzoek".
    [GeneratedRegex(@"^\s+(?:is|was|has been|had been|werd|wordt)\s+(?:(?:a|an|the|its|een|de|het|er|daar|jarenlang|sinds \d{4})\s+)?(?:[\p{L}\-]+\s+){0,3}?(?:co-founder|cofounder|founder|medeoprichter|oprichter|researcher|onderzoeker|engineer|scientist|executive|officer|director|directeur|head|hoofd|lead|manager|chief|CEO|CTO|COO|CFO|president|analyst|designer|developer|ontwikkelaar)\b")]
    private static partial Regex DescribedAsRole();

    [GeneratedRegex(@"^\s+(?:and|en|&)\s+\p{Lu}")]
    private static partial Regex CoordinatedAfter();

    [GeneratedRegex(@"(?:and|en|&)\s+$")]
    private static partial Regex CoordinatedBefore();

    [GeneratedRegex(@"([\p{L}\-]+)\s*,?\s*$")]
    private static partial Regex PreviousWord();

    [GeneratedRegex(@"(?<![\p{L}\-])(?:Van|Vander|Vanden|Ter|Ten)(?:\s+(?:der|den|de|het|'t|’t))?\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedParticlesBefore();

    public string? Focus { get; private set; }

    public ExtractionKnowledge Knowledge => knowledge;

    public static EntityRegistry Build(IReadOnlyList<Sentence> sentences, IReadOnlyList<IReadOnlyList<Mention>> mentions, ExtractionKnowledge knowledge, string? headline = null)
    {
        var r = new EntityRegistry(knowledge);
        // "Matt Swann ... het vertrek van Swann": a word that ends a person-like name elsewhere in the article is a surname.
        foreach (var m in mentions.SelectMany(l => l))
        {
            if (m.TokenCount >= 2 && !m.Possessive && knowledge.Organisation(m.Text) is null && !Lexicon.OrgSuffixes.Contains(m.LastToken) && !Lexicon.OrgPrefixes.Contains(m.FirstToken)
                && (Lexicon.FirstNames.Contains(m.FirstToken.Split('-')[0]) || IsInitial(m.FirstToken) || knowledge.IsPerson(m.Text) || HasSurnameParticle(m)))
            {
                r.surnames.Add(m.LastToken);
                if (!IsInitial(m.FirstToken))
                {
                    r.givenNames.Add(m.FirstToken);
                }
            }
        }

        // "Raja Koduri ... Koduri is leaving": news names a person in full once, then by the surname alone. A two-word name whose
        // last word also stands alone elsewhere in the article is a given name and a surname even when the list lacks the given
        // name; the names a company goes by are in the knowledge or end in a firm word.
        var alone = mentions.SelectMany(l => l).Where(m => m.TokenCount == 1).Select(m => m.Text).ToHashSet(StringComparer.Ordinal);
        foreach (var m in mentions.SelectMany(l => l))
        {
            if (m.TokenCount == 2 && !m.Possessive && alone.Contains(m.LastToken) && knowledge.Organisation(m.Text) is null
                && knowledge.Organisation(m.FirstToken) is null && knowledge.Organisation(m.LastToken) is null
                && !Lexicon.OrgSuffixes.Contains(m.LastToken) && !Lexicon.OrgPrefixes.Contains(m.FirstToken) && !m.Text.Contains('&', StringComparison.Ordinal))
            {
                r.surnames.Add(m.LastToken);
            }
        }

        r.FindEmployingOutlets(sentences, mentions);
        var unknown = new List<(Sentence S, Mention M)>();
        var surnamesAlone = new List<(Mention M, string Name)>();
        for (var i = 0; i < sentences.Count; i++)
        {
            foreach (var m in mentions[i])
            {
                // "Topman Van der Veld vertrekt": a name behind a capitalised particle ("Van", "Van der", "Ter") is a Dutch surname
                // used alone (or the surname of a person already named in full), not a company.
                if (m.TokenCount == 1 && !m.Possessive && CapitalisedParticlesBefore().Match(sentences[i].Text, 0, m.Start) is { Success: true } particles
                    && r.ResolveOrganisation(m) is null && knowledge.Organisation(particles.Value.Trim() + " " + m.Text) is null)
                {
                    surnamesAlone.Add((m, particles.Value.Trim() + " " + m.Text));
                    continue;
                }

                // "Promising Startup Loses Core Talent in Just 72 Hours": a subheading in title case capitalises every word, so
                // two capitalised words there are no cue for a person's name; people are typed where the text names them.
                var kind = r.Classify(sentences[i].Text, m);
                if (kind == EntityKind.Person && IsTitleCaseLine(sentences[i].Text) && !TitledName(sentences[i].Text, m))
                {
                    kind = EntityKind.Unknown;
                }

                if (kind == EntityKind.Organisation)
                {
                    r.AddOrganisation(m.Text);
                }
                else if (kind == EntityKind.Person)
                {
                    r.AddPerson(m.Text);
                }
                else if (m.TokenCount >= 2)
                {
                    unknown.Add((sentences[i], m));
                }
            }
        }

        // Read after every full name, so that "Van Loenen" is Tom van Loenen when the article names him so anywhere.
        foreach (var (m, name) in surnamesAlone)
        {
            if (r.ResolvePerson(m) is null && r.ResolveOrganisation(m) is null)
            {
                r.AddPerson(name);
            }
        }

        // "Legal executives exit Quarrix": a headline written in sentence case types the companies it names by the same cues
        // as the text (a headline in title case capitalises every word, so its words give no cue).
        if (headline is { Length: > 0 } && IsSentenceCase(headline))
        {
            foreach (var m in MentionFinder.Find(headline, knowledge))
            {
                if (r.ResolveOrganisation(m) is null && r.ResolvePerson(m) is null && r.Classify(headline, m) == EntityKind.Organisation)
                {
                    r.AddOrganisation(m.Text);
                }
            }
        }

        // Coordination: "Chen Haoran and Mei-Ling Tsai" — a name next to a known person is a person.
        foreach (var (s, m) in unknown)
        {
            var after = s.Text[m.End..];
            var before = s.Text[..m.Start];
            if (r.ResolveOrganisation(m) is null && !IsDepartmentAfterTitle(m, before)
                && (CoordinatedAfter().IsMatch(after) || CoordinatedBefore().IsMatch(before)))
            {
                r.AddPerson(m.Text);
            }
        }

        // "Nieuwe onrust in de top van Adyen" over a text that only says "de bank": when the text names no employer,
        // the company the headline names is what the article is about.
        r.Focus = r.ComputeFocus(sentences, mentions)
            ?? (headline is { Length: > 0 } ? MentionFinder.Find(headline, knowledge).Select(r.ResolveOrganisation).FirstOrDefault(o => o is not null && r.IsEmployer(o)) : null);
        return r;
    }

    public EntityKind Classify(string sentence, Mention m)
    {
        // The mention ends before its possessive mark: "Brindlewood's co-founder" reads on from "co-founder".
        var after = m.Possessive ? PossessiveMark().Replace(sentence[m.End..], "", 1) : sentence[m.End..];
        var before = sentence[..m.Start];
        var text = m.Text;
        // What the knowledge says comes first; an unknown name is typed from its context.
        if (knowledge.Organisation(text) is not null)
        {
            return EntityKind.Organisation;
        }

        if (m.TokenCount >= 2 && knowledge.IsPerson(text))
        {
            return EntityKind.Person;
        }

        // "LeCun", "Swann": the surname (or the given name) of someone the article or the knowledge names is no company.
        // "Mitchells ontslag": the Dutch genitive of a surname is a person too.
        if (m.TokenCount == 1 && knowledge.Organisation(text) is null && (knowledge.IsSurname(text) || surnames.Contains(text) || givenNames.Contains(text)
            || text.Length > 4 && text.EndsWith('s') && surnames.Contains(text[..^1])))
        {
            return EntityKind.Unknown;
        }

        if (m.TokenCount >= 2 && knowledge.Organisation(text) is null && IsSurnameWithParticles(m))
        {
            return EntityKind.Unknown;
        }

        // "Vice President of System Software at Veritas AI": the name between a title's "of" and "at" is a department of the
        // company after "at", not a company.
        if (!m.Possessive && TitleOfBefore().IsMatch(before) && (AtCompanyAfter().IsMatch(after) || OwnersTitleOfBefore().IsMatch(before)))
        {
            return EntityKind.Unknown;
        }

        // "Microsoft's Devices & Services", "its Safety Systems team": a division named by business functions only; "the E&D
        // Division", "its Consumer Unit": a division named as such after a determiner is part of the company the text is about.
        if (IsDivisionName(m) || m.TokenCount >= 2 && m.LastToken is "Division" or "Unit" or "Segment" or "Divisie" && DeterminerBefore().IsMatch(before))
        {
            return EntityKind.Unknown;
        }

        // "VP of Global Online Sales", "VP for CUDA Marketing": a name ending in a department's word right after a title's
        // "of" or "for" is that department, not a person (nor, unnamed by a firm word, a company).
        if (IsDepartmentAfterTitle(m, before))
        {
            return EntityKind.Unknown;
        }

        // "Advanced Institute of Science", "University of Toronto": a school's word anywhere in a name makes it an institution.
        if ((m.TokenCount >= 2 && (Lexicon.OrgSuffixes.Contains(m.LastToken) && !IsNamedAfterRole(m, before) || Lexicon.OrgPrefixes.Contains(m.FirstToken)
                || m.Text.Split(' ').Any(Lexicon.AcademicWords.Contains)))
            || text.Contains('&', StringComparison.Ordinal)
            || HasInnerCapital(m.FirstToken) && m.TokenCount <= 2
            || m.GluedToRole
            || m.AfterPlaceAdjective
            || CompanyApposition().IsMatch(after) && !CoordinatedBefore().IsMatch(before))
        {
            return EntityKind.Organisation;
        }

        // "at Sundial Forge, who ...": a name in a company slot is a company unless it starts with a given name or an initial
        // ("het vertrek van J. Allard").
        if (m.TokenCount >= 2 && !m.Possessive && OrgSlotBefore().IsMatch(before) && !Lexicon.FirstNames.Contains(m.FirstToken.Split('-')[0])
            && !IsInitial(m.FirstToken) && !HasSurnameParticle(m)
            && !Lexicon.RoleNouns.Contains(PreviousWord().Match(before).Groups[1].Value))
        {
            return EntityKind.Organisation;
        }

        if (m.TokenCount >= 2 && !m.Possessive && IsPersonLike(m, before, after) && !Lexicon.EndsInRoleNoun(text))
        {
            return EntityKind.Person;
        }

        // "Financieel topman X", "Graphics chief Y": a word of a job title before the role is part of the title, not a firm; nor
        // is a region's adjective ("North American Chief Executive X").
        if (RoleAfter().IsMatch(after) && !(m.TokenCount == 1 && knowledge.IsTitleWord(text)) && !Lexicon.Demonyms.Contains(m.LastToken)
            || (m.Possessive && OrgPossessiveAfter().IsMatch(after)) || OrgSlotBefore().IsMatch(before)
            || !m.Possessive && (FounderOrChiefOfBefore().IsMatch(before) || m.TokenCount == 1 && CompanyNounBefore().IsMatch(before))
                && !Lexicon.FirstNames.Contains(m.FirstToken.Split('-')[0]))
        {
            return ResolvePerson(m) is null ? EntityKind.Organisation : EntityKind.Person;
        }

        return EntityKind.Unknown;
    }

    [GeneratedRegex(@"\b(?:the|its|their|de|het)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DeterminerBefore();

    [GeneratedRegex(@"\b(?:president|vp|svp|evp|head|director|chief|lead|leader|manager|officer|directeur|hoofd)\s+(?:of|van)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex TitleOfBefore();

    [GeneratedRegex(@"^\s+(?:at|bij)\s+(?:the\s+|het\s+|de\s+)?(?-i:\p{Lu})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AtCompanyAfter();

    // "Tesla's Vice President of Autopilot Vision": the company is the possessive before the title.
    [GeneratedRegex(@"(?-i:\p{Lu}[\p{L}\-.&]*)['’]s?\s+(?:[\p{L}\-]+\s+){0,3}?(?:president|vp|svp|evp|head|director|chief|lead|leader|manager|officer)\s+of\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex OwnersTitleOfBefore();

    // "nAIve", "reLoop.ai", "GlimmerDeck", "deepBlauw": people's names are not cased like this, brand names are.
    private bool HasInnerCapital(string token)
    {
        var letters = token.Split('.')[0];
        if (letters.Length < 4 || knowledge.Organisation(letters) is { IsEmployer: false } || letters.Contains('-', StringComparison.Ordinal) || letters.Contains('\'', StringComparison.Ordinal)
            || letters.Contains('’', StringComparison.Ordinal) || letters.StartsWith("Mc", StringComparison.Ordinal)
            || letters.StartsWith("Mac", StringComparison.Ordinal) || letters.All(char.IsUpper))
        {
            return false;
        }

        return char.IsLower(letters[0]) || letters.Skip(1).Any(char.IsUpper);
    }

    [GeneratedRegex(@"^(?:Holding|Holdings|Group|Groep)$", RegexOptions.CultureInvariant)]
    private static partial Regex ParentWord();

    // "Veritas" is "Veritas AI" and "Orrery" "Orrery Systems" where the article names them so; but "WeWork" is not "WeWork
    // Layoffs" (a section label) nor "Walmart" "Walmart U" (a unit's initial): only the words that end company names (and
    // legal forms) extend one, or the knowledge knows the longer name ("Goldman" is "Goldman Sachs").
    private static bool IsNameEnding(string tail) =>
        !ParentWord().IsMatch(tail) && tail.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => Lexicon.EndsCompanyName(w) || w is "&" or "and");

    /// <summary>"Orrery Founder and Veritas Designer Dorran Kelmet Has Left": a title's head right before two or three capitalised words names
    /// the person who holds it, in title case as in any other line.</summary>
    private static bool TitledName(string line, Mention m) =>
        m.TokenCount is 2 or 3 && !m.Possessive && m.Start > 1 && line[m.Start - 1] == ' '
        && line.LastIndexOf(' ', m.Start - 2) is var space && line[(space + 1)..(m.Start - 1)] is { Length: > 1 } word
        && (Lexicon.TitleHeads.Contains(word) && char.IsUpper(word[0]) || Lexicon.RoleAcronyms.Contains(word));

    internal static bool IsTitleCaseLine(string line)
    {
        var text = line.TrimEnd();
        if (text.Length == 0 || ".!:;\"”’)".Contains(text[^1], StringComparison.Ordinal))
        {
            return false;
        }

        var (words, upper, _) = CountCapitals(text);
        return words >= 4 && upper * 4 >= words * 3;
    }

    /// <summary>The words of a line longer than three letters, and how many of them open with a capital and with a small letter.</summary>
    private static (int Words, int Upper, int Lower) CountCapitals(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3 && char.IsLetter(w[0])).ToList();
        return (words.Count, words.Count(w => char.IsUpper(w[0])), words.Count(w => char.IsLower(w[0])));
    }

    private static bool IsSentenceCase(string headline)
    {
        var (words, _, lower) = CountCapitals(headline);
        return words >= 3 && lower * 2 >= words;
    }

    private static bool IsPersonLike(Mention m, string before, string after)
    {
        var first = m.FirstToken.Split('-')[0];
        // "J. Allard": an initial stands for a given name.
        if (Lexicon.FirstNames.Contains(first) || Lexicon.FirstNames.Contains(m.FirstToken) || IsInitial(m.FirstToken))
        {
            return true;
        }

        if (HasSurnameParticle(m))
        {
            return true;
        }

        // "onderzoeker X", "Software-ingenieur X", "AI-onderzoeker X": a role noun right before the name.
        var previousWord = PreviousWord().Match(before).Groups[1].Value;
        return Lexicon.RoleNouns.Contains(previousWord) || Lexicon.RoleNouns.Contains(previousWord[(previousWord.LastIndexOf('-') + 1)..]) || PersonAfter().IsMatch(after) || DescribedAsRole().IsMatch(after);
    }

    // "algemeen directeur Ivo Brands": a given name and one more word right after a role noun name a person, even when
    // that word also ends company names.
    private static bool IsNamedAfterRole(Mention m, string before) =>
        m.TokenCount == 2 && Lexicon.FirstNames.Contains(m.FirstToken) && Lexicon.RoleNouns.Contains(PreviousWord().Match(before).Groups[1].Value);

    public static bool IsDivisionName(Mention m) =>
        m.TokenCount >= 2 && m.Text.Split(' ').Where(w => w is not ("&" or "+" or "and" or "en")).All(Lexicon.DivisionWords.Contains);

    // "J.", and joined initials "D.J." or "J.R.R." (the splitter and the tokenizer keep those whole).
    private static bool IsInitial(string token) =>
        token.Length is >= 2 and <= 6 && token.Length % 2 == 0 && token.Select((c, i) => i % 2 == 0 ? char.IsUpper(c) : c == '.').All(ok => ok);

    // "Anke den Ouden", "Pieter van der Stoel": a lower-case particle inside a name belongs to a surname.
    private static bool HasSurnameParticle(Mention m) =>
        m.TokenCount >= 3 && m.Text.Split(' ').Skip(1).SkipLast(1).Any(Lexicon.Particles.Contains);

    /// <summary>A word that ends a person-like name elsewhere in the article ("Rijbroek" after "Rian van Rijbroek").</summary>
    public bool IsSurname(string word) => surnames.Contains(word) || knowledge.IsSurname(word);

    /// <summary>"Van Egten", "De Backer", "Van Den Haute": a surname with its particles, capitalised at the start of a sentence
    /// or in Flemish style; one capitalised particle before one name is enough, more need the surname seen in a full name.</summary>
    public bool IsSurnameWithParticles(Mention m) =>
        m.TokenCount == 2 && Lexicon.IsSurnameParticle(m.FirstToken)
        || m.TokenCount >= 2 && surnames.Contains(m.LastToken)
            && m.Text.Split(' ')[..^1].All(w => Lexicon.Particles.Contains(w.ToLowerInvariant()) || Lexicon.ParticleArticles.Contains(w.ToLowerInvariant()));

    public void AddOrganisation(string name)
    {
        var canonical = name;
        if (!orgs.ContainsKey(canonical))
        {
            orgs[canonical] = canonical;
            orgCache.Clear();
        }
    }

    public void AddPerson(string fullName)
    {
        if (persons.Contains(fullName, StringComparer.OrdinalIgnoreCase) || personAliases.ContainsKey(fullName) && fullName.Contains(' ', StringComparison.Ordinal) is false)
        {
            return;
        }

        persons.Add(fullName);
        personAliases[fullName] = fullName;
        var words = fullName.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (Lexicon.Particles.Contains(words[i]))
            {
                continue;
            }

            // Later persons win ambiguous short forms: the most recent introduction is what a reader would pick.
            personAliases[words[i]] = fullName;
            if (i > 0)
            {
                personAliases[string.Join(' ', words[i..])] = fullName;
            }
        }

        for (var i = 1; i < words.Length; i++)
        {
            personAliases[string.Join(' ', words[i..])] = fullName;
        }
    }

    public string? ResolvePerson(Mention m) => ResolvePerson(m.Text);

    public string? ResolvePerson(string text)
    {
        if (ResolveOrganisation(text) is not null)
        {
            return null;
        }

        return personAliases.TryGetValue(text, out var full) ? full : null;
    }

    public bool IsKnownPersonName(string text) => persons.Contains(text, StringComparer.OrdinalIgnoreCase);

    public string? ResolveOrganisation(Mention m) => ResolveOrganisation(m.Text);

    /// <summary>The fullest name the article uses for this organisation, or null when <paramref name="text"/> is not one.</summary>
    public string? ResolveOrganisation(string text)
    {
        // Resolution runs for every name in every stage; the answer only changes when an organisation is added.
        if (orgCache.TryGetValue(text, out var cached))
        {
            return cached;
        }

        var resolved = ResolveOrganisationUncached(text);
        orgCache[text] = resolved;
        return resolved;
    }

    private string? ResolveOrganisationUncached(string text)
    {
        // "L&L" for "Ledger & Lantern": initials around an ampersand.
        if (text.Length <= 7 && text.Contains('&', StringComparison.Ordinal) && !text.Contains(' ', StringComparison.Ordinal))
        {
            var letters = text.Replace("&", string.Empty, StringComparison.Ordinal);
            foreach (var name in orgs.Keys)
            {
                var initials = string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != "&" && char.IsUpper(w[0])).Select(w => w[0]));
                if (name.Contains(" & ", StringComparison.Ordinal) && initials.Equals(letters, StringComparison.Ordinal))
                {
                    return name;
                }
            }
        }

        string? best = null;
        if (orgs.TryGetValue(text, out var exact))
        {
            best = exact;
        }

        var knownAs = knowledge.Organisation(text);
        var isKnown = knownAs is not null;
        foreach (var name in orgs.Keys)
        {
            // "Thinking Machines" and "Thinking Machines Lab": two names of one known organisation are one; its own name
            // wins ("Facebook" and "Meta" in one article are Meta), else the fuller one.
            if (isKnown && ReferenceEquals(knowledge.Organisation(name), knownAs)
                && (string.Equals(name, knownAs!.Name, StringComparison.OrdinalIgnoreCase)
                    || name.Length > (best?.Length ?? 0) && !string.Equals(best, knownAs.Name, StringComparison.OrdinalIgnoreCase)))
            {
                best = name;
                continue;
            }

            if (name.Length <= text.Length || (best is not null && name.Length <= best.Length))
            {
                continue;
            }

            // "Veritas" → "Veritas AI"; "DeepMind" → "Google DeepMind"; but "Google" stays "Google", and "Kramsmit" is not its
            // parent "Kramsmit Holding".
            var prefix = !isKnown && name.StartsWith(text + " ", StringComparison.OrdinalIgnoreCase) && (IsNameEnding(name[(text.Length + 1)..]) || knowledge.Organisation(name) is not null);
            var suffix = isKnown && name.EndsWith(" " + text, StringComparison.OrdinalIgnoreCase) && knowledge.Organisation(name) is not null;
            // "the Times", "the Journal": a newspaper the article names in full, called by its last word.
            var masthead = !isKnown && !text.Contains(' ', StringComparison.Ordinal) && char.IsUpper(text[0])
                && name.EndsWith(" " + text, StringComparison.Ordinal) && knowledge.Organisation(name) is { Kind: OrganisationKind.Outlet };
            if (prefix || suffix || masthead)
            {
                best = name;
            }
        }

        return best ?? (isKnown ? text : null);
    }

    /// <summary>The well-known employers people leave start-ups for (and the labs, big tech and their units).</summary>
    public bool IsBigEmployer(string canonical) => knowledge.Organisation(canonical) is { IsWellKnownEmployer: true };

    /// <summary>Organisations a person can work for: not products, and outlets only where the article names a post at one.</summary>
    public bool IsEmployer(string canonical) => knowledge.Organisation(canonical) switch
    {
        null or { IsEmployer: true } => true,
        { Kind: OrganisationKind.Outlet } outlet => employingOutlets.Contains(outlet.Name),
        _ => false,
    };

    /// <summary>Ministries, regulators and agencies: employers only where the sentence of a move names them (decision X22).</summary>
    public bool IsGovernment(string canonical) => knowledge.Organisation(canonical) is { Kind: OrganisationKind.Government };

    private void FindEmployingOutlets(IReadOnlyList<Sentence> sentences, IReadOnlyList<IReadOnlyList<Mention>> mentions)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            foreach (var m in mentions[i])
            {
                if (knowledge.Organisation(m.Text) is { Kind: OrganisationKind.Outlet } outlet
                    && (OutletPostBefore().IsMatch(sentences[i].Text.AsSpan(0, m.Start)) || m.GluedToRole
                        || !m.Possessive && OutletStaffAfter().IsMatch(sentences[i].Text.AsSpan(m.End))
                        || m.Possessive && OutletPostAfterPossessive().IsMatch(PossessiveMark().Replace(sentences[i].Text[m.End..], "", 1))))
                {
                    employingOutlets.Add(outlet.Name);
                }
            }
        }
    }

    /// <summary>Investors ("X Partners") and universities ("Y College London") are named around a start-up, rarely as the employer left.</summary>
    public bool IsInvestor(string canonical) =>
        knowledge.Organisation(canonical) is { Kind: OrganisationKind.Investor or OrganisationKind.University or OrganisationKind.Institute or OrganisationKind.Government }
        || canonical.Contains(' ', StringComparison.Ordinal)
        && (Lexicon.InvestorSuffixes.Contains(canonical[(canonical.LastIndexOf(' ') + 1)..])
            || canonical.Split(' ').Any(Lexicon.AcademicWords.Contains));

    private string? ComputeFocus(IReadOnlyList<Sentence> sentences, IReadOnlyList<IReadOnlyList<Mention>> mentions)
    {
        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.OrdinalIgnoreCase);
        var n = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            // A heading that is only a company's name marks a section (ArticleAnalysis gives the sentences below it their own
            // focus); it says nothing about what the whole article is about.
            foreach (var m in sentences[i].IsHeading && mentions[i].Count == 1 ? [] : mentions[i])
            {
                if (ResolveOrganisation(m) is { } org)
                {
                    var (c, f) = counts.TryGetValue(org, out var v) ? v : (0, n);
                    counts[org] = (c + 1, f);
                    n++;
                }
            }
        }

        // The article is about a start-up far more often than about the big lab people leave for.
        // Investors ("X Partners") are named about funding rounds, not as the employer.
        var mostNamedKnown = counts.Where(kv => knowledge.Organisation(kv.Key) is { Kind: not OrganisationKind.Curated }).Select(kv => kv.Value.Count).DefaultIfEmpty(0).Max();
        // A government body is an employer where a sentence names it as one ("left the FTC for Microsoft"); an article that names
        // it often is about its rules or fines, not its staff.
        return counts.Where(kv => IsEmployer(kv.Key) && !IsGovernment(kv.Key))
            .OrderBy(kv => IsInvestor(kv.Key) ? 1 : 0)
            .ThenBy(kv => FocusRank(kv.Key, kv.Value.Count, mostNamedKnown))
            .ThenByDescending(kv => kv.Value.Count)
            .ThenBy(kv => kv.Value.First)
            .Select(kv => kv.Key)
            .FirstOrDefault();
    }

    // A start-up nobody has listed comes first (the article is about it), unless it is named once beside a known company named
    // more often ("Instability AI" as a pun in an article about Stability AI) or a known company is named more than twice as
    // often (Uber in an article about Uber's AI lab, which began as an acquired start-up). Among the rest the count decides.
    private int FocusRank(string canonical, int count, int mostNamedKnown) =>
        knowledge.Organisation(canonical)?.Kind is null or OrganisationKind.Curated && (count >= 2 || mostNamedKnown < 2) && count * 2 > mostNamedKnown ? 0 : 1;

    public Dictionary<string, int> OrganisationCounts(IReadOnlyList<IReadOnlyList<Mention>> mentions)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var list in mentions)
        {
            foreach (var m in list)
            {
                if (ResolveOrganisation(m) is { } org)
                {
                    counts[org] = counts.GetValueOrDefault(org) + 1;
                }
            }
        }

        return counts;
    }
}
