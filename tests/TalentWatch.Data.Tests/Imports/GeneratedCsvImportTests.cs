using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using TalentWatch.Data.Imports.Csv;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Tests.Imports;

/// <summary>
/// Generated-input test of the CSV importer (issue 15): 10,000 generated files, mostly near-misses of the three formats
/// (names with accents, quotes, commas, line breaks and control characters; dates in and out of range and malformed;
/// wrong field counts; broken quoting; invalid UTF-8), each imported into a store holding the fixtures. The property: a
/// result, or errors that each name the file and line; never another exception; and a failed file leaves every table as it
/// was. The store is an in-memory SQLite database reset from a copy after every file that went in, so 10,000 imports take
/// seconds.
/// </summary>
public sealed partial class GeneratedCsvImportTests(ITestOutputHelper log) : IDisposable
{
    private const int Inputs = 10_000;
    private const string FileName = "gen.csv";

    private readonly string connectionString = $"Data Source=file:generated-{Guid.NewGuid():N}?mode=memory&cache=shared";
    private SqliteConnection keepAlive = null!;
    private SqliteConnection baseline = null!;
    private IDbContextFactory<TalentWatchDbContext> factory = null!;

    private void Open()
    {
        keepAlive = new SqliteConnection(connectionString);
        keepAlive.Open();
        factory = new Factory(StoreRegistration.OptionsFor(connectionString));
        StoreMigrator.MigrateAsync(factory).GetAwaiter().GetResult();
        var importer = new CsvImporter(factory);
        foreach (var (name, content) in new[] { ("companies.csv", Fixtures.Companies), ("headcounts.csv", Fixtures.Headcounts), ("departures.csv", Fixtures.Departures) })
        {
            var result = importer.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(content.ReplaceLineEndings("\n"))), name).GetAwaiter().GetResult();
            Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        }

        baseline = new SqliteConnection("Data Source=:memory:");
        baseline.Open();
        keepAlive.BackupDatabase(baseline);
    }

    public void Dispose()
    {
        baseline?.Dispose();
        keepAlive?.Dispose();
        SqliteConnection.ClearAllPools();
    }

    [GeneratedRegex(@"^gen\.csv:\d+: \S")]
    private static partial Regex FileLineError();

    // Spellings the fixtures know, near-misses of them, and hostile text.
    private static readonly Gen<string> Name = Gen.OneOf(
        Gen.OneOf("Veritas AI", "VERITAS", "véritas labs", "Meta", "Meta Platforms", "Aurora Labs", "Northwind", "Ana Kowalska", "ana kowalska", "Dara Obi", "Zoë Ångström", "O'Brien", "100% Labs", ""),
        Gen.String[Gen.Char["abcVXYZéüß '-.,;\"\n\r\t\0\u001b\u0085\u009b\u200b"], 0, 14],
        Gen.String[Gen.Char, 0, 10]);

    private static readonly Gen<string> Date = Gen.OneOf(
        Gen.OneOf("", "2026-01", "2026-01-15", "2025-Q3", "2024", "9999-12", "1899-12-31", "0001-Q1", "2026-13", "2026-02-30", "2026-Q5", "20260"),
        Gen.Select(Gen.Int[1800, 2100], Gen.Int[0, 13], (y, m) => $"{y:D4}-{m:D2}"),
        Gen.Select(Gen.Int[0, 10_000], Gen.Int[0, 13], Gen.Int[0, 32], (y, m, d) => $"{y:D4}-{m:D2}-{d:D2}"),
        Gen.Select(Gen.Int[1800, 10_000], Gen.Int[0, 6], (y, q) => $"{y:D4}-Q{q}"),
        Gen.String[Gen.Char["0123456789-Qq "], 0, 11]);

    private static readonly Gen<string> Number = Gen.OneOf(
        Gen.Int[-10, 100_000].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.OneOf("", "4.5", "1e3", "99999999999", " 12 ", "abc"));

    private static readonly Gen<string> Founder = Gen.OneOf("true", "false", "", "TRUE", "yes", "1");

    private static readonly Gen<string> Url = Gen.OneOf(Gen.OneOf("", "https://news.example/1", "https://x"), Gen.String[Gen.Char["htps:/.examplx\"?=&"], 0, 30]);

    private static readonly Gen<string[]> DepartureRow = Gen.Select(Name, Name, Name, Date, Name, Founder, Url, (person, from, to, date, role, founder, url) => new[] { person, from, to, date, role, founder, url });
    private static readonly Gen<string[]> CompanyRow = Gen.Select(Name, Gen.Select(Name, Name, (a, b) => $"{a};{b}"), Date, Number, (name, aliases, founded, size) => new[] { name, aliases, founded, size });
    private static readonly Gen<string[]> HeadcountRow = Gen.Select(Name, Gen.OneOf(Date, Gen.OneOf("2025-06-01", "2026-02-29", "2024-02-29")), Number, (company, asOf, count) => new[] { company, asOf, count });

    // A row with a field added or taken away now and then.
    private static Gen<string[]> Ragged(Gen<string[]> row) => Gen.Frequency(
        (9, row),
        (1, Gen.Select(row, Name, (fields, extra) => fields.Append(extra).ToArray())),
        (1, row.Select(fields => fields[..^1])));

    private static readonly Gen<(string Header, string[][] Rows)> Table = Gen.OneOf(
        Gen.Select(Gen.Const("person,from,to,date,role,founder,source_url"), Ragged(DepartureRow).Array[0, 6], (h, r) => (h, r)),
        Gen.Select(Gen.Const("name,aliases,founded,founding_team_size"), Ragged(CompanyRow).Array[0, 6], (h, r) => (h, r)),
        Gen.Select(Gen.Const("company,as_of,headcount"), Ragged(HeadcountRow).Array[0, 6], (h, r) => (h, r)),
        Gen.Select(Gen.OneOf("person,from,date", "a,b", "", "\uFEFFcompany,as_of,headcount", "company,headcount,as_of", "Name,Aliases,Founded,Founding_Team_Size"), Ragged(HeadcountRow).Array[0, 4], (h, r) => (h, r)));

    // Fields quoted as RFC 4180 says (mostly), left bare (so commas and quotes break the row), or with a stray quote.
    private static readonly Gen<int> Quoting = Gen.Frequency((6, Gen.Const(0)), (3, Gen.Const(1)), (1, Gen.Const(2)));

    private static readonly Gen<byte[]> File = Gen.Select(Table, Quoting, Gen.Int[0, 40], Gen.Byte, (table, quoting, badByteAt, badByte) =>
    {
        var text = new StringBuilder(table.Header).Append('\n');
        foreach (var row in table.Rows)
        {
            text.AppendJoin(',', row.Select(field => quoting switch
            {
                0 => "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"",
                1 => field,
                _ => "\"" + field,
            })).Append('\n');
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());

        // Now and then one byte replaced, which may make the file invalid UTF-8.
        if (badByteAt < bytes.Length && badByteAt % 7 == 3)
        {
            bytes[badByteAt] = badByte;
        }

        return bytes;
    });

    [Fact]
    public void Every_generated_file_gives_a_result_or_file_line_errors_and_a_failed_file_changes_nothing()
    {
        Open();
        var importer = new CsvImporter(factory);
        var before = Counts();
        var (succeeded, failed, skipped) = (0, 0, 0);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        File.Sample(bytes =>
        {
            var result = importer.ImportAsync(new MemoryStream(bytes), FileName).GetAwaiter().GetResult();
            var after = Counts();
            if (result.Succeeded)
            {
                succeeded++;
                skipped += result.Skipped ? 1 : 0;
                Assert.Empty(result.Errors);
                if (!result.Skipped)
                {
                    Assert.Equal(before.Files + 1, after.Files);
                    if (result.Kind == CsvFileKind.Departures)
                    {
                        Assert.Equal(before.Sources + result.Rows, after.Sources);
                        Assert.InRange(after.Departures, before.Departures, before.Departures + result.Rows);
                    }

                    // Back to the fixtures, so the next file meets the same store.
                    baseline.BackupDatabase(keepAlive);
                    Assert.Equal(before, Counts());
                }
            }
            else
            {
                failed++;
                Assert.NotEmpty(result.Errors);
                Assert.All(result.Errors, error => Assert.Matches(FileLineError(), error));
                Assert.Equal(before, after);
            }
        }, iter: Inputs, threads: 1);

        // Both outcomes must be common, or the property says little about one of them.
        log.WriteLine($"{Inputs} files in {clock.Elapsed.TotalSeconds:F1} s: {succeeded} imported ({skipped} of them skipped as seen before), {failed} refused");
        Assert.InRange(succeeded, Inputs / 10, Inputs);
        Assert.InRange(failed, Inputs / 10, Inputs);
    }

    private (long Companies, long Aliases, long Headcounts, long People, long Departures, long Sources, long Files) Counts()
    {
        using var command = keepAlive.CreateCommand();
        command.CommandText = """
            SELECT (SELECT COUNT(*) FROM "Companies"), (SELECT COUNT(*) FROM "CompanyAliases"), (SELECT COUNT(*) FROM "Headcounts"),
                   (SELECT COUNT(*) FROM "People"), (SELECT COUNT(*) FROM "Departures"), (SELECT COUNT(*) FROM "DepartureSources"),
                   (SELECT COUNT(*) FROM "ImportedFiles")
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6));
    }

    private sealed class Factory(DbContextOptions<TalentWatchDbContext> options) : IDbContextFactory<TalentWatchDbContext>
    {
        public TalentWatchDbContext CreateDbContext() => new(options);
    }
}
