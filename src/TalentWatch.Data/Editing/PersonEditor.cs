using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.History;
using TalentWatch.Core.People;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Editing;

/// <summary>Merging two records of the same person (one context, one transaction, history written with it).</summary>
public sealed class PersonEditor(IDbContextFactory<TalentWatchDbContext> contextFactory, TimeProvider timeProvider)
{
    public PersonEditor(IDbContextFactory<TalentWatchDbContext> contextFactory)
        : this(contextFactory, TimeProvider.System)
    {
    }

    /// <summary>
    /// Merges <paramref name="absorbedId"/> into <paramref name="survivorId"/>: its aliases (its name among them, so later imports
    /// find the survivor) and its departures move; the absorbed person row then goes, its history (with a snapshot) staying under
    /// its old id. Departures that now duplicate each other are not merged silently: the editor merges them in the review queue.
    /// </summary>
    public Task<EditResult> MergeAsync(int survivorId, int survivorVersion, int absorbedId, int absorbedVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ChangeWriter.RunMergeAsync<Person>(contextFactory, survivorId, survivorVersion, absorbedId, absorbedVersion, "A person cannot be merged with themselves.",
            async (db, survivor, absorbed) =>
        {
            var aliases = await db.PersonAliases.AsNoTracking().Where(a => a.PersonId == absorbedId).OrderBy(a => a.Id).Select(a => a.Name).ToListAsync(cancellationToken);
            await db.PersonAliases.Where(a => a.PersonId == absorbedId).ExecuteUpdateAsync(s => s.SetProperty(a => a.PersonId, survivorId), cancellationToken);
            var departures = await db.Departures.Where(d => d.PersonId == absorbedId)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.PersonId, survivorId).SetProperty(d => d.Version, d => d.Version + 1), cancellationToken);

            var now = timeProvider.GetUtcNow();
            var snapshot = new { name = absorbed.Name, slug = absorbed.Slug, aliases };
            ChangeWriter.Record(db, actor, now, ChangedRecordType.Person, survivorId, ChangeActions.Merged, new { merged = snapshot }, new { departures, aliases },
                $"Merged {absorbed.Name} into this person: {departures} departure{(departures == 1 ? "" : "s")}, {aliases.Count} alias{(aliases.Count == 1 ? "" : "es")}");
            ChangeWriter.Record(db, actor, now, ChangedRecordType.Person, absorbedId, ChangeActions.MergedInto, snapshot, new { mergedInto = survivor.Name, mergedIntoId = survivorId },
                $"Merged into {survivor.Name}");
            ChangeWriter.Claim(db, survivor, survivorVersion);
            ChangeWriter.RemoveAt(db, absorbed, absorbedVersion);
            return EditResult.Saved($"Merged {absorbed.Name} into {survivor.Name}.");
        }, cancellationToken);
    }
}
