using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Dates;
using TalentWatch.Core.Departures;
using TalentWatch.Core.History;
using TalentWatch.Data.Editing;
using TalentWatch.Data.Imports.Csv;
using TalentWatch.Data.Reports;
using TalentWatch.Data.Store;
using TalentWatch.Data.Timelines;

namespace TalentWatch.Data.Tests.Editing;

/// <summary>A <see cref="TestStore"/> with the CSV fixtures imported (accepted) and helpers to add machine-extracted departures.</summary>
public sealed class EditingStore : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);

    public static readonly Actor Edith = Actor.Named("user-edith", "Edith Editor");

    public static readonly Actor Omar = Actor.Named("user-omar", "Omar Other");

    private EditingStore(StoreProvider provider) => Store = new TestStore(provider);

    public TestStore Store { get; }

    public FixedClock Clock { get; } = new(Now);

    public DepartureEditor Departures => new(Store.Factory, Clock);

    public CompanyEditor Companies => new(Store.Factory, Clock);

    public PersonEditor People => new(Store.Factory, Clock);

    public HistoryQueries History => new(Store.Factory);

    public QuarterSummaryService Summaries => new(Store.Factory);

    public TimelineService Timelines => new(Store.Factory, Clock);

    public static async Task<EditingStore> CreateAsync(StoreProvider provider)
    {
        var store = new EditingStore(provider);
        var importer = new CsvImporter(store.Store.Factory);
        foreach (var (name, content) in new[] { ("companies.csv", Fixtures.Companies), ("headcounts.csv", Fixtures.Headcounts), ("departures.csv", Fixtures.Departures) })
        {
            var result = await importer.ImportFileAsync(store.Store.WriteFile(name, content));
            Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        }

        return store;
    }

    /// <summary>A departure as an article import leaves it: extracted, with one evidence sentence. Names must exist already.</summary>
    public async Task<int> AddExtractedAsync(string? person, string company, string? destination, string? date, string evidence)
    {
        await using var db = await Store.Factory.CreateDbContextAsync();
        var departure = new Departure
        {
            PersonId = person is null ? null : await db.PersonAliases.Where(a => a.Key == Core.Names.NameKey.For(person)).Select(a => (int?)a.PersonId).SingleOrDefaultAsync()
                       ?? await NewPersonAsync(db, person),
            CompanyId = await CompanyIdAsync(company),
            DestinationId = destination is null ? null : await CompanyIdAsync(destination),
            Date = PrecisionDate.Parse(date),
            Status = DepartureStatus.Extracted,
            CreatedAt = Now.AddDays(-1),
            UpdatedAt = Now.AddDays(-1),
            Sources = [new DepartureSource { Url = "https://news.example/extracted", Evidence = evidence, AddedAt = Now.AddDays(-1) }],
        };
        db.Departures.Add(departure);
        await db.SaveChangesAsync();
        return departure.Id;
    }

    public async Task<int> CompanyIdAsync(string name)
    {
        await using var db = await Store.Factory.CreateDbContextAsync();
        return await Resolution.CompanyLookup.FindIdAsync(db, name) ?? throw new InvalidOperationException($"no company {name}");
    }

    public async Task<Departure> DepartureAsync(int id)
    {
        await using var db = await Store.Factory.CreateDbContextAsync();
        return await db.Departures.AsNoTracking().Include(d => d.Sources).Include(d => d.Destination).Include(d => d.Person).SingleAsync(d => d.Id == id);
    }

    public async Task<int> DepartureIdOfAsync(string person)
    {
        await using var db = await Store.Factory.CreateDbContextAsync();
        return await db.Departures.Where(d => d.Person!.Name == person).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
    }

    public async Task<int> VersionOfAsync(int departureId) => (await DepartureAsync(departureId)).Version;

    public async Task<int> CompanyVersionAsync(int companyId)
    {
        await using var db = await Store.Factory.CreateDbContextAsync();
        return await db.Companies.Where(c => c.Id == companyId).Select(c => c.Version).SingleAsync();
    }

    /// <summary>Departures from the company in 2026-Q1 according to the quarter summary (0 when it has none).</summary>
    public async Task<int> Q1DeparturesAsync(string company)
    {
        var summary = await Summaries.GetAsync(new Quarter(2026, 1));
        return summary.Companies.SingleOrDefault(c => c.Company == company)?.Departures ?? 0;
    }

    /// <summary>
    /// Every foreign key still points at a row: SQLite's own check over the whole file. PostgreSQL checks every foreign key
    /// on every statement, so there a dangling reference would already have failed the change.
    /// </summary>
    public async Task AssertNoOrphansAsync()
    {
        if (Store.Provider != StoreProvider.Sqlite)
        {
            return;
        }

        await using var db = await Store.Factory.CreateDbContextAsync();
        var problems = await db.Database.SqlQueryRaw<string>("SELECT \"table\" || ' row ' || rowid || ' -> ' || parent AS Value FROM pragma_foreign_key_check").ToListAsync();
        Assert.Empty(problems);
    }

    public void Dispose() => Store.Dispose();

    private static async Task<int> NewPersonAsync(TalentWatchDbContext db, string name)
    {
        var person = Core.People.Person.Named(name);
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person.Id;
    }
}

public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
