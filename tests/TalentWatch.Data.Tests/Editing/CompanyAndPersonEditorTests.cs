using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Articles;
using TalentWatch.Core.Dates;
using TalentWatch.Core.History;
using TalentWatch.Data.Editing;
using TalentWatch.Data.Imports.Csv;
using TalentWatch.Data.Resolution;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Tests.Editing;

public sealed class CompanyAndPersonEditorSqliteTests() : CompanyAndPersonEditorTests(StoreProvider.Sqlite);

public sealed class CompanyAndPersonEditorPostgresTests() : CompanyAndPersonEditorTests(StoreProvider.Postgres);

/// <summary>Runs on both providers (the two classes above).</summary>
public abstract class CompanyAndPersonEditorTests(StoreProvider provider) : IAsyncLifetime
{
    private static readonly Quarter Q1 = new(2026, 1);
    private EditingStore store = null!;
    private int veritas;

    public async Task InitializeAsync()
    {
        store = await EditingStore.CreateAsync(provider);
        veritas = await store.CompanyIdAsync("Veritas AI");
    }

    public Task DisposeAsync()
    {
        store.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_added_alias_finds_the_company_and_a_removed_one_no_longer_does()
    {
        var added = await store.Companies.AddAliasAsync(veritas, 0, "VAI Inc.", EditingStore.Edith);

        Assert.True(added.Succeeded, added.Message);
        Assert.Equal(veritas, await store.CompanyIdAsync("vai inc"));
        await using (var db = await store.Store.Factory.CreateDbContextAsync())
        {
            var alias = await db.CompanyAliases.SingleAsync(a => a.Key == "vai inc");
            var removed = await store.Companies.RemoveAliasAsync(veritas, 1, alias.Id, EditingStore.Omar);
            Assert.True(removed.Succeeded, removed.Message);
            Assert.Null(await CompanyLookup.FindIdAsync(db, "VAI Inc."));
        }

        var history = await store.History.ForRecordAsync(ChangedRecordType.Company, veritas);
        Assert.Equal(["Alias removed: VAI Inc.", "Alias added: VAI Inc."], history.Select(h => h.Summary));
        Assert.Equal(2, await store.CompanyVersionAsync(veritas));
    }

    [Fact]
    public async Task An_alias_of_another_company_and_the_canonical_name_are_refused()
    {
        var taken = await store.Companies.AddAliasAsync(veritas, 0, "META", EditingStore.Edith);
        Assert.Equal((EditOutcome.Invalid, "'META' already names Meta Platforms; merge the two companies instead."), (taken.Outcome, taken.Message));

        await using var db = await store.Store.Factory.CreateDbContextAsync();
        var canonical = await db.CompanyAliases.SingleAsync(a => a.Key == "veritas ai");
        var removed = await store.Companies.RemoveAliasAsync(veritas, 0, canonical.Id, EditingStore.Edith);
        Assert.Equal(EditOutcome.Invalid, removed.Outcome);
        Assert.Contains("canonical name", removed.Message, StringComparison.Ordinal);
        Assert.Empty(await store.History.ForRecordAsync(ChangedRecordType.Company, veritas));
    }

    [Fact]
    public async Task Founding_team_size_and_headcounts_change_the_quarter_figures()
    {
        var before = (await store.Summaries.GetAsync(Q1)).Companies.Single(c => c.Company == "Veritas AI");
        Assert.Equal((4, 50), (before.FoundingTeamSize, before.HeadcountAtStart));

        Assert.True((await store.Companies.SetFoundingTeamSizeAsync(veritas, 0, 8, EditingStore.Edith)).Succeeded);
        Assert.True((await store.Companies.AddHeadcountAsync(veritas, 1, new DateOnly(2026, 1, 1), 60, EditingStore.Edith)).Succeeded);

        var after = (await store.Summaries.GetAsync(Q1)).Companies.Single(c => c.Company == "Veritas AI");
        Assert.Equal((8, 60), (after.FoundingTeamSize, after.HeadcountAtStart));
        Assert.Equal(before.FoundingTeamAttrition / 2, after.FoundingTeamAttrition);
        Assert.Equal(Math.Round(3m / 60, 4, MidpointRounding.AwayFromZero), after.AttritionRate);

        await using (var db = await store.Store.Factory.CreateDbContextAsync())
        {
            var snapshot = await db.Headcounts.SingleAsync(h => h.CompanyId == veritas && h.AsOf == new DateOnly(2026, 1, 1));
            Assert.True((await store.Companies.RemoveHeadcountAsync(veritas, 2, snapshot.Id, EditingStore.Edith)).Succeeded);
        }

        Assert.Equal(50, (await store.Summaries.GetAsync(Q1)).Companies.Single(c => c.Company == "Veritas AI").HeadcountAtStart);
        var history = await store.History.ForRecordAsync(ChangedRecordType.Company, veritas);
        Assert.Equal([ChangeActions.HeadcountRemoved, ChangeActions.HeadcountAdded, ChangeActions.FoundingTeamSizeSet], history.Select(h => h.Action));
        Assert.Equal("{\"foundingTeamSize\":4}", history[2].Before);
        Assert.Equal("{\"foundingTeamSize\":8}", history[2].After);
        Assert.Equal("Founding-team size: 4 → 8", history[2].Summary);

        var stale = await store.Companies.SetFoundingTeamSizeAsync(veritas, 0, 5, EditingStore.Omar);
        Assert.Equal(EditOutcome.Conflict, stale.Outcome);
        Assert.Contains("changed by Edith Editor", stale.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merging_companies_moves_aliases_departures_both_ways_headcounts_and_claims_and_leaves_no_orphans()
    {
        var importer = new CsvImporter(store.Store.Factory);
        Assert.True((await importer.ImportFileAsync(store.Store.WriteFile("dupe-departures.csv", """
            person,from,to,date,role,founder,source_url
            Zed Ali,Veritas Dupe,Aurora Labs,2026-02-01,,true,
            Yan Li,Aurora Labs,Veritas Dupe,2026-02-05,,,
            """))).Succeeded);
        Assert.True((await importer.ImportFileAsync(store.Store.WriteFile("dupe-headcounts.csv", """
            company,as_of,headcount
            Veritas Dupe,2026-01-01,10
            Veritas Dupe,2025-12-31,77
            """))).Succeeded);
        var dupe = await store.CompanyIdAsync("Veritas Dupe");
        await using (var db = await store.Store.Factory.CreateDbContextAsync())
        {
            db.Articles.Add(new Article
            {
                Language = "en", Text = "Half of Veritas Dupe's founders left.", ContentHash = new string('b', 64), ImportedAt = EditingStore.Now,
                Claims = [new Claim { CompanyId = dupe, Metric = ClaimMetrics.FoundingTeamDepartedShare, Value = 0.5m, Evidence = "Half of Veritas Dupe's founders left." }],
            });
            await db.SaveChangesAsync();
        }

        Assert.Equal(3, await store.Q1DeparturesAsync("Veritas AI"));

        var result = await store.Companies.MergeAsync(veritas, 0, dupe, 0, EditingStore.Edith);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(4, await store.Q1DeparturesAsync("Veritas AI"));
        Assert.Equal(0, await store.Q1DeparturesAsync("Veritas Dupe"));
        var aurora = (await store.Summaries.GetAsync(Q1)).Companies.Single(c => c.Company == "Aurora Labs");
        Assert.Contains(aurora.Destinations, d => d.Employer == "Veritas AI");
        Assert.Equal(veritas, await store.CompanyIdAsync("veritas dupe"));
        await using (var db = await store.Store.Factory.CreateDbContextAsync())
        {
            Assert.False(await db.Companies.AnyAsync(c => c.Id == dupe));
            Assert.Equal(dupe, (await db.Changes.SingleAsync(c => c.RecordType == ChangedRecordType.Company && c.Action == ChangeActions.MergedInto)).RecordId);
            Assert.Equal(veritas, (await db.Claims.SingleAsync()).CompanyId);
            Assert.Equal([("2025-06-01", 40), ("2025-12-31", 50), ("2026-01-01", 10), ("2026-01-02", 99)],
                (await db.Headcounts.Where(h => h.CompanyId == veritas).OrderBy(h => h.AsOf).ToListAsync())
                .Select(h => (h.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), h.Headcount)));
            Assert.False(await db.Departures.AnyAsync(d => d.CompanyId == dupe || d.DestinationId == dupe));
        }

        var merged = Assert.Single(await store.History.ForRecordAsync(ChangedRecordType.Company, veritas));
        Assert.StartsWith("Merged Veritas Dupe into this company: 1 departures from it, 1 to it, 1 claims, 1 aliases", merged.Summary, StringComparison.Ordinal);
        Assert.Contains("\"asOf\":\"2025-12-31\",\"headcount\":77", merged.Before, StringComparison.Ordinal);
        await store.AssertNoOrphansAsync();

        // The old address's slug leads to the survivor through its name, now an alias; live and unknown slugs lead nowhere.
        var slugs = new MergedSlugs(store.Store.Factory);
        Assert.Equal("veritas-ai", await slugs.CompanyAsync("veritas-dupe"));
        Assert.Null(await slugs.CompanyAsync("veritas-ai"));
        Assert.Null(await slugs.CompanyAsync("never-a-company"));
        Assert.Null(await slugs.CompanyAsync("--"));
    }

    [Fact]
    public async Task A_stale_page_learns_of_the_conflict_before_a_missing_alias_or_snapshot()
    {
        Assert.True((await store.Companies.SetFoundingTeamSizeAsync(veritas, 0, 7, EditingStore.Omar)).Succeeded);

        var alias = await store.Companies.RemoveAliasAsync(veritas, 0, 999_999, EditingStore.Edith);
        var snapshot = await store.Companies.RemoveHeadcountAsync(veritas, 0, 999_999, EditingStore.Edith);
        var missing = await store.Companies.RemoveAliasAsync(veritas, 1, 999_999, EditingStore.Edith);

        Assert.Equal(EditOutcome.Conflict, alias.Outcome);
        Assert.Equal(EditOutcome.Conflict, snapshot.Outcome);
        Assert.Equal((EditOutcome.NotFound, "Alias 999999 of Veritas AI does not exist (any more)."), (missing.Outcome, missing.Message));
    }

    [Fact]
    public async Task Merging_people_moves_their_departures_and_names()
    {
        Assert.True((await new CsvImporter(store.Store.Factory).ImportFileAsync(store.Store.WriteFile("more.csv", """
            person,from,to,date,role,founder,source_url
            A. Kowalska,Aurora Labs,Meta,2023-05,Advisor,false,
            """))).Succeeded);
        int ana, initial;
        await using (var db = await store.Store.Factory.CreateDbContextAsync())
        {
            ana = await db.People.Where(p => p.Name == "Ana Kowalska").Select(p => p.Id).SingleAsync();
            initial = await db.People.Where(p => p.Name == "A. Kowalska").Select(p => p.Id).SingleAsync();
        }

        var result = await store.People.MergeAsync(ana, 0, initial, 0, EditingStore.Edith);

        Assert.True(result.Succeeded, result.Message);
        await using (var db = await store.Store.Factory.CreateDbContextAsync())
        {
            Assert.False(await db.People.AnyAsync(p => p.Id == initial));
            Assert.Equal(ana, await db.PersonAliases.Where(a => a.Key == "a kowalska").Select(a => a.PersonId).SingleAsync());
            Assert.Equal(["Aurora Labs", "Veritas AI"], await db.Departures.Where(d => d.PersonId == ana).Select(d => d.Company!.Name).OrderBy(n => n).ToListAsync());
        }

        Assert.Equal("Merged A. Kowalska into this person: 1 departure, 1 alias",
            Assert.Single(await store.History.ForRecordAsync(ChangedRecordType.Person, ana)).Summary);
        await store.AssertNoOrphansAsync();
        Assert.Equal("ana-kowalska", await new MergedSlugs(store.Store.Factory).PersonAsync("a-kowalska"));
    }
}
