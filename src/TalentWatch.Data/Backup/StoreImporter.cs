using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Articles;
using TalentWatch.Core.Companies;
using TalentWatch.Core.Dates;
using TalentWatch.Core.Departures;
using TalentWatch.Core.History;
using TalentWatch.Core.Imports;
using TalentWatch.Core.People;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Backup;

/// <summary>A data file that cannot be imported: the message says why (nothing was stored).</summary>
public sealed class DataImportException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Fills an empty store from a data file (docs/data-format.md) in one transaction, keeping every id so the references between
/// rows hold. The file is read element by element (<see cref="JsonStreamReader"/>) and written in batches with the change
/// tracker cleared after each, so neither the file nor the store has to fit in memory.
/// </summary>
public sealed class StoreImporter(IDbContextFactory<TalentWatchDbContext> contextFactory)
{
    private const int BatchSize = 1000;

    public async Task<IReadOnlyDictionary<string, int>> ImportAsync(Stream source, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await db.Database.OpenConnectionAsync(cancellationToken);

        // On SQLite this is BEGIN IMMEDIATE: the write lock is held from the emptiness check to the commit, so no other
        // writer can slip a row in between and collide with the ids the file brings. PostgreSQL needs an explicit lock for that.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await StoreWrites.LockForExplicitIdsAsync(db, cancellationToken);
        await EnsureEmptyAsync(db, cancellationToken);

        var reader = new JsonStreamReader(source);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        try
        {
            await ReadFileAsync(db, reader, counts, cancellationToken);
        }
        catch (JsonException e)
        {
            throw new DataImportException($"not a valid data file near byte {reader.Position}: {e.Message}", e);
        }
        catch (DbUpdateException e)
        {
            throw new DataImportException($"a row could not be stored near byte {reader.Position}: {e.InnerException?.Message ?? e.Message}", e);
        }
        catch (DbException e)
        {
            throw new DataImportException($"a row could not be stored near byte {reader.Position}: {e.Message}", e);
        }

        await StoreWrites.AdvanceIdSequencesAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Statistics for the restored tables (decision P6): CLI commands no longer refresh them at start (P9).
            await db.Database.ExecuteSqlRawAsync(StoreMigrator.RefreshStatistics, cancellationToken);
        }

