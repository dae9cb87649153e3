using System.Text.RegularExpressions;

namespace TalentWatch.Extraction.Departures;

internal enum TriggerKind
{
    /// <summary>The subject leaves; the company left may be named after the verb ("left Kestrel", "vertrekt bij X").</summary>
    Leave,

    /// <summary>The subject joins an employer; a departure only when the company left is known too.</summary>
    Join,

    /// <summary>A boomerang: the subject returns to a former employer, leaving the company in between.</summary>
    Return,

    /// <summary>An employer (subject) takes people (object) from another company.</summary>
    Hire,

    /// <summary>A company (subject) fires, loses or sees leave the people in the object.</summary>
    CompanyLoses,

    /// <summary>"De meest opvallende vertrekker is X": the person follows the verb.</summary>
    Leaver,
}

/// <param name="From">Marker after the verb that introduces the company left.</param>
/// <param name="To">Marker after the verb that introduces the destination.</param>
/// <param name="DirectObjectIsFrom">"left Kestrel", "verliet Kompas AI": the object is the company left.</param>
/// <param name="DirectObjectIsTo">"joined Nvidia", "returns to Google": the object is the destination.</param>
/// <param name="RequiresDestination">"moved to an advisory role": verbs that only say where someone went need a company there.</param>
/// <param name="RequiresCompanyLeft">"moved from the research team to ...", "was named CTO of Y": the company left must be told
/// (in the clause, or nearby for a join), never taken from the article's focus.</param>
/// <param name="PossessorLeaves">"X's departure": the person is the name right before the noun, nobody else in the clause.</param>
internal sealed record TriggerRule(Regex Pattern, TriggerKind Kind, Regex? From, Regex? To, bool DirectObjectIsFrom = false, bool DirectObjectIsTo = false, bool RequiresDestination = false, bool PossessorLeaves = false, bool RequiresCompanyLeft = false);

internal static class TriggerRules
{
    private static readonly RegexOptions Options = ExtractionPatterns.Compilation | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private static Regex R(string pattern) => new(pattern, Options, ExtractionPatterns.MatchTimeout);

    /// <summary>The constructions, as data: Knowledge/triggers.tsv.</summary>
    private static readonly TriggerTable Table = TriggerTable.Shipped(Options);

    public static IReadOnlyList<TriggerRule> English => Table.English;

    public static IReadOnlyList<TriggerRule> Dutch => Table.Dutch;

    /// <summary>The rules of a language that may match a clause, in order (<see cref="TriggerPrefilter"/>).</summary>
    public static List<TriggerRule> RulesThatMayMatch(string clause, bool dutch) =>
        (dutch ? Table.DutchPrefilter : Table.EnglishPrefilter).RulesThatMayMatch(clause);

    public static IReadOnlyList<TriggerExample> Examples => Table.Examples;

    /// <summary>True when <paramref name="text"/> hedges a move (<see cref="Hedges"/>). An intention reported as said ("X said
    /// last month that he would leave the company") is told, not hedged, unless a condition follows ("... if the deal fails").
    /// </summary>
    public static bool IsHedged(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!AnyHedge(text))
        {
            return DeniedOrDistant.IsMatch(text);
        }

