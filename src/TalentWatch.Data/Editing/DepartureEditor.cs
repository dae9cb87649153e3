using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Dates;
using TalentWatch.Core.Departures;
using TalentWatch.Core.History;
using TalentWatch.Data.Resolution;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Editing;

/// <summary>
/// The editable fields of a departure, by name: the input of an edit and the before/after of its history. <see cref="Date"/> is
/// a SPEC date form or empty for unknown; an empty <see cref="Person"/> is an unnamed departure.
/// </summary>
public sealed record DepartureFields(string? Person, string Company, string? Destination, string? Date, string? Role, bool? Founder);

/// <summary>
/// An editor's decisions on departures: accept, reject (the evidence stays; restorable), restore, edit, merge, bulk accept. Each
/// call is one context and one transaction, checked against the version the editor read, and writes its history with it.
/// </summary>
public sealed class DepartureEditor(IDbContextFactory<TalentWatchDbContext> contextFactory, TimeProvider timeProvider)
{
    public const int MaxNameLength = 200;

    public DepartureEditor(IDbContextFactory<TalentWatchDbContext> contextFactory)
        : this(contextFactory, TimeProvider.System)
    {
    }

    public Task<EditResult> AcceptAsync(int departureId, int expectedVersion, Actor actor, CancellationToken cancellationToken = default) =>
        SetStatusAsync(departureId, expectedVersion, actor, DepartureStatus.Accepted, ChangeActions.Accepted, "Accepted", cancellationToken);

    /// <summary>Rejects a departure: it stops counting but keeps its sources, and <see cref="RestoreAsync"/> brings it back.</summary>
    public Task<EditResult> RejectAsync(int departureId, int expectedVersion, Actor actor, CancellationToken cancellationToken = default) =>
        SetStatusAsync(departureId, expectedVersion, actor, DepartureStatus.Rejected, ChangeActions.Rejected, "Rejected", cancellationToken);

    /// <summary>Puts a rejected departure back in the review queue (extracted).</summary>
    public Task<EditResult> RestoreAsync(int departureId, int expectedVersion, Actor actor, CancellationToken cancellationToken = default) =>
        SetStatusAsync(departureId, expectedVersion, actor, DepartureStatus.Extracted, ChangeActions.Restored, "Restored to the review queue", cancellationToken);

    private Task<EditResult> SetStatusAsync(int departureId, int expectedVersion, Actor actor, DepartureStatus status, string action, string summary,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ChangeWriter.RunOnAsync<Departure>(contextFactory, departureId, expectedVersion, async (db, departure) =>
        {
            if (departure.MergedIntoId is { } survivor)
            {
                return EditResult.Invalid($"Departure {departureId} was merged into departure {survivor}; its sources are there.");
            }

            if (departure.Status == status)
            {
                return EditResult.Invalid($"Departure {departureId} is already {StatusName(status)}.");
            }

            if (status == DepartureStatus.Extracted && departure.Status != DepartureStatus.Rejected)
            {
                return EditResult.Invalid($"Only a rejected departure can be restored; departure {departureId} is {StatusName(departure.Status)}.");
            }

            var now = timeProvider.GetUtcNow();
            ChangeWriter.Record(db, actor, now, ChangedRecordType.Departure, departure.Id, action,
                new { status = StatusName(departure.Status) }, new { status = StatusName(status) }, summary);
            ChangeWriter.Claim(db, departure, expectedVersion);
            departure.Status = status;
            departure.UpdatedAt = now;
            return EditResult.Saved($"{summary}.");
        }, cancellationToken);
    }

