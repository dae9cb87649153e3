using System.Text.Json;
using System.Text.Json.Serialization;

namespace TalentWatch.Data.Backup;

/// <summary>
/// The rows of a data file (docs/data-format.md), one record per table. Flat, with the stored ids and foreign keys, so each
/// table streams as one array in id order and a reference in a later array always points at a row already imported.
/// </summary>
public static class BackupFormat
{
    /// <summary>The <c>format</c> field: tells a TalentWatch data file from any other JSON.</summary>
    public const string Name = "talentwatch-data";

    /// <summary>Raised when the file layout or any row's fields change; an importer refuses versions it does not know.</summary>
    /// <remarks>
    /// 2 added the <c>version</c> concurrency tokens, <c>departures.mergedIntoId</c> and the <c>changes</c> (history) table;
    /// 3 added <c>departures.confidence</c>, <c>articles.reviewedAt</c>/<c>reviewedBy</c> and the <c>possibleDepartureDismissals</c> table.
    /// </remarks>
    public const int Version = 3;

    /// <summary>The oldest version this release still reads: a version-1 file simply has no history and every version 0.</summary>
    public const int OldestReadableVersion = 1;

    /// <summary>One options instance for both directions so property names and number/date forms cannot drift apart.</summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new UtcInstantConverter(), new PlainDecimalConverter() },
    };

    /// <summary>
    /// Instants are written in UTC: PostgreSQL's timestamptz keeps the instant but not the offset, so a file written from either
    /// provider reads back into the other and exports identically (docs/decisions.md, O4). The app itself only stores UTC.
    /// </summary>
    private sealed class UtcInstantConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDateTimeOffset();

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToUniversalTime());
    }

    /// <summary>Decimals without trailing zeros: numeric(18,4) on PostgreSQL reads 0.33 back as 0.3300, SQLite as it was written.</summary>
    private sealed class PlainDecimalConverter : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

        // Dividing by 1 written with 28 decimal places leaves the smallest scale that holds the value: no trailing zeros.
        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
            writer.WriteNumberValue(value / 1.0000000000000000000000000000m);
    }
}

/// <summary><c>version</c> (the concurrency token) defaults to 0 when a version-1 file lacks it.</summary>
public sealed record CompanyRow(int Id, string Name, string Slug, DateOnly? Founded, int? FoundingTeamSize, int Version = 0) : IBackupRow;

public sealed record CompanyAliasRow(int Id, int CompanyId, string Name, string Key) : IBackupRow;

public sealed record HeadcountRow(int Id, int CompanyId, DateOnly AsOf, int Headcount) : IBackupRow;

public sealed record PersonRow(int Id, string Name, string Slug, int Version = 0) : IBackupRow;

public sealed record PersonAliasRow(int Id, int PersonId, string Name, string Key) : IBackupRow;

public sealed record ArticleRow(
    int Id,
    string? Title,
    string? Source,
    string? Url,
    DateOnly? Published,
    string Language,
    bool LanguageSupported,
    string Text,
    string ContentHash,
    string? FileName,
    DateTimeOffset ImportedAt,
    DateTimeOffset? ReviewedAt = null,
    string? ReviewedBy = null) : IBackupRow;

public sealed record ClaimRow(int Id, int ArticleId, int CompanyId, string Metric, decimal Value, string Evidence, int? EvidenceStart, int? EvidenceLength) : IBackupRow;

/// <summary>
/// <c>date</c> is the SPEC form (<c>2026-01</c>, <c>2026-Q1</c>…) or null; <c>status</c> is the lower-case status name;
/// <c>mergedIntoId</c> the departure an editor merged this one into (it is then rejected).
/// </summary>
public sealed record DepartureRow(
    int Id,
    int? PersonId,
    int CompanyId,
    int? DestinationId,
    string? Date,
    string? Role,
    bool? Founder,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int? MergedIntoId = null,
    int Version = 0,
    double? Confidence = null) : IBackupRow;

public sealed record DepartureSourceRow(int Id, int DepartureId, int? ArticleId, string? Url, string? Evidence, int? EvidenceStart, int? EvidenceLength, DateTimeOffset AddedAt) : IBackupRow;

public sealed record ImportedFileRow(int Id, string ContentHash, string FileName, string Kind, int Rows, DateTimeOffset ImportedAt) : IBackupRow;

/// <summary>One history row; <c>recordType</c> is <c>departure</c>, <c>company</c> or <c>person</c>; <c>before</c>/<c>after</c> are JSON text.</summary>
public sealed record ChangeRow(int Id, DateTimeOffset At, string? ActorId, string ActorName, string RecordType, int RecordId, string Action, string? Before, string? After, string Summary) : IBackupRow;

/// <summary>An editor's dismissal of a possible departure: the sentence's range in the article's text.</summary>
public sealed record PossibleDepartureDismissalRow(int Id, int ArticleId, int SpanStart, int SpanLength, string DismissedBy, DateTimeOffset DismissedAt) : IBackupRow;

/// <summary>A row with the id it had in the store: import-data refuses a file where an id appears twice in one table.</summary>
public interface IBackupRow
{
    int Id { get; }
}
