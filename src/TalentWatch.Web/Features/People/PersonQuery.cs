using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Departures;
using TalentWatch.Data.Store;
using TalentWatch.Web.Features.Shared;

namespace TalentWatch.Web.Features.People;

public sealed record PersonMove(DepartureRow Departure, bool IsReturn);

public sealed record PersonDetail(string Name, string Slug, IReadOnlyList<string> Aliases, IReadOnlyList<PersonMove> Moves)
{
    public bool IsBoomerang => Moves.Any(m => m.IsReturn);
}

public sealed class PersonQuery(IDbContextFactory<TalentWatchDbContext> factory)
{
    public async Task<PersonDetail?> LoadAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var person = await db.People.AsNoTracking().Include(p => p.Aliases).FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        if (person is null)
        {
            return null;
        }

        var rows = await db.Departures.Where(d => d.PersonId == person.Id && d.Status == DepartureStatus.Accepted)
            .ToRowsAsync(db, cancellationToken);
        return new PersonDetail(person.Name, person.Slug,
            [.. person.Aliases.Select(a => a.Name).Where(n => n != person.Name).Distinct()],
            Moves(rows));
    }

    /// <summary>Moves oldest first; a move is a return (boomerang) when the person leaves for a company they had left before.</summary>
    public static IReadOnlyList<PersonMove> Moves(IReadOnlyList<DepartureRow> departures)
    {
        var ordered = departures.OrderBy(d => d.PrecisionDate).ThenBy(d => d.Id).ToList();
        var left = new HashSet<string>(StringComparer.Ordinal);
        var moves = new List<PersonMove>();
        foreach (var d in ordered)
        {
            left.Add(d.CompanySlug);
            moves.Add(new PersonMove(d, d.DestinationSlug is not null && left.Contains(d.DestinationSlug)));
        }

        return moves;
    }
}
