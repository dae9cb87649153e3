namespace TalentWatch.Extraction.Tests.Departures;

/// <summary>Error classes found in session 36, by probing with invented sentences and on the blind sets read then; every
/// fixture is invented.</summary>
public class Session36ClassTests
{
    [Theory]
    [InlineData("Embroiled in Patent Fights, Veritas AI Loses Wireless Executive to Orrery Systems.")]
    [InlineData("Veritas AI's Custom Chip Lead Defects to Orrery Systems.")]
    [InlineData("High-Ranking Researcher Resigns From Veritas AI Team.")]
    [InlineData("Orrery Systems Poaches Two of Veritas AI's Top Engineers.")]
    public void A_capitalised_run_ending_in_a_worker_noun_is_no_person(string text)
    {
        var result = ExtractionFixture.Run("en", text);

        Assert.DoesNotContain(result.Departures, d => d.Person is { } person
            && (person.EndsWith("Executive", StringComparison.Ordinal) || person.EndsWith("Lead", StringComparison.Ordinal)
                || person.EndsWith("Researcher", StringComparison.Ordinal) || person.EndsWith("Engineers", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_person_whose_surname_is_also_a_title_word_stays_a_person()
    {
        var departure = ExtractionFixture.Single("en", "Jeff Dean has left Orrery Systems to join Veritas AI.");

        Assert.Equal(("Jeff Dean", "Orrery Systems", "Veritas AI"), (departure.Person, departure.From, departure.To));
    }

    [Fact]
    public void The_departures_of_the_firms_titled_people_are_each_read()
    {
        var result = ExtractionFixture.Run("en", "Veritas AI CEO Kim Lorenz announced the departures of the firm's VP of cloud infrastructure Dana Whitlock, VP of applications Ivo Maresh, and VP of networking and security Lena Marsh.");

        Assert.Equal<string?>(["Dana Whitlock", "Ivo Maresh", "Lena Marsh"], result.Departures.Select(d => d.Person).Order().ToList());
        Assert.All(result.Departures, d => Assert.Equal("Veritas AI", d.From));
    }

    [Theory]
    [InlineData("en", "Veritas AI is shaking up its leadership. Chief financial officer Dana Whitlock, chief operating officer Ivo Maresh and chief marketing officer Lena Marsh are all leaving the firm, although Whitlock will stay on until March as a special adviser.", 3)]
    [InlineData("nl", "Lieke Dam vertrekt bij Coolblue, maar blijft tot de zomer aan als adviseur.", 1)]
    public void Staying_on_until_a_time_is_the_notice_period_of_a_departure(string language, string text, int departures)
    {
        var result = ExtractionFixture.Run(language, text);

        Assert.Equal(departures, result.Departures.Count);
    }

    [Theory]
    [InlineData("en", "Tom Baker is stepping down as CEO of Veritas AI but will remain as chairman.")]
    [InlineData("nl", "Lieke Dam stopt als directeur van Coolblue, maar blijft aan als adviseur.")]
    public void Staying_on_in_another_role_is_still_no_departure(string language, string text)
    {
        Assert.Empty(ExtractionFixture.Run(language, text).Departures);
    }

    [Fact]
    public void A_title_case_headline_names_the_guru_and_the_start_up_without_their_descriptors()
    {
        var departure = ExtractionFixture.Single("en", "Ex-Cohere Chip Guru Dana Whitlock Joins AI Startup Orrery Systems.");

        Assert.Equal(("Dana Whitlock", "Cohere", "Orrery Systems"), (departure.Person, departure.From, departure.To));
    }
}
