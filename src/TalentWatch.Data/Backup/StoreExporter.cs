using System.Data.Common;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Backup;

/// <summary>
/// Writes the whole store as one data file (docs/data-format.md). Rows are streamed from the database straight into a
/// <see cref="Utf8JsonWriter"/> and flushed every few hundred rows, so only a small window of the store is in memory.
/// </summary>
public sealed class StoreExporter(IDbContextFactory<TalentWatchDbContext> contextFactory)
{
    private const int FlushEvery = 256;

    /// <summary>Row counts per table, for the command's report.</summary>
    public sealed record Counts(IReadOnlyDictionary<string, int> Tables);

    public async Task<Counts> ExportAsync(Stream destination, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;

        // One read transaction over every table: the file is a consistent snapshot even while an import writes. On SQLite it
        // must be deferred (a read lock in WAL mode); the default BEGIN IMMEDIATE would block every writer for the export.
        // On PostgreSQL, REPEATABLE READ gives one snapshot for every statement (READ COMMITTED takes one per statement).
        await db.Database.OpenConnectionAsync(cancellationToken);
        DbTransaction transaction = db.Database.GetDbConnection() is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: true)
            : await db.Database.GetDbConnection().BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        await using var _ = transaction;
        await db.Database.UseTransactionAsync(transaction, cancellationToken);

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var writer = new Utf8JsonWriter(destination, new JsonWriterOptions
        {
            Indented = true,
            // A file, never embedded in HTML: names and article text stay readable UTF-8 ("Zoë", not "Zo\u00EB").
            // Quotes, backslashes and control characters are still escaped, so the JSON is valid.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        writer.WriteStartObject();
        writer.WriteString("format", BackupFormat.Name);
        writer.WriteNumber("formatVersion", BackupFormat.Version);

        // The order of the arrays is the import order: every foreign key points into an array written before it.
        counts["companies"] = await WriteArrayAsync(writer, destination, "companies", db.Companies.OrderBy(c => c.Id)
            .Select(c => new CompanyRow(c.Id, c.Name, c.Slug, c.Founded, c.FoundingTeamSize, c.Version)), cancellationToken);
        counts["companyAliases"] = await WriteArrayAsync(writer, destination, "companyAliases", db.CompanyAliases.OrderBy(a => a.Id)
            .Select(a => new CompanyAliasRow(a.Id, a.CompanyId, a.Name, a.Key)), cancellationToken);
        counts["headcounts"] = await WriteArrayAsync(writer, destination, "headcounts", db.Headcounts.OrderBy(h => h.Id)
            .Select(h => new HeadcountRow(h.Id, h.CompanyId, h.AsOf, h.Headcount)), cancellationToken);
        counts["people"] = await WriteArrayAsync(writer, destination, "people", db.People.OrderBy(p => p.Id)
            .Select(p => new PersonRow(p.Id, p.Name, p.Slug, p.Version)), cancellationToken);
        counts["personAliases"] = await WriteArrayAsync(writer, destination, "personAliases", db.PersonAliases.OrderBy(a => a.Id)
            .Select(a => new PersonAliasRow(a.Id, a.PersonId, a.Name, a.Key)), cancellationToken);
        counts["articles"] = await WriteArrayAsync(writer, destination, "articles", db.Articles.OrderBy(a => a.Id)
            .Select(a => new ArticleRow(a.Id, a.Title, a.Source, a.Url, a.Published, a.Language, a.LanguageSupported, a.Text, a.ContentHash, a.FileName, a.ImportedAt, a.ReviewedAt, a.ReviewedBy)), cancellationToken);
        counts["claims"] = await WriteArrayAsync(writer, destination, "claims", db.Claims.OrderBy(c => c.Id)
            .Select(c => new ClaimRow(c.Id, c.ArticleId, c.CompanyId, c.Metric, c.Value, c.Evidence, c.EvidenceStart, c.EvidenceLength)), cancellationToken);
        counts["departures"] = await WriteArrayAsync(writer, destination, "departures", db.Departures.OrderBy(d => d.Id)
            .Select(d => new { d.Id, d.PersonId, d.CompanyId, d.DestinationId, d.DateText, d.Role, d.Founder, d.Status, d.CreatedAt, d.UpdatedAt, d.MergedIntoId, d.Version, d.Confidence })
            .AsAsyncEnumerable()
            .Select(d => new DepartureRow(d.Id, d.PersonId, d.CompanyId, d.DestinationId, d.DateText, d.Role, d.Founder, StatusNames.Of(d.Status), d.CreatedAt, d.UpdatedAt, d.MergedIntoId, d.Version, d.Confidence)), cancellationToken);
        counts["departureSources"] = await WriteArrayAsync(writer, destination, "departureSources", db.DepartureSources.OrderBy(s => s.Id)
            .Select(s => new DepartureSourceRow(s.Id, s.DepartureId, s.ArticleId, s.Url, s.Evidence, s.EvidenceStart, s.EvidenceLength, s.AddedAt)), cancellationToken);
        counts["importedFiles"] = await WriteArrayAsync(writer, destination, "importedFiles", db.ImportedFiles.OrderBy(f => f.Id)
            .Select(f => new ImportedFileRow(f.Id, f.ContentHash, f.FileName, f.Kind, f.Rows, f.ImportedAt)), cancellationToken);
        counts["possibleDepartureDismissals"] = await WriteArrayAsync(writer, destination, "possibleDepartureDismissals", db.PossibleDepartureDismissals.OrderBy(d => d.Id)
            .Select(d => new PossibleDepartureDismissalRow(d.Id, d.ArticleId, d.SpanStart, d.SpanLength, d.DismissedBy, d.DismissedAt)), cancellationToken);
        counts["changes"] = await WriteArrayAsync(writer, destination, "changes", db.Changes.OrderBy(c => c.Id)
            .AsAsyncEnumerable()
            .Select(c => new ChangeRow(c.Id, c.At, c.ActorId, c.ActorName, RecordTypeNames.Of(c.RecordType), c.RecordId, c.Action, c.Before, c.After, c.Summary)), cancellationToken);

        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Counts(counts);
    }

    private static Task<int> WriteArrayAsync<T>(Utf8JsonWriter writer, Stream destination, string name, IQueryable<T> rows, CancellationToken cancellationToken) =>
        WriteArrayAsync(writer, destination, name, rows.AsAsyncEnumerable(), cancellationToken);

    private static async Task<int> WriteArrayAsync<T>(Utf8JsonWriter writer, Stream destination, string name, IAsyncEnumerable<T> rows, CancellationToken cancellationToken)
    {
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            JsonSerializer.Serialize(writer, row, BackupFormat.Json);
            if (++count % FlushEvery == 0)
            {
                // Hand the buffered bytes to the stream: the writer's buffer stays small however large the store.
                await writer.FlushAsync(cancellationToken);
                await destination.FlushAsync(cancellationToken);
            }
        }

        writer.WriteEndArray();
        return count;
    }
}

/// <summary>Status names in the data file: the SPEC words (<c>extracted</c>, <c>accepted</c>, <c>rejected</c>), not enum numbers.</summary>
internal static class StatusNames
{
    public static string Of(Core.Departures.DepartureStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>Only the exact lower-case names: a number or another casing is not a status this format writes.</summary>
    public static bool TryParse(string text, out Core.Departures.DepartureStatus status) =>
        Enum.TryParse(text, ignoreCase: true, out status) && Enum.IsDefined(status) && Of(status) == text;
}

/// <summary>History record types in the data file: <c>departure</c>, <c>company</c>, <c>person</c>.</summary>
internal static class RecordTypeNames
{
    public static string Of(Core.History.ChangedRecordType type) => type.ToString().ToLowerInvariant();

    public static bool TryParse(string text, out Core.History.ChangedRecordType type) =>
        Enum.TryParse(text, ignoreCase: true, out type) && Enum.IsDefined(type) && Of(type) == text;
}
