using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Departures;
using TalentWatch.Core.History;
using TalentWatch.Data.Editing;
using TalentWatch.Data.Imports.Articles;
using TalentWatch.Data.Quality;
using TalentWatch.Data.Store;
using TalentWatch.Data.Tests.Editing;
using TalentWatch.Extraction;

namespace TalentWatch.Data.Tests.Quality;

public sealed class QualityReportSqliteTests() : QualityReportTests(StoreProvider.Sqlite);

public sealed class QualityReportPostgresTests() : QualityReportTests(StoreProvider.Postgres);

/// <summary>Runs on both providers (the two classes above). Invented articles imported with the real extractor, then reviewed.</summary>
public abstract class QualityReportTests(StoreProvider provider) : IDisposable
{
    private const string Veritas = """
        ---
        title: "Veritas AI loses its research chief to Meta"
        published: 2026-03-12
        language: en
        ---
        Veritas AI confirmed on Tuesday that its head of research, Lena Marsh, has left the company to join Meta.

        Marsh co-founded Veritas AI in 2022. Data lead Omar Haddad cleared his desk on Friday as well. A spokesperson said the start-up would name a successor soon.
        """;

    private const string Aurora = """
        ---
        title: "Two departures at Aurora Labs"
        published: 2026-02-20
        language: en
        ---
        Aurora Labs engineer Tomas Brandt has left the company for Google DeepMind, he wrote on LinkedIn.

        In January, Priya Natarajan, the chief technology officer of Aurora Labs, resigned to join OpenAI.
        """;

    private const string Noordlicht = """
        ---
        title: "Noordlicht AI verliest medeoprichter"
        published: 2026-01-15
        language: nl
        ---
        Joris Veldman, medeoprichter van Noordlicht AI, vertrekt naar Anthropic, zo bevestigde het bedrijf donderdag.
        """;

    private static readonly Actor Editor = Actor.Named("user-edith", "Edith Editor");

    private readonly TestStore store = new(provider);

    private readonly FixedClock clock = new(new DateTimeOffset(2026, 3, 20, 9, 0, 0, TimeSpan.Zero));

    private QualityReport Report => new(store.Factory, new DepartureExtractor());

