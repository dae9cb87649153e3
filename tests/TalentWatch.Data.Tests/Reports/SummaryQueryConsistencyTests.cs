using Microsoft.EntityFrameworkCore;
using TalentWatch.Cli.Generate;
using TalentWatch.Core.Dates;
using TalentWatch.Core.Departures;
using TalentWatch.Core.Reports;
using TalentWatch.Data.Imports.Csv;
using TalentWatch.Data.Reports;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Tests.Reports;

public sealed class SummaryQueryConsistencySqliteTests() : SummaryQueryConsistencyTests(StoreProvider.Sqlite);

public sealed class SummaryQueryConsistencyPostgresTests() : SummaryQueryConsistencyTests(StoreProvider.Postgres);

/// <summary>
/// The service reads only the rows a quarter needs; on generated data it must agree with the calculator over every row
/// (on both providers: the two classes above).
/// </summary>
public abstract class SummaryQueryConsistencyTests(StoreProvider provider) : IDisposable
{
    private readonly TestStore store = new(provider);

    public void Dispose()
    {
        store.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task The_narrow_query_gives_the_same_summary_as_all_departures()
    {
        var files = await SampleDataGenerator.WriteAsync(Path.Combine(store.Directory, "gen"), 30, 3_000, seed: 11);
        var importer = new CsvImporter(store.Factory);
        foreach (var file in new[] { files.Companies, files.Headcounts, files.Departures })
        {
            Assert.True((await importer.ImportFileAsync(file)).Succeeded);
        }

        await using var db = await store.Factory.CreateDbContextAsync();
        var all = await db.Departures.AsNoTracking().Where(d => d.Status == DepartureStatus.Accepted)
            .Select(d => new SummaryDeparture(d.Id, d.PersonId, d.CompanyId, d.DestinationId, d.Destination != null ? d.Destination.Name : null, d.DateStart, d.DateEnd, d.Founder == true))
            .ToListAsync();
        var companies = await db.Companies.AsNoTracking().ToDictionaryAsync(c => c.Id, c => new SummaryCompany(c.Id, c.Name, c.FoundingTeamSize));
        var headcounts = await db.Headcounts.AsNoTracking().Select(h => new SummaryHeadcount(h.CompanyId, h.AsOf, h.Headcount)).ToListAsync();
        var service = new QuarterSummaryService(store.Factory);

        foreach (var quarter in new[] { "2023-Q1", "2024-Q3", "2025-Q2", "2026-Q4" }.Select(Quarter.Parse))
        {
            var expected = QuarterSummaryCalculator.Compute(quarter, all, companies, headcounts);
            var actual = await service.GetAsync(quarter);

            Assert.True(expected.TotalDepartures > 0);
            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(expected), System.Text.Json.JsonSerializer.Serialize(actual));
        }
    }
}
