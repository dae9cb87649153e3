using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Companies;
using TalentWatch.Core.Departures;
using TalentWatch.Core.People;
using TalentWatch.Data.Reports;
using TalentWatch.Data.Search;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Tests.Store;

public sealed class SearchAndStampSqliteTests() : SearchAndStampTests(StoreProvider.Sqlite);

public sealed class SearchAndStampPostgresTests() : SearchAndStampTests(StoreProvider.Postgres);

/// <summary>
/// Issue 15, item 5: search through the indexes (SQLite FTS5 trigram tables kept by triggers, PostgreSQL pg_trgm) with
/// literal wildcards; and the store stamp the quarter summary cache is invalidated by. Both providers.
/// </summary>
public abstract class SearchAndStampTests(StoreProvider provider) : IDisposable
{
    private readonly TestStore store = new(provider);

    public void Dispose() => store.Dispose();

    private async Task<int> AddAsync(string person, string company, string role, string evidence)
    {
        await using var db = await store.Factory.CreateDbContextAsync();
        var departure = new Departure
        {
            Person = Person.Named(person),
            Company = await db.Companies.SingleOrDefaultAsync(c => c.Name == company) ?? Company.Named(company),
            Role = role,
            Status = DepartureStatus.Accepted,
            CreatedAt = DateTimeOffset.UnixEpoch,
            UpdatedAt = DateTimeOffset.UnixEpoch,
        };
        departure.Sources.Add(new DepartureSource { Evidence = evidence, AddedAt = DateTimeOffset.UnixEpoch });
        db.Departures.Add(departure);
        await db.SaveChangesAsync();
        return departure.Id;
    }

    private async Task<List<int>> FindAsync(string text)
    {
        await using var db = await store.Factory.CreateDbContextAsync();
        var query = await TextSearch.WhereMatchesAsync(db, db.Departures, text, CancellationToken.None);
        return await query.Select(d => d.Id).OrderBy(id => id).ToListAsync();
    }

    [Fact]
    public async Task Names_roles_and_evidence_match_as_literal_text_ignoring_case()
    {
        var dubois = await AddAsync("Claire Dubois", "Veritas AI", "head of research", "Claire Dubois left Veritas AI for 100% of the pay_cut.");
        var other = await AddAsync("Ana Kowalska", "Northwind", "CTO", "Ana Kowalska joined Meta.");

        Assert.Equal([dubois], await FindAsync("Dubois"));
        Assert.Equal([dubois], await FindAsync("dUBOIS"));
        Assert.Equal([dubois], await FindAsync("100%"));
        Assert.Equal([dubois], await FindAsync("pay_cut"));
        Assert.Empty(await FindAsync("%"));
        Assert.Empty(await FindAsync("_"));
        Assert.Empty(await FindAsync("pay%cut"));
        Assert.Empty(await FindAsync("\"Dubois\" OR Kowalska"));
        Assert.Equal([other], await FindAsync("joined Meta"));
        Assert.Equal([dubois], await FindAsync("of research"));
        Assert.Equal([other], await FindAsync("Northwind"));
        Assert.Equal([dubois, other], await FindAsync("a"));
    }

    [Fact]
    public async Task The_index_follows_renames_new_evidence_and_deletes()
    {
        var id = await AddAsync("Claire Dubois", "Veritas AI", "CTO", "Claire Dubois left.");
        Assert.Equal([id], await FindAsync("Dubois left"));
        await using (var db = await store.Factory.CreateDbContextAsync())
        {
            var person = await db.People.SingleAsync();
            person.Name = "Claire Martin";
            var departure = await db.Departures.Include(d => d.Sources).SingleAsync();
            departure.Role = "chief scientist";
            departure.Sources.Single().Evidence = "She is gone.";
            await db.SaveChangesAsync();
        }

        Assert.Empty(await FindAsync("Dubois left")); // the old evidence; the old name stays an alias
        Assert.Equal([id], await FindAsync("martin"));
        Assert.Equal([id], await FindAsync("scientist"));
        Assert.Equal([id], await FindAsync("is gone"));
        await using (var db = await store.Factory.CreateDbContextAsync())
        {
            await db.DepartureSources.ExecuteDeleteAsync();
        }

        Assert.Empty(await FindAsync("is gone"));
    }