    public void Dispose()
    {
        store.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Only_reviewed_articles_are_scored()
    {
        await ImportAsync();

        var summary = await Report.GetAsync();

        Assert.Equal(0, summary.ReviewedArticles);
        Assert.Equal((0, 0), (summary.Overall.Report.GoldDepartures, summary.Overall.Report.PredictedDepartures));
        Assert.Empty(summary.ByLanguage);
        Assert.All(summary.Corrections, c => Assert.Equal(0, c.Departures));
    }

    [Fact]
    public async Task Articles_reviewed_as_extracted_score_1()
    {
        await ImportAsync();
        await using (var db = await store.Factory.CreateDbContextAsync())
        {
            foreach (var departure in await db.Departures.ToListAsync())
            {
                Assert.True((await new DepartureEditor(store.Factory, clock).AcceptAsync(departure.Id, departure.Version, Editor)).Succeeded);
            }
        }

        await MarkAllReviewedAsync();

        var summary = await Report.GetAsync();

        Assert.Equal(3, summary.ReviewedArticles);
        Assert.Equal("precision 1.000 recall 1.000 F1 1.000 destination 1.000 date 1.000", summary.Overall.Report.SummaryLine);
        Assert.Equal((4, 4), (summary.Overall.Report.GoldDepartures, summary.Overall.Report.MatchedDepartures));
    }

    [Fact]
    public async Task Corrections_lower_the_figures_per_language_and_month_and_are_counted_by_kind()
    {
        await ImportAsync();
        var departures = new DepartureEditor(store.Factory, clock);
        await using (var db = await store.Factory.CreateDbContextAsync())
        {
            foreach (var departure in await db.Departures.Include(d => d.Person).ToListAsync())
            {
                switch (departure.Person!.Name)
                {
                    case "Tomas Brandt":
                        Assert.True((await departures.RejectAsync(departure.Id, departure.Version, Editor)).Succeeded);
                        break;
                    case "Priya Natarajan":
                        var edited = await departures.EditAsync(departure.Id, departure.Version,
                            new DepartureFields("Priya Natarajan", "Aurora Labs", "Anthropic", "2026-01", "chief technology officer", false), Editor);
                        Assert.True(edited.Succeeded, edited.Message);
                        Assert.True((await departures.AcceptAsync(departure.Id, departure.Version + 1, Editor)).Succeeded);
                        break;
                    default:
                        Assert.True((await departures.AcceptAsync(departure.Id, departure.Version, Editor)).Succeeded);
                        break;
                }
            }

            var veritas = await db.Articles.SingleAsync(a => a.Title!.StartsWith("Veritas"));
            var sentence = "Data lead Omar Haddad cleared his desk on Friday as well.";
            var added = await new ArticleReviewEditor(store.Factory, clock).AddDepartureAsync(veritas.Id,
                new DepartureFields("Omar Haddad", "Veritas AI", null, "2026-03", "Data lead", false),
                [new TextSpan(veritas.Text.IndexOf(sentence, StringComparison.Ordinal), sentence.Length)], Editor);
            Assert.True(added.Succeeded, added.Result.Message);
        }

        await MarkAllReviewedAsync();

        var summary = await Report.GetAsync();

        // Gold: Lena, Priya (to Anthropic), Omar; Joris. Predicted: Lena, Tomas, Priya (to OpenAI); Joris.
        Assert.Equal("precision 0.750 recall 0.750 F1 0.750 destination 0.667 date 1.000", summary.Overall.Report.SummaryLine);
        Assert.Equal([("en", 2, "precision 0.667 recall 0.667 F1 0.667 destination 0.500 date 1.000"), ("nl", 1, "precision 1.000 recall 1.000 F1 1.000 destination 1.000 date 1.000")],
            summary.ByLanguage.Select(f => (f.Label, f.Articles, f.Report.SummaryLine)));
        Assert.Equal([("2026-03", 2, 0.667), ("2026-04", 1, 1.0)], summary.ByImportMonth.Select(f => (f.Label, f.Articles, Math.Round(f.Report.F1, 3))));
        Assert.Equal(
        [
            (CorrectionKinds.DestinationChanged, 1), (CorrectionKinds.Rejected, 1), (CorrectionKinds.AddedByHand, 1), (CorrectionKinds.CompanyLeftChanged, 0),
            (CorrectionKinds.DestinationAdded, 0), (CorrectionKinds.DateChanged, 0), (CorrectionKinds.PersonChanged, 0),
        ], summary.Corrections.Select(c => (c.Kind, c.Departures)));
    }

    [Fact]
    public async Task A_company_changed_and_a_destination_added_are_told_apart()
    {
        await ImportAsync();
        var departures = new DepartureEditor(store.Factory, clock);
        await using (var db = await store.Factory.CreateDbContextAsync())
        {
            var joris = await db.Departures.SingleAsync(d => d.Person!.Name == "Joris Veldman");
            Assert.True((await departures.EditAsync(joris.Id, joris.Version, new DepartureFields("Joris Veldman", "Noordlicht", "Anthropic", "2026-01", null, true), Editor)).Succeeded);
            var lena = await db.Departures.SingleAsync(d => d.Person!.Name == "Lena Marsh");
            Assert.True((await departures.EditAsync(lena.Id, lena.Version, new DepartureFields("Lena Marsh", "Veritas AI", null, "2026-03", null, true), Editor)).Succeeded);
            Assert.True((await departures.EditAsync(lena.Id, lena.Version + 1, new DepartureFields("Lena Marsh", "Veritas AI", "Meta", "2026-03", null, true), Editor)).Succeeded);
        }

        var corrections = (await Report.CorrectionsAsync()).ToDictionary(c => c.Kind, c => c.Departures);

        Assert.Equal((1, 1, 1), (corrections[CorrectionKinds.CompanyLeftChanged], corrections[CorrectionKinds.DestinationAdded], corrections[CorrectionKinds.DestinationChanged]));
        Assert.Equal(CorrectionKinds.CompanyLeftChanged, (await Report.CorrectionsAsync())[0].Kind);
    }

    private async Task ImportAsync()
    {
        var importer = new ArticleImporter(store.Factory, new DepartureExtractor(), clock);
        foreach (var (name, content, importedAt) in new[]
                 {
                     ("001-veritas.md", Veritas, new DateTimeOffset(2026, 3, 20, 9, 0, 0, TimeSpan.Zero)),
                     ("002-aurora.md", Aurora, new DateTimeOffset(2026, 3, 21, 9, 0, 0, TimeSpan.Zero)),
                     ("003-noordlicht.md", Noordlicht, new DateTimeOffset(2026, 4, 2, 9, 0, 0, TimeSpan.Zero)),
                 })
        {
            clock.Now = importedAt;
            var result = await importer.ImportFileAsync(store.WriteFile(name, content), accept: false);
            Assert.Equal(ArticleImportOutcome.Imported, result.Outcome);
        }

        await using var db = await store.Factory.CreateDbContextAsync();
        Assert.Equal(4, await db.Departures.CountAsync(d => d.Status == DepartureStatus.Extracted));
    }

    private async Task MarkAllReviewedAsync()
    {
        var review = new ArticleReviewEditor(store.Factory, clock);
        await using var db = await store.Factory.CreateDbContextAsync();
        foreach (var id in await db.Articles.Select(a => a.Id).ToListAsync())
        {
            var marked = await review.MarkReviewedAsync(id, Editor);
            Assert.True(marked.Succeeded, marked.Message);
        }
    }
}
