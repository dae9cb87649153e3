using System.Text;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Departures;
using TalentWatch.Data.Imports.Csv;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Tests.Imports;

public sealed class CsvImporterSqliteTests() : CsvImporterTests(StoreProvider.Sqlite);

public sealed class CsvImporterPostgresTests() : CsvImporterTests(StoreProvider.Postgres);

/// <summary>Runs on both providers (the two classes above).</summary>
public abstract class CsvImporterTests(StoreProvider provider) : IDisposable
{
    private readonly TestStore store = new(provider);

    public void Dispose()
    {
        store.Dispose();
        GC.SuppressFinalize(this);
    }

    private CsvImporter Importer => new(store.Factory);

    private async Task ImportFixturesAsync()
    {
        foreach (var (name, content) in new[] { ("companies.csv", Fixtures.Companies), ("headcounts.csv", Fixtures.Headcounts), ("departures.csv", Fixtures.Departures) })
        {
            var result = await Importer.ImportFileAsync(store.WriteFile(name, content));
            Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        }
    }

    [Fact]
    public async Task Imports_the_three_files_resolving_aliases_in_other_case_and_accents()
    {
        await ImportFixturesAsync();

        await using var db = await store.Factory.CreateDbContextAsync();
        Assert.Equal(["Aurora Labs", "Meta Platforms", "Northwind Research", "Veritas AI"], await db.Companies.OrderBy(c => c.Name).Select(c => c.Name).ToListAsync());
        var veritas = await db.Companies.SingleAsync(c => c.Name == "Veritas AI");
        Assert.Equal("veritas-ai", veritas.Slug);
        Assert.Equal(new DateOnly(2022, 3, 1), veritas.Founded);
        Assert.Equal(4, veritas.FoundingTeamSize);
        Assert.Null((await db.Companies.SingleAsync(c => c.Name == "Aurora Labs")).FoundingTeamSize);
        Assert.Equal(3, await db.Headcounts.CountAsync(h => h.CompanyId == veritas.Id));
        Assert.Equal(6, await db.Departures.CountAsync(d => d.CompanyId == veritas.Id));
        Assert.Equal(9, await db.Departures.CountAsync()); // ten rows, Ana's two reports merged
        Assert.All(await db.Departures.ToListAsync(), d => Assert.Equal(DepartureStatus.Accepted, d.Status));
    }

    [Fact]
    public async Task A_departure_reported_at_day_and_month_precision_is_one_departure_with_both_sources()
    {
        await ImportFixturesAsync();

        await using var db = await store.Factory.CreateDbContextAsync();
        var ana = await db.Departures.Include(d => d.Sources).Include(d => d.Destination).SingleAsync(d => d.Person!.Name == "Ana Kowalska");
        Assert.Equal("2026-01-15", ana.DateText);
        Assert.Equal("Meta Platforms", ana.Destination!.Name);
        Assert.Equal("CTO", ana.Role);
        Assert.Equal(["departures.csv:2", "departures.csv:3"], ana.Sources.OrderBy(s => s.Id).Select(s => s.Evidence));
        Assert.Equal(["https://news.example/1", "https://news.example/2"], ana.Sources.OrderBy(s => s.Id).Select(s => s.Url));
    }

    [Fact]
    public async Task A_boomerang_is_two_departures_and_unnamed_rows_are_their_own()
    {
        await ImportFixturesAsync();

        await using var db = await store.Factory.CreateDbContextAsync();
        Assert.Equal(2, await db.Departures.CountAsync(d => d.Person!.Name == "Dara Obi"));
        Assert.Equal(1, await db.Departures.CountAsync(d => d.PersonId == null));
        Assert.Equal(10, await db.DepartureSources.CountAsync());
    }

    [Fact]
    public async Task The_same_file_again_is_skipped_and_said_so()
    {
        await ImportFixturesAsync();
        var before = await store.CountsAsync();

        var again = await Importer.ImportFileAsync(store.WriteFile("copy-of-departures.csv", Fixtures.Departures));

        Assert.True(again.Skipped);
        Assert.Equal(before, await store.CountsAsync());
    }

