using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.History;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Editing;

/// <summary>The history shown on a record: its changes, newest first.</summary>
public sealed class HistoryQueries(IDbContextFactory<TalentWatchDbContext> contextFactory)
{
    public async Task<IReadOnlyList<ChangeRecord>> ForRecordAsync(ChangedRecordType type, int id, int take = 100, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Changes.AsNoTracking()
            .Where(c => c.RecordType == type && c.RecordId == id)
            .OrderByDescending(c => c.Id)
            .Take(take)
            .ToListAsync(cancellationToken);
    }
}
