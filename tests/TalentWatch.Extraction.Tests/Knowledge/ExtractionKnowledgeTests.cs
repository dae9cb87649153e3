using TalentWatch.Extraction.Knowledge;

namespace TalentWatch.Extraction.Tests.Knowledge;

/// <summary>The shipped organisation and people knowledge, and its loader.</summary>
public class ExtractionKnowledgeTests
{
    private static readonly ExtractionKnowledge Shipped = ExtractionKnowledge.Shipped;

    [Fact]
    public void No_headline_verb_is_a_given_name_or_a_known_organisation()
    {
        Assert.NotEmpty(ExtractionKnowledge.HeadlineVerbs);
        Assert.DoesNotContain(ExtractionKnowledge.HeadlineVerbs, w => ExtractionKnowledge.GivenNames.Contains(w) || Shipped.Organisation(w) is not null);
    }

    [Fact]
    public void Gendered_given_names_are_read_and_none_is_listed_for_both()
    {
        var lines = ExtractionKnowledge.Resource("given-name-genders.txt").Split('\n')
            .Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'))
            .Select(l => l.TrimEnd('\r').Split('\t'))
            .ToList();
        var female = lines.Where(f => f[0] == "female").SelectMany(f => f[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet();
        var male = lines.Where(f => f[0] == "male").SelectMany(f => f[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet();

        Assert.Empty(female.Intersect(male));
        Assert.Equal('f', ExtractionKnowledge.GivenNameGenders["Eva"]);
        Assert.Equal('m', ExtractionKnowledge.GivenNameGenders["Joost"]);
        Assert.False(ExtractionKnowledge.GivenNameGenders.ContainsKey("Dominique"));
        Assert.Equal(female.Count + male.Count, ExtractionKnowledge.GivenNameGenders.Count);
    }

    [Fact]
    public void The_shipped_files_hold_several_hundred_organisations_and_people()
    {
        Assert.True(Shipped.OrganisationCount >= 500, $"{Shipped.OrganisationCount} organisations");
        Assert.True(Shipped.PeopleCount >= 200, $"{Shipped.PeopleCount} people");
    }

    [Theory]
    [InlineData("OpenAI", OrganisationKind.Lab)]
    [InlineData("open ai", OrganisationKind.Lab)]
    [InlineData("X.AI", OrganisationKind.Lab)]
    [InlineData("Nvidia Corp.", OrganisationKind.Company)]
    [InlineData("NVIDIA", OrganisationKind.Company)]
    [InlineData("ChatGPT", OrganisationKind.Product)]
    [InlineData("PyTorch", OrganisationKind.Product)]
    [InlineData("Google Brain", OrganisationKind.Unit)]
    [InlineData("Université de Montréal", OrganisationKind.University)]
    public void Lookups_are_case_accent_punctuation_and_legal_suffix_blind(string name, OrganisationKind kind) =>
        Assert.Equal(kind, Shipped.Organisation(name)?.Kind);

    [Theory]
    [InlineData("Google Brain", "Google")]
    [InlineData("FAIR", "Meta")]
    [InlineData("Meta Superintelligence Labs", "Meta")]
    [InlineData("Microsoft AI", "Microsoft")]
    [InlineData("Google DeepMind", "Google DeepMind")]
    [InlineData("Kestrel Labs", "Kestrel Labs")]
    public void Units_count_as_their_parent_employer(string name, string employer) =>
        Assert.Equal(employer, Shipped.EmployerName(name));

    [Fact]
    public void Products_and_outlets_are_organisations_but_not_employers_by_kind_while_investors_and_government_bodies_are()
    {
        Assert.False(Shipped.Organisation("Sora")!.IsEmployer);
        Assert.False(Shipped.Organisation("The New York Times")!.IsEmployer);
        Assert.True(Shipped.Organisation("Sequoia Capital")!.IsEmployer);
        Assert.True(Shipped.Organisation("Federal Trade Commission")!.IsEmployer);
        Assert.True(Shipped.Organisation("Anthropic")!.IsEmployer);
    }

    [Fact]
    public void A_home_town_names_the_organisations_based_there()
    {
        Assert.Equal(["Apple"], Shipped.OrganisationsAt("Cupertino"));
        Assert.Contains("Intel", Shipped.OrganisationsAt("santa clara"));
        Assert.Empty(Shipped.OrganisationsAt("Amsterdam"));
    }

    [Fact]
    public void Places_fields_and_titles_are_no_names_and_famous_people_are_people()
    {
        Assert.True(Shipped.IsNotAName("Silicon Valley"));
        Assert.True(Shipped.IsNotAName("Machine Learning"));
        Assert.True(Shipped.IsNotAName("Generative AI"));
        Assert.True(Shipped.IsPerson("Sam Altman"));
        Assert.True(Shipped.IsSurname("Sutskever"));
        Assert.Null(Shipped.Organisation("Sam Altman"));
    }

    [Fact]
    public void A_common_word_is_not_the_company_whose_name_it_is_without_a_legal_suffix()
    {
        Assert.Null(Shipped.Organisation("News"));
        Assert.Equal("News Corp", Shipped.Organisation("News Corp")?.Name);
        Assert.Equal("News Corp", Shipped.Organisation("News Corporation")?.Name);
        Assert.Equal("Randstad", Shipped.Organisation("Randstad")?.Name); // a region and a company: the company
    }

    [Theory]
    [InlineData("Intel India AI", "Intel")]
    [InlineData("Microsoft Nederland", "Microsoft")]
    [InlineData("Google Benelux AI", "Google")]
    public void Branch_and_AI_words_after_a_company_name_it(string name, string company) =>
        Assert.Equal(company, Shipped.Organisation(name)?.Name);

    [Fact]
    public void An_acronym_plural_is_no_name_but_the_same_letters_in_capitals_are()
    {
        Assert.True(Shipped.IsNotAName("EVs"));
        Assert.True(Shipped.IsNotAName("LLMs"));
        Assert.False(Shipped.IsNotAName("EVS")); // the Belgian broadcast-equipment maker
        Assert.True(Shipped.IsNotAName("ML"));
    }

    [Fact]
    public void A_store_adds_its_companies_and_people_without_overriding_the_shipped_kinds()
    {
        var curated = Shipped.WithCurated(
            [new CuratedName("Ostrava Dynamics", ["Ostrava"]), new CuratedName("ChatGPT", [])],
            [new CuratedName("Marek Hroch", ["M. Hroch"])]);

        Assert.Equal(OrganisationKind.Curated, curated.Organisation("Ostrava")?.Kind);
        Assert.Equal(OrganisationKind.Product, curated.Organisation("ChatGPT")?.Kind);
        Assert.True(curated.IsPerson("Marek Hroch"));
        Assert.Null(Shipped.Organisation("Ostrava Dynamics"));
    }

    [Theory]
    [InlineData("Acme\tlab\t\t\nAcme Unit\tunit\tNowhere\t\n", "organisations.tsv:2: parent 'Nowhere'")]
    [InlineData("# header\nAcme\tstartup\t\t\n", "organisations.tsv:2: unknown kind 'startup'")]
    [InlineData("Acme\n", "organisations.tsv:1: expected name, kind")]
    [InlineData("Acme\tcompany\t\tAcme Corp\nOrrery\tlab\t\t\nACME\tlab\t\t\n", "organisations.tsv:3: 'ACME' is listed before, on line 1")]
    public void A_malformed_knowledge_line_names_file_and_line(string organisations, string message)
    {
        var e = Assert.Throws<FormatException>(() => ExtractionKnowledge.Parse(organisations, string.Empty, string.Empty, string.Empty));
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Boekwinkel", true)]
    [InlineData("Webwinkel", false)] // three letters before the noun: too short to be a compound descriptor
    [InlineData("Boekhandel", false)]
    [InlineData("boekwinkel", false)]
    [InlineData("BoekWinkel", false)]
    public void Company_descriptor_endings_come_from_the_non_organisations_file(string word, bool descriptor)
    {
        var knowledge = ExtractionKnowledge.Parse(string.Empty, "# heading\n-winkel\nSilicon Valley\n", string.Empty, string.Empty);

        Assert.Equal(descriptor, knowledge.IsCompanyDescriptor(word));
        Assert.True(knowledge.IsNotAName("Silicon Valley"));
        Assert.False(knowledge.IsNotAName("-winkel"));
    }

    [Fact]
    public void Places_are_the_phrases_under_a_places_heading()
    {
        var knowledge = ExtractionKnowledge.Parse(string.Empty, "# Places and regions: Europe\nBrussels\n# Fields and concepts\nArtificial Intelligence\n", string.Empty, string.Empty);

        Assert.True(knowledge.IsPlace("brussels"));
        Assert.False(knowledge.IsPlace("Artificial Intelligence"));
        Assert.True(knowledge.IsNotAName("Artificial Intelligence"));
        Assert.True(Shipped.IsPlace("Amsterdam"));
        Assert.False(Shipped.IsPlace("AI"));
    }
}
