using System.Globalization;
using System.Text;

namespace TalentWatch.Extraction.Knowledge;

/// <summary>What kind of organisation a known name is. Only <see cref="IsEmployer"/> kinds can be a company left or joined.</summary>
public enum OrganisationKind
{
    /// <summary>AI labs and AI start-ups.</summary>
    Lab,

    /// <summary>Big tech and other companies.</summary>
    Company,

    /// <summary>An internal group of a company (Google Brain, FAIR): counts as its parent.</summary>
    Unit,
    University,
    Institute,

    /// <summary>Venture capital and investment firms: employers of their partners, ranked last as an article's subject.</summary>
    Investor,

    /// <summary>News outlets: the sources that report departures; an employer only in an article that names a post at one or
    /// a move to or from it ("hoofdredacteur van NRC", "left the BBC").</summary>
    Outlet,

    /// <summary>Ministries, regulators, agencies: an employer where the sentence of a move names it, never an article's subject.</summary>
    Government,

    /// <summary>Products, models and platforms (ChatGPT, Sora, PyTorch): never an employer.</summary>
    Product,

    /// <summary>A company a team has curated in its store: an organisation, but not one of the well-known employers.</summary>
    Curated,
}

/// <param name="Parent">The employer a unit belongs to, or the maker of a product.</param>
public sealed record KnownOrganisation(string Name, OrganisationKind Kind, string? Parent)
{
    public bool IsEmployer => Kind is OrganisationKind.Lab or OrganisationKind.Company or OrganisationKind.Unit or OrganisationKind.Curated
        or OrganisationKind.University or OrganisationKind.Institute or OrganisationKind.Government or OrganisationKind.Investor;

    /// <summary>The well-known employers of AI talent: an article is more often about a start-up than about them.</summary>
    public bool IsWellKnownEmployer => Kind is OrganisationKind.Lab or OrganisationKind.Company or OrganisationKind.Unit;
}

/// <summary>A name a team has accepted in its store, with the other names it goes by.</summary>
public sealed record CuratedName(string Name, IReadOnlyList<string> Aliases);

/// <summary>
/// Organisation and people knowledge that types the names an article mentions: the shipped files in <c>Knowledge/</c>
/// (organisations with kind, parent and aliases; capitalised phrases that are no names; well-known people; job-title words),
/// optionally joined with what a store already knows. It never decides that a departure happened: the sentence still has to
/// say so. Lookups are case-, accent- and punctuation-blind and ignore legal suffixes ("Inc", "B.V.").
/// </summary>
public sealed class ExtractionKnowledge
{
    // Declared before Shipped, which uses it while loading. Every name of every article is looked up several times; the keys of the names seen recently are kept.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Keys = new(StringComparer.Ordinal);

    private static readonly HashSet<string> LegalSuffixes = ["inc", "llc", "ltd", "corp", "corporation", "co", "bv", "nv", "gmbh", "sa", "plc", "ag", "pbc", "limited"];

    private readonly Dictionary<string, KnownOrganisation> organisations;
    private readonly HashSet<string> notNames;

    /// <summary>Plurals of acronyms ("EVs", "LLMs"): written with a capital S ("EVS") the word is a name.</summary>
    private readonly HashSet<string> acronymPlurals;
    private readonly HashSet<string> people;
    private readonly HashSet<string> titleWords;

    /// <summary>Role nouns that end a compound job title ("Topontwerper", "HR-baas", "robotica-leidinggevende").</summary>
    private readonly string[] titleCompoundHeads;
    private readonly string[] descriptorEndings;

    /// <summary>Words that name a company's national branch after its name ("Nederland", "Benelux").</summary>
    private readonly HashSet<string> regions;
    private readonly HashSet<string> surnames;

    /// <summary>The phrases of non-organisations.txt listed under a "# Places" heading.</summary>
    private readonly HashSet<string> places;
    private readonly Dictionary<string, string[]> homes;

