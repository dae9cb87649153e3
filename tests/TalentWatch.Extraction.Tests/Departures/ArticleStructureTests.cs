namespace TalentWatch.Extraction.Tests.Departures;

/// <summary>How the shape of a page copied from the web (plain sub-headings, a move told twice under two names, a job title run
/// into a name) changes what a sentence means. Every sentence here is written for the test.</summary>
public class ArticleStructureTests
{
    [Fact]
    public void A_line_that_is_only_a_company_name_is_a_heading_not_the_subject_of_the_article()
    {
        var result = ExtractionFixture.Run("nl",
            "De nieuwe topman van de Amerikaanse chipmaker Intel is na zes weken alweer vertrokken. Joost Verhaar heeft zijn ontslag ingediend, omdat hij zich niet aan de gedragsregels heeft gehouden.\n\n"
            + "Nvidia\n\n"
            + "Verhaar is de tweede topman van een chipbedrijf die dit jaar opstapt. Vorige maand moest Kees Vos van Nvidia het veld ruimen.");

        Assert.Contains(result.Departures, d => d.Person == "Joost Verhaar" && d.From == "Intel");
        Assert.DoesNotContain(result.Departures, d => d.Person == "Joost Verhaar" && d.From == "Nvidia");
    }

    [Fact]
    public void One_move_told_with_the_company_and_with_its_first_word_is_one_departure()
    {
        var result = ExtractionFixture.Run("en",
            "Dana Whitlock is leaving Google DeepMind to join Anthropic. It is another high-profile departure from Google's AI division, and Dana Whitlock is not the only researcher to leave Google this year.");

        var d = Assert.Single(result.Departures, d => d.Person == "Dana Whitlock");
        Assert.Equal("Google DeepMind", d.From);
        Assert.Equal("Anthropic", d.To);
    }

    [Fact]
    public void A_title_run_into_a_name_the_article_writes_alone_is_split_from_it()
    {
        var result = ExtractionFixture.Run("en",
            "Orrery Systems Vice President of Cloud Infrastructure Hardware Ruth Abernathy has left the company to go to cloud computing rival Cohere. Ruth Abernathy confirmed the move on LinkedIn.");

        var d = Assert.Single(result.Departures);
        Assert.Equal("Ruth Abernathy", d.Person);
        Assert.Equal("Orrery Systems", d.From);
        Assert.Equal("Cohere", d.To);
    }

    [Fact]
    public void A_surname_run_into_a_company_is_the_person_and_the_company()
    {
        var result = ExtractionFixture.Run("nl",
            "Marc Verduin vertrekt per direct als topman van de Nederlandse tak van Adyen. Bestuursvoorzitter Kees Vos noemt het spijtig dat Verduin Adyen zo snel verlaat.");

        Assert.DoesNotContain(result.Departures, d => d.Person == "Verduin Adyen");
        Assert.Contains(result.Departures, d => d.Person == "Marc Verduin" && d.From == "Adyen");
    }

    [Fact]
    public void A_destination_described_before_its_name_is_the_name()
    {
        var rival = ExtractionFixture.Single("en", "Dana Whitlock, who left Veritas AI this month, is taking a job at arch rival Cohere.");
        Assert.Equal("Cohere", rival.To);

        var backer = ExtractionFixture.Single("en", "Tomasz Wielgus left Veritas AI and moved to Orrery Systems' biggest rival Cohere.");
        Assert.Equal("Veritas AI", backer.From);
        Assert.Equal("Cohere", backer.To);
    }

    [Fact]
    public void A_move_told_only_in_the_headline_counts_for_someone_the_text_names()
    {
        var result = WithTitle("nl", "Joost Verhaar vertrekt bij Orrery Systems",
            "Per 1 april werd Joost Verhaar aangesteld als directeur, maar nu is zijn vertrek alweer aangekondigd.");

        var d = Assert.Single(result.Departures);
        Assert.Equal(("Joost Verhaar", "Orrery Systems"), (d.Person, d.From));
        Assert.Equal("Joost Verhaar vertrekt bij Orrery Systems.", d.Evidence);
        Assert.Empty(d.EvidenceSpans);
    }

    [Fact]
    public void A_headline_adds_nothing_when_the_text_keeps_the_person_or_never_names_them()
    {
        Assert.Empty(WithTitle("nl", "Sanne de Groot treedt af als CEO van Orrery Systems",
            "Orrery Systems krijgt een nieuwe CEO. Sanne de Groot wordt op haar beurt voorzitter van de raad van bestuur.").Departures);
        Assert.Empty(WithTitle("en", "Dana Whitlock leaves Veritas AI", "The lab has had a difficult year.").Departures);
        Assert.Empty(WithTitle("en", "Is Dana Whitlock leaving Veritas AI?", "Dana Whitlock spoke at a conference on Tuesday.").Departures);
    }

    [Fact]
    public void A_headline_that_tells_a_move_by_role_is_the_move_of_the_person_the_text_opens_with()
    {
        var leave = Assert.Single(WithTitle("nl", "Chef boekhouding verlaat Halcyon Labs",
            "Dana Lemaire, die de boekhouding van het bedrijf leidde, heeft volgens ingewijden haar laatste werkdag gehad. Het bedrijf bevestigt het nieuws.").Departures);
        Assert.Equal(("Dana Lemaire", "Halcyon Labs", (string?)null), (leave.Person, leave.From, leave.To));
        Assert.Equal("Chef boekhouding verlaat Halcyon Labs", leave.Evidence);
        Assert.Empty(leave.EvidenceSpans);

        var join = Assert.Single(WithTitle("en", "Veritas AI cofounder joins Orrery",
            "Co-founder Bram Kok announced today that he will lead a new research team. The company did not comment.").Departures);
        Assert.Equal(("Bram Kok", "Veritas AI", "Orrery"), (join.Person, join.From, join.To));
    }

    [Fact]
    public void A_role_headline_adds_nothing_when_the_text_tells_a_move_keeps_the_person_or_hedges()
    {
        // The text's own departure stands; the headline is not read for a second person.
        var told = WithTitle("en", "Veritas AI's hardware chief is leaving the company",
            "Bram Kok has left Veritas AI after six years. Ivo Maresh, a colleague, praised him.");
        Assert.Equal(["Bram Kok"], told.Departures.Select(d => d.Person));
        Assert.Empty(WithTitle("nl", "Topman Halcyon Labs stapt op",
            "Dana Lemaire blijft aan als voorzitter van de raad van bestuur van het bedrijf.").Departures);
        Assert.Empty(WithTitle("en", "Veritas AI's hardware chief denies he is leaving the company",
            "Bram Kok ran hardware engineering for six years.").Departures);
        Assert.Empty(WithTitle("en", "Veritas AI's hardware chief is leaving the company", "The lab has had a difficult year.").Departures);
    }

    private static ExtractionResult WithTitle(string language, string title, string text) =>
        ExtractionFixture.WithTitle(language, title, text);
}
