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
/// <param name="PossessorLeaves">"X's departure": the person is the name right before the noun, nobody else in the clause.</param>
internal sealed record TriggerRule(Regex Pattern, TriggerKind Kind, Regex? From, Regex? To, bool DirectObjectIsFrom = false, bool DirectObjectIsTo = false, bool RequiresDestination = false, bool PossessorLeaves = false);

internal static class TriggerRules
{
    private static readonly RegexOptions Options = ExtractionPatterns.Compilation | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private static Regex R(string pattern) => new(pattern, Options);

    private static readonly Regex EnFrom = R(@"\b(?:away from|from|by|as [^,;]{1,60}? (?:of|at)|(?:stint|years?|months?|time|tenure|spell) at)\s+");
    private static readonly Regex EnTo = R(@"\b(?:for|to join|(?<=(?:,|\s[—–])\s)(?:later |then |eventually )?joining|(?:has |have )?(?:since |now |later )?(?:turned up|resurfaced|landed|surfaced) at|and (?:has |had |will )?(?:since |now |then |later |subsequently )?(?:joined|joins|join)|to)\s+");
    private static readonly Regex NlFromBij = R(@"\b(?:bij|door)\s+");
    private static readonly Regex NlFromVan = R(@"\b(?:van|bij)\s+");
    private static readonly Regex NlTo = R(@"\b(?:naar|voor|aan de slag bij|in dienst bij)\s+");
    private static readonly Regex NlToNaar = R(@"\b(?:naar)\s+");
    private static readonly Regex NlReturnFrom = R(@"\b(?:als [^,;]{1,40}? (?:van|bij)|bij)\s+");
    private static readonly Regex At = R(@"^\s*");
    private static readonly Regex JoinFrom = R(@"\b(?:from|formerly (?:of|at|with)|(?:his|her|their) (?:former|previous|old) employer,?|after (?:[^,;]{0,30}?)(?:stint|years?|months?|decade|time|tenure|spell|career)(?: as [^,;]{1,40}?)? at)\s+");

