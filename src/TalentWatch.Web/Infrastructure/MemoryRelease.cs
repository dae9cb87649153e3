namespace TalentWatch.Web.Infrastructure;

/// <summary>
/// Gives memory back to the operating system after a burst of load. The GC keeps the memory a burst made it commit for
/// reuse, and with no further allocation no collection runs to release it: after 50 concurrent clients the process stayed at
/// 1.2–2 GB for good although its live heap was 21 MB (docs/benchmarks.md, "Under abuse"). Every
/// <see cref="CheckInterval"/> this service looks at what was allocated since its last look; when the app has gone quiet
/// (under <see cref="QuietAllocationBytes"/>) and holds more than <see cref="CommittedThresholdBytes"/>, it runs one
/// aggressive collection, which decommits what is free. A busy app is never interrupted by it.
/// </summary>
public sealed class MemoryRelease(ILogger<MemoryRelease> logger) : BackgroundService
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(15);

    public const long QuietAllocationBytes = 64L * 1024 * 1024;

    public const long CommittedThresholdBytes = 256L * 1024 * 1024;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(CheckInterval);
        var allocated = GC.GetTotalAllocatedBytes();
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var now = GC.GetTotalAllocatedBytes();
            var committed = GC.GetGCMemoryInfo().TotalCommittedBytes;
            if (now - allocated < QuietAllocationBytes && committed > CommittedThresholdBytes)
            {
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                logger.LogInformation("Released memory after load: {Before} MB committed, {After} MB now",
                    committed / (1024 * 1024), GC.GetGCMemoryInfo().TotalCommittedBytes / (1024 * 1024));
            }

            allocated = GC.GetTotalAllocatedBytes();
        }
    }
}
