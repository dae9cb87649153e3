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
    public async Task A_renamed_company_may_take_the_slug_another_renamed_company_gave_up_in_the_same_file()
    {
        var importer = new CsvImporter(store.Factory);
        Assert.True((await importer.ImportFileAsync(store.WriteFile("companies.csv", "name,aliases,founded,founding_team_size\nAlpha,,,\nA B,,2020,4\n"))).Succeeded);

        // 'A B' (slug a-b) becomes 'A B Labs'; then Alpha, found by its alias, becomes 'A&B', whose slug is a-b again.
        var result = await importer.ImportFileAsync(store.WriteFile("renames.csv", "name,aliases,founded,founding_team_size\nA B Labs,A B,,\nA&B,Alpha,2021-03,7\n"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        await using var db = await store.Factory.CreateDbContextAsync();
        var companies = await db.Companies.Include(c => c.Aliases).OrderBy(c => c.Id).ToListAsync();
        Assert.Equal(["A&B a-b 2021-03-01 7", "A B Labs a-b-labs 2020-01-01 4"], companies.Select(c => $"{c.Name} {c.Slug} {c.Founded:yyyy-MM-dd} {c.FoundingTeamSize}"));
        Assert.Equal(["a and b", "alpha"], companies[0].Aliases.Select(a => a.Key).Order());
        Assert.Equal(["a b", "a b labs"], companies[1].Aliases.Select(a => a.Key).Order());
        Assert.Equal(0, companies[0].Version);
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