    public static readonly IReadOnlyList<TriggerRule> English =
    [
        // "Among those who left for Meta is X": the people follow the verb "is"; the destination is inside the relative clause.
        new(R(@"\bamong (?:those|the people|the researchers|the executives|them) who (?:have |had )?(?:left|departed|quit|defected)\b(?:[^.;]{0,60}?\b(?:for|to)\s+(?<to>[^.;]{1,40}?))?\s+(?:is|are|was|were)\b"), TriggerKind.Leaver, EnFrom, null),
        // Noun phrases first, so that "exits" here is not read as a verb: "the departure of X", "the resignation of X from Y", "exits from the company, including X".
        new(R(@"\b(?:departures?|exits?|resignations?|retirement|ouster|firing|dismissal) of\b|\b(?:departures?|exits?) from (?:the company|the firm|the lab|the start-up|the startup)?[^.;]{0,40}?\bincluding\b|\b(?:departures|exits|resignations),?\s+(?:which |that )?(?:included|includes|include)\b"), TriggerKind.Leaver, EnFrom, EnTo),
        // "Several early leaders have also exited the company, including A, B and C": the people follow "including".
        new(R(@"\b(?:have|has|had)\s+(?:also\s+|since\s+|already\s+)?(?:left|exited|departed|quit)\s+(?:the company|the firm|the lab|the start-up|the startup|the group)\b[^.;]{0,40}?\bincluding\b"), TriggerKind.Leaver, EnFrom, EnTo),
        // "X's departure from Y", "following CEO X's exit": the possessor is the one who left.
        new(R(@"(?<=\p{L}['’]s?\s)(?:departure|exit|resignation|ouster|retirement)\b"), TriggerKind.Leave, EnFrom, EnTo, PossessorLeaves: true),
        new(R(@"\b(?:was|were|has been|had been|have been|is being|got|been) (?:fired|ousted|dismissed|sacked|terminated|let go|pushed out|forced out|removed)\b"), TriggerKind.Leave, EnFrom, EnTo),
        new(R(@"\b(?:stepped|steps|stepping|step|has stepped) down\b"), TriggerKind.Leave, EnFrom, EnTo),
        new(R(@"\b(?:announced|confirmed|announces|confirms|tendered|handed in)\s+(?:his|her|their)\s+(?:departures?|exits?|resignations?)\b"), TriggerKind.Leave, EnFrom, EnTo),
        // "announced her move to X", "made the switch to X": the destination is stated, the company left comes from context.
        new(R(@"\b(?:announced|confirmed|announces|confirms)\s+(?:his|her|their)\s+(?:move|switch|jump)\s+to\b|\b(?:made|makes|making) the (?:switch|jump|move) to\b"), TriggerKind.Leave, EnFrom, At, DirectObjectIsTo: true, RequiresDestination: true),
        new(R(@"\b(?:is|was|are) out\b(?=\s+as\b)"), TriggerKind.Leave, EnFrom, EnTo),
        new(R(@"\b(?:was|were|has been|have been|had been) (?:hired|poached|recruited|lured|snapped up|tapped)\b"), TriggerKind.Join, R(@"\b(?:away from|from)\s+"), R(@"\bby\s+")),
        new(R(@"\bresign(?:ed|s|ing)?\b"), TriggerKind.Leave, EnFrom, EnTo),
        new(R(@"\b(?:is|are|was|were) (?:now |also |then )?(?:departing|leaving|exiting|quitting)\b|\b(?:will|would) (?:also )?(?:leave|depart|step down|exit)\b|\b(?:left|leaves|leaving|quit|quits|quitting|exited|exits|exiting|departed|departs|departing|walked away from|defected from)\b(?! behind)"), TriggerKind.Leave, EnFrom, EnTo, DirectObjectIsFrom: true),
        new(R(@"\b(?:defected|defects|decamped|decamps|jumped ship|jumps ship|has moved|moved|moves|switched|switches|headed|heads|is heading|has gone|went) to\b"), TriggerKind.Leave, EnFrom, At, DirectObjectIsTo: true, RequiresDestination: true),
        new(R(@"\blast day\b"), TriggerKind.Leave, EnFrom, EnTo),
        new(R(@"\b(?:is returning|returns|returned|returning|has returned|will return|is going back|went back|goes back|heads back|is heading back|(?:are|were|is|was) (?:all |also |now )?(?:heading|going) back) to\b"), TriggerKind.Return, EnFrom, At, DirectObjectIsTo: true),
        new(R(@"\b(?:rejoin(?:ed|s|ing)?|will rejoin)\b"), TriggerKind.Return, EnFrom, At, DirectObjectIsTo: true),
        new(R(@"\b(?:(?:has|have|had) (?:since |now |also |just )?joined|joined|joins|will (?:also )?join|(?:is|are|was|were) (?:also )?joining|(?<=\b(?:before|after|upon|since) )joining|to join|join|is now at|now works at|is now working at)\b"), TriggerKind.Join, JoinFrom, At, DirectObjectIsTo: true),
        new(R(@"\b(?:took|takes|has taken|accepted|accepts|has accepted) (?:a|an|the) [^,;.]{0,40}?\b(?:role|position|job|post|seat) at\b"), TriggerKind.Join, JoinFrom, At, DirectObjectIsTo: true),
        new(R(@"\b(?:is |are )?set to (?:leave|depart|step down|exit)\b"), TriggerKind.Leave, EnFrom, EnTo, DirectObjectIsFrom: true),
        new(R(@"\b(?:starts|started|will start|is starting|begins|began|will begin)\b(?: work| working)? at\b"), TriggerKind.Join, R(@"\b(?:from|formerly (?:of|at|with))\s+"), At, DirectObjectIsTo: true),
        new(R(@"\b(?:has |had |have )?(?:hired|hires|(?:is|are|was|were|['’]s) (?:now )?(?:hiring|poaching|luring|recruiting)|poached|poaches|lured|lures|recruited|recruits|snapped up|snaps up|nabbed|nabs|picked up|picks up|brought in|brings in|has brought in|nabbing|poaching|luring|snapping up)\b"), TriggerKind.Hire, R(@"\b(?:away from|from)\s+"), null),
        new(R(@"\b(?:ousted|ousts|fired|fires|dismissed|dismisses|sacked|sacks|removed|removes|let go of|lets go of|parted ways with|parts ways with|pushed out|forced out)\b"), TriggerKind.CompanyLoses, null, null),
        new(R(@"\b(?:has lost|have lost|lost|loses|losing)\b"), TriggerKind.CompanyLoses, null, R(@"\bto\s+")),
        new(R(@"\b(?:latest|most notable|biggest|most prominent|highest-profile|best-known) (?:departure|leaver|exit|defector) (?:is|was)\b"), TriggerKind.Leaver, null, EnTo),
    ];

