using System.Text.RegularExpressions;
using TalentWatch.Extraction.Knowledge;
using TalentWatch.Extraction.Mentions;
using TalentWatch.Extraction.Sentences;

namespace TalentWatch.Extraction.Departures;

/// <summary>Everything the extraction stages share about one article: sentences, names and the companies they refer to.</summary>
internal sealed partial class ArticleAnalysis
{
    private readonly string?[] sectionFocus;
    private readonly string? ledeFocus;
    private readonly Dictionary<string, bool> hedged = new(StringComparer.Ordinal);
    private readonly bool?[] staysOn;
    private readonly bool?[] movesWithin;
    private readonly Dictionary<Mention, string> unitOwners = new(ReferenceEqualityComparer.Instance);

    public ArticleAnalysis(ArticleDocument article, ExtractionKnowledge knowledge)
    {
        Article = article;
        Knowledge = knowledge;
        var sentences = SentenceSplitter.Split(article.Text);
        Mentions = CleanMentions(article, sentences, sentences.Select(s => MentionFinder.Find(s.Text, knowledge)).ToList(), knowledge);
        // A line that is nothing but a known company's name ("Intel" above the paragraphs about Intel) is a section heading,
        // as a Markdown heading is, though the page lost its mark-up.
        Sentences = [.. sentences.Select((s, i) => !s.IsHeading && IsNameLine(article.Text, s, Mentions[i])
            && knowledge.Organisation(Mentions[i][0].Text) is { IsEmployer: true } ? s with { IsHeading = true } : s)];
        Registry = EntityRegistry.Build(Sentences, Mentions, knowledge, article.Title);
        Dutch = article.Language == "nl";
        sectionFocus = new string?[Sentences.Count];
        staysOn = new bool?[Sentences.Count];
        movesWithin = new bool?[Sentences.Count];
        string? current = null;
        for (var i = 0; i < Sentences.Count; i++)
        {
            // Round-ups put each company under a heading; sentences below it are about that company.
            if (Sentences[i].IsHeading && Mentions[i].Count > 0)
            {
                // A heading that opens with a product or an outlet ("PyTorch", "LinkedIn") is no employer's section.
                var m = Mentions[i][0];
                var heading = Registry.ResolveOrganisation(m) ?? AddOrganisation(m.Text);
                current = Registry.IsEmployer(heading) ? heading : current;
            }

            sectionFocus[i] = current;
        }

        FindUnits();
        LedeIndex = Enumerable.Range(0, Sentences.Count).FirstOrDefault(i => !Sentences[i].IsHeading, -1);
        // A lede about a company losing people ("Y has seen half its founders depart") says what the article is about, even
        // when the employers they left for are named more often.
        ledeFocus = LedeIndex >= 0 ? CompanyLosingPeople.In(this, LedeIndex) : null;
    }

    public ArticleDocument Article { get; }

    /// <summary><see cref="TriggerRules.IsHedged"/>, read once per distinct text: the departures, the hire round-ups and the
    /// claims each ask it of the same sentences, and the hedges are the costliest patterns run on every sentence.</summary>
    public bool IsHedged(string text)
    {
        if (!hedged.TryGetValue(text, out var isHedged))
        {
            isHedged = TriggerRules.IsHedged(text);
            hedged.Add(text, isHedged);
        }

        return isHedged;
    }

    /// <summary>Whether the sentence keeps someone on in another role (<see cref="TriggerRules.StaysOn"/>), read once: each
    /// sentence is asked for itself, for the sentence before it and for the leavers above it.</summary>
    public bool StaysOn(Sentence sentence) => staysOn[sentence.Index] ??= TriggerRules.StaysOn.IsMatch(sentence.Masked);

    /// <summary>Whether the sentence moves someone to another post at the same company (<see cref="TriggerRules.MovesWithin"/>),
    /// read once: the clause loop and the check on leavers above it both ask.</summary>
    public bool MovesWithin(Sentence sentence) => movesWithin[sentence.Index] ??= TriggerRules.MovesWithin.IsMatch(sentence.Masked);

