using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Companies;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Tests.Store;

public sealed class ProviderBehaviourSqliteTests() : ProviderBehaviourTests(StoreProvider.Sqlite);

public sealed class ProviderBehaviourPostgresTests() : ProviderBehaviourTests(StoreProvider.Postgres);

/// <summary>What the database itself decides and must decide alike on both providers: text order, dates and instants.</summary>
public abstract class ProviderBehaviourTests(StoreProvider provider) : IDisposable
{
    private readonly TestStore store = new(provider);

    public void Dispose()
    {
        store.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Names_order_ordinally_in_sql_as_in_code()
    {
        string[] names = ["zeta", "Zoë", "Zeta Labs", "Ångström AI", "apple", "Apple", "Émile", "_under", "10x", "Z"];
        await using (var db = await store.Factory.CreateDbContextAsync())
        {
            // Spellings that differ only in case are one company's aliases in the app; here they are just names to sort.
            db.Companies.AddRange(names.Select((name, i) => new Company { Name = name, Slug = $"c-{i}" }));

            await db.SaveChangesAsync();
        }

        await using var read = await store.Factory.CreateDbContextAsync();
        var inSql = await read.Companies.OrderBy(c => c.Name).Select(c => c.Name).ToListAsync();
        var greaterThanZ = await read.Companies.Where(c => string.Compare(c.Name, "Z") > 0).OrderBy(c => c.Name).Select(c => c.Name).ToListAsync();

        Assert.Equal(names.Order(StringComparer.Ordinal), inSql);
        Assert.Equal(names.Where(n => string.CompareOrdinal(n, "Z") > 0).Order(StringComparer.Ordinal), greaterThanZ);
    }

    [Fact]
    public async Task Like_ignores_ascii_case_only_as_sqlite_does()
    {
        await using (var db = await store.Factory.CreateDbContextAsync())
        {
            db.Companies.AddRange(
                new Company { Name = "Thinking Machines Lab", Slug = "tml" },
                new Company { Name = "ÉCOLE AI", Slug = "ecole" },
                new Company { Name = "100% Labs", Slug = "hundred" });
            await db.SaveChangesAsync();
        }

        await using var read = await store.Factory.CreateDbContextAsync();
        async Task<List<string>> Matching(string pattern) =>
            await read.Companies.Where(c => EF.Functions.Like(c.Name, pattern)).OrderBy(c => c.Name).Select(c => c.Name).ToListAsync();

        Assert.Equal(["Thinking Machines Lab"], await Matching("%thinking%"));
        Assert.Equal(["Thinking Machines Lab"], await Matching("%MACHINES%"));
        Assert.Equal(["ÉCOLE AI"], await Matching("%cole%"));
        Assert.Empty(await Matching("%école%")); // SQLite folds ASCII letters only; so does "C"-collated lower()
        Assert.Equal(["100% Labs"], await Matching("100%"));
        Assert.Equal(["100% Labs"], await read.Companies.Where(c => EF.Functions.Like(c.Name, "%0!%%", "!")).Select(c => c.Name).ToListAsync());
    }

    [Fact]
    public async Task Dates_and_instants_read_back_as_written()
    {
        var founded = new DateOnly(2024, 2, 29);
        var importedAt = new DateTimeOffset(2026, 3, 31, 23, 59, 59, 123, TimeSpan.FromHours(2)).AddTicks(4_567);
        await using (var db = await store.Factory.CreateDbContextAsync())
        {
            var company = Company.Named("Leap Year Labs");
            company.Founded = founded;
            db.Companies.Add(company);
            db.ImportedFiles.Add(new Core.Imports.ImportedFile { ContentHash = new string('b', 64), FileName = "f.csv", Kind = "companies", ImportedAt = importedAt });
            await db.SaveChangesAsync();
        }

        await using var read = await store.Factory.CreateDbContextAsync();
        var stored = await read.ImportedFiles.SingleAsync();

        Assert.Equal(founded, (await read.Companies.SingleAsync()).Founded);
        Assert.Equal(1, await read.Companies.CountAsync(c => c.Founded > new DateOnly(2024, 2, 28) && c.Founded < new DateOnly(2024, 3, 1)));

        // The same instant to 0.1 ms on both providers (decision O7), and comparisons in SQL agree with it.
        Assert.Equal(importedAt.UtcTicks - (importedAt.UtcTicks % 1000), stored.ImportedAt.UtcTicks);
        Assert.Equal(1, await read.ImportedFiles.CountAsync(f => f.ImportedAt > importedAt.AddMinutes(-1) && f.ImportedAt < importedAt.AddMinutes(1)));
    }
}
