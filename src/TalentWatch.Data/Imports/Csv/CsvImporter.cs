using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Companies;
using TalentWatch.Core.Dates;
using TalentWatch.Core.Departures;
using TalentWatch.Core.Imports;
using TalentWatch.Core.Names;
using TalentWatch.Data.Resolution;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Imports.Csv;

/// <summary>
/// Imports companies.csv, headcounts.csv and departures.csv (SPEC "CSV files"), recognised by their header. One transaction per
/// file: a bad row gives "file:line: problem" and nothing of that file is stored. A file whose exact content was imported before
/// is skipped. Rows are streamed and written in chunks (one SaveChanges per chunk, change tracker cleared; on SQLite by a second
/// thread, decision P16), so memory stays flat apart from the name and merge indexes.
/// </summary>
public sealed class CsvImporter(IDbContextFactory<TalentWatchDbContext> contextFactory, TimeProvider timeProvider)
{
    private const int ChunkSize = 5000;
    private const int MaxErrors = 20;

    // TALENTWATCH_IMPORT_TIMING=1 prints each file's phases to standard error (wall milliseconds), to profile the import.
    private static readonly bool PrintTimings = Environment.GetEnvironmentVariable("TALENTWATCH_IMPORT_TIMING") == "1";

    public static readonly string[] CompanyColumns = ["name", "aliases", "founded", "founding_team_size"];
    public static readonly string[] HeadcountColumns = ["company", "as_of", "headcount"];
    public static readonly string[] DepartureColumns = ["person", "from", "to", "date", "role", "founder", "source_url"];

    public CsvImporter(IDbContextFactory<TalentWatchDbContext> contextFactory)
        : this(contextFactory, TimeProvider.System)
    {
    }

    /// <summary>Imports one file; <paramref name="progress"/> gets the fraction of the file read (0..1).</summary>
    public async Task<CsvImportResult> ImportFileAsync(string path, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        var fileName = Path.GetFileName(path);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(fileName, CsvFileKind.Unknown, $"{fileName}: cannot be read: {e.Message}");
        }

