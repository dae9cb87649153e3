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

    public async Task<int> CompanyAsync(string name, CancellationToken cancellationToken)
    {
        var key = NameKey.For(name);
        if (companies.TryGetValue(key, out var id))
        {
            return id;
        }

        var found = await db.CompanyAliases.Where(a => a.Key == key).Select(a => (int?)a.CompanyId).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            var company = Company.Named(name);
            company.Slug = await UniqueSlugAsync(company.Slug, slug => db.Companies.AnyAsync(c => c.Slug == slug, cancellationToken));
            db.Companies.Add(company);
            await db.SaveChangesAsync(cancellationToken);
            found = company.Id;
        }

        return companies[key] = found.Value;
    }

    public async Task<int> PersonAsync(string name, CancellationToken cancellationToken)
    {
        var key = NameKey.For(name);
        if (people.TryGetValue(key, out var id))
        {
            return id;
        }

        var found = await db.PersonAliases.Where(a => a.Key == key).Select(a => (int?)a.PersonId).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            var person = Person.Named(name);
            person.Slug = await UniqueSlugAsync(person.Slug, slug => db.People.AnyAsync(p => p.Slug == slug, cancellationToken));
            db.People.Add(person);
            await db.SaveChangesAsync(cancellationToken);
            found = person.Id;
        }

        return people[key] = found.Value;
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
