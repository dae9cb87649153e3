using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Companies;
using TalentWatch.Core.Names;
using TalentWatch.Core.People;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Resolution;

/// <summary>
/// Find-or-create of companies and people by <see cref="NameKey"/> through the alias tables, for one import transaction.
/// All keys, slugs and the next ids are loaded once, so a 100,000-row import does no per-row lookups; new rows get explicit
/// ids (safe: the import holds SQLite's write lock from its first write to its commit), so reports can refer to them before
/// they are saved.
/// </summary>
internal sealed class NameResolver
{
    private readonly Action<Company> addCompany;
    private readonly Action<Person> addPerson;
    // The name keys and people's slugs of a large store are hundreds of thousands of short strings: held in compact maps
    // (one character buffer each, decision P17). Company slugs stay a set of strings: few, and a rename removes one.
    private readonly CompactStringMap companyByKey;
    private readonly CompactStringMap personByKey;
    private readonly HashSet<string> companySlugs;
    private readonly CompactStringMap personSlugs;
    private int nextCompanyId;
    private int nextPersonId;

    private NameResolver(Action<Company> addCompany, Action<Person> addPerson, CompactStringMap companyByKey, CompactStringMap personByKey,
        HashSet<string> companySlugs, CompactStringMap personSlugs, int nextCompanyId, int nextPersonId)
    {
        this.addCompany = addCompany;
        this.addPerson = addPerson;
        this.companyByKey = companyByKey;
        this.personByKey = personByKey;
        this.companySlugs = companySlugs;
        this.personSlugs = personSlugs;
        this.nextCompanyId = nextCompanyId;
        this.nextPersonId = nextPersonId;
    }

    /// <summary>Companies created by this resolver (they are added to the context, not yet saved).</summary>
    public HashSet<int> CreatedCompanies { get; } = [];

    /// <summary>The company the last <see cref="ResolveCompany"/> call created, if it created one.</summary>
    public Company? LastCreated { get; private set; }

    /// <summary>Loads the indexes; new companies and people are added to <paramref name="db"/>.</summary>
    public static Task<NameResolver> LoadAsync(TalentWatchDbContext db, bool withPeople, CancellationToken cancellationToken) =>
        LoadAsync(db, withPeople, c => db.Companies.Add(c), p => db.People.Add(p), cancellationToken);

    /// <summary>Loads the indexes; new companies and people (with their first alias, and explicit ids) go to the callbacks.</summary>
    public static async Task<NameResolver> LoadAsync(TalentWatchDbContext db, bool withPeople, Action<Company> addCompany, Action<Person> addPerson, CancellationToken cancellationToken)
    {
        // Streamed into the maps (a forward-only reader), not materialised as lists or dictionaries of strings first.
        var companyByKey = new CompactStringMap();
        await foreach (var alias in db.CompanyAliases.AsNoTracking().Select(a => new { a.Key, a.CompanyId }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            companyByKey.Set(alias.Key, alias.CompanyId);
        }

        var companySlugs = (await db.Companies.AsNoTracking().Select(c => c.Slug).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var nextCompanyId = (await db.Companies.MaxAsync(c => (int?)c.Id, cancellationToken) ?? 0) + 1;
        var personByKey = new CompactStringMap();
        var personSlugs = new CompactStringMap();
        var nextPersonId = 1;
        if (withPeople)
        {
            await foreach (var alias in db.PersonAliases.AsNoTracking().Select(a => new { a.Key, a.PersonId }).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                personByKey.Set(alias.Key, alias.PersonId);
            }

            await foreach (var slug in db.People.AsNoTracking().Select(p => p.Slug).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                personSlugs.TryAdd(slug, 0);
            }

            nextPersonId = (await db.People.MaxAsync(p => (int?)p.Id, cancellationToken) ?? 0) + 1;
        }

        return new NameResolver(addCompany, addPerson, companyByKey, personByKey, companySlugs, personSlugs, nextCompanyId, nextPersonId);
    }

    public int? FindCompany(string name) => companyByKey.TryGetValue(KeyOf(name), out var id) ? id : null;

    // Company spellings repeat on almost every row; normalising each once saves most of the key cost.
    private readonly Dictionary<string, string> keys = new(StringComparer.Ordinal);

    private string KeyOf(string name)
    {
        if (!keys.TryGetValue(name, out var key))
        {
            key = NameKey.For(name);
            if (keys.Count < 100_000)
            {
                keys[name] = key;
            }
        }

        return key;
    }

    /// <summary>The company that has this name or alias; else a new company whose canonical name is this first spelling.</summary>
    public int ResolveCompany(string name)
    {
        var key = KeyOf(name);
        if (companyByKey.TryGetValue(key, out var id))
        {
            return id;
        }

        var company = Company.Named(name);
        LastCreated = company;
        company.Id = nextCompanyId++;
        company.Slug = UniqueSlug(company.Slug, companySlugs.Add);
        addCompany(company);
        companyByKey.Set(key, company.Id);
        CreatedCompanies.Add(company.Id);
        return company.Id;
    }

    /// <summary>Which company an alias key names, if any.</summary>
    public int? CompanyOfKey(string key) => companyByKey.TryGetValue(key, out var id) ? id : null;

    /// <summary>Records a new alias key of a company (the caller adds the <see cref="CompanyAlias"/> row).</summary>
    public void AddCompanyKey(string key, int companyId) => companyByKey.Set(key, companyId);

    /// <summary>A slug for a renamed company, unique among the others.</summary>
    public string RenameSlug(string oldSlug, string newName)
    {
        var wanted = Slug.For(newName);
        if (wanted == oldSlug)
        {
            return oldSlug;
        }

        companySlugs.Remove(oldSlug);
        return UniqueSlug(wanted, companySlugs.Add);
    }

    /// <summary>The person with this name or alias, or with this name without its nickname ("Yuhuai “Tony” Wu" is the
    /// stored "Yuhuai Wu"); else a new person.</summary>
    public int ResolvePerson(string name)
    {
        var key = NameKey.For(name);
        if (personByKey.TryGetValue(key, out var id))
        {
            return id;
        }

        if (Nickname.Without(name) is { } plain && personByKey.TryGetValue(NameKey.For(plain), out id))
        {
            personByKey.Set(key, id);
            return id;
        }

        var person = Person.Named(name);
        person.Id = nextPersonId++;
        person.Slug = UniqueSlug(person.Slug, slug => personSlugs.TryAdd(slug, 0));
        addPerson(person);
        foreach (var alias in person.Aliases)
        {
            personByKey.Set(alias.Key, person.Id);
        }

        return person.Id;
    }

    /// <summary><paramref name="slug"/>, or it with "-2", "-3"… : the first that <paramref name="take"/> accepts (false: already taken).</summary>
    private static string UniqueSlug(string slug, Func<string, bool> take)
    {
        if (slug.Length == 0)
        {
            slug = "unnamed";
        }

        var candidate = slug;
        for (var n = 2; !take(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }
}
