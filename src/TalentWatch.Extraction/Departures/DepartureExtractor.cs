using System.Text.RegularExpressions;
using TalentWatch.Extraction.Claims;
using TalentWatch.Extraction.Confidence;
using TalentWatch.Extraction.Dates;
using TalentWatch.Extraction.Departures;
using TalentWatch.Extraction.Knowledge;
using TalentWatch.Extraction.Mentions;
using TalentWatch.Extraction.Sentences;

namespace TalentWatch.Extraction;

/// <summary>Extracts departures and stated figures from English and Dutch articles. Stateless: one instance can serve
/// every request concurrently.</summary>
public sealed partial class DepartureExtractor(ExtractionKnowledge knowledge)
{
    // Read-only after construction, so concurrent Extract calls are safe.
    private readonly HashSet<string> supported = ["en", "nl"];

    /// <summary>An extractor with the shipped organisation and people knowledge.</summary>
    public DepartureExtractor()
        : this(ExtractionKnowledge.Shipped)
    {
    }

    public ExtractionKnowledge Knowledge => knowledge;

    // One sentence per supported language, with the language given (no detection), read by Prepare.
    private static readonly ArticleDocument[] PreparationArticles =
    [
        new("prepare-en", null, null, null, new DateOnly(2026, 1, 1), "en", "Dana Whitlock has left Veritas AI to join Orrery Systems.", string.Empty),
        new("prepare-nl", null, null, null, new DateOnly(2026, 1, 1), "nl", "Joost Verhaar vertrekt bij Veritas AI en gaat naar Coolblue.", string.Empty),
    ];

    /// <summary>
    /// Builds now what the first article would otherwise build (the knowledge, the patterns of both languages) by reading one
    /// invented sentence in each, so that a short-lived process can do it while its language models load on another core.
    /// </summary>
    public void Prepare()
    {
        foreach (var article in PreparationArticles)
        {
            Extract(article);
        }
    }

    public ExtractionResult Extract(ArticleDocument article) => Extract(article, knowledge);

    /// <summary>Extracts with other knowledge than the extractor's own: the shipped files joined with what a store knows.</summary>
    public ExtractionResult Extract(ArticleDocument article, ExtractionKnowledge with) => Run(article, with).Result;

    /// <summary>What the extractor reads in the sentences that overlap <paramref name="selection"/> (an editor's selection
    /// on the article page): people, employers, the resolved date, role, founder flag, and a departure its rules find there.</summary>
    public EvidenceReading ReadEvidence(ArticleDocument article, TextSpan selection, ExtractionKnowledge? with = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        var (analysis, result) = Run(article, with ?? knowledge);
        var selEnd = selection.Start + Math.Max(selection.Length, 1);
        if (analysis is null)
        {
            return new EvidenceReading([], string.Empty, [], [], null, null, null, null);
        }

        var indices = analysis.Sentences.Where(s => s.Start < selEnd && selection.Start < s.End).Select(s => s.Index).ToList();
        var people = new List<string>();
        var organisations = new List<string>();
        string? date = null;
        string? role = null;
        bool? founder = null;
        foreach (var i in indices)
        {
            var s = analysis.Sentences[i];
            foreach (var m in analysis.Mentions[i])
            {
                if (analysis.Registry.ResolvePerson(m) is { } person)
                {
                    if (!people.Contains(person))
                    {
                        people.Add(person);
                        role ??= RoleFinder.RoleNear(s.Text, m.Start, m.End);
                        if (RoleFinder.FounderNear(s.Text, m.Start, m.End, []))
                        {
                            founder = true;
                        }
                    }
                }
                else if (analysis.OrganisationFor(m, learn: false) is { } org && !organisations.Contains(org, StringComparer.OrdinalIgnoreCase))
                {
                    organisations.Add(with?.EmployerName(org) ?? knowledge.EmployerName(org));
                }
            }

            var found = DateFinder.Find(s.Text, article.Published, lastDay: null);
            date ??= found.Count > 0 ? found[0].Date.ToString() : null;
        }

        date ??= article.Published is { } p ? PartialDate.OfMonth(p.Year, p.Month).ToString() : null;
        if (founder is null && role is not null)
        {
            founder = false;
        }

        var spans = Spans(analysis, indices);
        var suggested = result.Departures.FirstOrDefault(d => d.EvidenceSpans.Any(e => e.Start < selEnd && selection.Start < e.Start + e.Length));
        return new EvidenceReading(spans, Evidence(analysis, indices), people, organisations, date, role, founder, suggested);
    }

