using System.Text;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Articles;
using TalentWatch.Core.Dates;
using TalentWatch.Core.Departures;
using TalentWatch.Core.History;
using TalentWatch.Data.Backup;
using TalentWatch.Data.Editing;
using TalentWatch.Data.Imports.Csv;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Tests.Backup;

public sealed class StoreBackupSqliteTests() : StoreBackupTests(StoreProvider.Sqlite, StoreProvider.Sqlite);

public sealed class StoreBackupPostgresTests() : StoreBackupTests(StoreProvider.Postgres, StoreProvider.Postgres);

/// <summary>Exported from SQLite, imported into PostgreSQL: the export of the PostgreSQL store is the same file.</summary>
public sealed class StoreBackupSqliteToPostgresTests() : StoreBackupTests(StoreProvider.Sqlite, StoreProvider.Postgres);

public sealed class StoreBackupPostgresToSqliteTests() : StoreBackupTests(StoreProvider.Postgres, StoreProvider.Sqlite);

/// <summary>
/// export-data / import-data: a data file restores everything, byte for byte, and only into an empty store; between stores of
/// the same provider and across providers (the four classes above).
/// </summary>
public abstract class StoreBackupTests(StoreProvider sourceProvider, StoreProvider targetProvider) : IDisposable
{
    private readonly TestStore source = new(sourceProvider);
    private readonly TestStore target = new(targetProvider);