    public static readonly IReadOnlyList<TriggerRule> Dutch =
    [
        // "zag zich gedwongen te vertrekken" is the subject leaving, not a company seeing someone leave.
        new(R(@"\b(?:ziet|zag|zien|zagen)\b(?![^.;]{0,60}\bzich\b)(?<obj>[^.;]{1,120}?)\bvertrekken\b"), TriggerKind.CompanyLoses, null, NlTo),
        new(R(@"\b(?:haalt|haalde|halen|haalden)\b(?<obj>[^.;]{1,120}?)\bweg\b"), TriggerKind.Hire, R(@"\bbij\s+"), null),
        // "Meta heeft X binnengehaald van Y", "haalt X binnen van Y", "neemt X over van Y".
        new(R(@"\b(?:heeft|hebben|had|hadden)\b(?<obj>[^.;]{1,120}?)\bbinnengehaald\b|\b(?:haalt|haalde|halen|haalden)\b(?<obj>[^.;]{1,120}?)\bbinnen\b"), TriggerKind.Hire, R(@"\b(?:van|bij)\s+"), null),
        new(R(@"\b(?:neemt|nam|nemen|namen)\b(?<obj>[^.;]{1,120}?)\bover\b(?=\s+(?:van|bij)\b)"), TriggerKind.Hire, R(@"\b(?:van|bij)\s+"), null),
        // "De raad van X heeft CEO Y ontslagen": the company fires the object.
        new(R(@"\b(?:heeft|hebben)\b(?<obj>[^.;]{1,120}?)\b(?:ontslagen|weggestuurd|de laan uit gestuurd)\b"), TriggerKind.CompanyLoses, null, NlTo),
        new(R(@"\b(?:raakt|raakte|raken|raakten)\b(?<obj>[^.;]{1,100}?)\bkwijt\b"), TriggerKind.CompanyLoses, null, R(@"\baan\s+")),
        new(R(@"\b(?:verliest|verloor|verloren|verliezen)\b"), TriggerKind.CompanyLoses, null, R(@"\baan\s+")),
        new(R(@"\b(?:is|zijn|was|waren|werd|wordt|werden)\b[^.;]{0,90}?\b(?:ontslagen|weggestuurd|aan de kant gezet|de laan uit gestuurd|afgezet|aan de dijk gezet)\b"), TriggerKind.Leave, R(@"\b(?:als [^,;]{1,40}? (?:van|bij)|bij|door)\s+"), NlTo),
        // "Per 1 april treedt X aan als directeur van Y": starting at Y.
        new(R(@"\b(?:treedt|trad|treden)\b[^.;]{0,60}?\baan als\b[^.;,]{0,60}?\b(?=(?:van|bij)\b)"), TriggerKind.Join, null, R(@"\b(?:van|bij)\s+")),
        new(R(@"\b(?:stapt|stapte|stappen|stapten)\b[^.;]{0,80}?\bover\b|\b(?:overstapte|overstapt|overgestapt|overstappen)\b"), TriggerKind.Leave, NlFromVan, NlToNaar),
        new(R(@"\b(?:maakt|maakte|maken|maakten)\b[^.;]{0,80}?\bde overstap\b|\bde overstap gemaakt\b"), TriggerKind.Leave, NlFromVan, NlToNaar),
        new(R(@"\b(?:neemt|nam|nemen|namen)\b[^.;]{0,80}?\bafscheid\b|\bafscheid (?:genomen|nemen)\b"), TriggerKind.Leave, R(@"\bvan\s+"), NlTo),
        new(R(@"\b(?:neemt|nam|nemen|namen)\b[^.;]{0,60}?\bontslag\b|\bontslag (?:(?:heeft|hebben|had|hadden) )?(?:genomen|ingediend)\b"), TriggerKind.Leave, R(@"\b(?:als [^,;]{1,40}? (?:van|bij)|bij)\s+"), NlTo),
        new(R(@"\b(?:treedt|trad|treden|traden)\b[^.;]{0,60}?\baf\b|\b(?:is|zijn) afgetreden\b"), TriggerKind.Leave, R(@"\b(?:als [^,;]{1,40}? (?:van|bij)|bij)\s+"), NlTo),
        new(R(@"\b(?:verruilt|verruilde|verruilen|verruild)\b"), TriggerKind.Leave, null, R(@"\bvoor\s+"), DirectObjectIsFrom: true),
        new(R(@"\b(?:stopt|stopte|stoppen|gestopt)(?:\s+als\s+[^,;.]{1,40}?)?\s+(?=bij\b)"), TriggerKind.Leave, NlFromBij, NlTo),
        // "trok de deur achter zich dicht": an idiom for leaving.
        new(R(@"\b(?:trekt|trok|trokken)\b[^.;]{0,60}?\bde deur(?:en)? achter zich\b"), TriggerKind.Leave, NlFromBij, NlTo),
        // "Google ontslaat X"; "toen het bedrijf X ontsloeg" (verb last in a subordinate clause).
        new(R(@"\b(?:toen|nadat|omdat|dat|die|waarna)\b(?<obj>[^.;]{1,100}?)\b(?:ontsloeg|ontsloegen|ontslaat)\b"), TriggerKind.CompanyLoses, null, NlTo),
        new(R(@"\b(?:ontslaat|ontsloeg|ontsloegen)\b"), TriggerKind.CompanyLoses, null, NlTo),
        new(R(@"\b(?:stapt|stapte|stappen|stapten)\b[^.;]{0,120}?\bop\b(?=\s*[,.;]|\s*$|\s+(?:bij|als|na|om|vanwege|wegens|uit)\b)|\b(?:opgestapt|opstappen)\b"), TriggerKind.Leave, NlFromBij, NlTo),
        new(R(@"\b(?:keert|keerde|keren|keerden)\b[^.;]{0,60}?\bterug\b|\b(?:teruggekeerd|terugkeert|teruggaat|gaat terug|ging terug)\b"), TriggerKind.Return, NlReturnFrom, NlToNaar),
        new(R(@"\b(?:wordt|werd|is|zijn|werden)\b[^.;,]{0,40}?\bweggekaapt door\b"), TriggerKind.Leave, NlFromBij, At, DirectObjectIsTo: true),
        new(R(@"\b(?:trekt|trok) naar\b"), TriggerKind.Leave, NlFromBij, At, DirectObjectIsTo: true, RequiresDestination: true),
        new(R(@"\b(?:zegt|zei|zeggen)\b(?=[^.;]{1,60}\bvaarwel\b)"), TriggerKind.Leave, null, NlTo, DirectObjectIsFrom: true),
        new(R(@"\b(?:niet langer|niet meer) verbonden aan\b"), TriggerKind.Leave, At, NlTo, DirectObjectIsFrom: true),
        new(R(@"\b(?:houdt|hield|houden|hielden)\b[^.;]{0,60}?\bhet\b[^.;]{0,20}?\bvoor (?:gezien|bekeken)\b"), TriggerKind.Leave, NlFromBij, NlTo),
        new(R(@"\b(?:ruilt|ruilde)\b(?=[^.;]{1,60}\bin voor\b)"), TriggerKind.Leave, null, R(@"\bin voor\s+"), DirectObjectIsFrom: true),
        // "vertrekken" is also the plural noun ("de pijnlijke vertrekken") and "te vertrekken" an intention, not an event.
        new(R(@"\b(?:vertrekt|vertrok|vertrokken|is vertrokken)\b|(?<!\b(?:de|deze|alle|veel|meer|twee|drie|vier|vijf|zes|[a-z]{2,}e|te)\s)\bvertrekken\b"), TriggerKind.Leave, NlFromBij, NlTo),
        new(R(@"\b(?:verlaat|verliet|verlieten|verlaten)\b"), TriggerKind.Leave, NlFromBij, NlTo, DirectObjectIsFrom: true),
        // "zag zich gedwongen te vertrekken", "moest vertrekken": forced to leave is leaving, unlike an intention "te vertrekken".
        new(R(@"\bgedwongen (?:om )?te vertrekken\b|\b(?:moest|moesten|heeft moeten|hebben moeten)\b[^.;]{0,40}?\bvertrekken\b"), TriggerKind.Leave, NlFromBij, NlTo),
        new(R(@"\blaatste werkdag\b"), TriggerKind.Leave, NlFromBij, NlTo),
        // "kondigde zijn vertrek aan", "maakte haar vertrek bekend", "bevestigt het vertrek van X" (the person follows).
        new(R(@"\b(?:kondigt|kondigde|kondigden|heeft|hebben|had)\b[^.;]{0,40}?\b(?:zijn|haar|hun)\s+vertrek\b(?:[^.;]{0,40}?\baan(?:gekondigd)?\b)?|\b(?:maakt|maakte|maakten)\b[^.;]{0,40}?\b(?:zijn|haar|hun)\s+vertrek\b[^.;]{0,40}?\bbekend\b"), TriggerKind.Leave, NlFromBij, NlTo),
        // "treedt terug als CEO" is stepping down; "treedt tijdelijk terug" is a leave of absence.
        new(R(@"\b(?:treedt|trad|treden|traden)\b(?![^.;]{0,30}\btijdelijk\b)[^.;]{0,40}?\bterug\b|\bteruggetreden\b"), TriggerKind.Leave, R(@"\b(?:als [^,;]{1,40}? (?:van|bij)|bij)\s+"), NlTo),
        new(R(@"\b(?:legt|legde|leggen|legden)\b[^.;]{0,40}?\b(?:functie|taken|werkzaamheden|werk)\b[^.;]{0,20}?\bneer\b|\b(?:functie|taken) (?:binnenkort |per direct )?neerlegt\b|\b(?:heeft|hebben|had|hadden)\b[^.;]{0,40}?\b(?:functie|functies|taken)\b[^.;]{0,140}?\bneergelegd\b|\bruimt het veld\b|\b(?:loopbaan|carrière) beëindigt bij\b|\b(?:beëindigt|beëindigde)\b[^.;]{0,30}?\b(?:loopbaan|carrière)\b"), TriggerKind.Leave, NlFromBij, NlTo),
        new(R(@"\b(?:gaat|ging|gaan|gingen)\b[^.;]{0,60}?\b(?:aan de slag|werken)\b|\baan de slag (?:is )?gegaan\b"), TriggerKind.Join, R(@"\bvan\s+"), R(@"\b(?:bij|voor)\s+")),
        new(R(@"\b(?:komt|kwam|komen) in dienst bij\b|\b(?:gaat|ging) verder (?:als [^,;.]{1,40}? )?bij\b"), TriggerKind.Join, R(@"\bvan\s+"), At, DirectObjectIsTo: true),
        new(R(@"\b(?:werkt|werken) (?:inmiddels|nu|sindsdien|tegenwoordig) (?:bij|voor)\b|\b(?:is|zijn) (?:inmiddels )?in dienst (?:getreden )?bij\b|\b(?:treedt|trad) (?:in dienst bij|toe tot)\b"), TriggerKind.Join, R(@"\bvan\s+"), At, DirectObjectIsTo: true),
        new(R(@"\b(?:ging|gaat|gingen|gaan)\b[^.;,]{0,60}?\bnaar\b"), TriggerKind.Join, R(@"\bvan\s+"), At, DirectObjectIsTo: true),
        new(R(@"\b(?:begint|begon|start|startte|begonnen)\b[^.;,]{0,40}?\b(?:bij|voor)\b"), TriggerKind.Join, R(@"\bvan\s+"), At, DirectObjectIsTo: true),
        new(R(@"\bvertrekker(?:s)? (?:is|was|zijn|waren)\b"), TriggerKind.Leaver, null, NlTo),
        // "het vertrek van X", "de vertrekken van A en B", "het ontslag van X".
        new(R(@"\b(?:vertrek|vertrekken|ontslag|aftreden|pensioen|pensionering) van\b"), TriggerKind.Leaver, NlFromBij, NlTo),
    ];

