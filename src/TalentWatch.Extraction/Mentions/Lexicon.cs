using TalentWatch.Extraction.Knowledge;

namespace TalentWatch.Extraction.Mentions;

/// <summary>Generic word lists used as hints. None of them decides on its own whether a name is a person or a company;
/// the sentence context does most of that work.</summary>
internal static class Lexicon
{
    /// <summary>The job titles written as acronyms; one list for the word sets below that hold them.</summary>
    private const string RoleAcronymWords = "CEO CTO COO CFO CRO CMO CSO CPO CIO VP SVP EVP CVP AVP GVP";

    /// <summary>The role acronyms as a regular-expression alternation ("CEO|CTO|...").</summary>
    public static readonly string RoleAcronymPattern = RoleAcronymWords.Replace(' ', '|');

    private static HashSet<string> Set(string words, StringComparer? comparer = null) =>
        new(words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries), comparer ?? StringComparer.Ordinal);

    /// <summary>Last words that mark a name as an organisation ("Kestrel Labs", "Polder AI").</summary>
    public static readonly HashSet<string> OrgSuffixes = Set("""
        AI Labs Lab Robotics Systems Research Intelligence Compute Computing Agents Bio Biosciences Analytics Capital Ventures
        Partners Technologies Technology Tech Group Holdings Inc Ltd BV NV GmbH Corp Corporation Health Networks Dynamics Foundry
        Reasoning Software Security Cloud Data Works Studio Studios Industries Semiconductors Therapeutics Motors Media Bank
        Solutions Machines Robotica Automation Mobility Energy Quantum Vision Sciences Institute Company Inc. Ltd. Models Learning
        Neural Logic Logics Autonomy Genomics Silicon Chips Semiconductor Digital Platforms Global Limited
        Publications Publishing Publishers Consulting Entertainment Games Interactive Telecom Pharma Pharmaceuticals Logistics
        Insurance Payments Holding Stores Brands Foods Airlines Airways Retail Communications Electronics Wireless Financial
        Hotels Pictures Records Bancorp Automobiles Automotive Aerospace Circuits
        Groep Groupe Verzekeringen Verzekeraar Zorgverzekeraar Omroep Dagblad Courant Uitgevers Ziekenhuis
        """);

    /// <summary>A word that ends company names: a company word ("AI", "Systems") or a legal form ("Inc.", "GmbH").</summary>
    public static bool EndsCompanyName(string word) => OrgSuffixes.Contains(word) || ExtractionKnowledge.IsLegalSuffix(word);

    /// <summary>First words that mark a name as an organisation: clubs and broadcasters ("FC Veldstad", "RTV Veldstad", "Stichting
    /// Mediahuis"), foundations and associations.</summary>
    public static readonly HashSet<string> OrgPrefixes = Set("""
        FC SC AFC RKC SV VV AZ PSV NEC ADO RTV RTL Stichting Vereniging
        """);

    /// <summary>Capitalised words that start sentences but are not names.</summary>
    public static readonly HashSet<string> StopWords = Set("""
        The A An In On At For Of From To Its It His Her Their This That These Those With After Before Meanwhile Separately Earlier
        Last Next But And Also As By Since Until While When Where Who Whom Whose What Which She He They We I Our Your You Us Them
        There Here Now Then Yet Still Even Both Each Every Some Many Most More Less Several Other Another Such Only Just However
        Although Though Because If Unlike Like According Among Despite During Within Without Under Over Into About Across Why How Once
        Chief Board Analysts Analyst People Investors Staff Employees Former New Its Today Yesterday Monday Tuesday Wednesday
        Thursday Friday Saturday Sunday Mr Mrs Ms Dr Prof Sources Spokesperson Asked Instead Know Write Our Staying
        De Het Een Ook En Maar Op Bij Van Voor Volgens Tot Met Na Naar Dat Die Dit Deze Zij Ze Hij Wij We Ik Zijn Haar Hun
        Eerder Eind Begin Vorige Afgelopen Wel Niet Toch Intern Inmiddels Tijdens Daar Waar Wat Hoewel Zeker Nu Als Er Om Uit
        Tegelijk Daarna Daarnaast Bovendien Verder Sinds Elke Iedere Wie Waarom Hoe Je Jij Jouw Mijn Men Ons Onze Zo Dan Toen
        Grote Kleine Nieuwe Oud Oude Denk Met Binnen Buiten Zonder Over Onder Via Per Door Tegen Tussen Namens Wegens
        Het Geen Nog Al Alle Veel Meer Weinig Andere Ander Beide Beiden Welke Zodra Terwijl Omdat Doordat Nadat Voordat Wanneer
        Naast Behalve Ondanks Dankzij Zowel Alleen Zelfs Vooral Onlangs Sindsdien Daarom Dus Want Echter Aanvankelijk Uiteindelijk
        Formerly Previously Currently Recently Later Reportedly Notably Ultimately Additionally Similarly Together
        Besides Furthermore Moreover Likewise Otherwise Anderzijds Enerzijds Consequently Hence Thus Nonetheless Nevertheless Regardless Apart Alongside Tegenover Richting
        Longtime Long-time Outgoing Departing Embattled Ousted Interim Acting Incoming Retiring Veteran Prominent Renowned Famed
        Vertrekkend Vertrekkende Scheidend Scheidende Voormalig Voormalige Huidig Huidige
        Ondertussen Intussen Vervolgens Daarbij Hierdoor Hierbij Daardoor Desondanks Niettemin Bovenal Opvallend Opmerkelijk
        One Two Three Four Five Six Seven Eight Nine Ten Twelve Dozens Hundreds Een Twee Drie Vier Vijf Zes Zeven Acht Negen Tien
        January February March April May June July August September October November December
        Januari Februari Maart Mei Juni Juli Augustus Oktober
        """ + " " + RoleAcronymWords);

    /// <summary>Title words that make a capitalised run a job title ("Chief Research Officer"), not a modifier ("Research").</summary>
    public static readonly HashSet<string> TitleHeads = Set("""
        CISO Officer Counsel Director Directors Scientist Scientists President Head
        Chief Founder Co-founder Cofounder Engineer Manager Chair Chairman Chairwoman Chairperson Fellow Topman Topvrouw Directeur
        Directrice Bestuursvoorzitter Voorzitter Hoofd Oprichter Medeoprichter Oprichtster Onderzoeker Advisor Adviser Laureate Laureates Researchers
        Architect Architects Leader Leaders Designer Opvolger Opvolgster Guru
        Sir Dame Professor Prof Googler Googlers Ex-Googler Xoogler Microsoftie Metamate Amazonian
        """ + " " + RoleAcronymWords, StringComparer.OrdinalIgnoreCase);

    public static readonly HashSet<string> Months = Set("""
        January February March April May June July August September October November December
        Januari Februari Maart Mei Juni Juli Augustus Oktober
        """);

    /// <summary>Lower-case name particles that may sit inside a person's name ("Joris van Leeuwen").</summary>
    public static readonly HashSet<string> Particles = Set("van de den der ter te ten von du da di dos del la le bin al el y 't ’t");

    /// <summary>Nationality and regional adjectives ("American hardware companies", "Amerikaanse techbedrijven"): not names on their own.</summary>
    public static readonly HashSet<string> Demonyms = Set("""
        American British English German Dutch French Chinese European Danish Swedish Norwegian Spanish Portuguese Italian Polish
        Japanese Korean Indian Canadian Australian Irish Belgian Swiss Austrian Finnish Israeli Scottish Welsh Nordic Scandinavian
        Asian African Brazilian Mexican Turkish Greek Czech Estonian Icelandic Californian Texan
        Amerikaanse Britse Duitse Nederlandse Franse Chinese Europese Deense Zweedse Noorse Spaanse Portugese Italiaanse Poolse
        Japanse Koreaanse Indiase Canadese Belgische Zwitserse Oostenrijkse Finse Ierse Vlaamse Scandinavische Aziatische
        Iranian Russian Ukrainian Taiwanese Singaporean Indonesian Egyptian Nigerian Argentinian Chilean Hungarian Romanian
        Iraanse Iraakse Russische Oekraïense Turkse Indonesische Surinaamse Marokkaanse Israëlische Zuid-Afrikaanse Taiwanese
        Singaporese Braziliaanse Mexicaanse Griekse Tsjechische Hongaarse Roemeense Egyptische Australische
        Noor Deen Ier Chinees Rus Turk
        """ + DemonymNounWords);

    // The nouns that may stand before a name; not "Noor", "Deen" or "Rus" (the line above): they are given names or surnames
    // too ("Noor Visscher").
    private const string DemonymNounWords = """
        Amerikaan Nederlander Belg Brit Duitser Fransman Japanner Iraniër Indiër Israëliër Canadees Zweed Spanjaard Italiaan
        Zwitser Oostenrijker Vlaming Australiër Braziliaan Portugees Griek Hongaar Roemeen Colombiaan Argentijn Mexicaan
        Zuid-Afrikaan Oekraïner Tsjech Engelsman Briton Frenchman Dutchman Englishman Swede
        """;

    /// <summary>Nationality nouns ("de Italiaan X", "the Briton X"): before a name they describe the person and are no part of
    /// the name, where an adjective may start a company's ("British Airways").</summary>
    public static readonly HashSet<string> DemonymNouns = Set(DemonymNounWords);

    /// <summary>The words that end a department's name; one list for the two word sets below that hold them.</summary>
    private const string DepartmentEndings = "Engineering Architecture Operations Marketing Design Development Infrastructure Technologies Solutions";

    /// <summary>Words that end the name of a department ("Hardware Engineering", "Systems Architecture", "Global Online Sales",
    /// "Advanced Packaging Team"), never a surname, and rarely a company's last word.</summary>
    public static readonly HashSet<string> DepartmentWords = Set(DepartmentEndings + " Sales Management Communications Policy Strategy Finance Partnerships Advertising Commerce Affairs Relations Division Team Project Unit Initiative");

    /// <summary>A department named by one word after a title ("Senior Vice President for Compliance", "Director of Investigations").</summary>
    public static readonly HashSet<string> Departments = Set(DepartmentEndings + " Sales Communications Policy Strategy Finance Partnerships Advertising Compliance Investigations Research Product Products Legal Technology Growth Security Safety Talent People Hardware Software Design Audit Risk Procurement Logistics Manufacturing Quality HR IT PR Media Content Trust Ads Search Devices Games Gaming Music Video News Editorial");

    /// <summary>Words that name a business function; a name made of these alone ("Devices & Services", "Safety Systems", "Cloud
    /// and AI") is a division inside a company, not an employer of its own.</summary>
    public static readonly HashSet<string> DivisionWords = Set(DepartmentEndings + " " + """
        Devices Services Products Platforms Platform Sales Research Communications Strategy Policy Safety Security Systems Hardware
        Software Consumer Enterprise Cloud Experiences Finance Legal People Applied AI Data Business Advertising Ads Commerce Growth Partnerships
        Cyber Supply Chain Procurement Logistics Compliance Infrastructure
        """);

    /// <summary>Words that mark a university or school.</summary>
    private const string SchoolWordList = "University College Universiteit Hogeschool School Université Universität TU";

    /// <summary>Words that mark a university or school; one is never the company someone left.</summary>
    public static readonly HashSet<string> SchoolWords = Set(SchoolWordList);

    /// <summary>Words that mark a university, school or research institute.</summary>
    public static readonly HashSet<string> AcademicWords = Set(SchoolWordList + " Institute Instituut");

    /// <summary>Particles that follow another particle ("van den", "van 't", "de la").</summary>
    public static readonly HashSet<string> ParticleArticles = Set("de den der 't ’t la le");

    /// <summary>"Van", "De", "Ter" written with a capital before a surname ("Van Egten", "De Backer"); not "DE", an acronym.</summary>
    public static bool IsSurnameParticle(string word) => word is "Van" or "De" or "Den" or "Der" or "Ter" or "Ten" or "Von" or "Vande" or "Vanden" or "Vander";

    /// <summary>Last words of investor names ("X Partners", "Y Capital"): a firm quoted about a round, rarely the employer left.</summary>
    public static readonly HashSet<string> InvestorSuffixes = Set("Partners Capital Ventures Investments Fund");

    /// <summary>Role acronyms glued to a company name ("Polder-CEO") or standing before a person.</summary>
    public static readonly HashSet<string> RoleAcronyms = Set(RoleAcronymWords);

    /// <summary>Words that, right before a person's name or after "X-", describe a role.</summary>
    public static readonly HashSet<string> RoleNouns = Set("""
        co-founder cofounder founder medeoprichter oprichter oprichtster medeoprichtster researcher onderzoeker onderzoekster engineer
        scientist executive officer director directeur directrice president chairman chairwoman head hoofd lead manager
        topman topvrouw medewerker werknemer employee spokesperson woordvoerder counsel architect analyst designer developer
        data-engineer ontwikkelaar ingenieur programmeur wetenschapper chief bestuurder voorzitter CEO CTO COO CFO CRO VP
        minister staatssecretaris secretary senator governor burgemeester wethouder hoofdredacteur redacteur journalist trainer coach
        """, StringComparer.OrdinalIgnoreCase);

    /// <summary>"Qualcomm Loses Wireless Executive to Apple", "SDN Expert Leaves", "Custom Chip Lead Defects": a capitalised run
    /// that ends in a noun for a kind of worker names a post or a group, never a person (no surname is a role noun).</summary>
    public static bool EndsInRoleNoun(string name)
    {
        var last = name[(name.LastIndexOf(' ') + 1)..];
        return name.Contains(' ', StringComparison.Ordinal)
            && (WorkerNouns.Contains(last) || last.Length > 4 && last.EndsWith('s') && WorkerNouns.Contains(last[..^1]));
    }

    // The role nouns that are no one's surname ("Dean", "Head", "Fellow" and "Chief" are), with the words headlines use for
    // a kind of worker.
    private static readonly HashSet<string> WorkerNouns = Set("""
        co-founder cofounder founder researcher engineer scientist executive exec officer director president chairman
        chairwoman manager employee spokesperson architect analyst designer developer expert staffer veteran lead
        editor reporter journalist correspondent columnist producer presenter
        onderzoeker medewerker werknemer directeur topman topvrouw bestuurder ontwikkelaar wetenschapper hoofdredacteur redacteur
        """, StringComparer.OrdinalIgnoreCase);

    /// <summary>Common given names across the languages these articles use (Knowledge/given-names.txt); a hint, not a requirement.</summary>
    public static HashSet<string> FirstNames => Knowledge.ExtractionKnowledge.GivenNames;
}