    private ExtractionKnowledge(Dictionary<string, KnownOrganisation> organisations, HashSet<string> notNames, HashSet<string> places, HashSet<string> acronymPlurals, HashSet<string> people, HashSet<string> titleWords, string[] titleCompoundHeads, HashSet<string> regions, string[] descriptorEndings, Dictionary<string, string[]> homes)
    {
        this.places = places;
        this.homes = homes;
        this.acronymPlurals = acronymPlurals;
        this.descriptorEndings = descriptorEndings;
        this.regions = regions;
        this.organisations = organisations;
        this.notNames = notNames;
        this.people = people;
        this.titleWords = titleWords;
        this.titleCompoundHeads = titleCompoundHeads;
        surnames = people.Select(p => p[(p.LastIndexOf(' ') + 1)..]).Where(s => s.Length >= 4).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Common given names (Knowledge/given-names.txt), case-sensitive as written.</summary>
    public static HashSet<string> GivenNames { get; } = Resource("given-names.txt").Split('\n')
        .Where(l => !l.TrimStart().StartsWith('#'))
        .SelectMany(l => l.Split(' ', '\t', '\r'))
        .Where(w => w.Length > 0)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Given names that almost always belong to a woman ('f') or a man ('m') (Knowledge/given-name-genders.txt): a
    /// gendered pronoun is not read as someone named with the other's name.</summary>
    public static Dictionary<string, char> GivenNameGenders { get; } = ReadGenders(Resource("given-name-genders.txt"));

    private static Dictionary<string, char> ReadGenders(string content)
    {
        var genders = new Dictionary<string, char>(StringComparer.Ordinal);
        foreach (var (line, number) in DataLines(content))
        {
            if (line.Split('\t', 2) is not [var word, var names])
            {
                throw new InvalidDataException($"given-name-genders.txt:{number}: expected 'female' or 'male', a tab and names");
            }

            var gender = word switch
            {
                "female" => 'f',
                "male" => 'm',
                _ => throw new InvalidDataException($"given-name-genders.txt:{number}: unknown gender '{word}' (female or male)"),
            };
            foreach (var name in names.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (genders.TryGetValue(name, out var listed) && listed != gender)
                {
                    throw new InvalidDataException($"given-name-genders.txt:{number}: '{name}' is listed for both; leave out a name used for both");
                }

                genders[name] = gender;
            }
        }

        return genders;
    }

    /// <summary>Verbs a title-case headline capitalises (Knowledge/headline-verbs.txt): they end a run of capitalised words.</summary>
    public static HashSet<string> HeadlineVerbs { get; } = DataLines(Resource("headline-verbs.txt"))
        .SelectMany(l => l.Line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>The knowledge shipped with the extractor, loaded once.</summary>
    public static ExtractionKnowledge Shipped { get; } = LoadShipped();

    public int OrganisationCount => organisations.Values.Distinct().Count();

    public int PeopleCount => people.Count;

    /// <summary>Whether a word is a legal form that ends company names ("Inc.", "Co", "GmbH"), in any case.</summary>
    internal static bool IsLegalSuffix(string word) => LegalSuffixes.Contains(word.TrimEnd('.').ToLowerInvariant());

    /// <summary>The organisation <paramref name="text"/> names, or null.</summary>
    public KnownOrganisation? Organisation(string text)
    {
        var key = Key(text);
        if (organisations.TryGetValue(key, out var org))
        {
            // "News" alone is the word, not News Corp without its legal suffix.
            return notNames.Contains(key) && !text.Trim().Contains(' ', StringComparison.Ordinal) && org.Name.Contains(' ', StringComparison.Ordinal) ? null : org;
        }

        // "Microsoft Nederland", "Google Benelux", "Intel India AI": a company's national branch or AI group counts as the company.
        for (var words = 0; words < 3; words++)
        {
            var lastSpace = key.LastIndexOf(' ');
            if (lastSpace <= 0 || !regions.Contains(key[(lastSpace + 1)..]))
            {
                return null;
            }

            key = key[..lastSpace];
            if (organisations.TryGetValue(key, out var company))
            {
                return company.Kind is OrganisationKind.Company or OrganisationKind.Lab ? company : null;
            }
        }

        return null;
    }

    /// <summary>True for a country or region ("UK", "EMEA", "Benelux"), which may stand in a job title ("UK managing director").</summary>
    public bool IsRegion(string text) => regions.Contains(Key(text));

    /// <summary>True for a town, country or region listed as a place ("Brussels", "Holland").</summary>
    public bool IsPlace(string text) => places.Contains(Key(text));

    /// <summary>The organisations whose home the place is ("the Cupertino company" is Apple), from the file's home column.</summary>
    public IReadOnlyList<string> OrganisationsAt(string place) => homes.GetValueOrDefault(Key(place)) ?? [];

    /// <summary>True for well-known people ("Sam Altman"): a name, never a company.</summary>
    public bool IsPerson(string text) => people.Contains(Key(text));

    /// <summary>True for the last name of a well-known person ("LeCun", "Sutskever"): a person, never a company.</summary>
    public bool IsSurname(string text) => surnames.Contains(Key(text)) && !organisations.ContainsKey(Key(text));

    /// <summary>True for capitalised phrases that name neither a person nor an organisation ("Silicon Valley", "Machine Learning").</summary>
    public bool IsNotAName(string text) =>
        notNames.Contains(Key(text)) && !(text.EndsWith('S') && acronymPlurals.Contains(Key(text)));

    /// <summary>True for words of capitalised job titles ("Chief", "Officer", "Counsel") that may stand before a name.</summary>
    public bool IsTitleWord(string word) => titleWords.Contains(word.ToLowerInvariant()) || IsCompoundTitle(word);

    /// <summary>True for a word that heads a job title ("Officer", "Topman", "Topontwerper"), so that a name may follow it.</summary>
    public bool IsTitleHead(string word) => Mentions.Lexicon.TitleHeads.Contains(word) || IsCompoundTitle(word);

    /// <summary>
    /// True for a capitalised Dutch compound that ends in a company noun (non-organisations.txt, lines with a leading '-'):
    /// "Muziekstreamingdienst", "Betaalbedrijf". Opening a sentence it describes the name after it, as "Techreus" does.
    /// </summary>
    public bool IsCompanyDescriptor(string word) =>
        word.Length > 4 && char.IsUpper(word[0]) && word.AsSpan(1).IndexOfAnyExcept(LowercaseLetters) < 0
        && descriptorEndings.Any(e => word.Length >= 4 + e.Length && word.EndsWith(e, StringComparison.Ordinal));

    private static readonly System.Buffers.SearchValues<char> LowercaseLetters = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsLower).ToArray());