    /// <summary>
    /// Accepts every listed departure (id and the version the editor saw) that is still awaiting review at that version, in one
    /// transaction; the others are left as they are and named in <see cref="BulkAcceptResult.Skipped"/>.
    /// </summary>
    public async Task<BulkAcceptResult> AcceptAllAsync(IReadOnlyCollection<(int Id, int Version)> departures, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(departures);
        ArgumentNullException.ThrowIfNull(actor);
        var ids = departures.Select(d => d.Id).ToList();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        // The transaction holds SQLite's write lock from its start (BEGIN IMMEDIATE), so the versions read here cannot move before the commit.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var found = await db.Departures.Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
        var now = timeProvider.GetUtcNow();
        var accepted = 0;
        List<string> skipped = [];
        foreach (var (id, version) in departures)
        {
            if (!found.TryGetValue(id, out var departure))
            {
                skipped.Add($"Departure {id} does not exist (any more).");
            }
            else if (departure.Version != version)
            {
                skipped.Add($"Departure {id} was changed by someone else since you opened it.");
            }
            else if (departure.Status != DepartureStatus.Extracted)
            {
                skipped.Add($"Departure {id} is {StatusName(departure.Status)}, not awaiting review.");
            }
            else
            {
                ChangeWriter.Record(db, actor, now, ChangedRecordType.Departure, id, ChangeActions.Accepted,
                    new { status = "extracted" }, new { status = "accepted" }, "Accepted (bulk)");
                ChangeWriter.Claim(db, departure, version);
                departure.Status = DepartureStatus.Accepted;
                departure.UpdatedAt = now;
                accepted++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new BulkAcceptResult(accepted, skipped);
    }

    /// <summary>
    /// Corrects a departure's fields. Names resolve through the alias tables like an import's; a name no company or person has
    /// yet creates one. The status does not change.
    /// </summary>
    public Task<EditResult> EditAsync(int departureId, int expectedVersion, DepartureFields fields, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(actor);
        var problem = Validate(fields, DepartureDateRule.Today(timeProvider), out var date);
        if (problem is not null)
        {
            return Task.FromResult(EditResult.Invalid(problem));
        }

        return ChangeWriter.RunOnAsync<Departure>(contextFactory, departureId, expectedVersion, async (db, departure) =>
        {
            if (departure.MergedIntoId is { } survivor)
            {
                return EditResult.Invalid($"Departure {departureId} was merged into departure {survivor}; edit that one.");
            }

            var before = await FieldsOfAsync(db, departure, cancellationToken);
            var names = new IndexedNames(db);
            var personId = string.IsNullOrWhiteSpace(fields.Person) ? null : (int?)await names.PersonAsync(fields.Person.Trim(), cancellationToken);
            var companyId = await names.CompanyAsync(fields.Company.Trim(), cancellationToken);
            var destinationId = string.IsNullOrWhiteSpace(fields.Destination) ? null : (int?)await names.CompanyAsync(fields.Destination.Trim(), cancellationToken);

            departure.PersonId = personId;
            departure.CompanyId = companyId;
            departure.DestinationId = destinationId;
            departure.Date = date;
            departure.Role = string.IsNullOrWhiteSpace(fields.Role) ? null : fields.Role.Trim();
            departure.Founder = fields.Founder;
            var after = await FieldsOfAsync(db, departure, cancellationToken);
            var (changedBefore, changedAfter, summary) = Difference(before, after);
            if (changedBefore.Count == 0)
            {
                return EditResult.Invalid("Nothing to save: the fields are as they were.");
            }

            var now = timeProvider.GetUtcNow();
            ChangeWriter.Record(db, actor, now, ChangedRecordType.Departure, departure.Id, ChangeActions.Edited, changedBefore, changedAfter, summary);
            ChangeWriter.Claim(db, departure, expectedVersion);
            departure.UpdatedAt = now;
            return EditResult.Saved($"Saved: {summary}.");
        }, cancellationToken);
    }

    /// <summary>
    /// Merges <paramref name="otherId"/> into <paramref name="survivorId"/> (SPEC "One departure, many reports": the most precise date
    /// wins, missing fields are filled, every source is kept). Nothing is deleted: the other departure stays, rejected, pointing at the
    /// survivor. The survivor is accepted if either was.
    /// </summary>
    public Task<EditResult> MergeAsync(int survivorId, int survivorVersion, int otherId, int otherVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ChangeWriter.RunMergeAsync<Departure>(contextFactory, survivorId, survivorVersion, otherId, otherVersion, "A departure cannot be merged with itself.",
            async (db, survivor, other) =>
        {
            if (survivor.MergedIntoId is not null || other.MergedIntoId is not null)
            {
                return EditResult.Invalid($"Departure {(survivor.MergedIntoId is not null ? survivorId : otherId)} was already merged into another one.");
            }

            var survivorBefore = await FieldsOfAsync(db, survivor, cancellationToken);
            var otherBefore = await FieldsOfAsync(db, other, cancellationToken);
            var survivorStatus = survivor.Status;
            var otherStatus = other.Status;
            var now = timeProvider.GetUtcNow();
            DepartureMerger.Merge(survivor, new DepartureReport(other.PersonId, other.CompanyId, other.DestinationId, other.Date, other.Role, other.Founder), now);
            if (other.Status == DepartureStatus.Accepted)
            {
                survivor.Status = DepartureStatus.Accepted;
            }

            var movedSources = await db.DepartureSources.Where(s => s.DepartureId == otherId)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.DepartureId, survivorId), cancellationToken);

            // Departures merged into the other one earlier now point at the survivor: a merged departure is always one hop away.
            await db.Departures.Where(d => d.MergedIntoId == otherId)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.MergedIntoId, survivorId), cancellationToken);

            other.Status = DepartureStatus.Rejected;
            other.MergedIntoId = survivorId;
            var survivorAfter = await FieldsOfAsync(db, survivor, cancellationToken);
            var (changedBefore, changedAfter, filled) = Difference(survivorBefore, survivorAfter);
            changedBefore["status"] = StatusName(survivorStatus);
            changedAfter["status"] = StatusName(survivor.Status);
            changedAfter["sourcesAdded"] = movedSources;
            var summary = $"Merged departure {otherId} into this one ({movedSources} source{(movedSources == 1 ? "" : "s")} moved"
                          + (filled.Length > 0 ? $"; {filled}" : "") + ")";
            ChangeWriter.Record(db, actor, now, ChangedRecordType.Departure, survivorId, ChangeActions.Merged, changedBefore, changedAfter, summary);
            ChangeWriter.Record(db, actor, now, ChangedRecordType.Departure, otherId, ChangeActions.MergedInto,
                new Dictionary<string, object?>(Entries(otherBefore)) { ["status"] = StatusName(otherStatus) },
                new { status = "rejected", mergedInto = survivorId },
                $"Merged into departure {survivorId} (its sources moved there)");
            ChangeWriter.Claim(db, survivor, survivorVersion);
            ChangeWriter.Claim(db, other, otherVersion);
            survivor.UpdatedAt = now;
            other.UpdatedAt = now;
            return EditResult.Saved($"Merged departure {otherId} into departure {survivorId}.");
        }, cancellationToken);
    }

    internal static string StatusName(DepartureStatus status) => status.ToString().ToLowerInvariant();

    internal static string? Validate(DepartureFields fields, DateOnly today, out PrecisionDate date)
    {
        date = PrecisionDate.Unknown;
        if (string.IsNullOrWhiteSpace(fields.Company))
        {
            return "The company left is required.";
        }

        foreach (var (label, value) in new[] { ("Person", fields.Person), ("Company left", fields.Company), ("Destination", fields.Destination), ("Role", fields.Role) })
        {
            if (value is not null && value.Trim().Length > MaxNameLength)
            {
                return $"{label} is longer than {MaxNameLength} characters.";
            }
        }

        if (!string.IsNullOrWhiteSpace(fields.Date) && !PrecisionDate.TryParse(fields.Date.Trim(), out date))
        {
            return $"'{fields.Date.Trim()}' is not a date; expected YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY or empty for unknown.";
        }

        return DepartureDateRule.Problem(date, today) is { } outOfRange ? "Date: " + outOfRange : null;
    }

    internal static async Task<DepartureFields> FieldsOfAsync(TalentWatchDbContext db, Departure departure, CancellationToken cancellationToken)
    {
        var person = departure.PersonId is { } personId
            ? await db.People.Where(p => p.Id == personId).Select(p => p.Name).SingleAsync(cancellationToken)
            : null;
        var company = await db.Companies.Where(c => c.Id == departure.CompanyId).Select(c => c.Name).SingleAsync(cancellationToken);
        var destination = departure.DestinationId is { } destinationId
            ? await db.Companies.Where(c => c.Id == destinationId).Select(c => c.Name).SingleAsync(cancellationToken)
            : null;
        return new DepartureFields(person, company, destination, departure.DateText, departure.Role, departure.Founder);
    }

    private static IEnumerable<KeyValuePair<string, object?>> Entries(DepartureFields fields) =>
    [
        new("person", fields.Person),
        new("company", fields.Company),
        new("destination", fields.Destination),
        new("date", fields.Date),
        new("role", fields.Role),
        new("founder", fields.Founder),
    ];

    /// <summary>The fields that differ, before and after, and a readable "Destination: Meta → Google" summary.</summary>
    private static (Dictionary<string, object?> Before, Dictionary<string, object?> After, string Summary) Difference(DepartureFields before, DepartureFields after)
    {
        Dictionary<string, object?> changedBefore = [];
        Dictionary<string, object?> changedAfter = [];
        List<string> parts = [];
        foreach (var ((key, old), (_, now)) in Entries(before).Zip(Entries(after)))
        {
            if (!Equals(old, now))
            {
                changedBefore[key] = old;
                changedAfter[key] = now;
                parts.Add($"{char.ToUpperInvariant(key[0])}{key[1..]}: {Show(old)} → {Show(now)}");
            }
        }

        return (changedBefore, changedAfter, string.Join("; ", parts));
    }

    private static string Show(object? value) => value switch
    {
        null => "(none)",
        bool flag => flag ? "yes" : "no",
        _ => value.ToString() ?? "(none)",
    };
}
