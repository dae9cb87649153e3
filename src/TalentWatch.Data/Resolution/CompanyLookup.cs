using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Names;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Resolution;

/// <summary>Finds a company by slug, name or any alias, case- and accent-insensitively (SPEC "Metrics", last rule).</summary>
public static class CompanyLookup
{
    /// <summary>The company's id, or null when no company has that slug, name or alias.</summary>
    public static async Task<int?> FindIdAsync(TalentWatchDbContext db, string nameOrSlug, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nameOrSlug);
        var key = NameKey.For(nameOrSlug);
        if (key.Length > 0)
        {
            var byAlias = await db.CompanyAliases.AsNoTracking()
                .Where(a => a.Key == key)
                .Select(a => (int?)a.CompanyId)
                .FirstOrDefaultAsync(cancellationToken);
            if (byAlias is not null)
            {
                return byAlias;
            }
        }

        var slug = nameOrSlug.Trim().ToLowerInvariant();
        return await db.Companies.AsNoTracking()
            .Where(c => c.Slug == slug)
            .Select(c => (int?)c.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
