using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Companies;
using TalentWatch.Core.Names;
using TalentWatch.Core.People;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Resolution;

/// <summary>
/// Find-or-create by alias key for the handful of names one article mentions: a few indexed look-ups instead of loading
/// every alias of a large store (which the bulk CSV import does). Used by the article import and by editors' corrections.
/// </summary>
internal sealed class IndexedNames(TalentWatchDbContext db)
{
    private readonly Dictionary<string, int> companies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> people = new(StringComparer.Ordinal);

    public Task<int> CompanyAsync(string name, CancellationToken cancellationToken) =>
        FindOrCreateAsync(companies, name,
            key => db.CompanyAliases.Where(a => a.Key == key).Select(a => (int?)a.CompanyId).FirstOrDefaultAsync(cancellationToken),
            async () =>
            {
                var company = Company.Named(name);
                company.Slug = await UniqueSlugAsync(company.Slug, slug => db.Companies.AnyAsync(c => c.Slug == slug, cancellationToken));
                db.Companies.Add(company);
                await db.SaveChangesAsync(cancellationToken);
                return company.Id;
            });

    public Task<int> PersonAsync(string name, CancellationToken cancellationToken) =>
        FindOrCreateAsync(people, name,
            async key => await PersonWithKeyAsync(key, cancellationToken)
                // "Yuhuai “Tony” Wu" is the stored "Yuhuai Wu".
                ?? (Nickname.Without(name) is { } plain ? await PersonWithKeyAsync(NameKey.For(plain), cancellationToken) : null),
            async () =>
            {
                var person = Person.Named(name);
                person.Slug = await UniqueSlugAsync(person.Slug, slug => db.People.AnyAsync(p => p.Slug == slug, cancellationToken));
                db.People.Add(person);
                await db.SaveChangesAsync(cancellationToken);
                return person.Id;
            });

    private Task<int?> PersonWithKeyAsync(string key, CancellationToken cancellationToken) =>
        db.PersonAliases.Where(a => a.Key == key).Select(a => (int?)a.PersonId).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The id this name's key already resolved to in this import, else the alias owner's, else a new record's.</summary>
    private static async Task<int> FindOrCreateAsync(Dictionary<string, int> resolved, string name, Func<string, Task<int?>> ownerOfKey, Func<Task<int>> create)
    {
        var key = NameKey.For(name);
        if (resolved.TryGetValue(key, out var id))
        {
            return id;
        }

        return resolved[key] = await ownerOfKey(key) ?? await create();
    }

    private static async Task<string> UniqueSlugAsync(string slug, Func<string, Task<bool>> taken)
    {
        slug = slug.Length == 0 ? "unnamed" : slug;
        var candidate = slug;
        for (var n = 2; await taken(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }
}