    public void Dispose()
    {
        source.Dispose();
        target.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Export_import_export_gives_byte_identical_json()
    {
        await FillAsync(source);

        var first = await ExportAsync(source);
        await using (var stream = new MemoryStream(first))
        {
            await new StoreImporter(target.Factory).ImportAsync(stream);
        }

        var second = await ExportAsync(target);

        Assert.Equal(await source.CountsAsync(), await target.CountsAsync());
        Assert.Equal(Encoding.UTF8.GetString(first), Encoding.UTF8.GetString(second));
        Assert.Equal(first, second);
        await using (var restored = await target.Factory.CreateDbContextAsync())
        {
            var merged = await restored.Departures.SingleAsync(d => d.MergedIntoId != null);
            Assert.True(merged.MergedIntoId > merged.Id);
            Assert.Equal(4, await restored.Changes.CountAsync());
        }

        // Every kind of row made it (a table silently left out would also round-trip identically, but empty).
        var json = Encoding.UTF8.GetString(first);
        foreach (var expected in new[] { "\"formatVersion\": 3", "\"key\": \"veritas\"", "\"asOf\": \"2025-06-01\"", "\"status\": \"rejected\"",
                     "\"date\": \"2026-Q1\"", "\"metric\": \"founding_team_departed_share\"", "\"value\": 0.33", "\"kind\": \"departures\"", "Zoë",
                     "\"mergedIntoId\": ", "\"recordType\": \"departure\"", "\"action\": \"merged-into\"", "\"actorName\": \"Edith Editor\"", "\"version\": 1",
                     "\"confidence\": 0.625", "\"reviewedBy\": \"Edith Editor\"", "\"reviewedAt\": \"2026-02-03T08:00:00", "\"possibleDepartureDismissals\": [", "\"spanLength\": 41" })
        {
            Assert.Contains(expected, json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_restored_store_keeps_ids_and_takes_new_imports_without_collisions()
    {
        await FillAsync(source);
        await using (var stream = new MemoryStream(await ExportAsync(source)))
        {
            await new StoreImporter(target.Factory).ImportAsync(stream);
        }

        await using (var before = await source.Factory.CreateDbContextAsync())
        await using (var after = await target.Factory.CreateDbContextAsync())
        {
            var expected = await before.Departures.Include(d => d.Sources).OrderBy(d => d.Id)
                .Select(d => $"{d.Id}:{d.PersonId}:{d.CompanyId}:{d.DestinationId}:{d.DateText}:{d.DatePrecision}:{d.DateStart}:{d.DateEnd}:{d.Status}:{d.Sources.Count}").ToListAsync();
            var actual = await after.Departures.Include(d => d.Sources).OrderBy(d => d.Id)
                .Select(d => $"{d.Id}:{d.PersonId}:{d.CompanyId}:{d.DestinationId}:{d.DateText}:{d.DatePrecision}:{d.DateStart}:{d.DateEnd}:{d.Status}:{d.Sources.Count}").ToListAsync();
            Assert.Equal(expected, actual);
            Assert.Equal((await before.Articles.SingleAsync()).Text, (await after.Articles.SingleAsync()).Text);
        }

        // New rows after a restore get fresh ids (the id sequence follows the restored rows).
        var more = target.WriteFile("more.csv", "person,from,to,date,role,founder,source_url\nNew Person,Brand New Co,,2026-05,,,\n");
        var result = await new CsvImporter(target.Factory).ImportFileAsync(more);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }

    [Fact]
    public async Task Import_into_a_store_that_has_data_is_refused_and_changes_nothing()
    {
        await FillAsync(source);
        var file = await ExportAsync(source);
        var countsBefore = await source.CountsAsync();

        await using var stream = new MemoryStream(file);
        var error = await Assert.ThrowsAsync<DataImportException>(() => new StoreImporter(source.Factory).ImportAsync(stream));

        Assert.Contains("not empty", error.Message, StringComparison.Ordinal);
        Assert.Equal(countsBefore, await source.CountsAsync());
    }

    [Theory]
    [InlineData("{\"format\": \"talentwatch-data\", \"formatVersion\": 4, \"companies\": []}", "formatVersion 4")]
    [InlineData("{\"format\": \"something-else\", \"formatVersion\": 1}", "not a TalentWatch data file")]
    [InlineData("{\"companies\": []}", "must come before")]
    [InlineData("{\"format\": \"talentwatch-data\", \"formatVersion\": 1, \"companies\": [{\"id\": 1, \"name\": \"A\", \"slug\": \"a\", \"founded\": null, \"foundingTeamSize\": null}], \"companyAliases\": [{\"id\": 1, \"companyId\": 99, \"name\": \"A\", \"key\": \"a\"}]}", "could not be stored")]
    [InlineData("{\"format\": \"talentwatch-data\", \"formatVersion\": 1, \"companies\": [{\"id\": 1, \"name\": \"A\", \"slug\": \"a\", \"founded\": null, \"foundingTeamSize\": null}], \"departures\": [{\"id\": 1, \"personId\": null, \"companyId\": 1, \"destinationId\": null, \"date\": \"2026-13\", \"role\": null, \"founder\": null, \"status\": \"accepted\", \"createdAt\": \"2026-01-01T00:00:00+00:00\", \"updatedAt\": \"2026-01-01T00:00:00+00:00\"}]}", "date '2026-13'")]
    [InlineData("{\"format\": \"talentwatch-data\", \"formatVersion\": 1, \"companies\": [{\"id\": 1, \"name\": \"A\", \"slug\": \"a\", \"founded\": null, \"foundingTeamSize\": null, \"extra\": 1}]}", "not a valid data file")]
    [InlineData("{\"format\": \"talentwatch-data\", \"formatVersion\": 1, \"companies\": [{\"id\": 1, \"name\": \"A\"", "not a valid data file")]
    public async Task A_bad_data_file_is_refused_and_leaves_the_store_empty(string json, string expectedMessage)
    {
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var error = await Assert.ThrowsAsync<DataImportException>(() => new StoreImporter(target.Factory).ImportAsync(stream));

        Assert.Contains(expectedMessage, error.Message, StringComparison.Ordinal);
        Assert.Equal("companies=0 aliases=0 headcounts=0 people=0 departures=0 sources=0 files=0", await target.CountsAsync());
    }

    private static async Task<byte[]> ExportAsync(TestStore store)
    {
        using var buffer = new MemoryStream();
        await new StoreExporter(store.Factory).ExportAsync(buffer);
        return buffer.ToArray();
    }

    /// <summary>The CSV fixtures plus what only article imports write: an article (longer than the reader's 64 KB window), a claim, a rejected departure with an article source.</summary>
    private static async Task FillAsync(TestStore store)
    {
        var importer = new CsvImporter(store.Factory);
        foreach (var (name, content) in new[] { ("companies.csv", Fixtures.Companies), ("headcounts.csv", Fixtures.Headcounts), ("departures.csv", Fixtures.Departures) })
        {
            var result = await importer.ImportFileAsync(store.WriteFile(name, content));
            Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        }

        await using var db = await store.Factory.CreateDbContextAsync();
        var veritas = await db.Companies.SingleAsync(c => c.Name == "Veritas AI");
        var article = new Article
        {
            Title = "Zoë's \"team\" leaves — €1m <b>",
            Source = "NRC",
            Url = "https://news.example/article",
            Published = new DateOnly(2026, 2, 1),
            Language = "nl",
            LanguageSupported = true,
            Text = string.Concat(Enumerable.Repeat("Een derde van het oprichtingsteam vertrok. \u2028\n", 2_000)),
            ContentHash = new string('a', 64),
            FileName = "tml.md",
            ImportedAt = new DateTimeOffset(2026, 2, 2, 10, 30, 15, 123, TimeSpan.FromHours(1)),
            ReviewedAt = new DateTimeOffset(2026, 2, 3, 8, 0, 0, TimeSpan.Zero),
            ReviewedBy = "Edith Editor",
            Claims = [new Claim { CompanyId = veritas.Id, Metric = ClaimMetrics.FoundingTeamDepartedShare, Value = 0.3300m, Evidence = "Een derde", EvidenceStart = 0, EvidenceLength = 9 }],
        };
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        db.Departures.Add(new Departure
        {
            CompanyId = veritas.Id,
            Date = PrecisionDate.Parse("2026-Q1"),
            Role = "co-founder",
            Founder = true,
            Status = DepartureStatus.Rejected,
            Confidence = 0.625,
            CreatedAt = article.ImportedAt,
            UpdatedAt = article.ImportedAt.AddMinutes(5),
            Sources = [new DepartureSource { ArticleId = article.Id, Url = article.Url, Evidence = "Een derde van het oprichtingsteam vertrok.", EvidenceStart = 0, EvidenceLength = 41, AddedAt = article.ImportedAt }],
        });
        db.PossibleDepartureDismissals.Add(new PossibleDepartureDismissal
        {
            ArticleId = article.Id, SpanStart = 44, SpanLength = 41, DismissedBy = "Edith Editor", DismissedAt = article.ImportedAt.AddHours(1),
        });
        await db.SaveChangesAsync();

        // Editors' work: history rows, raised versions, and a departure merged into a later one (a link to a higher id).
        var editor = Actor.Named("user-1", "Edith Editor");
        var unnamed = await db.Departures.SingleAsync(d => d.PersonId == null && d.Status == DepartureStatus.Rejected);
        var earlierUnnamed = await db.Departures.Where(d => d.PersonId == null && d.Id < unnamed.Id).OrderBy(d => d.Id).FirstAsync();
        var departures = new DepartureEditor(store.Factory);
        Assert.True((await departures.RestoreAsync(unnamed.Id, unnamed.Version, editor)).Succeeded);
        Assert.True((await departures.MergeAsync(unnamed.Id, unnamed.Version + 1, earlierUnnamed.Id, earlierUnnamed.Version, editor)).Succeeded);
        Assert.True((await new CompanyEditor(store.Factory).AddAliasAsync(veritas.Id, veritas.Version, "VAI", editor)).Succeeded);
    }
}
