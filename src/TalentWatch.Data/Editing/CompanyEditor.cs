using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Companies;
using TalentWatch.Core.History;
using TalentWatch.Core.Names;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Editing;

/// <summary>
/// An editor's corrections to a company: aliases, founding-team size, headcount snapshots, and merging a duplicate into it. One
/// context and one transaction per change, checked against the version the editor read, history written with the change.
/// </summary>
public sealed class CompanyEditor(IDbContextFactory<TalentWatchDbContext> contextFactory, TimeProvider timeProvider)
{
    public CompanyEditor(IDbContextFactory<TalentWatchDbContext> contextFactory)
        : this(contextFactory, TimeProvider.System)
    {
    }

    /// <summary>Adds a spelling under which imports and look-ups find this company.</summary>
    public Task<EditResult> AddAliasAsync(int companyId, int expectedVersion, string alias, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var name = alias?.Trim() ?? "";
        var key = NameKey.For(name);
        if (key.Length == 0 || name.Length > DepartureEditor.MaxNameLength)
        {
            return Task.FromResult(EditResult.Invalid($"An alias needs at least one letter or digit and at most {DepartureEditor.MaxNameLength} characters."));
        }

        return ChangeWriter.RunOnAsync<Company>(contextFactory, companyId, expectedVersion, async (db, company) =>
        {
            var owner = await db.CompanyAliases.Where(a => a.Key == key).Select(a => (int?)a.CompanyId).FirstOrDefaultAsync(cancellationToken);
            if (owner == companyId)
            {
                return EditResult.Invalid($"'{name}' is already a name of {company.Name}.");
            }

            if (owner is { } otherId)
            {
                var other = await db.Companies.Where(c => c.Id == otherId).Select(c => c.Name).SingleAsync(cancellationToken);
                return EditResult.Invalid($"'{name}' already names {other}; merge the two companies instead.");
            }

            db.CompanyAliases.Add(new CompanyAlias { CompanyId = companyId, Name = name, Key = key });
            return Change(db, company, expectedVersion, actor, ChangeActions.AliasAdded, null, new { alias = name }, $"Alias added: {name}");
        }, cancellationToken);
    }

    public Task<EditResult> RemoveAliasAsync(int companyId, int expectedVersion, int aliasId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ChangeWriter.RunOnAsync<Company>(contextFactory, companyId, expectedVersion, async (db, company) =>
        {
            var alias = await db.CompanyAliases.SingleOrDefaultAsync(a => a.Id == aliasId && a.CompanyId == companyId, cancellationToken);
            if (alias is null)
            {
                return EditResult.NotFound($"Alias {aliasId} of {company.Name}");
            }

            if (alias.Key == NameKey.For(company.Name))
            {
                return EditResult.Invalid($"'{alias.Name}' is the canonical name of {company.Name}; it cannot be removed.");
            }

            db.CompanyAliases.Remove(alias);
            return Change(db, company, expectedVersion, actor, ChangeActions.AliasRemoved, new { alias = alias.Name }, null, $"Alias removed: {alias.Name}");
        }, cancellationToken);
    }

    /// <summary>Sets (or, with null, clears) the founding-team size the attrition figures divide by.</summary>
    public Task<EditResult> SetFoundingTeamSizeAsync(int companyId, int expectedVersion, int? size, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (size is < 0 or > 100_000)
        {
            return Task.FromResult(EditResult.Invalid($"A founding-team size must be between 0 and 100000; {size} is not."));
        }

        return ChangeWriter.RunOnAsync<Company>(contextFactory, companyId, expectedVersion, async (db, company) =>
        {
            if (company.FoundingTeamSize == size)
            {
                return EditResult.Invalid("Nothing to save: the founding-team size is already that.");
            }

            var before = company.FoundingTeamSize;
            company.FoundingTeamSize = size;
            return Change(db, company, expectedVersion, actor, ChangeActions.FoundingTeamSizeSet, new { foundingTeamSize = before }, new { foundingTeamSize = size },
                $"Founding-team size: {before?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"} → {size?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"}");
        }, cancellationToken);
    }

    /// <summary>Adds a headcount snapshot; one already dated <paramref name="asOf"/> is replaced (as a headcounts.csv row does).</summary>
    public Task<EditResult> AddHeadcountAsync(int companyId, int expectedVersion, DateOnly asOf, int headcount, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (headcount is < 0 or > 10_000_000)
        {
            return Task.FromResult(EditResult.Invalid($"A headcount must be between 0 and 10000000; {headcount} is not."));
        }

        return ChangeWriter.RunOnAsync<Company>(contextFactory, companyId, expectedVersion, async (db, company) =>
        {
            var existing = await db.Headcounts.SingleOrDefaultAsync(h => h.CompanyId == companyId && h.AsOf == asOf, cancellationToken);
            var date = asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            if (existing is not null)
            {
                var before = existing.Headcount;
                existing.Headcount = headcount;
                return Change(db, company, expectedVersion, actor, ChangeActions.HeadcountAdded, new { asOf = date, headcount = before }, new { asOf = date, headcount },
                    $"Headcount on {date}: {before} → {headcount}");
            }

            db.Headcounts.Add(new HeadcountSnapshot { CompanyId = companyId, AsOf = asOf, Headcount = headcount });
            return Change(db, company, expectedVersion, actor, ChangeActions.HeadcountAdded, null, new { asOf = date, headcount }, $"Headcount on {date}: {headcount}");
        }, cancellationToken);
    }