        // Checked only after the hedge matched, and then against the text without the reported intention: kept out of
        // the hedges themselves, whose every sentence and clause it would slow down.
        return !((text.Contains("would", StringComparison.OrdinalIgnoreCase) || text.Contains("zou", StringComparison.OrdinalIgnoreCase)) && ReportedIntention.IsMatch(text))
            || AnyHedge(ReportedIntention.Replace(text, m => new string(' ', m.Length)));
    }

    // "X said last month that he would leave", "Intel said (chief executive) X would leave the company", "Intel announced X, its
    // CTO, would leave", "X would leave in May, the company said": the future of a report. Not with a condition ("... if the
    // deal fails"), nor hedged by an adverb or quoted words between "would" and the verb ('would "probably" leave').
    private static readonly Regex ReportedIntention = R(
        @"\b(?:said|says|announced|announces|confirmed|confirms|told\s+\p{Ll}+)(?:\s+(?:last|this|on|in|earlier|\p{Ll}+day|week|month|year)){0,3}\s+(?:that\s+)?(?:he|she|they|(?:(?:its|the|their)\s+)?(?:(?-i:\p{Ll})[\p{Ll}\-]*\s+){0,4}?(?-i:\p{Lu})[\p{L}\-.'’]*(?:\s+(?-i:\p{Lu})[\p{L}\-.'’]*){0,3}(?:,[^,;.]{1,80},)?)\s+would\s+(?:leave|depart|step down|exit)\b(?![^.;]{0,60}\bif\b)"
        + @"|\bwould\s+(?:leave|depart|step down|exit)\b(?=[^.;]{0,100}?,\s*(?:[\p{L}\-.'’]+\s+){0,3}(?:said|says|announced|confirmed)\b)(?![^.;]{0,100}\bif\b)"
        // "Y maakte bekend dat X zou vertrekken", "bracht naar buiten dat A en B zouden vertrekken": an announcement, not a rumour.
        + @"|\b(?:bekend|naar\s+buiten|weten)\s+dat\s+[^.;]{1,120}?\b(?:zou|zouden)\s+(?:[^\s.;]+\s+){0,6}?(?:vertrekken|opstappen|stoppen|aftreden|overstappen)\b(?![^.;]{0,60}\b(?:als|indien)\b)");

    /// <summary>"A report on X stepping down was false", "the moment is not at hand", "thinking seriously about stepping down",
    /// "if he ultimately decides to leave", "once a successor is found", "zodra hij een opvolger heeft gevonden", "vroeg of
    /// hij moest opstappen", "als hij uiteindelijk opstapt": a denied, distant, conditional or asked-about move (one waiting for
    /// a successor has no date).
    /// Apart from <see cref="Hedges"/>, and every branch led by its rare word, the common words that must precede it checked
    /// by a lookbehind placed after that word: a branch that opens with a lookbehind leaves the engine no word to search
    /// for, and it then tries the lookbehind at every position of every clause (ten times the cost, measured in session 22).
    /// </summary>
    private static readonly Regex DeniedOrDistant = R(
        @"\b(?:false|untrue|inaccurate|onwaar|onjuist)(?<=\b(?:was|were|is|are|as)\s+(?:completely\s+|totally\s+|entirely\s+|simply\s+)?(?:false|untrue|inaccurate|onwaar|onjuist))\b"
        + @"|\bhand(?<=\bnot\s+at\s+hand)\b|\bthinking\s+(?:\w+ly\s+)?about\s+(?:leaving|stepping down|quitting|departing|retiring)\b"
        + @"|\b(?:decides?|chooses?)(?<=\bif\s+(?:he|she|they)\s+(?:\w+ly\s+)?(?:decides?|chooses?))\s+to\s+(?:leave|step down|quit|depart|go)\b"
        + @"|\b(?:successor|replacement|opvolger|opvolgster|vervanger)(?<=\b(?:once|until|when|as soon as|zodra|wanneer|totdat)\s+(?:[\p{L}]+\s+){0,3}?(?:successor|replacement|opvolger|opvolgster|vervanger))\b"
        + @"|\biemand(?<=\b(?:zodra|wanneer)\s+(?:hij|zij|ze)\s+iemand)\b"
        // "wie de opvolger wordt als X uiteindelijk opstapt", "who takes over when X eventually steps down": a move some day.
        + @"|\b(?:uiteindelijk|eventually|ultimately)(?<=\b(?:als|wanneer|zodra|when|once|if)\s+(?:[\p{L}\-]+\s+){1,4}?(?:uiteindelijk|eventually|ultimately))\s+(?:opstapt|vertrekt|stopt|aftreedt|leaves|steps down|departs|retires|quits|exits)\b"
        + @"|\b(?:moest|moet|zou|should|must)(?<=\b(?:of|whether)\s+(?:hij|zij|ze|he|she|they)\s+(?:moest|moet|zou|should|must))\s+(?:opstappen|aftreden|vertrekken|stoppen|step down|resign|leave|quit)\b");

    /// <summary>Rumours, denials, speculation and uncertain plans are not departures: a text is hedged when any of these
    /// matches. Apart, not one alternation: each gives the engine its own words to search for, where one pattern of them all
    /// was tried at nearly every word (two to three times the cost, measured in session 22).</summary>
    public static readonly IReadOnlyList<Regex> Hedges =
    [
        // A return from a break: "returns to work after a sabbatical", "keert terug na zijn verlof".
        R(@"\b(?:returns?|returned|returning|comes? back|came back|back|keert|keerde|terug\w*)\b[^.;]{0,80}?\b(?:after|from|na|van) (?:a|an|his|her|their|een|zijn|haar) (?:[\p{L}\d-]+ ){0,2}?(?:break|sabbatical|leave|vacation|hiatus|verlof|pauze)\b"),
        R(@"\b(?:after|from|na|van) (?:a|an|his|her|their|een|zijn|haar) (?:[\p{L}\d-]+ ){0,2}?(?:break|sabbatical|leave|vacation|hiatus|verlof|pauze)\b[^.;]{0,80}?\b(?:returns?|returned|returning|comes? back|came back|back|keert|keerde|terug\w*)\b"),
        // Denials and rumours (not "its rumored operating system", a product not yet shown).
        R(@"\b(?:(?:possible|potential)\s+retirement|mogelijke?\s+(?:vertrek|pensioen|ontslag)|den(?:y|ies|ied|ying)|dismiss(?:ed|es)? (?:reports|rumou?rs|speculation)|rumou?r(?:s|ed)?(?!(?<=\b(?:its|their)\s+rumou?red)\s+(?!(?:departure|exit|move|resignation|hire|hiring|switch|return|ouster|firing|plans?)\b)\p{L})|unsubstantiated|unconfirmed|unfounded|ongegrond|(?:shows?|showing|showed|gives?|gave) no (?:sign|signs|indication) of|speculat\w*|ontkent|ontkende|ontkennen|geruchten|gerucht|speculatie|wandelgangen)\b|\bgesproken\s+over\b(?<=\b(?:wordt|werd)\s+(?:er\s+)?gesproken\s+over)"),
        // Uncertain or planned moves ("plans to leave in September", a plan with a date, is an announced departure).
        R(@"\b(?:(?:is|are|was) said to|in talks|considering|could leave|may leave|might|would(?<!\b(?:announced|confirmed|announcing|confirming) (?:that )?(?:he|she|they) would)[\s""“”‘’]+(?:(?:probably|likely|eventually|possibly)[\s""“”‘’]+)?(?:leave|depart|step down|exit)|plan(?:s|ning|ned)?(?<!\b(?:announced|announces|announcing|confirmed|confirms|disclosed|unveiled) (?:his|her|their) plans?) to (?:leave|depart|quit|exit)(?!(?:\s+[^.;,]{0,40}?)?\s+(?:(?:in|on|by|at\s+the\s+end\s+of)\s+(?:(?:early|mid|late|mid-)\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)\b|later\s+this\s+(?:year|month|summer|spring|autumn|fall)\b|(?:at|by)\s+the\s+end\s+of\s+(?:the|this)\s+(?:year|month|quarter)\b))|is expected to|threaten(?:ed|s)? to)\b"),
        R(@"\b(?:zou|zouden|overweegt|dreigt|dreigen|dreigden|in gesprek|op het punt)\b"),
        // A wish or a departure that only seems near: "wil nu de bank gaan verlaten", "wants to leave", "het vertrek lijkt nabij".
        R(@"\b(?:wil|willen|wants|want)\b[^.;]{0,60}?\b(?:verlaten|vertrekken|opstappen|leave|quit|step down)\b|\b(?:lijkt|lijken|leek)\s+(?:\p{L}+\s+)?(?:nabij|aanstaande|ophanden)\b"),
        // No plans, and nobody: "has no plans to leave", "niemand vertrekt"; preparing for a departure is not the departure
        // ("the board has begun preparations for Cook's departure", "bereidt zich voor op zijn vertrek").
        R(@"\b(?:no plans|no intention|not planning|geen (?:enkel )?plan|geen intentie|niet van plan|nobody|no one|not a single|niemand|geen enkele|preparations? for|preparing for|prepares for|bereidt\s+zich\s+voor|voorbereidingen)\b"),
        // "says he's going nowhere, despite a recent report saying he'll step down": a denial of a reported departure.
        R(@"\bgoing\s+nowhere\b|\bgaat\s+nergens\s+heen\b|\bdespite\s+(?:a|the)\s+(?:[\p{L}\-]+\s+){0,2}?(?:report|reports)\b"),
        // A demand that someone go is not their going: "called for the resignation of X", "vroegen om het vertrek van X".
        R(@"\b(?:call(?:s|ed|ing)?\s+for|push(?:es|ed|ing)?\s+for|demand(?:s|ed|ing)?|pressure\b[^.;]{0,40}?\b(?:for|to)|urg(?:e|es|ed|ing)\b[^.;]{0,40}?\bto)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+|(?-i:(?:\p{Lu}[\p{L}\-]*\s+){0,2}\p{Lu}[\p{L}\-]*)['’]s?\s+)?(?:immediate\s+)?(?:resignation|departure|ouster|removal|firing|resign|step down|quit)\b"),
        R(@"\b(?:vroeg|vroegen|vraagt|vragen|verzoekt|verzocht|verzochten)\b[^.;]{0,40}?\bom\s+(?:het\s+|zijn\s+|haar\s+)?(?:vertrek|ontslag|aftreden|opstappen)\b"
            + @"|\b(?:eist|eisen|eiste|eisten|eis)\b[^.;]{0,40}?\b(?:het\s+|zijn\s+|haar\s+)?(?:vertrek|ontslag|aftreden|opstappen)\b"
            + @"|\b(?:roept|riep|riepen|roepen)\b[^.;]{0,40}?\bop\s+tot\s+(?:het\s+)?(?:vertrek|ontslag|aftreden|opstappen)\b"),
        // "legt zijn functie tijdelijk neer", "temporarily steps aside": a leave, not a departure.
        R(@"\b(?:tijdelijk|tijdelijke|temporarily)\b"),
        // "Cohere almost hired X", "X nearly joined Y", "had hem bijna aangenomen": a move that did not happen.
        R(@"\b(?:almost|nearly|bijna)\s+(?:\p{L}+\s+)?(?:hired|joined|left|lost|quit|poached|signed|moved|defected|went|jumped|aangenomen|ingehuurd|verloren|verloor|vertrokken|vertrok|overgestapt|stapte|ging)\b"),
    ];

    private static bool AnyHedge(string text)
    {
        foreach (var hedge in Hedges)
        {
            if (hedge.IsMatch(text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"did not leave", "vertrekt niet": a negated verb is not a departure; nor is a firing undone ("was fired and
    /// re-hired", "ousted before being reinstated") or a retirement taken back ("announced his retirement but decided not to
    /// retire after all"), nor one told as brief ("the temporary removal of the CEO", "was briefly
    /// ousted"), nor one someone is asked to make ("asked him to step down"). "isn't the only researcher to leave" says the
    /// person left too.</summary>
    public static readonly Regex NegatedBefore = R(@"\b(?:not|never|niet|nooit|didn't|hasn't|isn't|won't)\s+(?:(?!the\s)[\p{L}]+\s+)?$|\b(?:brief|briefly|short-lived|temporary)\s+$"
        // "after CEO X asked him to step down": the one asked leaves, told elsewhere in the sentence; the one asking does not.
        + @"|\b(?:asked|told|urged|forced|pushed|pressured|persuaded|convinced|begged)\s+(?:him|her|them)\s+to\s+$");

    /// <summary>"ING-commissaris X vertrekt", "president-commissaris X, die dan aftreedt", "X, a board member since 2007, has
    /// resigned": the subject right before the verb holds a seat on a (supervisory) board, which is no job by the corpus
    /// conventions. The seat opens the subject: "Volgens commissaris X vertrekt topman Y" is Y's move.</summary>
    public static readonly Regex BoardSeatSubjectBefore = R(@"(?:^|[,;:]\s*|\b(?:en|and)\s+)(?:(?:de|het|the|its|zijn|haar)\s+)?(?:(?:[\p{L}]+-)?(?:president-)?commissaris|(?:non-executive|independent)\s+director|board\s+member)\s+(?-i:\p{Lu}[\p{L}\-'’.]*(?:\s+(?:van|de|der|den|ter|ten|(?-i:\p{Lu}[\p{L}\-'’.]*))){0,3})(?:\s*,[^.;,]{0,80},\s*|\s+die\s+|\s+)?(?:\p{Ll}+\s+){0,3}$"
        + @"|(?-i:\p{Lu}[\p{L}\-'’.]*(?:\s+(?-i:\p{Lu})[\p{L}\-'’.]*){1,3}),\s+(?:a|an|the|its)\s+(?:long-?time\s+|former\s+)?(?:board\s+member|member\s+of\s+(?:the|its)\s+(?:supervisory\s+)?board|(?:non-executive|independent)\s+director|commissaris)(?:\s+since\s+\d{4})?,\s+(?:\p{Ll}+\s+){0,3}$");

    /// <summary>"vertrekt niet", and objects that are no employer: "left the stage", "left Veritas AI's board", "stapt op als
    /// commissaris" (a board seat is no job, by the corpus conventions).</summary>
    public static readonly Regex NegatedAfter = R(@"^\s+(?:niet|nooit|not)\b|^\s+and\s+(?:later\s+|then\s+|quickly\s+|swiftly\s+|subsequent\s+|swift\s+)?(?:re-?hired|reinstated|brought back|reinstatement|re-?hiring|return)\b|^[^.;]{0,60}?\bbefore being (?:re-?hired|reinstated|brought back)\b|^[^.;]{0,60}?\b(?:but|then|later)\s+(?:[\p{L}\-]+\s+){0,4}?(?:decided|chose|opted|agreed)\s+(?:[\p{L}\-]+\s+){0,3}?not to (?:retire|leave|step down|go|quit|resign)\b|^[^.;]{0,60}?\bbut\s+(?:later\s+|then\s+)?(?:changed|reversed)\s+(?:his|her|their|that|the)\s+(?:mind|decision|plans?)\b|^\s+the\s+(?:stage|room|building|meeting|podium|call|country|city|board)\b|^\s+(?:from|van)\s+(?:the|its|his|her|het|de)\s+(?:[\p{L}\-]+\s+){0,2}?(?:board|raad van (?:commissarissen|toezicht))\b(?!\s+(?:and|as|en|als)\b)|^\s+(?:[\p{L}\-]+\s+){0,3}?[\p{L}\-]+['’]s?\s+board\b(?!\s+(?:of|and|as))"
        // "vertrekt als commissaris van Y", "steps down as a non-executive director": a seat on a supervisory board.
        + @"|^\s+(?:als|as)\s+(?:an?\s+)?(?:commissaris|lid\s+van\s+de\s+raad\s+van\s+(?:commissarissen|toezicht)|(?:non-executive|independent)\s+director|member\s+of\s+(?:the|its)\s+(?:supervisory\s+)?board)\b");

    /// <summary>"will remain at X as an adviser after stepping down": staying on in another role is no departure. Staying on
    /// until a time ("will stay on until March as a special adviser") is the notice period of one.</summary>
    public static readonly Regex StaysOn = R(@"\b(?:will remain|remains|remain|will stay|stays|stay on|staying on|blijft|zal blijven|aanblijft)\b(?![^.;]{0,80}?\b(?:until|till|tot)\b)[^.;]{0,60}?\b(?:as|als)\s+(?:an?\s+|een\s+|its\s+|zijn\s+|haar\s+)?(?:\p{L}+\s+)?(?:adviser|advisor|adviseur|chair|chairman|chairwoman|voorzitter|board member|commissaris|bestuurslid|consultant|executive chairman|vice-?chair(?:man|woman)?|vice-?voorzitter)\b|\b(?:zal|blijft|gaat)\b[^.;]{0,60}?\bvoorzitten\b|\bwill (?:continue to )?serve as (?:executive )?(?:chair|chairman|chairwoman)\b"
        // "is leaving her CEO role while remaining chairman".
        + @"|\b(?:remaining|staying)\s+(?:on\s+)?(?:as\s+)?(?:(?:the|its|an?)\s+)?(?:(?:executive|non-executive)\s+)?(?:chair|chairman|chairwoman|board member|adviser|advisor)\b(?<=\b(?:while|whilst|but|and)\s+(?:remaining|staying)\b[^.;]{0,40})"
        // "will become executive chairman", "shifts to the executive chairman role", "wordt bestuursvoorzitter": the same company's
        // chair, unless another company is named after it ("became chairman of Y", "of magazine publisher Y" is a move).
        + @"|\b(?:becomes?|becoming|became|transition(?:s|ed|ing)?|mov(?:es?|ed|ing)|shift(?:s|ed|ing)?|switch(?:es|ed|ing)?|wordt|werd|schuift\s+door)\b"
        + @"(?:\s+(?:in)?to|\s+naar)?(?:\s+(?:the|a|its|de|het|een|zijn|haar)\b)?(?:\s+(?:role|position|post|rol|functie)\s+(?:of|van)\b)?(?:\s+(?:the|de)\b)?"
        + @"\s+(?:(?:executive|non-executive|uitvoerend|niet-uitvoerend)\s+)?(?:chair|chairman|chairwoman|chairperson|bestuursvoorzitter|voorzitter|president-commissaris)\b"
        // "joined the board in 2010 and became chairman in 2011" is a career told, not a stay.
        + @"(?!\s+(?:of|at|van|bij|for)\s+(?:(?-i:\p{Ll}[\p{L}\-]*\s+){1,4}?)?(?-i:\p{Lu})|\s+in\s+(?:19|20)\d\d\b(?<=\b(?:became|werd|moved|shifted|switched)\b[^.;]{1,80}))"
        // "Chombar wordt op haar beurt voorzitter", "waarna ze voorzitter wordt": the chair of the same company.
        + @"|\b(?:wordt|werd)\s+(?:[\p{L}\-]+\s+){1,3}?(?:bestuursvoorzitter|voorzitter|president-commissaris)\b(?!\s+(?:van|bij)\s+(?-i:\p{Lu}))|\b(?:bestuursvoorzitter|voorzitter)\s+wordt\b"
        // Dutch puts the verb last: "zal voorzitter van de raad van bestuur worden".
        + @"|\b(?:zal|gaat)\s+(?:[\p{L}\-]+\s+){0,3}?(?:bestuursvoorzitter|voorzitter|president-commissaris)(?:\s+van\s+de\s+raad\s+van\s+(?:bestuur|commissarissen|toezicht))?\s+worden\b"
        + @"|\b(?:in voor|naar|take(?:s|n)? (?:up|on|over)|took (?:up|on|over)|mov(?:es|ed)? to|shift(?:s|ed)? to)\s+(?:het|de|the)\s+(?:voorzitterschap|chairmanship)\b"
        + @"|\b(?:take(?:s|n)? (?:up|on|over)|took (?:up|on|over)|assume[sd]?|mov(?:es|ed)? (?:in)?to)\s+the\s+(?:position|role|post|title)\s+of\s+(?:executive\s+|non-executive\s+)?(?:vice-?)?(?:chair|chairman|chairwoman|chairperson)\b"
        // "the board elected him as chairman of the board": the company's own chair.
        + @"|\b(?:elected|named|appointed)\s+(?:[\p{L}\-]+\s+){1,3}?as\s+(?:the\s+|its\s+)?(?:executive\s+|non-executive\s+)?(?:chair|chairman|chairwoman|chairperson)\b(?!\s+(?:of|at)\s+(?-i:\p{Lu}))");

    /// <summary>"will step down to take on a new role", "schuift hij door naar een nieuwe rol": a move to another post at the same
    /// company, which the conventions do not count as a departure (a new role elsewhere names its company or says "outside").</summary>
    public static readonly Regex MovesWithin = R(@"\b(?:to|will|would|is set to|is going to)\s+(?:take on|take up|assume|move (?:in)?to|transition (?:in)?to|shift to)\s+(?:a|an)\s+(?:new|different|broader|expanded|senior)\s+(?:[\p{L}\-]+,?\s+){0,2}?(?:role|position|post|job)\b(?![^.;]{0,60}\b(?:outside|at|with|elsewhere)\b)"
        + @"|\b(?:schuift|schoof|schuiven)\b[^.;]{0,40}?\bdoor\s+naar\b|\bdoorgeschoven\s+naar\b"
        + @"|\b(?:krijgt|kreeg|krijgen)\s+(?:een\s+)?(?:nieuwe|andere)\s+(?:[\p{L}\-]+,?\s+){0,2}?(?:functie|rol|positie|baan)\s+binnen\b"
        + @"|\b(?:blijft|blijven|bleef)\s+(?:wel\s+|gewoon\s+)?(?:in dienst|binnen het (?:bedrijf|concern))\b|\b(?:remains?|will remain|will stay|stays)\s+with\s+the\s+(?:company|group|firm)\s+in\s+(?:a|an)\s+(?:new|different)\b"
        // "zal hij blijven werken voor het bedrijf, maar in een andere rol", "will continue to work for the company".
        + @"|\b(?:blijft|blijven|zal\s+(?:[\p{L}]+\s+)?blijven|will\s+continue\s+to|continues\s+to)\s+(?:werken|work)\s+(?:voor|for|bij|at)\s+(?:het\s+bedrijf|de\s+onderneming|het\s+concern|the\s+company|the\s+firm|the\s+group)\b");

    /// <summary>"confirms X remains as chief executive", "Mr X has not resigned": a sentence that keeps the person in the post
    /// the article said they were leaving (a denial of the report).</summary>
    public static readonly Regex StaysInPost = R(@"\b(?:remains|will remain|stays|will stay|blijft|zal blijven)\s+(?:as\s+|aan\s+als\s+|in (?:his|her|the) (?:role|post|job) as\s+)(?:the\s+|de\s+)?(?:group['’]?s?\s+)?(?:chief executive|ceo|chief|president|chairman|topman|topvrouw|directeur|bestuursvoorzitter)\b"
        + @"|\b(?:has|have|had) not (?:resigned|left|quit|stepped down)\b|\b(?:is|are) not (?:leaving|resigning|stepping down|quitting)\b|\bis niet (?:opgestapt|vertrokken|afgetreden)\b");

    /// <summary>Words that open a real clause after a dash ("— and", "— but"), unlike an insert ("— all of whom ... —").</summary>
    public static readonly Regex ParentheticalStartsClause = R(@"^\s*(?:and|but|en|maar|while|terwijl)\b");

    /// <summary>Words that open a list of the people meant ("Several executives — including A and B — have left").</summary>
    public const string ListOpeners = "including|among them|such as|namely|waaronder|onder wie|onder meer";

    /// <summary>Clause boundaries inside a sentence.</summary>
    public static readonly Regex ClauseBoundary = R(@";(?!(?<=\b(?:including|waaronder)\b[^.]{1,300};)\s*(?:and\s+|en\s+)?(?-i:\p{Lu}\p{Ll}+\s+\p{Lu}))|:\s|\s[—–]\s(?!(?:later |then |eventually )?joining\b|including\b|among them\b|waaronder\b)(?<!\s[—–]\s(?:" + ListOpeners + @")\b[^—–.;]{1,200}\s[—–]\s)|,\s+(?!which (?:now |also )?includ)(?!(?:and|en)\s+(?-i:(?:" + Mentions.Lexicon.RoleAcronymPattern + @"))\b)(?=(?:and|but|while|which|whereas|because|en|maar|terwijl|wat|omdat|want|zodat)\b)");

    /// <summary>A company referred to by description ("the company", "het Delftse bedrijf", "the New York lab").</summary>
    public static readonly Regex CompanyReference = R(
        @"^(?:the|its|het|de|zijn|haar|their|this|dit|deze)\s+(?<adj>(?:[\p{L}\-]+\s+){0,3}?)(?:" + CompanyNoun + @")\b");

    /// <summary>Nouns that stand for a company already named ("the company", "de berichtendienst", "het Delftse bedrijf").</summary>
    public const string CompanyNoun =
        @"company|start-up|startup|firm|lab|onderneming|business|giant|tech giant|chipmaker|scale-up|messaging service|employer|publisher|retailer|insurer|investor|brand|chain|conglomerate|carrier|airline|broadcaster|newspaper|football club"
        + @"|fashion house|\p{Ll}+huis|\p{Ll}*(?:bedrijf|concern|dienst|dienstverlener|investeerder|fabrikant|reus|gigant|bureau|maker|bank|uitgever|werkgever|verzekeraar|keten|merk|groep|studio|producent|leverancier|maatschappij|startup|start-up|omroep|zender|krant|blad|club|uitgeverij)";

    public static readonly Regex UnnamedPerson = R(
        @"\b(?:a|an|een|another|nog een)\s+(?:(?:second|third|fourth|other|former|senior|top|key|tweede|derde|vierde|andere|ander|voormalige)\s+)?(?<noun>co-founder|cofounder|founder|medeoprichter|oprichter|employee|staff member|researcher|engineer|onderzoeker|medewerker|werknemer|executive|vice president|scientist|research scientist)\b");

    /// <summary>"Two engineers at X have left for Y": a small stated number of unnamed people (not "nine of its 45 engineers",
    /// not "the two founders" or "all three", who were named before, nor "at least two").</summary>
    public static readonly Regex UnnamedGroup = R(
        @"(?<!\b(?:of|van|out of|uit)\s+(?:[\p{L}\-'’]+\s+){0,3})(?<!\b(?:the|these|those|all|both|at least|its|his|her|their|our|de|deze|die|het|alle|beide|minstens|ten minste|zijn|haar|hun|onze)\s+)\b(?<n>two|three|four|five|twee|drie|vier|vijf|[2-5])\s+(?:(?:of\s+(?:the|its)|van\s+de|van\s+zijn|van\s+haar)\s+(?=(?:co-?founders|founders|medeoprichters|oprichters)\b)|of\s+(?-i:\p{Lu}[\p{L}\-.&]*(?:\s+\p{Lu}[\p{L}\-.&]*){0,2})['’]s?\s+(?!(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|original)\b))?(?:(?:senior|junior|former|other|more|andere|key|top|leading|prominent|notable|high-profile|longtime|long-time|veteran|experienced|ervaren|[\p{L}\-]+e)\s+){0,3}(?:(?-i:\p{Ll}[\p{Ll}\-]+\s+){1,2}(?:and|en)\s+(?-i:\p{Ll}[\p{Ll}\-]+\s+){1,2})?(?-i:(?:\p{Lu}[\p{L}\-]*\s+){0,3})(?<noun>engineers|researchers|employees|workers|staffers|staff members|scientists|executives|managers|leaders|co-founders|cofounders|founders|onderzoekers|medewerkers|werknemers|medeoprichters|oprichters|ingenieurs|developers|ontwikkelaars|managers|bestuurders|leidinggevenden|directors|officers|vice presidents|directeuren|directieleden|bestuursleden|topmanagers|designers|ontwerpers|topontwerpers|programmers|programmeurs|analysts|analisten|specialists|specialisten|team members|teamleden|data scientists|product managers|hires|topmensen|kopstukken|people|mensen|higher-ups|execs|kaderleden|toplui)\b");

    /// <summary>"the second time K has left", "left again", "voor de tweede keer": a move told as a repeat.</summary>
    public static readonly Regex Again = R(@"\b(?:second time|third time|again|once more|for a second|voor de (?:tweede|derde) keer|opnieuw|wederom|andermaal)\b");

    // "zijn" is left out: in Dutch it is far more often the verb "are" than "his".
    public static readonly Regex Pronoun = R(@"\b(?:he|she|his|her|hij|zij|ze|haar)\b");
}
