using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using TalentWatch.Core.Departures;
using TalentWatch.Data.Imports.Articles;
using TalentWatch.Data.Store;
using TalentWatch.Extraction;

namespace TalentWatch.Data.Tests.Imports.Articles;

public sealed class AutoAcceptSqliteTests() : AutoAcceptTests(StoreProvider.Sqlite);

public sealed class AutoAcceptPostgresTests() : AutoAcceptTests(StoreProvider.Postgres);

/// <summary><c>Review:AutoAcceptAbove</c> on import, and the stored confidence. Runs on both providers.</summary>
public abstract class AutoAcceptTests(StoreProvider provider) : IDisposable
{
    private const string Text = "Ada Vos left Veritas AI for Meta. Bo Lind left Veritas AI for Google. Cy Maas left Veritas AI.";

    private readonly TestStore store = new(provider);

    public void Dispose()
    {
        store.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Departures_at_or_above_the_threshold_arrive_accepted_the_rest_go_to_review()
    {
        var importer = Importer(new ReviewSettings(0.8));

        var result = await importer.ImportAsync(Extraction(Text, ("Ada Vos", "Meta", 0.95), ("Bo Lind", "Google", 0.8), ("Cy Maas", null, 0.79)), accept: false);

        Assert.Equal(ArticleImportOutcome.Imported, result.Outcome);
        Assert.Equal([("Ada Vos", DepartureStatus.Accepted, 0.95), ("Bo Lind", DepartureStatus.Accepted, 0.8), ("Cy Maas", DepartureStatus.Extracted, 0.79)], await StatusesAsync());
    }

    [Fact]
    public async Task Off_by_default_every_import_goes_to_review_with_its_confidence()
    {
        await Importer(null).ImportAsync(Extraction(Text, ("Ada Vos", "Meta", 1.0), ("Cy Maas", null, 0.2)), accept: false);

        Assert.Equal([("Ada Vos", DepartureStatus.Extracted, 1.0), ("Cy Maas", DepartureStatus.Extracted, 0.2)], await StatusesAsync());
    }

    [Fact]
    public async Task A_later_more_confident_report_raises_the_confidence_and_accepts_the_departure()
    {
        var importer = Importer(new ReviewSettings(0.9));
        await importer.ImportAsync(Extraction(Text, ("Ada Vos", "Meta", 0.6)), accept: false);

        await importer.ImportAsync(Extraction("Ada Vos has left Veritas AI to join Meta, the company said.", ("Ada Vos", "Meta", 0.92)), accept: false);
        Assert.Equal([("Ada Vos", DepartureStatus.Accepted, 0.92)], await StatusesAsync());

        await importer.ImportAsync(Extraction("Ada Vos quit Veritas AI for Meta in the spring.", ("Ada Vos", "Meta", 0.3)), accept: false);
        Assert.Equal([("Ada Vos", DepartureStatus.Accepted, 0.92)], await StatusesAsync());
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData(" 0.85 ", 0.85)]
    [InlineData("1", 1.0)]
    [InlineData("0", 0.0)]
    public void The_setting_reads_a_confidence_from_0_to_1_or_nothing(string? value, double? expected) =>
        Assert.Equal(expected, ReviewSettings.From(Configuration(value)).AutoAcceptAbove);

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    [InlineData("high")]
    [InlineData("0,9")]
    public void Anything_else_is_refused_naming_the_setting(string value)
    {
        var error = Assert.Throws<InvalidSettingException>(() => ReviewSettings.From(Configuration(value)));

        Assert.Contains($"Review:AutoAcceptAbove is '{value}'", error.Message, StringComparison.Ordinal);
    }

    private ArticleImporter Importer(ReviewSettings? review) => new(store.Factory, new DepartureExtractor(), TimeProvider.System, review: review);

    private static IConfiguration Configuration(string? value) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [ReviewSettings.Key] = value }).Build();

    /// <summary>What the extractor would report for <paramref name="text"/>: one departure from Veritas AI per person, with the given confidence.</summary>
    private static ExtractionResult Extraction(string text, params (string Person, string? To, double Confidence)[] departures)
    {
        var document = new ArticleDocument("article.md", "Departures", null, null, new DateOnly(2026, 3, 1), "en", text, Guid.NewGuid().ToString("N"));
        return new ExtractionResult(document, true,
            departures.Select(d => Departure(d.Person, d.To, d.Confidence, text.IndexOf(d.Person, StringComparison.Ordinal))).ToList(), [], []);
    }

    private static ExtractedDeparture Departure(string person, string? to, double confidence, int at) =>
        new(person, "Veritas AI", to, "2026-03", null, null, $"{person} left Veritas AI.", [new TextSpan(Math.Max(at, 0), person.Length)], confidence);

    private async Task<List<(string, DepartureStatus, double)>> StatusesAsync()
    {
        await using var db = await store.Factory.CreateDbContextAsync();
        var rows = await db.Departures.OrderBy(d => d.Id).Select(d => new { d.Person!.Name, d.Status, d.Confidence }).ToListAsync();
        return rows.Select(r => (r.Name, r.Status, r.Confidence!.Value)).ToList();
    }
}