    [Fact]
    public async Task The_stamp_changes_with_every_write_a_summary_reads()
    {
        async Task<string> StampAsync()
        {
            await using var db = await store.Factory.CreateDbContextAsync();
            return await StoreStamp.ReadAsync(db);
        }

        var empty = await StampAsync();
        Assert.Equal(empty, await StampAsync());
        await AddAsync("Claire Dubois", "Veritas AI", "CTO", "Claire Dubois left.");
        var added = await StampAsync();
        Assert.NotEqual(empty, added);

        await using (var db = await store.Factory.CreateDbContextAsync())
        {
            var departure = await db.Departures.SingleAsync();
            departure.Status = DepartureStatus.Rejected;
            departure.UpdatedAt = DateTimeOffset.UnixEpoch.AddDays(1);
            await db.SaveChangesAsync();
        }

        var reviewed = await StampAsync();
        Assert.NotEqual(added, reviewed);
        await using (var db = await store.Factory.CreateDbContextAsync())
        {
            var company = await db.Companies.SingleAsync();
            company.FoundingTeamSize = 9;
            company.Version++;
            db.Headcounts.Add(new HeadcountSnapshot { CompanyId = company.Id, AsOf = new DateOnly(2026, 1, 1), Headcount = 40 });
            await db.SaveChangesAsync();
        }

        Assert.NotEqual(reviewed, await StampAsync());
    }

    /// <summary>
    /// The web's page cache (decision P11) is kept per stamp, so the stamp must also move with what the pages show beyond a
    /// summary: a person's merge (history and aliases), a second report of a departure, a new article with a claim, a CSV file
    /// that changed a founding-team size, each written as another process would, without touching departures.
    /// </summary>
    [Fact]
    public async Task The_stamp_changes_with_every_write_a_page_reads()
    {
        async Task<string> StampAsync()
        {
            await using var db = await store.Factory.CreateDbContextAsync();
            return await StoreStamp.ReadAsync(db);
        }

        async Task<string> ChangedAsync(string before, Func<TalentWatchDbContext, Task> write)
        {
            await using (var db = await store.Factory.CreateDbContextAsync())
            {
                await write(db);
                await db.SaveChangesAsync();
            }

            var after = await StampAsync();
            Assert.NotEqual(before, after);
            return after;
        }

        var id = await AddAsync("Claire Dubois", "Veritas AI", "CTO", "Claire Dubois left.");
        var stamp = await StampAsync();
        stamp = await ChangedAsync(stamp, async db =>
        {
            var person = await db.People.SingleAsync();
            db.PersonAliases.Add(new PersonAlias { PersonId = person.Id, Name = "C. Dubois", Key = "c dubois" });
        });
        stamp = await ChangedAsync(stamp, db =>
        {
            db.DepartureSources.Add(new DepartureSource { DepartureId = id, Evidence = "Dubois has gone.", AddedAt = DateTimeOffset.UnixEpoch });
            return Task.CompletedTask;
        });
        stamp = await ChangedAsync(stamp, async db =>
        {
            var company = await db.Companies.SingleAsync();
            db.Articles.Add(new TalentWatch.Core.Articles.Article
            {
                Title = "Veritas AI loses a third of its founders",
                Language = "en",
                Text = "Veritas AI has lost a third of its founding team.",
                ContentHash = "stamp-article",
                ImportedAt = DateTimeOffset.UnixEpoch,
                Claims =
                {
                    new TalentWatch.Core.Articles.Claim
                    {
                        CompanyId = company.Id, Metric = TalentWatch.Core.Articles.ClaimMetrics.FoundingTeamDepartedShare, Value = 0.3333m,
                        Evidence = "Veritas AI has lost a third of its founding team.",
                    },
                },
            });
        });
        stamp = await ChangedAsync(stamp, async db =>
        {
            // import-csv of a companies.csv sets a founding-team size without a version; the file's record is what moves.
            (await db.Companies.SingleAsync()).FoundingTeamSize = 6;
            db.ImportedFiles.Add(new TalentWatch.Core.Imports.ImportedFile
            {
                ContentHash = "companies-hash", FileName = "companies.csv", Kind = "companies", Rows = 1, ImportedAt = DateTimeOffset.UnixEpoch,
            });
        });
        stamp = await ChangedAsync(stamp, async db =>
        {
            // An editor's rename writes its history row in the same transaction.
            var person = await db.People.SingleAsync();
            person.Name = "Claire Martin";
            db.Changes.Add(new TalentWatch.Core.History.ChangeRecord
            {
                At = DateTimeOffset.UnixEpoch, ActorName = "editor", RecordType = TalentWatch.Core.History.ChangedRecordType.Person,
                RecordId = person.Id, Action = TalentWatch.Core.History.ChangeActions.Edited, Summary = "Name: Claire Dubois → Claire Martin",
            });
        });
        await ChangedAsync(stamp, async db => await db.DepartureSources.Where(s => s.DepartureId == id && s.Evidence == "Dubois has gone.").ExecuteDeleteAsync());
    }
}