        await using (stream)
        {
            return await ImportAsync(stream, fileName, progress, cancellationToken);
        }
    }

    /// <summary>Imports CSV content from a seekable stream (it is read twice: hash and UTF-8 check, then rows).</summary>
    public async Task<CsvImportResult> ImportAsync(Stream content, string fileName, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanSeek)
        {
            throw new ArgumentException("The CSV content must be seekable; copy it to a MemoryStream or a file first.", nameof(content));
        }

        var (hash, badUtf8Line) = await CsvContent.InspectAsync(content, cancellationToken);
        if (badUtf8Line is { } badLine)
        {
            return Failed(fileName, CsvFileKind.Unknown, $"{fileName}:{badLine}: not valid UTF-8 (CSV files must be UTF-8 encoded)");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await db.Database.OpenConnectionAsync(cancellationToken);
        if (await ImportedFiles.KindOfAsync(db, hash, cancellationToken) is { } kindBefore)
        {
            return new CsvImportResult(fileName, Enum.TryParse<CsvFileKind>(kindBefore, true, out var k) ? k : CsvFileKind.Unknown, 0, true, []);
        }

        content.Position = 0;
        var length = content.Length;
        await using var reader = CsvReader.Create(content, CsvReaderOptions.Default with { Separator = ',', TrackLineNumbers = true }, leaveOpen: true);
        string[] header;
        try
        {
            await reader.ReadHeaderAsync(cancellationToken);
            if (reader.Headers.Count == 0 || reader.Headers.All(string.IsNullOrWhiteSpace))
            {
                return Failed(fileName, CsvFileKind.Unknown, $"{fileName}:1: the file is empty; expected a header row");
            }

            header = [.. reader.Headers.Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant())];
        }
        catch (CsvFormatException e)
        {
            return Failed(fileName, CsvFileKind.Unknown, $"{fileName}:1: {e.Message}");
        }

        var kind = Recognise(header);
        if (kind == CsvFileKind.Unknown)
        {
            return Failed(fileName, kind, $"{fileName}:1: header '{string.Join(',', header)}' is not that of companies.csv ({string.Join(',', CompanyColumns)}), headcounts.csv ({string.Join(',', HeadcountColumns)}) or departures.csv ({string.Join(',', DepartureColumns)})");
        }

        var required = kind switch
        {
            CsvFileKind.Companies => CompanyColumns,
            CsvFileKind.Headcounts => HeadcountColumns,
            _ => DepartureColumns,
        };
        var missing = required.Where(c => Array.IndexOf(header, c) < 0).ToList();
        if (missing.Count > 0)
        {
            return Failed(fileName, kind, $"{fileName}:1: missing column{(missing.Count > 1 ? "s" : string.Empty)} {string.Join(", ", missing.Select(m => $"'{m}'"))}");
        }

        var columns = required.Select(c => Array.IndexOf(header, c)).ToArray();
        var now = timeProvider.GetUtcNow();

        // A larger page cache keeps the alias and departure indexes in memory while 100,000 rows go in (default is 2 MB).
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;", cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await StoreWrites.LockForExplicitIdsAsync(db, cancellationToken);

        // The marker row first: on SQLite its write takes the write lock for the whole import, which the explicit ids rely on.
        var imported = new ImportedFile { ContentHash = hash, FileName = fileName, Kind = kind.ToString().ToLowerInvariant(), ImportedAt = now };
        imported.Id = await ImportedFiles.AddAsync(db, imported, cancellationToken);

        var rowReader = new RowReader(reader, fileName, columns, required, header.Length);
        var errors = new List<string>();
        ImportTimings? timings = null;
        int rows;
        try
        {
            using var file = kind switch
            {
                CsvFileKind.Companies => (FileImport)new CompanyFileImport(db),
                CsvFileKind.Headcounts => new HeadcountFileImport(db),
                _ => new DepartureFileImport(db, now, length),
            };
            var phases = new ImportTimings(fileName);
            await file.PrepareAsync(cancellationToken);
            phases.Mark("prepare");
            rows = 0;
            var sinceSave = 0;
            while (await rowReader.ReadAsync(cancellationToken))
            {
                try
                {
                    file.ImportRow(rowReader);
                    rows++;
                }
                catch (CsvRowException e)
                {
                    errors.Add(e.Message);
                    if (errors.Count >= MaxErrors)
                    {
                        break;
                    }
                }

                if (errors.Count == 0 && file.SavesInChunks && ++sinceSave >= ChunkSize)
                {
                    await SaveChunkAsync(db, file, final: false, cancellationToken);
                    sinceSave = 0;
                    progress?.Report(length > 0 ? (double)reader.ByteOffset / length : 1);
                }
            }

            phases.Mark("rows");
            if (errors.Count == 0)
            {
                await SaveChunkAsync(db, file, final: true, cancellationToken);
                phases.Mark("last writes");
                phases.Note(file.WriterTimes);
                phases.Memory();
                await file.CompleteAsync(cancellationToken);
                phases.Mark("indexes");
                phases.Note(file.RestoreTimes);
                await ImportedFiles.SetRowsAsync(db, imported.Id, rows, cancellationToken);
                await StoreWrites.AdvanceIdSequencesAsync(db, cancellationToken);
                phases.Mark("marker");
            }

            timings = phases;
        }
        catch (CsvFormatException e)
        {
            errors.Add($"{fileName}:{rowReader.Line}: {e.Message}");
            rows = 0;
        }
        catch (DbUpdateException e)
        {
            errors.Add($"{fileName}:{rowReader.Line}: could not be stored: {e.InnerException?.Message ?? e.Message}");
            rows = 0;
        }
        catch (System.Data.Common.DbException e)
        {
            // SQLite's writes run a batch behind the reading (decision P16): the failed statement knows its row's line.
            var line = e is StoredRowException { Line: > 0 } stored ? stored.Line : rowReader.Line;
            errors.Add($"{fileName}:{line}: could not be stored: {e.Message}");
            rows = 0;
        }

        if (errors.Count > 0)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            return new CsvImportResult(fileName, kind, 0, false, errors);
        }

        await transaction.CommitAsync(cancellationToken);
        timings?.Mark("commit");
        if (db.Database.IsSqlite())
        {
            // The planner's statistics for what was just written (decision P6): read commands no longer refresh them at
            // start (they check the store with one query, decision P9), so the import that changed the tables does.
            await db.Database.ExecuteSqlRawAsync(StoreMigrator.RefreshStatistics, cancellationToken);
        }

        timings?.Mark("statistics");
        timings?.Print();

        progress?.Report(1);
        return new CsvImportResult(fileName, kind, rows, false, []);
    }

    public static CsvFileKind Recognise(IReadOnlyCollection<string> header)
    {
        bool Has(string column) => header.Contains(column, StringComparer.OrdinalIgnoreCase);
        if (Has("founding_team_size") || (Has("name") && Has("aliases")))
        {
            return CsvFileKind.Companies;
        }

        if (Has("headcount") || Has("as_of"))
        {
            return CsvFileKind.Headcounts;
        }

        return Has("person") || Has("source_url") || (Has("from") && Has("founder")) ? CsvFileKind.Departures : CsvFileKind.Unknown;
    }

    private static async Task SaveChunkAsync(TalentWatchDbContext db, FileImport file, bool final, CancellationToken cancellationToken)
    {
        if (final)
        {
            file.FlushWrites();
        }
        else
        {
            file.FlushChunk();
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        file.AfterChunkSaved();
    }

    /// <summary>Wall milliseconds per phase of one file, printed under TALENTWATCH_IMPORT_TIMING=1.</summary>
    private sealed class ImportTimings(string fileName)
    {
        private readonly System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();
        private readonly List<string> phases = PrintTimings ? [$"[started {SinceProcessStart()} ms after the process]"] : [];

        // Start-up (runtime, services, migrations) is the part of a whole-process run no phase below covers.
        private static long SinceProcessStart()
        {
            using var process = System.Diagnostics.Process.GetCurrentProcess();
            return (long)(DateTime.Now - process.StartTime).TotalMilliseconds;
        }

        public void Mark(string phase)
        {
            if (PrintTimings)
            {
                phases.Add($"{phase} {clock.Elapsed.TotalMilliseconds:F0}");
                clock.Restart();
            }
        }

        public void Note(string? note)
        {
            if (PrintTimings && note is not null)
            {
                phases.Add($"[{note}]");
            }
        }

        public void Memory()
        {
            if (PrintTimings)
            {
                using var process = System.Diagnostics.Process.GetCurrentProcess();
                phases.Add($"[managed {GC.GetGCMemoryInfo().HeapSizeBytes >> 20} MB, working set {process.WorkingSet64 >> 20} MB, peak {process.PeakWorkingSet64 >> 20} MB]");
            }
        }

        public void Print()
        {
            if (PrintTimings)
            {
                using var process = System.Diagnostics.Process.GetCurrentProcess();
                var gc = GC.GetGCMemoryInfo();
                Console.Error.WriteLine($"import timing {fileName} (ms): {string.Join(", ", phases)}; process CPU {process.TotalProcessorTime.TotalMilliseconds:F0}; " +
                    $"managed heap {gc.HeapSizeBytes >> 20} MB (committed {gc.TotalCommittedBytes >> 20} MB), working set {process.WorkingSet64 >> 20} MB, peak {process.PeakWorkingSet64 >> 20} MB");
            }
        }
    }

    private static CsvImportResult Failed(string fileName, CsvFileKind kind, string error) => new(fileName, kind, 0, false, [error]);

    /// <summary>The current record's fields by required-column position, with its line for messages.</summary>
    internal sealed class RowReader(CsvReader reader, string fileName, int[] columns, string[] columnNames, int headerFields)
    {
        // C0 and C1 controls and DEL: a NUL or an escape sequence in a name is an attack or a broken export, never a name.
        private static readonly System.Buffers.SearchValues<char> ControlCharacters = System.Buffers.SearchValues.Create(
            [.. Enumerable.Range(0, 0x20).Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c)]);

        public int Line => (int)reader.LineNumber;

        public string FileName => fileName;

        public string Evidence => $"{fileName}:{Line}";

        public async ValueTask<bool> ReadAsync(CancellationToken cancellationToken)
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return false;
            }

            return true;
        }

        public void CheckFieldCount()
        {
            if (reader.FieldCount != headerFields)
            {
                throw Problem($"{reader.FieldCount} field{(reader.FieldCount == 1 ? string.Empty : "s")}, the header has {headerFields}");
            }
        }

        /// <summary>The trimmed value of required column <paramref name="index"/>; null when empty. Control characters are refused.</summary>
        public string? Get(int index)
        {
            var value = reader.GetString(columns[index]).Trim();
            var control = value.AsSpan().IndexOfAny(ControlCharacters);
            if (control >= 0)
            {
                throw Problem(string.Create(CultureInfo.InvariantCulture, $"{columnNames[index]} contains a control character (U+{(int)value[control]:X4}) at position {control + 1}"));
            }

            return value.Length == 0 ? null : value;
        }

        public string Require(int index, string column) => Get(index) ?? throw Problem($"'{column}' is empty");

        public PrecisionDate Date(int index, string column)
        {
            var text = Get(index);
            return PrecisionDate.TryParse(text ?? string.Empty, out var date)
                ? date
                : throw Problem($"{column} '{text}' is not a date (expected YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY or empty)");
        }

        public int? WholeNumber(int index, string column)
        {
            var text = Get(index);
            if (text is null)
            {
                return null;
            }

            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw Problem($"{column} '{text}' is not a whole number");
        }

        public CsvRowException Problem(string problem) => new($"{fileName}:{Line}: {problem}");
    }

    private abstract class FileImport : IDisposable
    {
        public virtual void Dispose()
        {
        }

        /// <summary>False when the file's entities stay tracked until the end (small files that update rows in place).</summary>
        public virtual bool SavesInChunks => true;

        public virtual Task PrepareAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        /// <summary>After the last chunk of a file without errors, before the commit.</summary>
        public virtual Task CompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public abstract void ImportRow(RowReader row);

        public virtual void AfterChunkSaved()
        {
        }

        /// <summary>Where the writer's time went (TALENTWATCH_IMPORT_TIMING), when it has its own thread.</summary>
        public virtual string? WriterTimes => null;

        /// <summary>Where the search tables', indexes' and triggers' restoring went (TALENTWATCH_IMPORT_TIMING), on SQLite.</summary>
        public virtual string? RestoreTimes => null;

        /// <summary>Writes and waits for everything the writer still holds, at the end of a file without errors.</summary>
        public virtual void FlushWrites()
        {
        }

        /// <summary>Sends rows the writer holds before a chunk is saved, where that is needed (PostgreSQL batches them).</summary>
        public virtual void FlushChunk() => FlushWrites();
    }

    /// <summary>
    /// companies.csv: the <c>name</c> column is the canonical name; aliases are added; founded and size set when given. The rows
    /// are applied to the companies in memory; on SQLite the outcome is written at the end through SQLite's C API (decision
    /// P15), on PostgreSQL through EF's change tracking (the companies are tracked for the whole file).
    /// </summary>
    private sealed class CompanyFileImport(TalentWatchDbContext db) : FileImport
    {
        private readonly bool bulk = db.Database.IsSqlite();
        private NameResolver resolver = null!;
        private Dictionary<int, Company> companies = null!;

        // SQLite: the stored companies as loaded, to write only what the rows changed.
        private readonly Dictionary<int, (string Name, string Slug, DateOnly? Founded, int? Size, int Aliases)> stored = [];
        private readonly List<Company> created = [];
        private DepartureRowWriter? writer;

        public override async Task PrepareAsync(CancellationToken cancellationToken)
        {
            if (bulk)
            {
                writer = new DepartureRowWriter(db);
                resolver = await NameResolver.LoadAsync(db, withPeople: false, created.Add, _ => { }, cancellationToken);
                companies = await db.Companies.AsNoTracking().Include(c => c.Aliases).ToDictionaryAsync(c => c.Id, cancellationToken);
                foreach (var company in companies.Values)
                {
                    stored[company.Id] = (company.Name, company.Slug, company.Founded, company.FoundingTeamSize, company.Aliases.Count);
                }

                return;
            }

            resolver = await NameResolver.LoadAsync(db, withPeople: false, cancellationToken);

            // Company files are small (thousands of rows): the companies are tracked for the whole file.
            companies = await db.Companies.Include(c => c.Aliases).ToDictionaryAsync(c => c.Id, cancellationToken);
        }

        public override void ImportRow(RowReader row)
        {
            row.CheckFieldCount();
            var name = row.Require(0, "name");
            var aliases = (row.Get(1) ?? string.Empty).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var founded = row.Date(2, "founded");
            var size = row.WholeNumber(3, "founding_team_size");
            if (NameKey.For(name).Length == 0)
            {
                throw row.Problem($"name '{name}' has no letters or digits");
            }

            // The company this row is about: by its name, else by one of its aliases.
            var id = resolver.FindCompany(name) ?? aliases.Select(resolver.FindCompany).FirstOrDefault(i => i is not null);
            foreach (var alias in aliases)
            {
                var key = NameKey.For(alias);
                if (resolver.CompanyOfKey(key) is { } other && other != id && id is not null)
                {
                    throw row.Problem($"alias '{alias}' already names another company ('{companies[other].Name}')");
                }
            }

            var company = id is { } existing ? companies[existing] : companies[resolver.ResolveCompany(name)] = resolver.LastCreated!;
            if (company.Name != name)
            {
                company.Slug = resolver.RenameSlug(company.Slug, name);
                company.Name = name;
            }

            foreach (var spelling in aliases.Prepend(name))
            {
                var key = NameKey.For(spelling);
                if (key.Length > 0 && resolver.CompanyOfKey(key) is null)
                {
                    resolver.AddCompanyKey(key, company.Id);
                    company.Aliases.Add(new CompanyAlias { CompanyId = company.Id, Name = spelling, Key = key });
                }
            }

            if (founded.Interval is { } interval)
            {
                company.Founded = interval.Start;
            }

            if (size is not null)
            {
                company.FoundingTeamSize = size;
            }
        }

        public override bool SavesInChunks => false;

        /// <summary>SQLite: writes what the rows changed, once, at the end of a file without errors.</summary>
        public override void FlushWrites()
        {
            if (writer is null)
            {
                return;
            }

            // A renamed company may take a slug another renamed company gave up (the slug index is unique and checked per
            // statement): the renamed ones first move to a slug no name produces ('~' and the id), then take their new one.
            var changed = stored
                .Where(s => companies[s.Key] is var c && (c.Name, c.Slug, c.Founded, c.FoundingTeamSize) != (s.Value.Name, s.Value.Slug, s.Value.Founded, s.Value.Size))
                .Select(s => companies[s.Key])
                .ToList();
            foreach (var company in changed.Where(c => c.Slug != stored[c.Id].Slug))
            {
                writer.UpdateCompany(new Company { Id = company.Id, Name = company.Name, Slug = "~" + company.Id.ToString(CultureInfo.InvariantCulture), Founded = company.Founded, FoundingTeamSize = company.FoundingTeamSize });
            }

            foreach (var company in changed)
            {
                writer.UpdateCompany(company);
            }

            foreach (var (companyId, before) in stored)
            {
                foreach (var alias in companies[companyId].Aliases.Skip(before.Aliases))
                {
                    writer.InsertCompanyAlias(companyId, alias.Name, alias.Key);
                }
            }

            foreach (var company in created)
            {
                writer.InsertCompany(company);
            }

            writer.Flush();
            stored.Clear();
            created.Clear();
        }

        public override void Dispose()
        {
            writer?.Dispose();
            base.Dispose();
        }
    }

    /// <summary>headcounts.csv: one snapshot per company and date; a later row for the same pair replaces the count.</summary>
    private sealed class HeadcountFileImport(TalentWatchDbContext db) : FileImport
    {
        private NameResolver resolver = null!;
        private DepartureRowWriter writer = null!;

        public override async Task PrepareAsync(CancellationToken cancellationToken)
        {
            writer = new DepartureRowWriter(db);
            resolver = await NameResolver.LoadAsync(db, withPeople: false, writer.InsertCompany, _ => { }, cancellationToken);
        }


        public override void ImportRow(RowReader row)
        {
            row.CheckFieldCount();
            writer.Line = row.Line;
            var company = row.Require(0, "company");
            var asOfText = row.Require(1, "as_of");
            if (!DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asOf))
            {
                throw row.Problem($"as_of '{asOfText}' is not a date (expected YYYY-MM-DD)");
            }

            var headcount = row.WholeNumber(2, "headcount") ?? throw row.Problem("'headcount' is empty");
            if (!company.Any(char.IsLetterOrDigit))
            {
                throw row.Problem($"company '{company}' has no letters or digits");
            }

            // A headcount is a figure about a company the record knows; a misspelt name must not invent a company (issue 15).
            var companyId = resolver.FindCompany(company)
                            ?? throw row.Problem($"company '{company}' is not a known company or alias; import it in companies.csv first");
            writer.UpsertHeadcount(companyId, asOf, headcount);
        }

        public override void FlushWrites() => writer.Flush();

        public override void FlushChunk() => writer.FlushChunk();

        public override void Dispose()
        {
            writer?.Dispose();
            base.Dispose();
        }
    }

    /// <summary>
    /// departures.csv: every row is a report, merged per SPEC and kept as a source ("departures.csv:12", source_url). The merge is
    /// decided here, in memory; <see cref="DepartureRowWriter"/> writes the outcome (prepared statements on SQLite, COPY and
    /// batches on PostgreSQL, decision O6); merges update the row in place.
    /// </summary>
    private sealed class DepartureFileImport(TalentWatchDbContext db, DateTimeOffset now, long fileBytes) : FileImport
    {
        private BulkLoadIndexes indexes = null!;

        // Departures stored before this file whose role a row fills in, with their role before the import (decision P17).
        private readonly Dictionary<int, string?> replacedRoles = [];
        private readonly DateOnly today = DateOnly.FromDateTime(now.UtcDateTime);

        private NameResolver resolver = null!;
        private DepartureRowWriter writer = null!;

        // The named departures by (person, company), in arrival order: what a report may merge with, as compact facts
        // (decision P17), so memory grows by about 40 bytes per departure of the store and of the file.
        private readonly DepartureMergeIndex named = new();

        // Stored roles that are white space but not null: the merge fills them in, and the roles' search table must be told the
        // exact text it indexed (decision P12). Almost always empty; the other roles a merge fills in were null.
        private readonly Dictionary<int, string> blankRoles = [];
        private int nextDepartureId;

        public override async Task PrepareAsync(CancellationToken cancellationToken)
        {
            writer = new DepartureRowWriter(db);
            resolver = await NameResolver.LoadAsync(db, withPeople: true, writer.InsertCompany, writer.InsertPerson, cancellationToken);
            nextDepartureId = (await db.Departures.MaxAsync(d => (int?)d.Id, cancellationToken) ?? 0) + 1;
            indexes = await BulkLoadIndexes.DropIfWorthwhileAsync(db, fileBytes, nextDepartureId - 1, cancellationToken);
            if (db.Database.IsSqlite())
            {
                // The search tables of names and evidence fill while the rows are read (decision P16), about every 8,000 rows.
                var connection = (Microsoft.Data.Sqlite.SqliteConnection)db.Database.GetDbConnection();
                writer.RunAfterBatches(() => indexes.FillInsertOnlySearches(connection), 8);
            }

            // Streamed from a forward-only reader into the index: no list of the store's departures is built first.
            var existing = db.Departures.AsNoTracking()
                .Where(d => d.PersonId != null && d.Status != DepartureStatus.Rejected)
                .OrderBy(d => d.Id)
                .Select(d => new { d.Id, d.PersonId, d.CompanyId, d.DatePrecision, d.DateStart, d.DateEnd, HasDestination = d.DestinationId != null, d.Role, d.Founder, d.Status })
                .AsAsyncEnumerable();
            await foreach (var departure in existing.WithCancellation(cancellationToken))
            {
                named.Add(departure.PersonId!.Value, departure.CompanyId, DepartureMergeFacts.Of(
                    departure.Id, departure.DatePrecision, departure.DateStart, departure.DateEnd, departure.HasDestination, departure.Role, departure.Founder, departure.Status));
                if (departure.Role is { } role && string.IsNullOrWhiteSpace(role))
                {
                    blankRoles[departure.Id] = role;
                }
            }
        }

        public override void ImportRow(RowReader row)
        {
            row.CheckFieldCount();
            writer.Line = row.Line;
            var person = row.Get(0);
            var from = row.Require(1, "from");
            var to = row.Get(2);
            var date = row.Date(3, "date");
            if (DepartureDateRule.Problem(date, today) is { } dateProblem)
            {
                throw row.Problem(dateProblem);
            }

            var role = row.Get(4);
            var founderText = row.Get(5);
            bool? founder = founderText?.ToLowerInvariant() switch
            {
                null => null,
                "true" => true,
                "false" => false,
                _ => throw row.Problem($"founder '{founderText}' is not true, false or empty"),
            };
            var url = row.Get(6);
            if (!from.Any(char.IsLetterOrDigit))
            {
                throw row.Problem($"from '{from}' has no letters or digits");
            }

            if (person is not null && !person.Any(char.IsLetterOrDigit))
            {
                throw row.Problem($"person '{person}' has no letters or digits");
            }

            if (role is { Length: > 200 })
            {
                throw row.Problem("role is longer than 200 characters");
            }

            if (url is { Length: > 2000 })
            {
                throw row.Problem("source_url is longer than 2000 characters");
            }

            var companyId = resolver.ResolveCompany(from);
            var destinationId = to is null || !to.Any(char.IsLetterOrDigit) ? (int?)null : resolver.ResolveCompany(to);
            if (destinationId == companyId)
            {
                // Names or aliases of one company (decision U5): a move to where the person already was is no departure.
                throw row.Problem($"from '{from}' and to '{to}' are the same company; a departure needs another destination (or leave 'to' empty)");
            }

            var report = new DepartureReport(
                person is null ? null : resolver.ResolvePerson(person),
                companyId,
                destinationId,
                date,
                role,
                founder);

            int departureId;
            var match = named.FindMatch(report);
            if (match >= 0)
            {
                departureId = named[match].Id;
                var change = named.Merge(match, report, confirm: true); // a curated CSV row confirms an extracted departure
                if (change.Role is not null && indexes.Covers(departureId))
                {
                    // The roles' search table still holds the role as it was before the import (decision P12).
                    replacedRoles.TryAdd(departureId, blankRoles.GetValueOrDefault(departureId));
                }

                if (change.ChangesAnything)
                {
                    writer.UpdateDeparture(departureId, change, now);
                }
            }
            else
            {
                var departure = DepartureMerger.Create(report, DepartureStatus.Accepted, now);
                departure.Id = departureId = nextDepartureId++;
                writer.InsertDeparture(departure);
                if (report.PersonId is { } personId)
                {
                    named.Add(personId, report.CompanyId, DepartureMergeFacts.Of(departure));
                }
            }

            writer.InsertSource(departureId, url, row.Evidence, now);
        }

        public override void FlushWrites() => writer.Flush();

        public override void FlushChunk() => writer.FlushChunk();

        public override string? WriterTimes => writer.PipelineTimes;

        public override string? RestoreTimes => indexes.Times;

        public override Task CompleteAsync(CancellationToken cancellationToken) => indexes.RestoreAsync(db, replacedRoles, cancellationToken);

        public override void Dispose()
        {
            writer?.Dispose();
            base.Dispose();
        }
    }
}