    [Fact]
    public async Task Reports_in_a_later_file_merge_into_departures_already_stored()
    {
        await ImportFixturesAsync();

        var later = await Importer.ImportFileAsync(store.WriteFile("later.csv", "person,from,to,date,role,founder,source_url\nBram Dekker,Veritas AI,,2026-02-11,,,https://news.example/11\n"));

        Assert.True(later.Succeeded, string.Join("\n", later.Errors));
        await using var db = await store.Factory.CreateDbContextAsync();
        var bram = await db.Departures.Include(d => d.Sources).SingleAsync(d => d.Person!.Name == "Bram Dekker");
        Assert.Equal("2026-02-11", bram.DateText);
        Assert.Equal(2, bram.Sources.Count);
    }

    [Fact]
    public async Task A_name_with_a_nickname_and_the_name_without_it_are_one_person()
    {
        var result = await Importer.ImportFileAsync(store.WriteFile("nicknames.csv",
            "person,from,to,date,role,founder,source_url\nPatrick Gelsinger,Veritas AI,,2024-12,,,https://a\n\"Patrick (Pat) Gelsinger\",Aurora Labs,,2021-02,,,https://b\n"
            + "\"Yuhuai \"\"Tony\"\" Wu\",Veritas AI,,2026-02,,,https://c\nYuhuai Wu,Aurora Labs,,2026-03,,,https://d\n"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        await using var db = await store.Factory.CreateDbContextAsync();
        Assert.Equal(["Patrick Gelsinger", "Yuhuai \"Tony\" Wu"], await db.People.OrderBy(p => p.Name).Select(p => p.Name).ToListAsync());
        Assert.Equal(2, await db.Departures.CountAsync(d => d.Person!.Name == "Yuhuai \"Tony\" Wu"));
        Assert.Equal(2, await db.Departures.CountAsync(d => d.Person!.Name == "Patrick Gelsinger"));
    }

    [Fact]
    public async Task A_merge_into_a_stored_departure_writes_what_it_fills_in_and_keeps_every_stored_field()
    {
        // The merge's UPDATE writes only the fields the rule fills in or makes more precise; the rest stay as stored, without
        // the row being read (decision P17).
        var first = await Importer.ImportFileAsync(store.WriteFile("first.csv",
            "person,from,to,date,role,founder,source_url\nKeeper,Veritas AI,Meta,2025-03,CTO,true,https://a\nFiller,Veritas AI,,2025,,,https://b\n"));
        Assert.True(first.Succeeded, string.Join("\n", first.Errors));
        await using (var edit = await store.Factory.CreateDbContextAsync())
        {
            // An extracted departure: a curated CSV row confirms it.
            await edit.Departures.Where(d => d.Person!.Name == "Filler").ExecuteUpdateAsync(u => u.SetProperty(d => d.Status, DepartureStatus.Extracted));
        }

        var later = await Importer.ImportFileAsync(store.WriteFile("later.csv",
            "person,from,to,date,role,founder,source_url\nKeeper,Veritas AI,Aurora Labs,2025-03-15,CEO,false,https://c\nKeeper,Veritas AI,,2025,,,\nFiller,Veritas AI,Meta,2025,Engineer,false,\n"));

        Assert.True(later.Succeeded, string.Join("\n", later.Errors));
        await using var db = await store.Factory.CreateDbContextAsync();
        var rows = await db.Departures.AsNoTracking().Include(d => d.Destination).Include(d => d.Person).OrderBy(d => d.Id).ToListAsync();
        Assert.Equal(
            ["Keeper|2025-03-15|Day|2025-03-15|2025-03-15|Meta|CTO|True|Accepted|v1", "Filler|2025|Year|2025-01-01|2025-12-31|Meta|Engineer|False|Accepted|v1"],
            rows.Select(d => $"{d.Person!.Name}|{d.DateText}|{d.DatePrecision}|{d.DateStart:yyyy-MM-dd}|{d.DateEnd:yyyy-MM-dd}|{d.Destination?.Name}|{d.Role}|{d.Founder}|{d.Status}|v{d.Version}"));
    }

    [Fact]
    public async Task A_file_that_inserts_and_merges_across_chunks_stores_each_departure_once_with_its_final_values()
    {
        // Merges into a departure stored by an earlier file, into one created earlier in the same chunk (still held for
        // PostgreSQL's COPY) and into one created in an earlier chunk (already written): the same rows on both providers.
        var first = await Importer.ImportFileAsync(store.WriteFile("first.csv", "person,from,to,date,role,founder,source_url\nOld Hand,Veritas AI,,2025,,,https://news.example/old\n"));
        Assert.True(first.Succeeded, string.Join("\n", first.Errors));
        var csv = new StringBuilder("person,from,to,date,role,founder,source_url\n")
            .Append("Early Bird,Veritas AI,,2025-02,,,https://news.example/e1\n")
            .Append("Same Chunk,Veritas AI,,2025-03,,,\n")
            .Append("Same Chunk,Veritas AI,Meta,2025-03,CTO,true,https://news.example/s2\n")
            .Append("Same Chunk,Veritas AI,,2025-03-04,Ignored,false,\n")
            .Append("Old Hand,Veritas AI,Meta,2025-06,,,\n");
        for (var i = 0; i < 5_000; i++)
        {
            csv.Append("Filler ").Append(i).Append(",Aurora Labs,,2024,,,\n");
        }

        csv.Append("Early Bird,Veritas AI,,2025-02-10,Researcher,,https://news.example/e2\n");

        var result = await Importer.ImportFileAsync(store.WriteFile("departures.csv", csv.ToString()));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(5_006, result.Rows);
        await using var db = await store.Factory.CreateDbContextAsync();
        Assert.Equal(5_003, await db.Departures.CountAsync());
        Assert.Equal(5_007, await db.DepartureSources.CountAsync());
        var rows = await db.Departures.AsNoTracking().Include(d => d.Sources).Include(d => d.Destination)
            .Where(d => d.Person!.Name == "Old Hand" || d.Person!.Name == "Early Bird" || d.Person!.Name == "Same Chunk")
            .OrderBy(d => d.Id).ToListAsync();
        Assert.Equal(
            [
                "2025-06|Meta|||Accepted|v1|first.csv:2 https://news.example/old; departures.csv:6 ",
                "2025-02-10||Researcher||Accepted|v1|departures.csv:2 https://news.example/e1; departures.csv:5007 https://news.example/e2",
                "2025-03-04|Meta|CTO|True|Accepted|v2|departures.csv:3 ; departures.csv:4 https://news.example/s2; departures.csv:5 ",
            ],
            rows.Select(d => $"{d.DateText}|{d.Destination?.Name}|{d.Role}|{d.Founder}|{d.Status}|v{d.Version}|"
                + string.Join("; ", d.Sources.OrderBy(s => s.Id).Select(s => $"{s.Evidence} {s.Url}"))));
        var people = await db.People.ToDictionaryAsync(p => p.Id, p => p.Name);
        Assert.Equal(["Old Hand", "Early Bird", "Same Chunk"], rows.Select(d => people[d.PersonId!.Value]));
    }

    [Theory]
    [InlineData("departures.csv", "person,from,to,date,role,founder\nAna,Veritas AI,,2026-01,,,\n", "departures.csv:1: missing column 'source_url'")]
    [InlineData("departures.csv", "person,from,to,date,role,founder,source_url\nAna,Veritas AI,,2026-01,,,\nBob,Veritas AI,,2026-13,,,\n", "departures.csv:3: date '2026-13' is not a date")]
    [InlineData("departures.csv", "person,from,to,date,role,founder,source_url\nAna,Veritas AI,,2026-01,,yes,\n", "departures.csv:2: founder 'yes' is not true, false or empty")]
    [InlineData("departures.csv", "person,from,to,date,role,founder,source_url\nAna,,,2026-01,,,\n", "departures.csv:2: 'from' is empty")]
    [InlineData("companies.csv", "name,aliases,founded,founding_team_size\nVeritas AI,,2022-03-01,4\nAurora,,,abc\n", "companies.csv:3: founding_team_size 'abc' is not a whole number")]
    [InlineData("headcounts.csv", "company,as_of,headcount\nVeritas AI,2025-06-01,4.5\n", "headcounts.csv:2: headcount '4.5' is not a whole number")]
    [InlineData("headcounts.csv", "company,as_of,headcount\nVeritas AI,2025-06,40\n", "headcounts.csv:2: as_of '2025-06' is not a date")]
    [InlineData("other.csv", "a,b\n1,2\n", "other.csv:1: header 'a,b' is not that of")]
    // issue 15: a date in 9999 once broke every quarter report; dates lie between 1900 and one year after today
    [InlineData("departures.csv", "person,from,to,date,role,founder,source_url\nX,Veritas AI,Meta,9999-12,CTO,true,https://x\n", "departures.csv:2: date '9999-12' is out of range: a departure's date must lie between 1900 and ")]
    [InlineData("departures.csv", "person,from,to,date,role,founder,source_url\nAna,Veritas AI,,2026-01,,,\nOld,Veritas AI,,1899-12-31,,,\n", "departures.csv:3: date '1899-12-31' is out of range")]
    [InlineData("departures.csv", "person,from,to,date,role,founder,source_url\nX,Veritas AI,Meta,9999,CTO,true,https://x\n", "departures.csv:2: date '9999' is out of range")]
    // issue 15: a headcount for a company the record does not know is a mistake, not a new company
    [InlineData("headcounts.csv", "company,as_of,headcount\nVeritas AI,2025-06-01,40\nNowhere Labs,2025-06-01,12\n", "headcounts.csv:3: company 'Nowhere Labs' is not a known company or alias; import it in companies.csv first")]
    // issue 15: NUL and other control characters in names
    [InlineData("departures.csv", "person,from,to,date,role,founder,source_url\nAna\0Evil,Veritas AI,,2026-01,,,\n", "departures.csv:2: person contains a control character (U+0000) at position 4")]
    [InlineData("departures.csv", "person,from,to,date,role,founder,source_url\nAna,Veritas\u001b[31mAI,,2026-01,,,\n", "departures.csv:2: from contains a control character (U+001B)")]
    [InlineData("departures.csv", "person,from,to,date,role,founder,source_url\nAna,Veritas AI,Me\u009bta,2026-01,,,\n", "departures.csv:2: to contains a control character (U+009B)")]
    [InlineData("companies.csv", "name,aliases,founded,founding_team_size\nNul\0Labs,,,\n", "companies.csv:2: name contains a control character (U+0000)")]
    [InlineData("companies.csv", "name,aliases,founded,founding_team_size\nGood Labs,Bad\u0007Alias,,\n", "companies.csv:2: aliases contains a control character (U+0007)")]
    [InlineData("headcounts.csv", "company,as_of,headcount\nVeritas\u007fAI,2025-06-01,40\n", "headcounts.csv:2: company contains a control character (U+007F)")]
    // issue 13: a move to the same company, by its name, an alias, or a new name written twice
    [InlineData("departures.csv", "person,from,to,date,role,founder,source_url\nAna,Veritas AI,,2026-01,,,\nBob,Veritas AI,VERITAS,2026-02,,,\n", "departures.csv:3: from 'Veritas AI' and to 'VERITAS' are the same company")]
    [InlineData("departures.csv", "person,from,to,date,role,founder,source_url\nBob,Meta Platforms,Meta Platforms,2026-02,,,\n", "departures.csv:2: from 'Meta Platforms' and to 'Meta Platforms' are the same company")]
    [InlineData("departures.csv", "person,from,to,date,role,founder,source_url\nBob,Halcyon Systems,halcyon systems,2026-02,,,\n", "departures.csv:2: from 'Halcyon Systems' and to 'halcyon systems' are the same company")]
    public async Task A_bad_row_names_file_line_and_problem_and_stores_nothing_of_the_file(string name, string content, string expected)
    {
        await ImportFixturesAsync();
        var before = await store.CountsAsync();

        var result = await Importer.ImportFileAsync(store.WriteFile(name, content));

        Assert.False(result.Succeeded);
        Assert.StartsWith(expected, result.Errors[0], StringComparison.Ordinal);
        Assert.Equal(before, await store.CountsAsync());
    }

    [Fact]
    public async Task A_departure_dated_up_to_one_year_after_today_is_accepted_and_one_day_later_is_refused()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 3, 15, 12, 0, 0, TimeSpan.Zero));
        var importer = new CsvImporter(store.Factory, clock);