        return counts;
    }

    private static async Task EnsureEmptyAsync(TalentWatchDbContext db, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, bool>
        {
            ["companies"] = await db.Companies.AnyAsync(cancellationToken),
            ["companyAliases"] = await db.CompanyAliases.AnyAsync(cancellationToken),
            ["headcounts"] = await db.Headcounts.AnyAsync(cancellationToken),
            ["people"] = await db.People.AnyAsync(cancellationToken),
            ["personAliases"] = await db.PersonAliases.AnyAsync(cancellationToken),
            ["articles"] = await db.Articles.AnyAsync(cancellationToken),
            ["claims"] = await db.Claims.AnyAsync(cancellationToken),
            ["departures"] = await db.Departures.AnyAsync(cancellationToken),
            ["departureSources"] = await db.DepartureSources.AnyAsync(cancellationToken),
            ["importedFiles"] = await db.ImportedFiles.AnyAsync(cancellationToken),
            ["changes"] = await db.Changes.AnyAsync(cancellationToken),
            ["possibleDepartureDismissals"] = await db.PossibleDepartureDismissals.AnyAsync(cancellationToken),
        };
        var filled = rows.Where(r => r.Value).Select(r => r.Key).ToList();
        if (filled.Count > 0)
        {
            // Merging two stores would renumber ids and re-run entity resolution: a different feature, not a restore.
            throw new DataImportException($"the store is not empty (it has {string.Join(", ", filled)}); import-data only fills an empty store");
        }
    }

    private static async Task ReadFileAsync(TalentWatchDbContext db, JsonStreamReader reader, Dictionary<string, int> counts, CancellationToken cancellationToken)
    {
        Expect(reader.Next(), JsonTokenType.StartObject, "the file must be one JSON object");
        string? format = null;
        long? version = null;
        while (true)
        {
            var token = reader.Next();
            if (token.Type == JsonTokenType.EndObject)
            {
                break;
            }

            Expect(token, JsonTokenType.PropertyName, "expected a field name");
            var name = token.Text!;
            if (name == "format")
            {
                format = Expect(reader.Next(), JsonTokenType.String, "'format' must be a string").Text;
                if (format != BackupFormat.Name)
                {
                    throw new DataImportException($"'format' is '{format}', not '{BackupFormat.Name}': not a TalentWatch data file");
                }

                continue;
            }

            if (name == "formatVersion")
            {
                version = Expect(reader.Next(), JsonTokenType.Number, "'formatVersion' must be a number").Number;
                if (version is < BackupFormat.OldestReadableVersion or > BackupFormat.Version)
                {
                    throw new DataImportException(
                        $"formatVersion {version} is not supported (this version reads {BackupFormat.OldestReadableVersion} to {BackupFormat.Version})");
                }

                continue;
            }

            // The header comes first so a foreign or newer file is refused before any row is written.
            if (format is null || version is null)
            {
                throw new DataImportException("'format' and 'formatVersion' must come before the tables");
            }

            if (counts.ContainsKey(name))
            {
                throw new DataImportException($"table '{name}' appears twice");
            }

            Expect(reader.Next(), JsonTokenType.StartArray, $"'{name}' must be an array");
            counts[name] = name switch
            {
                "companies" => await ImportTableAsync<CompanyRow>(name, db, reader, r => db.Companies.Add(new Company
                {
                    Id = r.Id, Name = r.Name, Slug = r.Slug, Founded = r.Founded, FoundingTeamSize = r.FoundingTeamSize, Version = r.Version,
                }), cancellationToken),
                "companyAliases" => await ImportTableAsync<CompanyAliasRow>(name, db, reader, r => db.CompanyAliases.Add(new CompanyAlias
                {
                    Id = r.Id, CompanyId = r.CompanyId, Name = r.Name, Key = r.Key,
                }), cancellationToken),
                "headcounts" => await ImportTableAsync<HeadcountRow>(name, db, reader, r => db.Headcounts.Add(new HeadcountSnapshot
                {
                    Id = r.Id, CompanyId = r.CompanyId, AsOf = r.AsOf, Headcount = r.Headcount,
                }), cancellationToken),
                "people" => await ImportTableAsync<PersonRow>(name, db, reader, r => db.People.Add(new Person
                {
                    Id = r.Id, Name = r.Name, Slug = r.Slug, Version = r.Version,
                }), cancellationToken),
                "personAliases" => await ImportTableAsync<PersonAliasRow>(name, db, reader, r => db.PersonAliases.Add(new PersonAlias
                {
                    Id = r.Id, PersonId = r.PersonId, Name = r.Name, Key = r.Key,
                }), cancellationToken),
                "articles" => await ImportTableAsync<ArticleRow>(name, db, reader, r => db.Articles.Add(new Article
                {
                    Id = r.Id, Title = r.Title, Source = r.Source, Url = r.Url, Published = r.Published, Language = r.Language,
                    LanguageSupported = r.LanguageSupported, Text = r.Text, ContentHash = r.ContentHash, FileName = r.FileName,
                    ImportedAt = r.ImportedAt, ReviewedAt = r.ReviewedAt, ReviewedBy = r.ReviewedBy,
                }), cancellationToken),
                "claims" => await ImportTableAsync<ClaimRow>(name, db, reader, r => db.Claims.Add(new Claim
                {
                    Id = r.Id, ArticleId = r.ArticleId, CompanyId = r.CompanyId, Metric = r.Metric, Value = r.Value, Evidence = r.Evidence,
                    EvidenceStart = r.EvidenceStart, EvidenceLength = r.EvidenceLength,
                }), cancellationToken),
                "departures" => await ImportDeparturesAsync(name, db, reader, cancellationToken),
                "departureSources" => await ImportTableAsync<DepartureSourceRow>(name, db, reader, r => db.DepartureSources.Add(new DepartureSource
                {
                    Id = r.Id, DepartureId = r.DepartureId, ArticleId = r.ArticleId, Url = r.Url, Evidence = r.Evidence,
                    EvidenceStart = r.EvidenceStart, EvidenceLength = r.EvidenceLength, AddedAt = r.AddedAt,
                }), cancellationToken),
                "importedFiles" => await ImportTableAsync<ImportedFileRow>(name, db, reader, r => db.ImportedFiles.Add(new ImportedFile
                {
                    Id = r.Id, ContentHash = r.ContentHash, FileName = r.FileName, Kind = r.Kind, Rows = r.Rows, ImportedAt = r.ImportedAt,
                }), cancellationToken),
                "possibleDepartureDismissals" => await ImportTableAsync<PossibleDepartureDismissalRow>(name, db, reader, r => db.PossibleDepartureDismissals.Add(
                    new PossibleDepartureDismissal
                    {
                        Id = r.Id, ArticleId = r.ArticleId, SpanStart = r.SpanStart, SpanLength = r.SpanLength, DismissedBy = r.DismissedBy, DismissedAt = r.DismissedAt,
                    }), cancellationToken),
                "changes" => await ImportTableAsync<ChangeRow>(name, db, reader, r => db.Changes.Add(ToChange(r)), cancellationToken),
                _ => throw new DataImportException($"unknown table '{name}'"),
            };
        }

        if (format is null || version is null)
        {
            throw new DataImportException("'format' and 'formatVersion' are missing: not a TalentWatch data file");
        }

        if (reader.Next().Type != JsonTokenType.None)
        {
            throw new DataImportException("unexpected content after the data object");
        }
    }

    private static Departure ToDeparture(DepartureRow row)
    {
        if (!PrecisionDate.TryParse(row.Date ?? string.Empty, out var date) || (row.Date is not null && !date.IsKnown))
        {
            throw new DataImportException($"departure {row.Id}: date '{row.Date}' is not YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY or null");
        }

        if (!StatusNames.TryParse(row.Status, out var status))
        {
            throw new DataImportException($"departure {row.Id}: status '{row.Status}' is not extracted, accepted or rejected");
        }

        return new Departure
        {
            Id = row.Id, PersonId = row.PersonId, CompanyId = row.CompanyId, DestinationId = row.DestinationId, Date = date,
            Role = row.Role, Founder = row.Founder, Status = status, CreatedAt = row.CreatedAt, UpdatedAt = row.UpdatedAt, Version = row.Version,
            Confidence = row.Confidence is null or (>= 0 and <= 1) ? row.Confidence
                : throw new DataImportException($"departure {row.Id}: confidence {row.Confidence} is not between 0 and 1"),
        };
    }

    /// <summary>
    /// A merged departure may point at a later one (a higher id, in a later batch), so the links are set once every departure is in.
    /// </summary>
    private static async Task<int> ImportDeparturesAsync(string name, TalentWatchDbContext db, JsonStreamReader reader, CancellationToken cancellationToken)
    {
        List<(int Id, int Survivor)> links = [];
        var count = await ImportTableAsync<DepartureRow>(name, db, reader, r =>
        {
            db.Departures.Add(ToDeparture(r));
            if (r.MergedIntoId is { } survivor)
            {
                links.Add((r.Id, survivor));
            }
        }, cancellationToken);
        foreach (var (id, survivor) in links)
        {
            if (!await db.Departures.AnyAsync(d => d.Id == survivor, cancellationToken))
            {
                throw new DataImportException($"departure {id}: mergedIntoId {survivor} is not a departure in the file");
            }

            await db.Departures.Where(d => d.Id == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.MergedIntoId, survivor), cancellationToken);
        }

        return count;
    }

    private static ChangeRecord ToChange(ChangeRow row) =>
        !RecordTypeNames.TryParse(row.RecordType, out var type)
            ? throw new DataImportException($"change {row.Id}: recordType '{row.RecordType}' is not departure, company or person")
            : new ChangeRecord
            {
                Id = row.Id, At = row.At, ActorId = row.ActorId, ActorName = row.ActorName, RecordType = type, RecordId = row.RecordId,
                Action = row.Action, Before = row.Before, After = row.After, Summary = row.Summary,
            };

    private static async Task<int> ImportTableAsync<T>(string name, TalentWatchDbContext db, JsonStreamReader reader, Action<T> add, CancellationToken cancellationToken)
        where T : IBackupRow
    {
        var batch = new List<T>(BatchSize);
        var ids = new HashSet<int>();
        var count = 0;
        bool ended;
        do
        {
            batch.Clear();
            ended = reader.ReadElements(batch, BatchSize);
            foreach (var row in batch)
            {
                // Checked here, not left to the change tracker, whose exception for a second row with the same key is no
                // sentence for a person (issue 15: import-data printed a stack trace).
                if (!ids.Add(row.Id))
                {
                    throw new DataImportException($"'{name}': id {row.Id} appears twice");
                }

                add(row);
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            count += batch.Count;
        }
        while (!ended);

        return count;
    }

    private static JsonStreamReader.Token Expect(JsonStreamReader.Token token, JsonTokenType type, string problem) =>
        token.Type == type ? token : throw new DataImportException($"{problem} (found {token.Type})");
}
