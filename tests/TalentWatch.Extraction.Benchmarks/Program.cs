using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using TalentWatch.Extraction;

// Read + extract throughput on one thread: the dev corpus replicated to at least --count articles, measured twice.
// usage: dotnet run -c Release --project tests/TalentWatch.Extraction.Benchmarks -- [CORPUS_DIR] [--count N]
//        ... -- [CORPUS_DIR] --against OTHER_BUILD_DIR [--turns N]: this build against another build's output folder (one
//        holding its TalentWatch.Extraction.dll), interleaved in one process (InterleavedComparison).
var dir = args.Where((a, i) => i == 0 || args[i - 1] != "--against").FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, CultureInfo.InvariantCulture, out _))
    ?? Path.Combine("..", "shared", "corpus", "dev");
var countIndex = Array.IndexOf(args, "--count");
var count = countIndex >= 0 ? int.Parse(args[countIndex + 1], CultureInfo.InvariantCulture) : 2000;

var files = Directory.EnumerateFiles(dir)
    .Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
    .Order(StringComparer.Ordinal)
    .ToArray();
if (files.Length == 0)
{
    Console.Error.WriteLine($"no .md/.txt articles in {dir}");
    return 1;
}

var againstIndex = Array.IndexOf(args, "--against");
if (againstIndex >= 0)
{
    var turnsIndex = Array.IndexOf(args, "--turns");
    InterleavedComparison.Run(args[againstIndex + 1], files, turnsIndex >= 0 ? int.Parse(args[turnsIndex + 1], CultureInfo.InvariantCulture) : 30);
    return 0;
}

var extractor = new DepartureExtractor();
var started = Stopwatch.StartNew();

// Ten passes first: regex construction and the language models are one-off costs, not throughput.
for (var pass = 0; pass < 10; pass++)
{
    RunPass();
}

// The first window after those passes is what a short batch sees: the runtime's tiered compiler is still re-compiling
// the hot code (the rules' generated matchers are large), on the measured thread and on a background one.
Measure("after ten passes");

// Then until a whole second of passes compiles nothing new (or a minute has gone): what a long-running process, the web
// app's import, gets once the compiler has caught up. A second, because the runtime batches its re-compilations behind a
// short delay, so one quiet pass proves nothing.
var warmUp = Stopwatch.StartNew();
var passes = 0;
var quiet = Stopwatch.StartNew();
var compiledSoFar = System.Runtime.JitInfo.GetCompiledMethodCount();
while (quiet.Elapsed < TimeSpan.FromSeconds(1) && warmUp.Elapsed < TimeSpan.FromMinutes(1))
{
    RunPass();
    passes++;
    var compiledNow = System.Runtime.JitInfo.GetCompiledMethodCount();
    if (compiledNow != compiledSoFar)
    {
        compiledSoFar = compiledNow;
        quiet.Restart();
    }
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"compiler caught up after {passes} more passes ({warmUp.Elapsed.TotalSeconds:F1} s; {System.Runtime.JitInfo.GetCompiledMethodCount()} methods compiled since start, {started.Elapsed.TotalSeconds:F1} s ago)"));
Measure("steady");
return 0;

void RunPass()
{
    foreach (var f in files)
    {
        extractor.Extract(ArticleReader.Read(f));
    }
}

void Measure(string label)
{
    GC.Collect();
    var departures = 0;
    using var process = Process.GetCurrentProcess();
    var cpuBefore = process.TotalProcessorTime;
    var compiledBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
    var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    var collectionsBefore = GC.CollectionCount(0);
    var pausedBefore = GC.GetTotalPauseDuration();
    var stopwatch = Stopwatch.StartNew();
    for (var i = 0; i < count; i++)
    {
        var result = extractor.Extract(ArticleReader.Read(files[i % files.Length]));
        departures += result.Departures.Count;
    }

    stopwatch.Stop();
    process.Refresh();

    // CPU time as well as wall time: on a shared machine the wall clock also measures the neighbours, and CPU time counts
    // the compiler's and the collector's threads too.
    var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
    var compiled = System.Runtime.JitInfo.GetCompiledMethodCount() - compiledBefore;

    // Allocation drives the collector, and on a machine where stopping threads is slow the collector's pauses are a large
    // part of the wall time: how much each article allocates is the figure that explains a drop the rules alone do not.
    var allocatedPerArticle = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (double)count / 1024;
    var collections = GC.CollectionCount(0) - collectionsBefore;
    var paused = (GC.GetTotalPauseDuration() - pausedBefore).TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{label}: {count} articles ({files.Length} distinct, {departures} departures) in {stopwatch.Elapsed.TotalSeconds:F2} s wall, {cpu:F2} s CPU: "
        + $"{count / stopwatch.Elapsed.TotalSeconds:F0} articles/s wall, {count / cpu:F0} articles per CPU-second, one thread ({compiled} methods compiled meanwhile); "
        + $"{allocatedPerArticle:F0} KiB allocated per article, {collections} collections, {paused:F2} s paused"));
}
