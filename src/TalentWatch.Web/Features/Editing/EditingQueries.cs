using Microsoft.EntityFrameworkCore;
using TalentWatch.Data.Store;

namespace TalentWatch.Web.Features.Editing;

public sealed record AliasRow(int Id, string Name, bool IsCanonical);

public sealed record HeadcountRow(int Id, DateOnly AsOf, int Headcount);

public sealed record CompanyForEditing(int Id, int Version, string Name, string Slug, int? FoundingTeamSize, IReadOnlyList<AliasRow> Aliases, IReadOnlyList<HeadcountRow> Headcounts);

public sealed record PersonForEditing(int Id, int Version, string Name, string Slug, IReadOnlyList<string> Aliases, int Departures);

/// <summary>Another record to merge into the one being edited: id, the version the editor saw, and its name.</summary>
public sealed record MergeChoice(int Id, int Version, string Name, string Slug);

public sealed class EditingQueries(IDbContextFactory<TalentWatchDbContext> factory)
{
    public async Task<CompanyForEditing?> CompanyAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var company = await db.Companies.AsNoTracking().Where(c => c.Slug == slug)
            .Select(c => new { c.Id, c.Version, c.Name, c.Slug, c.FoundingTeamSize }).SingleOrDefaultAsync(cancellationToken);
        if (company is null)
        {
            return null;
        }

        var canonicalKey = Core.Names.NameKey.For(company.Name);
        var aliases = await db.CompanyAliases.AsNoTracking().Where(a => a.CompanyId == company.Id).OrderBy(a => a.Name)
            .Select(a => new AliasRow(a.Id, a.Name, a.Key == canonicalKey)).ToListAsync(cancellationToken);
        var headcounts = await db.Headcounts.AsNoTracking().Where(h => h.CompanyId == company.Id).OrderByDescending(h => h.AsOf)
            .Select(h => new HeadcountRow(h.Id, h.AsOf, h.Headcount)).ToListAsync(cancellationToken);
        return new CompanyForEditing(company.Id, company.Version, company.Name, company.Slug, company.FoundingTeamSize, aliases, headcounts);
    }

    public async Task<PersonForEditing?> PersonAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var person = await db.People.AsNoTracking().Where(p => p.Slug == slug)
            .Select(p => new { p.Id, p.Version, p.Name, p.Slug }).SingleOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return null;
        }

        var aliases = await db.PersonAliases.AsNoTracking().Where(a => a.PersonId == person.Id).OrderBy(a => a.Name).Select(a => a.Name).ToListAsync(cancellationToken);
        var departures = await db.Departures.CountAsync(d => d.PersonId == person.Id, cancellationToken);
        return new PersonForEditing(person.Id, person.Version, person.Name, person.Slug, aliases, departures);
    }

    /// <summary>Other companies whose name or alias matches, for the merge picker.</summary>
    public async Task<IReadOnlyList<MergeChoice>> OtherCompaniesAsync(int exceptId, string? text, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var key = Core.Names.NameKey.For(text ?? "");
        var ids = db.CompanyAliases.Where(a => a.CompanyId != exceptId && (key.Length == 0 || a.Key.StartsWith(key) || a.Key.Contains(" " + key))).Select(a => a.CompanyId);
        return await db.Companies.AsNoTracking().Where(c => ids.Contains(c.Id)).OrderBy(c => c.Name).Take(20)
            .Select(c => new MergeChoice(c.Id, c.Version, c.Name, c.Slug)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<MergeChoice>> OtherPeopleAsync(int exceptId, string? text, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var key = Core.Names.NameKey.For(text ?? "");
        var ids = db.PersonAliases.Where(a => a.PersonId != exceptId && (key.Length == 0 || a.Key.StartsWith(key) || a.Key.Contains(" " + key))).Select(a => a.PersonId);
        return await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).OrderBy(p => p.Name).Take(20)
            .Select(p => new MergeChoice(p.Id, p.Version, p.Name, p.Slug)).ToListAsync(cancellationToken);
    }
}
