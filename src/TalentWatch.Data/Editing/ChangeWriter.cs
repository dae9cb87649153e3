using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Companies;
using TalentWatch.Core.Departures;
using TalentWatch.Core.History;
using TalentWatch.Core.People;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Editing;

/// <summary>
/// The common shape of every editor change: one context and one transaction; the records' concurrency tokens checked against
/// the versions the editor read; the change's <see cref="ChangeRecord"/>s saved with it; a lost race turned into a sentence.
/// </summary>
internal static class ChangeWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<EditResult> RunAsync(
        IDbContextFactory<TalentWatchDbContext> contextFactory, Func<TalentWatchDbContext, Task<EditResult>> change, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var result = await change(db);
            if (!result.Succeeded)
            {
                await transaction.RollbackAsync(cancellationToken);
                return result;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch (DbUpdateConcurrencyException conflict)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            var (type, id) = RecordOf(conflict.Entries.Count > 0 ? conflict.Entries[0].Entity : null);
            return await ConflictAsync(contextFactory, type, id, cancellationToken);
        }
    }

    /// <summary>
    /// <see cref="RunAsync"/> for a change to one record: loads it by id (not found is named), checks it is still at the version
    /// the editor read (R4: the conflict before any rule of the change), then runs <paramref name="change"/> on it.
    /// </summary>
    public static Task<EditResult> RunOnAsync<TRecord>(IDbContextFactory<TalentWatchDbContext> contextFactory, int id, int expectedVersion,
        Func<TalentWatchDbContext, TRecord, Task<EditResult>> change, CancellationToken cancellationToken)
        where TRecord : class =>
        RunAsync(contextFactory, async db =>
        {
            var type = TypeOf<TRecord>();
            var record = await db.Set<TRecord>().FindAsync([id], cancellationToken);
            if (record is null)
            {
                return EditResult.NotFound($"{type} {id}");
            }

            return await StaleAsync(contextFactory, type, id, VersionOf(db, record), expectedVersion, cancellationToken)
                ?? await change(db, record);
        }, cancellationToken);

    /// <summary>
    /// <see cref="RunAsync"/> for merging <paramref name="otherId"/> into <paramref name="survivorId"/>: refuses a record merged with
    /// itself (<paramref name="mergedWithItself"/>), loads both (not found is named), checks both versions, then runs the merge.
    /// </summary>
    public static Task<EditResult> RunMergeAsync<TRecord>(IDbContextFactory<TalentWatchDbContext> contextFactory,
        int survivorId, int survivorVersion, int otherId, int otherVersion, string mergedWithItself,
        Func<TalentWatchDbContext, TRecord, TRecord, Task<EditResult>> merge, CancellationToken cancellationToken)
        where TRecord : class
    {
        if (survivorId == otherId)
        {
            return Task.FromResult(EditResult.Invalid(mergedWithItself));
        }

        return RunAsync(contextFactory, async db =>
        {
            var type = TypeOf<TRecord>();
            var survivor = await db.Set<TRecord>().FindAsync([survivorId], cancellationToken);
            var other = await db.Set<TRecord>().FindAsync([otherId], cancellationToken);
            if (survivor is null || other is null)
            {
                return EditResult.NotFound($"{type} {(survivor is null ? survivorId : otherId)}");
            }

            return await StaleAsync(contextFactory, type, survivorId, VersionOf(db, survivor), survivorVersion, cancellationToken)
                ?? await StaleAsync(contextFactory, type, otherId, VersionOf(db, other), otherVersion, cancellationToken)
                ?? await merge(db, survivor, other);
        }, cancellationToken);
    }

    /// <summary>Removes a merged-away record, conditionally on it still being at the version the editor read.</summary>
    public static void RemoveAt<TRecord>(TalentWatchDbContext db, TRecord record, int expectedVersion)
        where TRecord : class
    {
        db.Entry(record).Property<int>("Version").OriginalValue = expectedVersion;
        db.Set<TRecord>().Remove(record);
    }

    /// <summary>
    /// Makes the save conditional on the record still being at <paramref name="expectedVersion"/> (the version the editor read)
    /// and raises its version: the UPDATE is <c>WHERE Id = @id AND Version = @expected</c> on every provider.
    /// </summary>
    public static void Claim<TRecord>(TalentWatchDbContext db, TRecord record, int expectedVersion)
        where TRecord : class
    {
        var version = db.Entry(record).Property<int>("Version");
        version.OriginalValue = expectedVersion;
        version.CurrentValue = expectedVersion + 1;
    }

    /// <summary>
    /// A conflict result when <paramref name="actualVersion"/> is not the version the editor read, else null. Checked before the
    /// change's own rules so the editor learns first that what they saw is out of date.
    /// </summary>
    public static async Task<EditResult?> StaleAsync(IDbContextFactory<TalentWatchDbContext> contextFactory, ChangedRecordType type, int id, int actualVersion,
        int expectedVersion, CancellationToken cancellationToken) =>
        actualVersion == expectedVersion ? null : await ConflictAsync(contextFactory, type, id, cancellationToken);

    public static void Record(TalentWatchDbContext db, Actor actor, DateTimeOffset at, ChangedRecordType type, int id, string action,
        object? before, object? after, string summary) =>
        db.Changes.Add(new ChangeRecord
        {
            At = at,
            ActorId = actor.Id,
            ActorName = actor.Name,
            RecordType = type,
            RecordId = id,
            Action = action,
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
            Summary = summary.Length <= 1000 ? summary : summary[..999] + "…",
        });

    /// <summary>"Changed by NAME at TIME since you opened it", from the newest history row of the record that won the race.</summary>
    public static async Task<EditResult> ConflictAsync(
        IDbContextFactory<TalentWatchDbContext> contextFactory, ChangedRecordType type, int id, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var what = $"This {type.ToString().ToLowerInvariant()}";
        var last = await db.Changes.AsNoTracking()
            .Where(c => c.RecordType == type && c.RecordId == id)
            .OrderByDescending(c => c.Id)
            .Select(c => new { c.ActorName, c.At })
            .FirstOrDefaultAsync(cancellationToken);
        var message = last is null
            ? $"{what} was changed (by an import) since you opened it. Reload to see the current version, then make your change again."
            : $"{what} was changed by {last.ActorName} at {last.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC since you opened it. "
              + "Reload to see the current version, then make your change again.";
        return new EditResult(EditOutcome.Conflict, message);
    }

    private static int VersionOf<TRecord>(TalentWatchDbContext db, TRecord record)
        where TRecord : class => db.Entry(record).Property<int>("Version").CurrentValue;

    private static ChangedRecordType TypeOf<TRecord>() => typeof(TRecord) switch
    {
        var t when t == typeof(Company) => ChangedRecordType.Company,
        var t when t == typeof(Person) => ChangedRecordType.Person,
        var t when t == typeof(Departure) => ChangedRecordType.Departure,
        var t => throw new ArgumentException($"{t.Name} has no history.", nameof(TRecord)),
    };

    private static (ChangedRecordType Type, int Id) RecordOf(object? entity) => entity switch
    {
        Company company => (ChangedRecordType.Company, company.Id),
        Person person => (ChangedRecordType.Person, person.Id),
        Departure departure => (ChangedRecordType.Departure, departure.Id),
        _ => (ChangedRecordType.Departure, 0),
    };
}