    /// <summary>Rumours, denials, speculation and uncertain plans are not departures.</summary>
    public static readonly Regex Hedge = R(
        @"\b(?:(?:possible|potential)\s+retirement|mogelijke?\s+(?:vertrek|pensioen|ontslag)|den(?:y|ies|ied|ying)|dismiss(?:ed|es)? (?:reports|rumou?rs|speculation)|rumou?rs?|speculat\w*|(?:is|are|was) said to|in talks|considering|could leave|may leave|might|(?<!\b(?:announced|confirmed|announcing|confirming) (?:that )?(?:he|she|they) )would (?:leave|depart|step down|exit)|plan(?:s|ning|ned)? to (?:leave|depart|quit|exit)|is expected to|threaten(?:ed|s)? to|ontkent|ontkende|ontkennen|geruchten|gerucht|zou|zouden|speculatie|overweegt|dreigt|dreigen|dreigden|in gesprek|op het punt|no plans|no intention|not planning|geen (?:enkel )?plan|geen intentie|niet van plan|nobody|no one|not a single|niemand|geen enkele)\b");

    /// <summary>"did not leave", "vertrekt niet": a negated verb is not a departure.</summary>
    public static readonly Regex NegatedBefore = R(@"\b(?:not|never|niet|nooit|didn't|hasn't|isn't|won't)\s+(?:[\p{L}]+\s+)?$");

