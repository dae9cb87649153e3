using Microsoft.EntityFrameworkCore;
using TalentWatch.Data.Imports.Csv;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Tests.Imports;

public sealed class CanonicalNameSqliteTests() : CanonicalNameTests(StoreProvider.Sqlite);

public sealed class CanonicalNamePostgresTests() : CanonicalNameTests(StoreProvider.Postgres);

/// <summary>Runs on both providers (the two classes above).</summary>
public abstract class CanonicalNameTests(StoreProvider provider) : IDisposable
{
    private readonly TestStore store = new(provider);

    public void Dispose()
    {
        store.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task The_first_spelling_is_canonical_until_companies_csv_names_it()
    {
        var importer = new CsvImporter(store.Factory);
        await importer.ImportFileAsync(store.WriteFile("departures.csv", "person,from,to,date,role,founder,source_url\nAna,orzeł robotics,,2026-01,,,\nBob,ORZEL ROBOTICS,,2026-01,,,\n"));

        await using (var db = await store.Factory.CreateDbContextAsync())
        {
            Assert.Equal("orzeł robotics", (await db.Companies.SingleAsync()).Name);
        }

        var companies = await importer.ImportFileAsync(store.WriteFile("companies.csv", "name,aliases,founded,founding_team_size\nOrzeł Robotics,Orzel,2024,6\n"));

        Assert.True(companies.Succeeded, string.Join("\n", companies.Errors));
        await using var after = await store.Factory.CreateDbContextAsync();
        var company = await after.Companies.Include(c => c.Aliases).SingleAsync();
        Assert.Equal("Orzeł Robotics", company.Name);
        Assert.Equal("orzel-robotics", company.Slug);
        Assert.Equal(new DateOnly(2024, 1, 1), company.Founded);
        Assert.Equal(["orzel", "orzel robotics"], company.Aliases.Select(a => a.Key).Order());
        Assert.Equal(2, await after.Departures.CountAsync(d => d.CompanyId == company.Id));
    }

    [Fact]
    public async Task An_alias_that_names_another_company_is_a_row_error()
    {
        var importer = new CsvImporter(store.Factory);

        var result = await importer.ImportFileAsync(store.WriteFile("companies.csv", "name,aliases,founded,founding_team_size\nAlpha,,,\nBeta,,,\nAlpha,Beta,,\n"));

        Assert.Equal("companies.csv:4: alias 'Beta' already names another company ('Beta')", Assert.Single(result.Errors));
        Assert.Equal("companies=0 aliases=0 headcounts=0 people=0 departures=0 sources=0 files=0", await store.CountsAsync());
    }

    [Fact]
    public async Task A_later_headcount_row_for_the_same_company_and_date_replaces_the_count()
    {
        var importer = new CsvImporter(store.Factory);
        Assert.True((await importer.ImportFileAsync(store.WriteFile("companies.csv", "name,aliases,founded,founding_team_size\nAlpha,,,\n"))).Succeeded);

        var result = await importer.ImportFileAsync(store.WriteFile("headcounts.csv", "company,as_of,headcount\nAlpha,2025-01-01,10\nALPHA,2025-01-01,12\nAlpha,2025-04-01,15\n"));

        Assert.True(result.Succeeded);
        await using var db = await store.Factory.CreateDbContextAsync();
        Assert.Equal([12, 15], await db.Headcounts.OrderBy(h => h.AsOf).Select(h => h.Headcount).ToListAsync());
    }
}
