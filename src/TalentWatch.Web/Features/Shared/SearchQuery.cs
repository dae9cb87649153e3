using Microsoft.EntityFrameworkCore;
using TalentWatch.Data.Store;

namespace TalentWatch.Web.Features.Shared;

public sealed record SearchHit(string Kind, string Name, string Href);

/// <summary>The app bar's search: companies and people by name or alias.</summary>
public sealed class SearchQuery(IDbContextFactory<TalentWatchDbContext> factory)
{
    public async Task<IReadOnlyList<SearchHit>> FindAsync(string? text, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var pattern = $"%{text.Trim()}%";
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var companies = await db.Companies
            .Where(c => EF.Functions.Like(c.Name, pattern) || c.Aliases.Any(a => EF.Functions.Like(a.Name, pattern)))
            .OrderBy(c => c.Name).Take(8)
            .Select(c => new SearchHit("Company", c.Name, "/companies/" + c.Slug))
            .ToListAsync(cancellationToken);
        var people = await db.People
            .Where(p => EF.Functions.Like(p.Name, pattern) || p.Aliases.Any(a => EF.Functions.Like(a.Name, pattern)))
            .OrderBy(p => p.Name).Take(8)
            .Select(p => new SearchHit("Person", p.Name, "/people/" + p.Slug))
            .ToListAsync(cancellationToken);
        return [.. companies, .. people];
    }
}