    public static readonly Regex NegatedAfter = R(@"^\s+(?:niet|nooit|not)\b");

    /// <summary>Words that open a real clause after a dash ("— and", "— but"), unlike an insert ("— all of whom ... —").</summary>
    public static readonly Regex ParentheticalStartsClause = R(@"^\s*(?:and|but|en|maar|while|terwijl)\b");

    /// <summary>Clause boundaries inside a sentence.</summary>
    public static readonly Regex ClauseBoundary = R(@";|:\s|\s[—–]\s(?!(?:later |then |eventually )?joining\b)|,\s+(?!which includ)(?=(?:and|but|while|which|whereas|because|en|maar|terwijl|wat|omdat|want|zodat)\b)");

    /// <summary>A company referred to by description ("the company", "het Delftse bedrijf", "the New York lab").</summary>
    public static readonly Regex CompanyReference = R(
        @"^(?:the|its|het|de|zijn|haar|their|this|dit|deze)\s+(?<adj>(?:[\p{L}\-]+\s+){0,3}?)(?:company|start-up|startup|firm|lab|\p{Ll}*bedrijf|onderneming|business|giant|tech giant|techreus|\p{Ll}*concern|chipmaker|scale-up)\b");

    public static readonly Regex UnnamedPerson = R(
        @"\b(?:a|an|een|another|nog een)\s+(?:(?:second|third|fourth|other|former|senior|tweede|derde|vierde|andere|ander|voormalige)\s+)?(?<noun>co-founder|cofounder|founder|medeoprichter|oprichter|employee|staff member|researcher|engineer|onderzoeker|medewerker|werknemer|executive)\b");

    /// <summary>"Two engineers at X have left for Y": a small stated number of unnamed people (not "nine of its 45 engineers",
    /// not "the two founders" or "all three", who were named before, nor "at least two").</summary>
    public static readonly Regex UnnamedGroup = R(
        @"(?<!\b(?:of|van|out of|uit)\s+(?:[\p{L}\-'’]+\s+){0,3})(?<!\b(?:the|these|those|all|both|at least|de|deze|die|het|alle|beide|minstens|ten minste)\s+)\b(?<n>two|three|four|five|twee|drie|vier|vijf|[2-5])\s+(?:(?:senior|junior|former|other|more|andere|[\p{L}\-]+e)\s+)?(?-i:(?:\p{Lu}[\p{L}\-]*\s+){0,3})(?<noun>engineers|researchers|employees|staff members|scientists|executives|co-founders|founders|onderzoekers|medewerkers|werknemers|medeoprichters|oprichters|ingenieurs|developers|ontwikkelaars)\b");

    // "zijn" is left out: in Dutch it is far more often the verb "are" than "his".
    public static readonly Regex Pronoun = R(@"\b(?:he|she|his|her|hij|zij|ze|haar)\b");
}