        var later = await importer.ImportFileAsync(store.WriteFile("late.csv", "person,from,to,date,role,founder,source_url\nAna,Veritas AI,,2027-03-16,,,\n"));
        var onTheDay = await importer.ImportFileAsync(store.WriteFile("planned.csv", "person,from,to,date,role,founder,source_url\nAna,Veritas AI,,2027-03-15,,,\nBob,Veritas AI,,1900-01-01,,,\n"));

        Assert.Equal("late.csv:2: date '2027-03-16' is out of range: a departure's date must lie between 1900 and 2027-03-15 (one year after today).", Assert.Single(later.Errors));
        Assert.True(onTheDay.Succeeded, string.Join("\n", onTheDay.Errors));
        Assert.Equal(2, onTheDay.Rows);
    }

    [Fact]
    public async Task A_headcount_for_an_alias_of_a_known_company_is_stored_against_that_company()
    {
        await ImportFixturesAsync();

        var result = await Importer.ImportFileAsync(store.WriteFile("more-headcounts.csv", "company,as_of,headcount\nVÉRITAS LABS,2026-06-01,60\n"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        await using var db = await store.Factory.CreateDbContextAsync();
        Assert.Equal(60, (await db.Headcounts.SingleAsync(h => h.AsOf == new DateOnly(2026, 6, 1))).Headcount);
        Assert.Equal(4, await db.Companies.CountAsync());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public async Task A_file_in_another_encoding_is_rejected_with_its_line()
    {
        var latin1 = Encoding.Latin1.GetBytes("name,aliases,founded,founding_team_size\nZürich AI,,2020-01-01,3\n");

        var result = await Importer.ImportFileAsync(store.WriteBytes("companies.csv", latin1));

        Assert.Equal("companies.csv:2: not valid UTF-8 (CSV files must be UTF-8 encoded)", Assert.Single(result.Errors));
        Assert.Equal("companies=0 aliases=0 headcounts=0 people=0 departures=0 sources=0 files=0", await store.CountsAsync());
    }

    [Fact]
    public async Task A_bad_row_after_several_saved_chunks_still_rolls_the_whole_file_back()
    {
        var csv = new StringBuilder("person,from,to,date,role,founder,source_url\n");
        for (var i = 0; i < 6_000; i++)
        {
            csv.Append("Person ").Append(i).Append(",Veritas AI,Meta,2025-01-01,,,\n");
        }

        csv.Append("Late Error,Veritas AI,,not-a-date,,,\n");

        var result = await Importer.ImportFileAsync(store.WriteFile("departures.csv", csv.ToString()));

        Assert.Equal("departures.csv:6002: date 'not-a-date' is not a date (expected YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY or empty)", Assert.Single(result.Errors));
        Assert.Equal("companies=0 aliases=0 headcounts=0 people=0 departures=0 sources=0 files=0", await store.CountsAsync());
    }

    [Fact]
    public async Task Quoted_fields_with_commas_follow_rfc_4180()
    {
        var result = await Importer.ImportFileAsync(store.WriteFile("departures.csv", "person,from,to,date,role,founder,source_url\n\"Kowalska, Ana\",\"Veritas, Inc.\",,2026-01,\"Head of \"\"Research\"\"\",,\n"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        await using var db = await store.Factory.CreateDbContextAsync();
        var departure = await db.Departures.Include(d => d.Person).Include(d => d.Company).SingleAsync();
        Assert.Equal("Kowalska, Ana", departure.Person!.Name);
        Assert.Equal("Veritas, Inc.", departure.Company!.Name);
        Assert.Equal("Head of \"Research\"", departure.Role);
    }
}
