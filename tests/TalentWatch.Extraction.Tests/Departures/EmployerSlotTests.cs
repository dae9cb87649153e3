namespace TalentWatch.Extraction.Tests.Departures;

/// <summary>Session 25: a name the article uses for a person never stands as the company left or the employer joined.</summary>
public class EmployerSlotTests
{
    [Fact]
    public void A_minister_who_appoints_someone_is_no_destination()
    {
        var result = ExtractionFixture.Run("nl", "Minister Eppo Bruins van OCW heeft Jan de Boer vervolgens benoemd tot nieuwe toezichthouder bij Philips.");

        Assert.DoesNotContain(result.Departures, d => d.To == "Eppo Bruins" || d.From == "Eppo Bruins");
    }
}