    private bool IsCompoundTitle(string word) =>
        titleCompoundHeads.Any(h => word.Length > h.Length + 1 && word.EndsWith(h, StringComparison.OrdinalIgnoreCase));

    /// <summary>The employer a name counts as: a unit's parent, a national branch's company, else the name itself.</summary>
    /// <summary>The name an employer is reported by: <see cref="EmployerName"/>, except that a national branch keeps its own
    /// name ("ING België", "Lidl Nederland"), as news and its labellers name that employer; it counts as the company in every
    /// comparison. "Amazon AI" is Amazon.</summary>
    public string ReportedName(string name)
    {
        var key = Key(name);
        var lastSpace = key.LastIndexOf(' ');
        return lastSpace > 0 && !organisations.ContainsKey(key) && key[(lastSpace + 1)..] != "ai" && regions.Contains(key[(lastSpace + 1)..])
            && Organisation(name) is not null
            ? name.Trim()
            : EmployerName(name);
    }

    public string EmployerName(string name) => Organisation(name) switch
    {
        { Kind: OrganisationKind.Unit, Parent: { } parent } => parent,
        { } company when !organisations.ContainsKey(Key(name)) => company.Name,
        _ => name,
    };

    /// <summary>This knowledge joined with the companies and people a store has accepted. The shipped entries win where both
    /// name the same thing, so a store cannot turn "ChatGPT" into an employer.</summary>
    public ExtractionKnowledge WithCurated(IEnumerable<CuratedName> companies, IEnumerable<CuratedName> curatedPeople)
    {
        ArgumentNullException.ThrowIfNull(companies);
        ArgumentNullException.ThrowIfNull(curatedPeople);
        var orgs = new Dictionary<string, KnownOrganisation>(organisations, StringComparer.Ordinal);
        var persons = new HashSet<string>(people, StringComparer.Ordinal);
        foreach (var company in companies)
        {
            var org = new KnownOrganisation(company.Name, OrganisationKind.Curated, null);
            foreach (var name in company.Aliases.Prepend(company.Name))
            {
                var key = Key(name);
                if (key.Length > 1 && !orgs.ContainsKey(key) && !notNames.Contains(key))
                {
                    orgs[key] = org;
                }
            }
        }

        foreach (var person in curatedPeople)
        {
            foreach (var name in person.Aliases.Prepend(person.Name))
            {
                var key = Key(name);
                // A single word is too ambiguous to type on its own ("Chen", "Apple").
                if (key.Contains(' ', StringComparison.Ordinal) && !orgs.ContainsKey(key))
                {
                    persons.Add(key);
                }
            }
        }

        return new ExtractionKnowledge(orgs, notNames, places, acronymPlurals, persons, titleWords, titleCompoundHeads, regions, descriptorEndings, homes);
    }

