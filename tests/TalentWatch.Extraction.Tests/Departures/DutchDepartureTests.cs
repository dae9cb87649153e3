namespace TalentWatch.Extraction.Tests.Departures;

public class DutchDepartureTests
{
    [Theory]
    [InlineData("Maarten de Vries vertrekt bij Kanaal AI en gaat aan de slag bij Microsoft.", "Maarten de Vries", "Kanaal AI", "Microsoft")]
    [InlineData("Esmee Jansen stapt over van Wadden AI naar OpenAI.", "Esmee Jansen", "Wadden AI", "OpenAI")]
    [InlineData("Nvidia haalt Thomas Groen weg bij Klompen Robotics.", "Thomas Groen", "Klompen Robotics", "Nvidia")]
    [InlineData("Het Zwolse Dijkgraaf AI ziet medeoprichter Lieke Smit vertrekken naar Meta.", "Lieke Smit", "Dijkgraaf AI", "Meta")]
    [InlineData("Ruben van der Berg verlaat Molen Labs voor Anthropic.", "Ruben van der Berg", "Molen Labs", "Anthropic")]
    [InlineData("Molen Labs verloor in maart al Sara Koç, hoofd data; zij vertrok naar Amazon.", "Sara Koç", "Molen Labs", "Amazon")]
    [InlineData("Molen Labs raakt onderzoeker Karim Bouali kwijt aan Google.", "Karim Bouali", "Molen Labs", "Google")]
    [InlineData("Daan Hermans wordt weggekaapt door Apple, meldt Molen Labs.", "Daan Hermans", "Molen Labs", "Apple")]
    public void Reads_dutch_constructions(string text, string person, string from, string to)
    {
        var d = ExtractionFixture.Single("nl", text);

        Assert.Equal(person, d.Person);
        Assert.Equal(from, d.From);
        Assert.Equal(to, d.To);
    }

    [Fact]
    public void Boomerang_in_dutch()
    {
        var d = ExtractionFixture.Single("nl", "Jelle Bos keert terug naar Google, na twee jaar als CTO van Turf AI.");

        Assert.Equal("Turf AI", d.From);
        Assert.Equal("Google", d.To);
        Assert.Equal("CTO", d.Role);
    }

    [Fact]
    public void Inverted_word_order_and_company_reference()
    {
        var result = ExtractionFixture.Run("nl",
            "Turf AI maakt software voor boeren. Eind vorig jaar verliet commercieel directeur Mila Peters het bedrijf.");

        var d = Assert.Single(result.Departures);
        Assert.Equal("Mila Peters", d.Person);
        Assert.Equal("Turf AI", d.From);
        Assert.Equal("2025-12", d.Date);
        Assert.Equal("commercieel directeur", d.Role);
        Assert.False(d.Founder);
    }

    [Fact]
    public void Farewell_with_a_later_exact_day()
    {
        var result = ExtractionFixture.Run("nl",
            "Noor Visscher neemt afscheid van Tulp AI, het bedrijf dat zij in 2019 oprichtte. Visscher neemt op 28 maart afscheid.");

        var d = Assert.Single(result.Departures);
        Assert.Equal("Tulp AI", d.From);
        Assert.Equal("2026-03-28", d.Date);
        Assert.True(d.Founder);
    }

    [Theory]
    [InlineData("Volgens geruchten stapt Wim Kok over van Tulp AI naar Meta.")]
    [InlineData("Wim Kok ontkent dat hij Tulp AI verlaat.")]
    [InlineData("Tulp AI heeft Wim Kok benoemd tot technisch directeur.")]
    [InlineData("Wim Kok zou volgens ingewijden overwegen Tulp AI te verlaten.")]
    [InlineData("'Ik ga hier niet weg, ik vertrek niet bij Tulp AI,' zegt Wim Kok.")]
    public void Dutch_rumours_denials_and_appointments_are_not_departures(string text)
    {
        Assert.Empty(ExtractionFixture.Run("nl", text).Departures);
    }

    [Fact]
    public void Unnamed_cofounder_in_dutch()
    {
        var result = ExtractionFixture.Run("nl", "Eerder dit jaar stapte bij Turf AI een derde medeoprichter op, die anoniem wil blijven.");

        var d = Assert.Single(result.Departures);
        Assert.Null(d.Person);
        Assert.Equal("Turf AI", d.From);
        Assert.True(d.Founder);
        Assert.Equal("2026", d.Date);
    }
}