    public Task<EditResult> RemoveHeadcountAsync(int companyId, int expectedVersion, int snapshotId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ChangeWriter.RunOnAsync<Company>(contextFactory, companyId, expectedVersion, async (db, company) =>
        {
            var snapshot = await db.Headcounts.SingleOrDefaultAsync(h => h.Id == snapshotId && h.CompanyId == companyId, cancellationToken);
            if (snapshot is null)
            {
                return EditResult.NotFound($"Headcount snapshot {snapshotId} of {company.Name}");
            }

            db.Headcounts.Remove(snapshot);
            var date = snapshot.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            return Change(db, company, expectedVersion, actor, ChangeActions.HeadcountRemoved, new { asOf = date, headcount = snapshot.Headcount }, null,
                $"Headcount on {date} removed (was {snapshot.Headcount})");
        }, cancellationToken);
    }

    /// <summary>
    /// Merges the duplicate <paramref name="absorbedId"/> into <paramref name="survivorId"/>: its aliases (its canonical name among
    /// them, so imports and look-ups now find the survivor), headcount snapshots (the survivor's wins on the same date), claims and
    /// departures, both as the company left and as the destination, move to the survivor; an empty founding date or team size is
    /// filled from it. The absorbed company row then goes: everything it held lives on in the survivor, and its history (with a
    /// snapshot of it) stays readable under its old id.
    /// </summary>
    public Task<EditResult> MergeAsync(int survivorId, int survivorVersion, int absorbedId, int absorbedVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ChangeWriter.RunMergeAsync<Company>(contextFactory, survivorId, survivorVersion, absorbedId, absorbedVersion, "A company cannot be merged with itself.",
            async (db, survivor, absorbed) =>
        {
            var aliases = await db.CompanyAliases.AsNoTracking().Where(a => a.CompanyId == absorbedId).OrderBy(a => a.Id).Select(a => a.Name).ToListAsync(cancellationToken);
            var headcounts = await db.Headcounts.AsNoTracking().Where(h => h.CompanyId == absorbedId).OrderBy(h => h.AsOf).ToListAsync(cancellationToken);
            var snapshot = new
            {
                name = absorbed.Name,
                slug = absorbed.Slug,
                founded = absorbed.Founded,
                foundingTeamSize = absorbed.FoundingTeamSize,
                aliases,
                headcounts = headcounts.Select(h => new { asOf = h.AsOf, headcount = h.Headcount }).ToList(),
            };

            // The survivor's snapshot wins on a date both have; the absorbed one's is kept in the history above.
            var survivorDates = await db.Headcounts.Where(h => h.CompanyId == survivorId).Select(h => h.AsOf).ToListAsync(cancellationToken);
            var dropped = await db.Headcounts.Where(h => h.CompanyId == absorbedId && survivorDates.Contains(h.AsOf)).ExecuteDeleteAsync(cancellationToken);
            await db.Headcounts.Where(h => h.CompanyId == absorbedId).ExecuteUpdateAsync(s => s.SetProperty(h => h.CompanyId, survivorId), cancellationToken);
            await db.CompanyAliases.Where(a => a.CompanyId == absorbedId).ExecuteUpdateAsync(s => s.SetProperty(a => a.CompanyId, survivorId), cancellationToken);

            var filled = new List<string>();
            if (survivor.Founded is null && absorbed.Founded is not null)
            {
                survivor.Founded = absorbed.Founded;
                filled.Add("founded");
            }

            if (survivor.FoundingTeamSize is null && absorbed.FoundingTeamSize is not null)
            {
                survivor.FoundingTeamSize = absorbed.FoundingTeamSize;
                filled.Add("founding-team size");
            }

            // Set-based moves: a big employer can be the destination of thousands of departures. Each moved departure's version
            // rises, so an editor who has one open sees the conflict.
            var left = await db.Departures.Where(d => d.CompanyId == absorbedId)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.CompanyId, survivorId).SetProperty(d => d.Version, d => d.Version + 1), cancellationToken);
            var joined = await db.Departures.Where(d => d.DestinationId == absorbedId)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.DestinationId, survivorId).SetProperty(d => d.Version, d => d.Version + 1), cancellationToken);
            var claims = await db.Claims.Where(c => c.CompanyId == absorbedId)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.CompanyId, survivorId), cancellationToken);

            var now = timeProvider.GetUtcNow();
            var moved = new { departuresLeft = left, departuresJoined = joined, claims, aliases, headcounts = headcounts.Count - dropped };
            var summary = $"Merged {absorbed.Name} into this company: {left} departures from it, {joined} to it, {claims} claims, {aliases.Count} aliases"
                          + (filled.Count > 0 ? $"; filled {string.Join(" and ", filled)}" : "");
            ChangeWriter.Record(db, actor, now, ChangedRecordType.Company, survivorId, ChangeActions.Merged, new { merged = snapshot }, moved, summary);
            ChangeWriter.Record(db, actor, now, ChangedRecordType.Company, absorbedId, ChangeActions.MergedInto, snapshot, new { mergedInto = survivor.Name, mergedIntoId = survivorId },
                $"Merged into {survivor.Name}");
            ChangeWriter.Claim(db, survivor, survivorVersion);

            ChangeWriter.RemoveAt(db, absorbed, absorbedVersion);
            return EditResult.Saved($"Merged {absorbed.Name} into {survivor.Name}.");
        }, cancellationToken);
    }

    private EditResult Change(TalentWatchDbContext db, Company company, int expectedVersion, Actor actor, string action, object? before, object? after, string summary)
    {
        ChangeWriter.Record(db, actor, timeProvider.GetUtcNow(), ChangedRecordType.Company, company.Id, action, before, after, summary);
        ChangeWriter.Claim(db, company, expectedVersion);
        return EditResult.Saved($"{summary}.");
    }
}
