using TalentWatch.Core.Dates;
using TalentWatch.Data.Imports.Csv;
using TalentWatch.Data.Reports;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Tests.Reports;

public sealed class QuarterSummaryServiceSqliteTests() : QuarterSummaryServiceTests(StoreProvider.Sqlite);

public sealed class QuarterSummaryServicePostgresTests() : QuarterSummaryServiceTests(StoreProvider.Postgres);

/// <summary>Runs on both providers (the two classes above).</summary>
public abstract class QuarterSummaryServiceTests(StoreProvider provider) : IDisposable
{
    private readonly TestStore store = new(provider);

    public void Dispose()
    {
        store.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<QuarterSummaryService> ImportedAsync()
    {
        var importer = new CsvImporter(store.Factory);
        foreach (var (name, content) in new[] { ("companies.csv", Fixtures.Companies), ("headcounts.csv", Fixtures.Headcounts), ("departures.csv", Fixtures.Departures) })
        {
            Assert.True((await importer.ImportFileAsync(store.WriteFile(name, content))).Succeeded);
        }

        return new QuarterSummaryService(store.Factory);
    }

    [Fact]
    public async Task The_summary_follows_the_spec_definitions()
    {
        var service = await ImportedAsync();

        var summary = await service.GetAsync(Quarter.Parse("2026-Q1"));

        Assert.Equal("2026-Q1", summary.Quarter);
        Assert.Equal(4, summary.TotalDepartures); // Ana (two reports, merged), Bram, Dara's second departure, Eve; Finn's date is unknown
        Assert.Equal(1, summary.UnplacedDepartures); // Chen: year only
        Assert.Equal(["Veritas AI", "Aurora Labs"], summary.Companies.Select(c => c.Company));

        var veritas = summary.Companies[0];
        Assert.Equal(3, veritas.Departures);
        Assert.Equal(2, veritas.FounderDepartures);
        Assert.Equal(4, veritas.FoundingTeamSize);
        Assert.Equal(3, veritas.FoundersDepartedToDate); // Ana, Dara (twice, counted once), the unnamed co-founder
        Assert.Equal(0.75m, veritas.FoundingTeamAttrition);
        Assert.Equal(50, veritas.HeadcountAtStart); // 2025-12-31, not the 2026-01-02 snapshot
        Assert.Equal(0.06m, veritas.AttritionRate);
        Assert.Equal([("Meta Platforms", 1), ("Northwind Research", 2)], veritas.Destinations.Select(d => (d.Employer!, d.Departures)).OrderBy(d => d.Item1));
        Assert.Equal("Northwind Research", veritas.Destinations[0].Employer);

        var aurora = summary.Companies[1];
        Assert.Null(aurora.FoundingTeamSize);
        Assert.Null(aurora.FoundingTeamAttrition);
        Assert.Null(aurora.HeadcountAtStart);
        Assert.Null(aurora.AttritionRate);

        Assert.Equal([("Meta Platforms", 2), ("Northwind Research", 2)], summary.Destinations.Select(d => (d.Employer!, d.Departures)));
    }

    [Fact]
    public async Task One_company_by_alias_in_other_case()
    {
        var service = await ImportedAsync();

        var summary = await service.GetForCompanyAsync(Quarter.Parse("2026-Q1"), "véritas labs");

        Assert.NotNull(summary);
        Assert.Equal("Veritas AI", Assert.Single(summary.Companies).Company);
        Assert.Equal(3, summary.TotalDepartures);
        Assert.Null(await service.GetForCompanyAsync(Quarter.Parse("2026-Q1"), "No Such Company"));
    }

    [Fact]
    public async Task An_empty_quarter_has_no_companies()
    {
        var service = await ImportedAsync();

        var summary = await service.GetAsync(Quarter.Parse("2023-Q1"));

        Assert.Equal(0, summary.TotalDepartures);
        Assert.Empty(summary.Companies);
    }
}