    private (ArticleAnalysis? Analysis, ExtractionResult Result) Run(ArticleDocument article, ExtractionKnowledge with)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(with);
        if (!supported.Contains(article.Language))
        {
            return (null, new ExtractionResult(article, false, [], [], []));
        }

        try
        {
            return Read(article, with);
        }
        catch (RegexMatchTimeoutException e)
        {
            // A rule that backtracks without end on this text: the article is reported, not read for minutes (P28).
            throw new ArticleFormatException(article.FileName, null,
                $"too complex to read: a pattern of the extractor ran longer than {e.MatchTimeout.TotalSeconds:0.#} s on it (split very long paragraphs, or report the article)", e);
        }
    }

    private static (ArticleAnalysis? Analysis, ExtractionResult Result) Read(ArticleDocument article, ExtractionKnowledge with)
    {
        // An article saved without its date is read as of the date it gives itself, so that "on Friday" and a move told without
        // a date get a month; the result still says the publication date is unknown.
        var analysis = new ArticleAnalysis(article.Published is null && SelfDated(article.Text) is { } own ? article with { Published = own } : article, with);
        var finder = new DepartureFinder(analysis);
        var merged = DepartureMerger.Merge(AsEmployers(analysis, UnitsAsParents(analysis, finder.Find())), i => TriggerRules.Again.IsMatch(analysis.Sentences[i].Text));
        var departures = merged
            .OrderBy(m => m.Sentences.Min)
            .Select(m => ToDeparture(analysis, m))
            .ToList();
        // "Meta denies Zuckerberg is stepping down", "Tim Cook not stepping down": a headline that denies a person's departure
        // outweighs the rumour the text retells.
        if (article.Title is { Length: > 0 } deniedIn && HeadlineDenial().IsMatch(deniedIn))
        {
            departures.RemoveAll(d => d.Person is { } p && HeadlineDeniesDeparture(deniedIn, p[(p.LastIndexOf(' ') + 1)..]));
        }

        departures.AddRange(HeadlineOnly(article, with, analysis, finder.Cues, departures));
        if (departures.Count == 0)
        {
            departures.AddRange(HeadlineAboutTheLead(article, with, analysis, finder.Cues));
        }

        var claimsFound = new ClaimFinder(analysis).Find();
        var claims = claimsFound
            .Select(c => new ExtractedClaim(c.Company, c.Metric, c.Value, Evidence(analysis, c.Sentences), Spans(analysis, c.Sentences)))
            .ToList();
        var explained = merged.SelectMany(m => m.Sentences).Concat(claimsFound.SelectMany(c => c.Sentences)).ToHashSet();
        return (analysis, new ExtractionResult(article, true, departures, claims, PossibleDepartures(analysis, finder.Cues, explained)));
    }

    /// <summary>The date an undated article gives itself: a dateline's day in its first lines ("August 22, 2014 / 8:04 PM"), else
    /// the latest month or day it names, the last news it can have been written after.</summary>
    internal static DateOnly? SelfDated(string text)
    {
        var head = text[..Math.Min(text.Length, 300)];
        if (DateFinder.Find(head, published: null, lastDay: null).FirstOrDefault(d => d.Date.Precision == DatePrecision.Day) is { } dateline)
        {
            return new DateOnly(dateline.Date.Year, dateline.Date.Month, dateline.Date.Day);
        }

        var latest = DateFinder.Find(text, published: null, lastDay: null)
            .Where(d => d.Date.Precision >= DatePrecision.Month)
            .Select(d => d.Date)
            .OrderByDescending(d => (d.Year, d.Month, d.Precision == DatePrecision.Day ? d.Day : 1))
            .FirstOrDefault();
        // A month alone stands for its last day: "on Friday" then falls in that month.
        return latest.Year == 0 ? null : new DateOnly(latest.Year, latest.Month, latest.Precision == DatePrecision.Day ? latest.Day : DateTime.DaysInMonth(latest.Year, latest.Month));
    }

    /// <summary>
    /// "Wilbert Muilenburg vertrekt bij AllParts" above a text that only says "nu is zijn vertrek aangekondigd": a move the
    /// headline states about someone the text names in full, when the text gave that person no departure. The headline is
    /// read as a sentence of its own; its evidence is the headline, which has no place in the text.
    /// </summary>
    private static IEnumerable<ExtractedDeparture> HeadlineOnly(ArticleDocument article, ExtractionKnowledge with, ArticleAnalysis textAnalysis, Dictionary<int, string> cues, List<ExtractedDeparture> found)
    {
        if (article.Title is not { Length: > 0 } title || title.Contains('?', StringComparison.Ordinal) || title.Length > 200)
        {
            yield break;
        }

        // Most headlines name someone the text already gave a departure, or nobody the text names at all: reading them
        // would find nothing new, so only a headline with an unexplained name is read: a full name, or a surname the text
        // uses ("Dana Whitlock steps down" over a text that says only "Whitlock"; "Whitlock and Marsh bow out" over a text
        // that names Dana Whitlock in full).
        var written = title;
        title = WithFullNames(title, textAnalysis.Registry);
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd(',', ':', ';', '.', '!')).ToArray();
        var unexplained = Enumerable.Range(0, Math.Max(0, words.Length - 1))
            .Select(i => words[i] + " " + words[i + 1])
            // "OpenAI : X" leaves a pair whose second word is all punctuation, and so empty once trimmed.
            .Any(name => name.Length > name.IndexOf(' ', StringComparison.Ordinal) + 1
                && char.IsUpper(name[0]) && char.IsUpper(name[name.IndexOf(' ', StringComparison.Ordinal) + 1])
                && article.Text.Contains(name, StringComparison.Ordinal)
                && !found.Any(d => d.Person is { } p && p.Contains(name, StringComparison.Ordinal)))
            || words.Any(word => word.Length > 2 && char.IsUpper(word[0]) && SaysSurname(article.Text, word)
                && !found.Any(d => d.Person is { } p && Surname(p) == word));
        if (!unexplained)
        {
            yield break;
        }

        var headline = article with { Text = title.Trim() + ".", Title = null };
        var analysis = new ArticleAnalysis(headline, with);
        var finder = new DepartureFinder(analysis);
        foreach (var m in DepartureMerger.Merge(AsEmployers(analysis, finder.Find()), _ => false))
        {
            // The headline's "Van Loenen" is the text's Tom van Loenen. Not when the text says the person stays on ("wordt
            // voorzitter") or hedges the move about them.
            // A full name the text shortens to the surname is the headline's to give ("Whitlock has been CEO since 2008").
            var person = m.Person is not { } said ? null
                : article.Text.Contains(said, StringComparison.Ordinal) ? textAnalysis.Registry.ResolvePerson(said) ?? said
                : said.Contains(' ', StringComparison.Ordinal) && SaysSurname(article.Text, Surname(said)) ? textAnalysis.Registry.ResolvePerson(Surname(said)) ?? said
                : null;
            if (person is not null && person.Contains(' ', StringComparison.Ordinal)
                && !found.Any(d => d.Person is { } p && (p == person || Surname(p) == Surname(person)))
                && !KeepsOrHedges(textAnalysis.Sentences, cues, person))
            {
                var d = ToDeparture(analysis, m);
                yield return d with { Person = person, Evidence = title == written ? d.Evidence : written.Trim(), EvidenceSpans = [], Confidence = Math.Min(d.Confidence, 0.6) };
            }
        }
    }

    /// <summary>
    /// "Chef boekhouding verlaat Tesla" above a text that opens "Jan Jansen, die de boekhouding leidde, ..." and tells no move
    /// itself: a headline that tells the move of someone by role, over a text that names its person in the opening sentences
    /// and gives no departure at all. The headline is read with that person's name where its subject ends ("Chef boekhouding
    /// Jan Jansen verlaat Tesla"), or after a verb that takes the people as its object ("Tesla verliest Jan Jansen, ..."); only
    /// a reading whose leaver is that person counts. Its evidence is the headline, with a lower confidence.
    /// </summary>
    private static List<ExtractedDeparture> HeadlineAboutTheLead(ArticleDocument article, ExtractionKnowledge with, ArticleAnalysis text, Dictionary<int, string> cues)
    {
        if (article.Title is not { Length: > 0 } title || title.Contains('?', StringComparison.Ordinal) || title.Length > 200)
        {
            return [];
        }

        // The person the opening names first, in full, before anyone else.
        var lead = text.Sentences.Where(s => !s.IsHeading).Take(3)
            .SelectMany(s => text.Mentions[s.Index].Select(m => text.Registry.ResolvePerson(m)))
            .FirstOrDefault(p => p is not null);
        if (lead is null || !lead.Contains(' ', StringComparison.Ordinal) || title.Contains(Surname(lead), StringComparison.Ordinal)
            || KeepsOrHedges(text.Sentences, cues, lead))
        {
            return [];
        }

        var bare = title.Trim().TrimEnd('.', '!');
        var headline = new ArticleAnalysis(article with { Text = bare + ".", Title = null }, with);
        var finder = new DepartureFinder(headline);
        // "Dana Whitlock is stepping down from Veritas" names its own leaver: the lead of the text is someone else.
        if (finder.Find().Any(c => c.Person is not null) || !finder.Cues.TryGetValue(0, out var cue) || TriggerRules.IsHedged(bare) || bare.IndexOf(cue, StringComparison.Ordinal) is not (> 0 and var at))
        {
            return [];
        }

        string[] readings = [bare[..at] + lead + " " + bare[at..], bare[..(at + cue.Length)] + " " + lead + "," + bare[(at + cue.Length)..]];
        foreach (var reading in readings)
        {
            var analysis = new ArticleAnalysis(article with { Text = reading + ".", Title = null }, with);
            var merged = DepartureMerger.Merge(AsEmployers(analysis, new DepartureFinder(analysis).Find()), _ => false)
                .Where(m => string.Equals(m.Person, lead, StringComparison.Ordinal))
                .ToList();
            if (merged.Count > 0)
            {
                return merged.Select(m => ToDeparture(analysis, m) is var d ? d with { Evidence = title.Trim(), EvidenceSpans = [], Confidence = Math.Min(d.Confidence, 0.5) } : d).ToList();
            }
        }

        return [];
    }

    /// <summary>Whether a sentence naming the person (by surname or given name) keeps them on ("wordt voorzitter", "will take
    /// on a new role") or hedges their move: then a headline's move is not theirs to take. A hedge counts in a sentence about a
    /// move (a departure cue or a word of leaving), not in "Perhaps X might help fix these problems".
    /// A sentence that goes on about them with a pronoun keeps them when it moves them within the company ("Daar zal hij
    /// blijven werken voor het bedrijf"); staying on as an adviser, told apart, is still a departure by the conventions.</summary>
    private static bool KeepsOrHedges(IReadOnlyList<Sentence> text, Dictionary<int, string> cues, string person)
    {
        bool Names(Sentence sentence) =>
            sentence.Text.Contains(Surname(person), StringComparison.Ordinal) || sentence.Text.Contains(GivenName(person) + " ", StringComparison.Ordinal);
        return text.Any(sentence => Names(sentence)
            && (TriggerRules.StaysOn.IsMatch(sentence.Masked) || TriggerRules.MovesWithin.IsMatch(sentence.Masked)
                || (cues.ContainsKey(sentence.Index) || WordOfLeaving().IsMatch(sentence.Masked)) && TriggerRules.IsHedged(sentence.Masked))
            || sentence.Index > 0 && Names(text[sentence.Index - 1]) && TriggerRules.Pronoun.IsMatch(sentence.Masked) && TriggerRules.MovesWithin.IsMatch(sentence.Masked));
    }

    [GeneratedRegex(@"\b(?:leav|left|depart|resign|quit|exit|step|retir|join|mov|vertrek|vertrok|terug|opstap|stapt|stapte|ontslag|afscheid|aftre|aftrad|verla|verlie|overstap)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WordOfLeaving();

    private static string GivenName(string person) => person.Split(' ')[0];

    /// <summary>The headline with each bare surname the text gives in full written in full ("Whitlock and Marsh bow out" over a
    /// text naming Dana Whitlock and Lena Marsh), so that the headline, read alone, knows them as people.</summary>
    private static string WithFullNames(string title, EntityRegistry registry) =>
        CapitalisedWord().Replace(title, word =>
            registry.ResolvePerson(word.Value) is { } full && full.Length > word.Length && full.EndsWith(" " + word.Value, StringComparison.Ordinal)
                && !title.Contains(full, StringComparison.Ordinal)
                && (word.Index < 2 || !char.IsUpper(title[title.LastIndexOf(' ', word.Index - 2) + 1]))
                ? full : word.Value);

    [GeneratedRegex(@"(?<![\p{L}\-'’])\p{Lu}[\p{L}\-]+(?![\p{L}\-])", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedWord();

    /// <summary>Whether the text uses this word on its own, as a surname is used ("Whitlock said"), not inside a longer word.</summary>
    private static bool SaysSurname(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static string Surname(string person) => person[(person.LastIndexOf(' ') + 1)..];

    /// <summary>Sentences with a departure cue and a name that gave no departure or claim: what an editor should check.</summary>
    private static List<PossibleDeparture> PossibleDepartures(ArticleAnalysis analysis, Dictionary<int, string> cues, HashSet<int> explained)
    {
        var result = new List<PossibleDeparture>();
        foreach (var (index, cue) in cues.OrderBy(c => c.Key))
        {
            var s = analysis.Sentences[index];
            if (explained.Contains(index))
            {
                continue;
            }

            var named = analysis.Mentions[index].Any(m => analysis.Registry.ResolvePerson(m) is not null || analysis.EmployerOf(m) is not null);
            if (named)
            {
                result.Add(new PossibleDeparture(new TextSpan(s.Start, s.Text.Length), s.Text, cue));
            }
        }

        return result;
    }

    /// <summary>"the former head of Cohere's Applied Systems Group", "vice president of Cohere's messaging service Relay": a
    /// unit the article names behind its owner's possessive counts as the owner, as the knowledge's units do; known employers
    /// ("Google's DeepMind") keep their own name.</summary>
    private static IEnumerable<DepartureCandidate> UnitsAsParents(ArticleAnalysis analysis, IEnumerable<DepartureCandidate> candidates)
    {
        var parents = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in OwnedUnit().Matches(analysis.Article.Text))
        {
            var unit = m.Groups["unit"].Value;
            if (analysis.Registry.ResolveOrganisation(m.Groups["owner"].Value) is { } owner && analysis.Registry.IsEmployer(owner)
                && analysis.Knowledge.Organisation(unit) is not { IsEmployer: true }
                && (m.Groups["noun"].Success || UnitWord().IsMatch(unit)))
            {
                parents.TryAdd(unit, owner);
            }
        }

        foreach (var c in candidates)
        {
            var from = parents.GetValueOrDefault(c.From) ?? c.From;
            var to = c.To is { } t ? parents.GetValueOrDefault(t) ?? t : null;
            yield return string.Equals(from, to, StringComparison.OrdinalIgnoreCase) ? c : c with { From = from, To = to };
        }
    }

    [GeneratedRegex(@"(?<owner>\p{Lu}[\p{L}\d\-.&]*(?:\s\p{Lu}[\p{L}\d\-.&]*){0,2})['’]s?\s+(?:(?:[\p{Ll}\-]+\s+){0,2}(?<noun>unit|division|team|lab|group|service|platform|studio|business|arm|subsidiary|organi[sz]ation)\s+)?(?<unit>\p{Lu}[\p{L}\d\-.&]*(?:\s(?:&\s)?\p{Lu}[\p{L}\d\-.&]*){0,4})", RegexOptions.CultureInvariant)]
    private static partial Regex OwnedUnit();

    [GeneratedRegex(@"\s(?:Group|Team|Lab|Labs|Division|Unit|Studio|Studios|Organization|Organisation)$", RegexOptions.CultureInvariant)]
    private static partial Regex UnitWord();

    /// <summary>Internal groups count as their parent company ("Google Brain" is Google); a move inside one company is none,
    /// nor is one from a product line or division named after the destination.</summary>
    private static IEnumerable<DepartureCandidate> AsEmployers(ArticleAnalysis analysis, IEnumerable<DepartureCandidate> candidates)
    {
        var knowledge = analysis.Knowledge;
        foreach (var c in candidates)
        {
            // Products ("PyTorch", "ChatGPT") are never left or joined, whichever rule read them, nor outlets ("LinkedIn") outside
            // news about a post at one.
            if (!analysis.Registry.IsEmployer(c.From))
            {
                continue;
            }

            // A government body is left only where the sentence of the move names it; found by reference or as the article's
            // subject, it is the regulator or funder the article is about.
            if (analysis.Registry.IsGovernment(c.From) && c.FromSource != CompanySource.Clause)
            {
                continue;
            }

            // "Hij trad in mei aan als directeur om het bedrijf bij te sturen": a join tells where someone went; with no destination read, a company
            // found only by reference or as the article's focus is that employer, not one left.
            if (c.Kind == TriggerKind.Join && c.To is null && c.FromSource is CompanySource.Reference or CompanySource.Focus)
            {
                continue;
            }

            var from = knowledge.EmployerName(c.From);
            var to = c.To is null || !analysis.Registry.IsEmployer(c.To) ? null : knowledge.EmployerName(c.To);
            if (to is not null && ExtractionKnowledge.Key(from) == ExtractionKnowledge.Key(to))
            {
                continue;
            }

            // "appointed X as head of the AMD EPYC brand" at AMD: an unknown name that opens with the destination's is a product
            // line or a division of it, not a company left.
            if (to is not null && knowledge.Organisation(c.From) is null
                && ExtractionKnowledge.Key(from).StartsWith(ExtractionKnowledge.Key(to) + " ", StringComparison.Ordinal))
            {
                continue;
            }

            yield return c with { From = knowledge.ReportedName(c.From), To = to is null ? null : knowledge.ReportedName(c.To!) };
        }
    }

    private static ExtractedDeparture ToDeparture(ArticleAnalysis analysis, DepartureMerger.Merged m)
    {
        var (role, founder) = m.Person is null ? (m.Role, m.Founder) : DescribePerson(analysis, m);
        var signals = Signals(analysis, m);
        return new ExtractedDeparture(
            m.Person,
            m.From,
            m.To,
            m.Date?.ToString(),
            role,
            founder,
            Evidence(analysis, m.Sentences),
            Spans(analysis, m.Sentences),
            ConfidenceModel.Shipped.Score(signals))
        {
            Signals = signals,
        };
    }

    /// <summary>What the confidence model weighs (Knowledge/confidence.tsv lists and explains each signal).</summary>
    private static List<string> Signals(ArticleAnalysis analysis, DepartureMerger.Merged m)
    {
        var signals = new List<string>
        {
            m.Kind switch
            {
                TriggerKind.Leaver => "rule:leaver",
                TriggerKind.Hire => "rule:hire",
                TriggerKind.CompanyLoses => "rule:company-loses",
                TriggerKind.Return => "rule:return",
                TriggerKind.Join => "rule:join",
                _ => "rule:leave",
            },
            m.FromSource switch
            {
                CompanySource.Reference => "from:reference",
                CompanySource.Career => "from:career",
                CompanySource.Focus => "from:focus",
                _ => "from:clause",
            },
        };
        if (m.Kinds.Count > 1)
        {
            signals.Add("rule:several");
        }

        if (m.Person is null)
        {
            signals.Add("person:unnamed");
        }
        else if (analysis.Knowledge.IsPerson(m.Person))
        {
            signals.Add("person:known");
        }

        if (analysis.Knowledge.Organisation(m.From) is not null)
        {
            signals.Add("company-left:known");
        }

        if (m.To is not null)
        {
            signals.Add("destination:stated");
        }

        if (m.DateIsExplicit)
        {
            signals.Add("date:stated");
        }

        if (m.Sentences.Count > 1)
        {
            signals.Add("evidence:several");
        }

        if (m.Sentences.Any(i => analysis.IsHedged(analysis.Sentences[i].Text)))
        {
            signals.Add("hedge:nearby");
        }

        return signals;
    }

    /// <summary>Role and founder flag from every sentence that names the person, evidence sentences first.</summary>
    private static (string? Role, bool? Founder) DescribePerson(ArticleAnalysis analysis, DepartureMerger.Merged m)
    {
        string? role = null;
        var founder = false;
        var order = m.Sentences.Concat(Enumerable.Range(0, analysis.Sentences.Count).Where(i => !m.Sentences.Contains(i)));
        foreach (var i in order)
        {
            var s = analysis.Sentences[i];
            if (!AboutCompanyLeft(analysis, i, m.From))
            {
                continue;
            }

            var names = analysis.Mentions[i]
                .Select(x => (Mention: x, Person: analysis.Registry.ResolvePerson(x)))
                .Where(x => x.Person is not null)
                .ToList();
            // "X is rejoining Y. The chief product officer of Z, ..., will return": the description stands for X.
            if (names.Count == 0 && RoleFinder.RoleOfSubjectDescription(s.Masked) is { } described
                && analysis.LastPersonBefore(i, 0) == m.Person)
            {
                role ??= described;
            }

            var others = names.Where(x => x.Person != m.Person).Select(x => (x.Mention.Start, x.Mention.End)).ToList();
            foreach (var (mention, _) in names.Where(x => x.Person == m.Person))
            {
                role ??= RoleFinder.RoleNear(s.Text, mention.Start, mention.End);
                founder |= RoleFinder.FounderNear(s.Text, mention.Start, mention.End, others);
            }

            // "Hoekstra verlaat X, het bedrijf dat hij in 2019 oprichtte": the pronoun stands for the person.
            if (m.Sentences.Contains(i) && names.Any(x => x.Person == m.Person))
            {
                foreach (System.Text.RegularExpressions.Match p in TriggerRules.Pronoun.Matches(s.Masked))
                {
                    founder |= RoleFinder.FounderNear(s.Text, p.Index, p.Index + p.Length, others);
                }
            }
        }

        // A role read at the start of a sentence ("Technisch directeur X") or written as a title ("Chief Technology Officer")
        // is still a common noun; acronyms ("CTO", "VP of AI") keep their capitals.
        if (role is { Length: > 1 } r && char.IsUpper(r[0]) && char.IsLower(r[1]))
        {
            role = string.Join(' ', r.Split(' ').Select(w => w.Length > 1 && char.IsUpper(w[0]) && w.Skip(1).All(c => !char.IsUpper(c)) ? char.ToLowerInvariant(w[0]) + w[1..] : w));
        }

        return (role, founder ? true : role is null ? null : false);
    }

    // A role belongs to the company left: "Lowell was Tidewater's head of post-training" says nothing about her time at OpenAI.
    private static bool AboutCompanyLeft(ArticleAnalysis analysis, int sentence, string from)
    {
        var orgs = analysis.Mentions[sentence].Select(x => analysis.Registry.ResolveOrganisation(x)).OfType<string>().ToList();
        return orgs.Contains(from, StringComparer.OrdinalIgnoreCase) || orgs.All(analysis.Registry.IsBigEmployer);
    }

    private static string Evidence(ArticleAnalysis analysis, IEnumerable<int> sentences) =>
        string.Join(' ', sentences.Order().Select(i => analysis.Sentences[i].Text));

    private static List<TextSpan> Spans(ArticleAnalysis analysis, IEnumerable<int> sentences) =>
        sentences.Order().Select(i => analysis.Sentences[i]).Select(s => new TextSpan(s.Start, s.Text.Length)).ToList();


    // The words of a denied departure, shared by the quick test of the headline and the test for one person in it.
    private const string DenyVerbs = @"denies|denied|deny|dismisses|dismissed|rejects|rejected|refutes|refuted|ontkent|ontkende|ontkennen";
    private const string Negations = @"not|isn['’]t|is not|won['’]t|will not|no plans to|niet";
    private const string Leaving = @"resign|resigning|leaving|leave|stepping down|step down|quit|quitting|retire|retiring|departing|opstappen|vertrekken|stoppen|weg";
    private const string DeniedAfter = @"denied|ruled out|dismissed|ontkend";

    /// <summary>The headline denies this person's departure: "Meta denies Zuckerberg is stepping down", "Cook not stepping down",
    /// "Whitlock has no plans to resign", "Cook's Apple Exit Denied"; not "Veritas AI denies layoffs as Whitlock quits".</summary>
    private static bool HeadlineDeniesDeparture(string title, string surname)
    {
        var name = Regex.Escape(surname);
        return Regex.IsMatch(title,
            @"\b(?:" + DenyVerbs + @")\s+(?:(?:that|reports?|rumou?rs?|claims?|speculation|of|about|on|dat|berichten|geruchten|over)\s+){0,3}(?:(?-i:\p{Lu})[\p{L}\-.'’]*\s+){0,3}?" + name + @"\b"
            + @"|\b" + name + @"(?:['’]s)?\s+(?:[\p{L}\-]+\s+){0,2}?(?:exit|departure|resignation|retirement|vertrek|ontslag|aftreden)\s+(?:(?:is|was|has been)\s+)?(?:" + DeniedAfter + @")\b"
            + @"|\b" + name + @"\b[^.;:]{0,40}?\b(?:" + Negations + @")\s+(?:[\p{L}]+\s+){0,2}?(?:" + Leaving + @")\b",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
    }

    [GeneratedRegex(@"\b(?:" + Negations + @")\s+(?:[\p{L}]+\s+){0,2}?(?:" + Leaving + @")\b|\b(?:" + DenyVerbs + "|" + DeniedAfter + @")\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HeadlineDenial();
}
