using Microsoft.EntityFrameworkCore;
using TalentWatch.Data.Reports;
using TalentWatch.Data.Store;

namespace TalentWatch.Web.Infrastructure.Caching;

/// <summary>
/// The store's change stamp as this process sees it: <see cref="StoreStamp"/> (which any writer moves: another web
/// instance, the command line, PostgreSQL or SQLite alike), read at most once per <see cref="Interval"/>, followed by the count
/// of this process's own writes (<see cref="LocalStoreWrites"/>, which <see cref="StoreWriteInterceptor"/> moves after every
/// save and commit). A change made through this app is seen by the next request; one made elsewhere within a second.
/// </summary>
public sealed class StoreChangeStamp(IDbContextFactory<TalentWatchDbContext> factory, LocalStoreWrites writes, TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim readLock = new(1, 1);
    private Known? known;

    public async ValueTask<string> CurrentAsync(CancellationToken cancellationToken)
    {
        // The local count is taken first: a value computed after this call can only be newer than the stamp it is kept under.
        var local = writes.Count;
        var stored = await StoredAsync(cancellationToken);
        return $"{stored}/{local}";
    }

    public void Dispose() => readLock.Dispose();

    private async ValueTask<string> StoredAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (known is { } fresh && now - fresh.ReadAt < Interval)
        {
            return fresh.Stamp;
        }

        await readLock.WaitAsync(cancellationToken);
        try
        {
            if (known is { } again && now - again.ReadAt < Interval)
            {
                return again.Stamp;
            }

            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var stamp = await StoreStamp.ReadAsync(db, cancellationToken);
            known = new Known(stamp, now);
            return stamp;
        }
        finally
        {
            readLock.Release();
        }
    }

    private sealed record Known(string Stamp, DateTimeOffset ReadAt);
}
