using System.Collections.Concurrent;

namespace TalentWatch.Web.Infrastructure.Caching;

/// <summary>
/// What the public pages read from the store, kept until the store changes (<see cref="StoreChangeStamp"/>): at 100,000
/// departures a page's queries cost tens to hundreds of milliseconds of CPU, and under 20 clients on two cores that CPU is
/// the response time (docs/benchmarks.md, decision P11). Values are keyed by what they were computed from (a page and its
/// filter); the first request after a change computes, concurrent requests for the same key share that computation, and
/// a value is never served under a stamp other than the one it was computed under. Values must be immutable: every request
/// gets the same instance.
/// </summary>
public sealed class StoreCache(StoreChangeStamp stamp)
{
    /// <summary>
    /// More page and filter combinations than readers use between two changes; past this the cache starts over. It bounds the
    /// memory a crawler can make the cache hold: the largest value, a page of the company with the most destinations at
    /// 100,000 departures (1,341 destination chips and 50 rows with sources), is estimated at about 250 KB, so about 125 MB.
    /// </summary>
    public const int MaxEntries = 500;

    private readonly ConcurrentDictionary<string, Lazy<Task<object?>>> entries = new(StringComparer.Ordinal);
    private readonly Lock generationLock = new();
    private string? generation;

    /// <summary>
    /// The value for <paramref name="key"/> under the current stamp, computed by <paramref name="compute"/> when there is none.
    /// The computation is shared, so it runs without the caller's cancellation; a caller that gives up stops waiting for it.
    /// A computation that fails is not kept.
    /// </summary>
    public async Task<T> GetAsync<T>(string key, Func<CancellationToken, Task<T>> compute, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(compute);
        var current = await stamp.CurrentAsync(cancellationToken);
        ForgetUnless(current);
        if (entries.Count >= MaxEntries)
        {
            entries.Clear();
        }

        var typedKey = typeof(T).FullName + "|" + key;
        var entry = entries.GetOrAdd(typedKey, _ => new Lazy<Task<object?>>(async () => await compute(CancellationToken.None)));
        try
        {
            return (T)(await entry.Value.WaitAsync(cancellationToken))!;
        }
        catch (Exception) when (entry.Value.IsFaulted || entry.Value.IsCanceled)
        {
            entries.TryRemove(new KeyValuePair<string, Lazy<Task<object?>>>(typedKey, entry));
            throw;
        }
    }

    /// <summary>Forgets every value (a test, or a writer that must not wait for the stamp).</summary>
    public void Clear()
    {
        lock (generationLock)
        {
            entries.Clear();
            generation = null;
        }
    }

    /// <summary>On a new stamp every value is dropped at once (they were all computed under an older one).</summary>
    private void ForgetUnless(string current)
    {
        if (generation == current)
        {
            return;
        }

        lock (generationLock)
        {
            if (generation != current)
            {
                entries.Clear();
                generation = current;
            }
        }
    }
}
