namespace TalentWatch.Extraction.Tests.Departures;

/// <summary>Session 23: an article whose headline denies that a person leaves reports a rumour, not a departure; a headline
/// that says the person leaves, or denies something else, keeps it.</summary>
public class HeadlineDenialTests
{
    private static ExtractionResult Read(string title, string text) =>
        ExtractionFixture.WithTitle("en", title, text);

    private const string Rumour = "News website The Leak reported that Dana Whitlock will quit Veritas AI early next year, citing an unnamed source.";

    [Theory]
    [InlineData("Veritas AI denies Dana Whitlock is stepping down")]
    [InlineData("Dana Whitlock not leaving Veritas AI, company says")]
    [InlineData("Whitlock has no plans to resign as Veritas AI chief")]
    [InlineData("Veritas AI spokesperson denies report of CEO Whitlock stepping down next year")]
    [InlineData("Dana Whitlock's Veritas AI Exit Denied: No Succession Plan Soon")]
    public void A_headline_that_denies_the_persons_departure_leaves_none(string title)
    {
        Assert.Empty(Read(title, Rumour).Departures);
    }

    [Theory]
    [InlineData("Dana Whitlock to quit Veritas AI")]
    [InlineData("Veritas AI denies layoffs as Dana Whitlock quits")]
    public void A_headline_that_reports_the_departure_or_denies_something_of_someone_else_keeps_it(string title)
    {
        var text = title.Contains("denies", StringComparison.Ordinal)
            ? "Dana Whitlock has left Veritas AI. Ivo Maresh denied that the company plans layoffs."
            : "Dana Whitlock has left Veritas AI, the company said on Monday.";

        var d = Assert.Single(Read(title, text).Departures);
        Assert.Equal(("Dana Whitlock", "Veritas AI"), (d.Person, d.From));
    }
}
