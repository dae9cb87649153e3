using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using TalentWatch.Data.Store;

namespace TalentWatch.Web.Infrastructure.Caching;

/// <summary>
/// Counts this process's writes to the store: a number that only grows, read by <see cref="StoreChangeStamp"/>. (Its own
/// singleton without dependencies: the context factory's options hold the interceptor, and the stamp needs the factory.)
/// </summary>
public sealed class LocalStoreWrites
{
    private long count;

    public long Count => Interlocked.Read(ref count);

    public void Mark() => Interlocked.Increment(ref count);
}

/// <summary>
/// Tells <see cref="StoreChangeStamp"/> (through <see cref="LocalStoreWrites"/>) about every write this process makes through EF: after a save that changed rows
/// and after a commit (an import's or an editor's transaction, raw SQL and SQLite's bulk statements included). The save
/// inside a transaction is not visible to other connections until the commit, which marks the change again.
/// </summary>
public sealed class StoreWriteInterceptor(LocalStoreWrites writes) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Mark(result);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Mark(result);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => writes.Mark();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        writes.Mark();
        return Task.CompletedTask;
    }

    private void Mark(int changedRows)
    {
        if (changedRows > 0)
        {
            writes.Mark();
        }
    }
}

public static class StoreCacheRegistration
{
    /// <summary>The change stamp, the page cache and the interceptor that keeps them right after this app's own writes.</summary>
    public static IServiceCollection AddTalentWatchStoreCache(this IServiceCollection services)
    {
        services.AddSingleton<LocalStoreWrites>();
        services.AddSingleton<StoreChangeStamp>();
        services.AddSingleton<StoreWriteInterceptor>();
        services.AddSingleton<StoreCache>();
        services.ConfigureDbContext<TalentWatchDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<StoreWriteInterceptor>()));
        return services;
    }
}
