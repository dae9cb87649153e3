namespace TalentWatch.Extraction.Tests.Departures;

/// <summary>Session 25: a minister (a role noun before a name) is a person, so never the employer that hires.</summary>
public class EmployerSlotTests
{
    [Fact]
    public void A_minister_who_appoints_someone_is_no_destination()
    {
        var result = ExtractionFixture.Run("nl", "Minister Tjardo Bruins van OCW heeft Jan de Boer vervolgens benoemd tot nieuwe toezichthouder bij Philips.");

        Assert.DoesNotContain(result.Departures, d => d.To == "Tjardo Bruins" || d.From == "Tjardo Bruins");
    }
}