    /// <summary>Case-, accent- and punctuation-blind key without legal suffixes.</summary>
    public static string Key(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Keys.TryGetValue(text, out var known))
        {
            return known;
        }

        if (Keys.Count > 50_000)
        {
            Keys.Clear();
        }

        var key = ComputeKey(text);
        Keys[text] = key;
        return key;
    }

    private static string ComputeKey(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (c == '&')
            {
                sb.Append(" and ");
            }
            else if (c is '.' or '\'' or '’' && sb.Length > 0 && char.IsLetterOrDigit(sb[^1]))
            {
                // "X.AI" and "xAI", "bol.com" and "Bol com" stay one word; "O'Brien" too.
                continue;
            }
            else
            {
                sb.Append(' ');
            }
        }

        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && LegalSuffixes.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }

    /// <summary>Parses the knowledge files; a malformed line is a <see cref="FormatException"/> naming the file and line.</summary>
    public static ExtractionKnowledge Parse(string organisationsTsv, string nonOrganisationsTxt, string peopleTsv, string titleWordsTxt)
    {
        var orgs = new Dictionary<string, KnownOrganisation>(StringComparer.Ordinal);
        var regions = new HashSet<string>(StringComparer.Ordinal);
        var pendingParents = new List<(KnownOrganisation Org, int Line)>();
        var listedOn = new Dictionary<string, int>(StringComparer.Ordinal);
        var homes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (line, number) in DataLines(organisationsTsv))
        {
            var cols = line.Split('\t');
            if (cols.Length is < 2 or > 5)
            {
                throw new FormatException($"organisations.tsv:{number}: expected name, kind, parent, aliases, home separated by tabs");
            }

            foreach (var home in cols.Length > 4 ? cols[4].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [])
            {
                if (!homes.TryGetValue(Key(home), out var atHome))
                {
                    homes[Key(home)] = atHome = [];
                }

                atHome.Add(cols[0].Trim());
            }

            // "Nederland  region": a company's national branch ("Microsoft Nederland") is that company.
            if (string.Equals(cols[1].Trim(), "region", StringComparison.OrdinalIgnoreCase))
            {
                var regionAliases = cols.Length > 3 ? cols[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
                regions.UnionWith(regionAliases.Prepend(cols[0].Trim()).Select(Key));
                continue;
            }

            if (!Enum.TryParse<OrganisationKind>(cols[1].Trim(), ignoreCase: true, out var kind) || kind == OrganisationKind.Curated)
            {
                throw new FormatException($"organisations.tsv:{number}: unknown kind '{cols[1]}'");
            }

            // A second line for one organisation would split its aliases over two entries, the later ones silently lost.
            if (!listedOn.TryAdd(Key(cols[0].Trim()), number))
            {
                throw new FormatException($"organisations.tsv:{number}: '{cols[0].Trim()}' is listed before, on line {listedOn[Key(cols[0].Trim())]}: add its aliases there");
            }

            var parent = cols.Length > 2 && cols[2].Trim().Length > 0 ? cols[2].Trim() : null;
            var org = new KnownOrganisation(cols[0].Trim(), kind, parent);
            if (parent is not null)
            {
                pendingParents.Add((org, number));
            }

            var aliases = cols.Length > 3 ? cols[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            foreach (var name in aliases.Prepend(org.Name))
            {
                var key = Key(name);
                if (key.Length == 0)
                {
                    throw new FormatException($"organisations.tsv:{number}: empty name");
                }

                // The first entry wins an alias two organisations share; the canonical name always wins over an alias.
                if (!orgs.TryGetValue(key, out var existing) || (name == org.Name && existing.Name != name))
                {
                    orgs[key] = org;
                }
            }
        }

        foreach (var (org, number) in pendingParents)
        {
            if (!orgs.ContainsKey(Key(org.Parent!)))
            {
                throw new FormatException($"organisations.tsv:{number}: parent '{org.Parent}' of '{org.Name}' is not in the file");
            }
        }

        // A line with a leading '-' is a company noun that ends Dutch descriptor compounds ("-dienst": "Muziekstreamingdienst").
        var nonOrganisationLines = DataLines(nonOrganisationsTxt).Select(l => l.Line.Trim()).ToList();
        var descriptorEndings = nonOrganisationLines.Where(l => l.StartsWith('-')).Select(l => l[1..]).Where(e => e.Length > 0).ToArray();
        var notNames = nonOrganisationLines.Where(l => !l.StartsWith('-')).Select(Key).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        var acronymPlurals = nonOrganisationLines.Where(l => l.Length >= 3 && l[^1] == 's' && l[..^1].All(char.IsUpper)).Select(Key).ToHashSet(StringComparer.Ordinal);
        var people = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, _) in DataLines(peopleTsv))
        {
            foreach (var name in line.Split('\t', '|').Select(n => n.Trim()).Where(n => n.Length > 0))
            {
                people.Add(Key(name));
            }
        }

        var titles = DataLines(titleWordsTxt)
            .SelectMany(l => l.Line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
        var heads = titles.Where(w => w.StartsWith('-')).Select(w => w[1..]).Where(w => w.Length > 0).ToArray();
        titles.RemoveWhere(w => w.StartsWith('-'));
        return new ExtractionKnowledge(orgs, notNames, PlaceKeys(nonOrganisationsTxt), acronymPlurals, people, titles, heads, regions, descriptorEndings,
            homes.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal));
    }

    /// <summary>The non-empty, non-comment lines of a data file, with their line numbers (for file:line errors).</summary>
    /// <summary>The phrases listed under the headings of non-organisations.txt that start with "# Places".</summary>
    private static HashSet<string> PlaceKeys(string nonOrganisationsTxt)
    {
        var places = new HashSet<string>(StringComparer.Ordinal);
        var inPlaces = false;
        foreach (var raw in nonOrganisationsTxt.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('#'))
            {
                inPlaces = line.StartsWith("# Places", StringComparison.Ordinal);
            }
            else if (inPlaces && line.Length > 0)
            {
                places.Add(Key(line));
            }
        }

        return places;
    }

    internal static IEnumerable<(string Line, int Number)> DataLines(string content)
    {
        var number = 0;
        foreach (var raw in content.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            yield return (line, number);
        }
    }

    private static ExtractionKnowledge LoadShipped() =>
        Parse(Resource("organisations.tsv"), Resource("non-organisations.txt"), Resource("people.tsv"), Resource("title-words.txt"));

    internal static string Resource(string file)
    {
        var assembly = typeof(ExtractionKnowledge).Assembly;
        var name = $"TalentWatch.Extraction.Knowledge.{file}";
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The extractor's knowledge file {file} is not embedded ({name}).");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