    private static bool IsNameLine(string text, Sentence s, IReadOnlyList<Mention> mentions) =>
        mentions.Count == 1 && mentions[0].Start == 0 && mentions[0].End == s.Text.Length && mentions[0].TokenCount <= 4
        && (s.Start == 0 || text[s.Start - 1] == '\n')
        && (s.Start + s.Text.Length == text.Length || text[s.Start + s.Text.Length] is '\n' or '\r');

    public ExtractionKnowledge Knowledge { get; }

    /// <summary>Drops the publication (front matter <c>source</c>, or "seen by X") and splits a person run into the
    /// company after it ("verliet onderzoeker Gerrit-Jan Hoekman Opaal").</summary>
    private static List<IReadOnlyList<Mention>> CleanMentions(ArticleDocument article, IReadOnlyList<Sentence> sentences, List<IReadOnlyList<Mention>> found, ExtractionKnowledge knowledge)
    {
        var orgHeads = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in found.SelectMany(l => l))
        {
            if (m.TokenCount >= 2 && Lexicon.OrgSuffixes.Contains(m.LastToken))
            {
                orgHeads.Add(m.Text[..^(m.LastToken.Length + 1)]);
            }
        }

        // "bij Quillon", "at Quillon": a single word the article puts in an employer slot names a company, so "Mara Lint van
        // Quillon" elsewhere is Mara Lint of that company, not a surname with a particle.
        var employers = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < found.Count; i++)
        {
            foreach (var m in found[i])
            {
                if (m.TokenCount == 1 && EmployerSlotBefore().IsMatch(sentences[i].Text.AsSpan(0, m.Start)))
                {
                    employers.Add(m.Text);
                }
            }
        }

        // Full names the article writes on their own ("Ruth Abernathy"): a longer run that ends in one ("Vice President of Cloud
        // Infrastructure Hardware Ruth Abernathy") is a title before the name, and one that opens with its surname ("dat
        // Duijndam Sanoma verlaat") is the person and a company.
        var fullNames = found.SelectMany(l => l)
            .Where(m => m.TokenCount is 2 or 3 && Lexicon.FirstNames.Contains(m.FirstToken) && !m.Possessive && knowledge.Organisation(m.Text) is null)
            .Select(m => m.Text).ToHashSet(StringComparer.Ordinal);
        var surnames = fullNames.Select(n => n[(n.LastIndexOf(' ') + 1)..]).ToHashSet(StringComparer.Ordinal);
        var standalone = found.SelectMany(l => l).Where(m => m.TokenCount == 1).Select(m => m.Text).ToHashSet(StringComparer.Ordinal);

        // A title-case line capitalises every word, so its runs give no cue where a name ends; the rest of the text does.
        var titleCase = sentences.Select(s => EntityRegistry.IsTitleCaseLine(s.Text)).ToList();
        var plainNames = found.Where((_, i) => !titleCase[i]).SelectMany(l => l).Where(m => m.Start > 0).Select(m => m.Text).ToHashSet(StringComparer.Ordinal);

        var result = new List<IReadOnlyList<Mention>>(found.Count);
        for (var i = 0; i < found.Count; i++)
        {
            var text = sentences[i].Text;
            var list = new List<Mention>();
            foreach (var m in titleCase[i] ? found[i].SelectMany(m => NamesTheTextUses(m, plainNames, knowledge)) : found[i])
            {
                if (IsPublication(article, text, m))
                {
                    continue;
                }

                if (m.TokenCount >= 3 && knowledge.Organisation(m.Text) is null && !fullNames.Contains(m.Text)
                    && fullNames.FirstOrDefault(n => m.Text.EndsWith(" " + n, StringComparison.Ordinal)) is { } name
                    && !Lexicon.Particles.Contains(m.Text[..^(name.Length + 1)].Split(' ')[^1]))
                {
                    var nameStart = m.End - name.Length;
                    var title = text[m.Start..nameStart].TrimEnd();
                    list.Add(new Mention(m.Start, m.Start + title.Length, title, m.TokenCount - name.Count(c => c == ' ') - 1, false, null, m.AfterPlaceAdjective));
                    list.Add(new Mention(nameStart, m.End, name, name.Count(c => c == ' ') + 1, m.Possessive, m.CompoundSuffix, false));
                    continue;
                }

                if (m.TokenCount == 2 && surnames.Contains(m.FirstToken) && !fullNames.Contains(m.Text) && !surnames.Contains(m.LastToken)
                    && (knowledge.Organisation(m.LastToken) is { IsEmployer: true } || employers.Contains(m.LastToken) || orgHeads.Contains(m.LastToken)
                        || standalone.Contains(m.LastToken)))
                {
                    var cut = m.End - m.LastToken.Length;
                    list.Add(new Mention(m.Start, m.Start + m.FirstToken.Length, m.FirstToken, 1, false, null, m.AfterPlaceAdjective));
                    list.Add(new Mention(cut, m.End, m.LastToken, 1, m.Possessive, m.CompoundSuffix, false));
                    continue;
                }

                if (MakerOf(text, m, knowledge) is { } maker)
                {
                    list.Add(maker);
                    continue;
                }

                if (m.TokenCount >= 3 && !m.Text.Contains('&', StringComparison.Ordinal) && !Lexicon.OrgSuffixes.Contains(m.LastToken)
                    && (orgHeads.Contains(m.LastToken) || knowledge.Organisation(m.LastToken) is not null || employers.Contains(m.LastToken) && AfterOfParticle(m))
                    && knowledge.Organisation(m.Text) is null)
                {
                    var cut = m.End - m.LastToken.Length;
                    var head = text[m.Start..cut].TrimEnd();
                    // "Sam Altman van OpenAI": the particle belonged to the company that follows, not to the name.
                    while (head.LastIndexOf(' ') is var space and > 0 && Lexicon.Particles.Contains(head[(space + 1)..]))
                    {
                        head = head[..space].TrimEnd();
                    }

                    list.Add(new Mention(m.Start, m.Start + head.Length, head, m.TokenCount - 1, false, null, m.AfterPlaceAdjective));
                    list.Add(new Mention(cut, m.End, m.LastToken, 1, m.Possessive, m.CompoundSuffix, false));
                    continue;
                }

                list.Add(m);
            }

            result.Add(list);
        }

        return result;
    }

    /// <summary>"Brindlewood Terminates CEO Dana Whitlock" over a text that says "Brindlewood" and "Dana Whitlock": in a
    /// title-case line the longest opening of a run that the text names on its own (not as a sentence's first word) is a
    /// name, and so is the longest ending that is a person's name or a known organisation; the words between are the
    /// headline's.</summary>
    private static List<Mention> NamesTheTextUses(Mention m, HashSet<string> plainNames, ExtractionKnowledge knowledge)
    {
        if (m.TokenCount < 2 || plainNames.Contains(m.Text) || knowledge.Organisation(m.Text) is not null)
        {
            return [m];
        }

        var words = m.Text.Split(' ');
        var head = Enumerable.Range(1, words.Length - 1).Reverse().FirstOrDefault(n => plainNames.Contains(string.Join(' ', words[..n])));
        // "Veritas AI Hires ..." over a text that says "Veritas": a company word after the name is still the name's.
        if (head == 0 || words[head..].All(Lexicon.EndsCompanyName))
        {
            return [m];
        }

        var headText = string.Join(' ', words[..head]);
        var names = new List<Mention> { new(m.Start, m.Start + headText.Length, headText, head, false, null, m.AfterPlaceAdjective) };
        var tail = Enumerable.Range(head + 1, words.Length - head - 1).FirstOrDefault(n => plainNames.Contains(string.Join(' ', words[n..]))
            && ((n <= words.Length - 2 && Lexicon.FirstNames.Contains(words[n])) || knowledge.Organisation(string.Join(' ', words[n..])) is not null));
        if (tail > 0)
        {
            var tailText = string.Join(' ', words[tail..]);
            names.Add(new Mention(m.End - tailText.Length, m.End, tailText, words.Length - tail, m.Possessive, m.CompoundSuffix, false));
        }

        return names;
    }

    private static bool AfterOfParticle(Mention m) => m.Text.Split(' ') is [.., var particle, _] && particle is "van" or "von";

    [GeneratedRegex(@"\b(?:bij|at)\s+$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial Regex EmployerSlotBefore();

    // "the ChatGPT maker", "the iPhone maker's", "de ChatGPT-maker", "Llama-ontwikkelaar": a product's maker named through it;
    // so is a role on a product ("Windows chief X", "Siri-topman X", "the Siri team"): the person works for the maker.
    [GeneratedRegex(@"^\s+(?:maker|makers|developer|creator|owner|parent|chief|head|boss|lead|leader|executive|exec|director|manager|engineer|designer|architect|researcher|scientist|team)(?<possessive>['’]s)?\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial Regex MakerAfterProduct();

    [GeneratedRegex(@"^(?:maker|ontwikkelaar|bouwer|eigenaar|moederbedrijf|developer|topman|topvrouw|baas|chef|hoofd|directeur|manager|ontwerper|onderzoeker|team|chief|head|boss|lead)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial Regex MakerSuffix();

    private static Mention? MakerOf(string sentence, Mention m, ExtractionKnowledge knowledge)
    {
        if (knowledge.Organisation(m.Text) is not { Kind: OrganisationKind.Product, Parent: { } maker } || m.Possessive)
        {
            return null;
        }

        var tokens = maker.Split(' ').Length;
        if (m.CompoundSuffix is { } suffix && MakerSuffix().IsMatch(suffix))
        {
            return new Mention(m.Start, m.End, maker, tokens, false, null, false);
        }

        return MakerAfterProduct().Match(sentence[m.End..]) is { Success: true } after
            ? new Mention(m.Start, m.End + after.Length - after.Groups["possessive"].Length, maker, tokens, after.Groups["possessive"].Success, null, false)
            : null;
    }

    private static bool IsPublication(ArticleDocument article, string sentence, Mention m)
    {
        if (article.Source is { Length: > 0 } source
            && (source.Equals(m.Text, StringComparison.OrdinalIgnoreCase) || m.TokenCount >= 2 && source.Contains(m.Text, StringComparison.OrdinalIgnoreCase)))
        {
            // A broadcaster, club or firm reporting on its own people ("Hoofdredacteur X vertrekt bij Omroep West" on Omroep
            // West's own site) is the employer where a departure names it as the place left.
            return !PlaceLeftBefore().IsMatch(sentence.AsSpan(0, m.Start));
        }

        var before = sentence[..m.Start];
        return PublicationSlot().IsMatch(before);
    }

    [GeneratedRegex(@"\b(?:seen|reviewed|obtained|viewed|first reported|reported) by\s+(?:the\s+)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial Regex PublicationSlot();

    [GeneratedRegex(@"\b(?:bij|at|verlaat|verliet|verlieten|verlaten|left|leaves|leaving|quit|quits|quitting|departs|departed|departing)\s+(?:de\s+|het\s+|the\s+)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial Regex PlaceLeftBefore();

    public IReadOnlyList<Sentence> Sentences { get; }

    public IReadOnlyList<IReadOnlyList<Mention>> Mentions { get; }

    public EntityRegistry Registry { get; }

    public bool Dutch { get; }

    /// <summary>The first sentence that is no heading, or -1.</summary>
    public int LedeIndex { get; }

    public string? FocusAt(int sentenceIndex) => sectionFocus[sentenceIndex] ?? ledeFocus ?? Registry.Focus;

    /// <summary>The focus at the sentence is the company the lede says is losing people.</summary>
    public bool LosingPeopleFocus(int sentenceIndex) => sectionFocus[sentenceIndex] is null && ledeFocus is not null;

    private readonly Dictionary<string, bool> places = new(StringComparer.Ordinal);

    private bool IsPlace(string name)
    {
        if (!places.TryGetValue(name, out var place))
        {
            var pattern = new Regex(@"\b(?:the|a|an)\s+" + Regex.Escape(name) + @"\s+(?:start-up|startup|company|bank|firm|office|university|maker|developer|based)\b", RegexOptions.CultureInvariant);
            place = pattern.IsMatch(Article.Text);
            places[name] = place;
        }

        return place;
    }

    private string AddOrganisation(string name)
    {
        Registry.AddOrganisation(name);
        return Registry.ResolveOrganisation(name) ?? name;
    }

    /// <summary>The employer a name refers to, when the article already knows it as an organisation that people work for.</summary>
    public string? EmployerOf(Mention m) =>
        unitOwners.TryGetValue(m, out var owner) ? owner
        : !NotTheEmployer(m) && Registry.ResolveOrganisation(m) is { } org && Registry.IsEmployer(org) ? org : null;

    /// <summary>"Intel Foundry Services", "Amazon Prime", "Baidu's Silicon Valley AI Lab": a name the knowledge does not hold, right
    /// after (or opening with) a known employer's, is a unit of that employer, and internal units count as their parent.</summary>
    private void FindUnits()
    {
        for (var i = 0; i < Sentences.Count; i++)
        {
            var mentions = Mentions[i];
            for (var k = 0; k < mentions.Count; k++)
            {
                var m = mentions[k];
                if (m.Possessive || Knowledge.Organisation(m.Text) is not null || Registry.ResolvePerson(m) is not null || Lexicon.FirstNames.Contains(m.FirstToken))
                {
                    continue;
                }

                // Not a university town's name opening a firm's: "Oxford Photon Circuits".
                if (m.TokenCount >= 2 && Knowledge.Organisation(m.FirstToken) is { IsEmployer: true } first
                    && !(first.Kind == OrganisationKind.University && Lexicon.OrgSuffixes.Contains(m.LastToken))
                    && Registry.ResolveOrganisation(m.FirstToken) is { } opening && Registry.IsEmployer(opening))
                {
                    unitOwners[m] = opening;
                }
                // The name itself must read as a unit: a company by its cues, or a department's words ("Foundry Services"), not a
                // person run together with the company ("OpenAI Bettina Kora").
                else if (k > 0 && mentions[k - 1] is var owner && Knowledge.Organisation(owner.Text) is { IsEmployer: true }
                    && (Registry.ResolveOrganisation(m) is not null || m.Text.Split(' ').Any(w => Lexicon.DivisionWords.Contains(w) || Lexicon.DepartmentWords.Contains(w)))
                    && UnitGap().IsMatch(Sentences[i].Text.AsSpan(owner.End, m.Start - owner.End)) && (owner.Possessive || m.Start == owner.End + 1)
                    && Registry.ResolveOrganisation(owner) is { } parent && Registry.IsEmployer(parent))
                {
                    unitOwners[m] = parent;
                }
            }
        }
    }

    [GeneratedRegex(@"^(?:['’]s?)?\s+(?:\p{Lu}[\p{L}\-]*\s+){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex UnitGap();

    // "in een Facebook-bericht", "het Tesla-aandeel": a company's post, page or share is not the company as an employer; nor is
    // "Thuisbezorgd-moederbedrijf Just Eat Takeaway", which names the parent after it; nor the backer in "the Microsoft-backed
    // start-up".
    private static bool NotTheEmployer(Mention m) => m.OnPlatform || m.CompoundSuffix is { } suffix && NonEmployerSuffix().IsMatch(suffix);

    [GeneratedRegex(@"^(?:bericht|berichtje|post|pagina|account|profiel|app|video|blog|tweet|aandeel|aandelen|koers|beurskoers|gebruikers|gebruiker|advertentie|advertenties|moederbedrijf|moederconcern|moeder|eigenaar|backed|owned|funded|supported|affiliated|gesteund|gefinancierd)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NonEmployerSuffix();

    /// <summary>The organisation a name refers to; an unknown name in a company slot becomes a company.</summary>
    public string? OrganisationFor(Mention m, bool learn)
    {
        if (m.TokenCount <= 2 && Knowledge.Organisation(m.Text) is null && IsPlace(m.Text))
        {
            return null;
        }

        if (unitOwners.TryGetValue(m, out var owner))
        {
            return owner;
        }

        if (Registry.ResolveOrganisation(m) is { } org)
        {
            // Products are named around departures, never as the employer; outlets only where the article names a post at one.
            return Registry.IsEmployer(org) && !NotTheEmployer(m) ? org : null;
        }

        if (!learn || Registry.ResolvePerson(m) is not null || Lexicon.FirstNames.Contains(m.FirstToken) && m.TokenCount >= 2)
        {
            return null;
        }

        // A surname is not a firm: "Van Egten", or "Rijbroek" after "Rian van Rijbroek".
        if (Registry.IsSurnameWithParticles(m) || m.TokenCount == 1 && Registry.IsSurname(m.Text))
        {
            return null;
        }

        // "the Lisbon start-up", "a Kansas City bank": a name used as a place elsewhere in the article is not an employer.
        if (IsPlace(m.Text))
        {
            return null;
        }

        // "Microsoft's Devices & Services", "its Safety Systems team": a division named by business functions only; "VP of Global
        // Online Sales": a department after a title. "... Leaves OpenAI to Pursue Personal Projects": in a line in title case
        // the capitals say nothing, so a name the text has not typed elsewhere is no company.
        if (EntityRegistry.IsDivisionName(m) || EntityRegistry.IsDepartmentAfterTitle(m, TextBefore(m))
            || m.TokenCount >= 2 && SentenceOf(m) is { } line && EntityRegistry.IsTitleCaseLine(line.Text))
        {
            return null;
        }

        return AddOrganisation(m.Text);
    }

    /// <summary>The full name of the person a name refers to; an unknown multi-word name in a person slot becomes a person.</summary>
    public string? PersonFor(Mention m, bool learn)
    {
        if (m.Possessive)
        {
            return null;
        }

        if (Registry.ResolvePerson(m) is { } p)
        {
            return p;
        }

        if (!learn || Registry.ResolveOrganisation(m) is not null || m.CompoundSuffix is not null || EntityRegistry.IsDivisionName(m) || unitOwners.ContainsKey(m))
        {
            return null;
        }

        if (m.TokenCount < 2)
        {
            // A surname whose full name appeared earlier without any cue ("Marguerite Olsen ... Olsen has left").
            var full = FullNameEndingWith(m.Text);
            if (full is null)
            {
                return null;
            }

            Registry.AddPerson(full.Text);
            return Registry.ResolvePerson(full.Text);
        }

        // "Google Docs", "LinkedIn Sunday": a known organisation's name opening the run makes it a product or a date, not a person.
        if (Knowledge.Organisation(m.FirstToken) is not null && !Lexicon.FirstNames.Contains(m.FirstToken))
        {
            return null;
        }

        // "Hardware Engineering", "Product Management", "the Tiger Lake architecture": a department, or a name that a thing's noun follows; "Mario Kart 8",
        // "Galaxy Note 7": a name with a version number, whatever given name it opens with. "Core Talent" in a subheading in
        // title case: capitals there say nothing, so only a given name makes a person.
        if (!Lexicon.FirstNames.Contains(m.FirstToken) && (Lexicon.DepartmentWords.Contains(m.LastToken) || ThingNounAfter().IsMatch(TextAfter(m))
                || SentenceOf(m) is { } line && EntityRegistry.IsTitleCaseLine(line.Text))
            || m.TokenCount >= 2 && MentionFinder.HasVersionNumber(TextAfter(m)))
        {
            return null;
        }

        if (Lexicon.EndsInRoleNoun(m.Text))
        {
            return null;
        }

        Registry.AddPerson(m.Text);
        return Registry.ResolvePerson(m);
    }

    private string TextBefore(Mention m) => SentenceOf(m) is { } s ? s.Text[..m.Start] : string.Empty;

    private string TextAfter(Mention m) => SentenceOf(m) is { } s ? s.Text[m.End..] : string.Empty;

    private Sentence? SentenceOf(Mention m)
    {
        for (var i = 0; i < Mentions.Count; i++)
        {
            if (Mentions[i].Contains(m))
            {
                return Sentences[i];
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\s+(?:architectures?|architectuur|chips?|processors?|processoren|platform|project|programme|program|programma|models?|modellen|software|apps?|devices?|products?|line|series|brand)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ThingNounAfter();

    // A name of two or more words anywhere in the article, not an organisation, whose last word is surname.
    private Mention? FullNameEndingWith(string surname) => Mentions.SelectMany(list => list)
        .FirstOrDefault(x => x.TokenCount >= 2 && !x.Possessive && x.LastToken.Equals(surname, StringComparison.OrdinalIgnoreCase)
            && Registry.ResolveOrganisation(x) is null);

    /// <summary>The most recent person named before <paramref name="position"/> of sentence <paramref name="sentenceIndex"/>.</summary>
    public string? LastPersonBefore(int sentenceIndex, int position)
    {
        // "ze", "she" at the position: not a man named before, nor "hij", "he" a woman.
        var gender = PronounGender().Match(Sentences[sentenceIndex].Text, Math.Min(position, Sentences[sentenceIndex].Text.Length)) is { Success: true } g
            && g.Index == position ? (g.Groups["f"].Success ? 'f' : 'm') : (char?)null;
        string? oblique = null;
        for (var i = sentenceIndex; i >= 0 && i >= sentenceIndex - 3; i--)
        {
            // A pronoun that opens a sentence most often continues the previous sentence's subject ("Koduri was the figure
            // behind Arc. He will leave ..."), not the name its object or a clause ends with ("... to oust Altman. She ...").
            if (i < sentenceIndex && SubjectOf(i) is { } subject && !OtherGender(subject, gender))
            {
                return subject;
            }

            for (var k = Mentions[i].Count - 1; k >= 0; k--)
            {
                var m = Mentions[i][k];
                if ((i < sentenceIndex || m.End <= position) && Registry.ResolvePerson(m) is { } p && !OtherGender(p, gender))
                {
                    // "X, a researcher who worked with Y; she has gone to Z": a name after a preposition is rarely
                    // what a following subject pronoun refers to when the same sentence names someone else.
                    if (ObliqueBefore().IsMatch(Sentences[i].Text[..m.Start]))
                    {
                        oblique ??= p;
                        continue;
                    }

                    return p;
                }
            }

            if (oblique is not null)
            {
                return oblique;
            }
        }

        return oblique;
    }

    /// <summary>'f' or 'm' for a text that opens with a gendered pronoun ("she", "hij"), else null.</summary>
    public static char? GenderOfPronoun(string text) =>
        PronounGender().Match(text) is { Success: true } g ? (g.Groups["f"].Success ? 'f' : 'm') : null;

    public static bool OtherGender(string person, char? pronoun) =>
        pronoun is { } expected && ExtractionKnowledge.GivenNameGenders.TryGetValue(person.Split(' ')[0], out var named) && named != expected;

    [GeneratedRegex(@"\G(?:(?<f>she|her|zij|ze|haar)|he|his|him|hij)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PronounGender();

    /// <summary>The person a sentence opens with as its subject: the first name before the sentence's first verb-like word,
    /// not after a preposition and not a speaker ("X said").</summary>
    private string? SubjectOf(int sentenceIndex)
    {
        var text = Sentences[sentenceIndex].Text;
        foreach (var m in Mentions[sentenceIndex])
        {
            if (Registry.ResolvePerson(m) is not { } p)
            {
                continue;
            }

            return ObliqueBefore().IsMatch(text[..m.Start]) || SpeakerAfter().IsMatch(text[m.End..]) || m.Start > 80 ? null : p;
        }

        return null;
    }

    [GeneratedRegex(@"^(?:\s*,)?\s*(?:said|says|told|wrote|writes|added|zei|zegt|schreef|schrijft|vertelde)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerAfter();

    // "worked with Y", "the departure of Y", "alongside Elon Musk and current CEO Y": a name after a preposition, or coordinated
    // with one, is rarely the subject a following pronoun refers to.
    [GeneratedRegex(@"\b(?i:with|met|alongside|than|dan|by|door|of|van|under|onder|to|aan|for|about|over)\s+(?:[^,;.()]{0,60}?\s(?:and|en)\s+(?:[\p{Ll}\-]+\s+|\p{Lu}{2,5}\s+){0,3})?$", RegexOptions.CultureInvariant)]
    private static partial Regex ObliqueBefore();

    /// <summary>The most recent big employer named before sentence <paramref name="sentenceIndex"/> other than <paramref name="except"/>.</summary>
    public string? LastEmployerBefore(int sentenceIndex, string? except)
    {
        for (var i = sentenceIndex; i >= 0; i--)
        {
            for (var k = Mentions[i].Count - 1; k >= 0; k--)
            {
                if (Registry.ResolveOrganisation(Mentions[i][k]) is { } org && Registry.IsBigEmployer(org) && org != except)
                {
                    return org;
                }
            }
        }

        return null;
    }
}
