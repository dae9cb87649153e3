using System.Diagnostics;
using System.Globalization;
using TalentWatch.Extraction;

// Read + extract throughput on one thread: the dev corpus replicated to at least --count articles.
// usage: dotnet run -c Release --project tests/TalentWatch.Extraction.Benchmarks -- [CORPUS_DIR] [--count N]
var dir = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, CultureInfo.InvariantCulture, out _))
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

var extractor = new DepartureExtractor();

// Warm-up: JIT tiering, regex construction and the language models are one-off costs, not throughput.
for (var pass = 0; pass < 10; pass++)
{
    foreach (var f in files)
    {
        extractor.Extract(ArticleReader.Read(f));
    }
}

var departures = 0;
using var process = Process.GetCurrentProcess();
var cpuBefore = process.TotalProcessorTime;
var stopwatch = Stopwatch.StartNew();
for (var i = 0; i < count; i++)
{
    var result = extractor.Extract(ArticleReader.Read(files[i % files.Length]));
    departures += result.Departures.Count;
}

stopwatch.Stop();
process.Refresh();

// CPU time as well as wall time: on a shared machine the wall clock also measures the neighbours.
var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
var perSecond = count / stopwatch.Elapsed.TotalSeconds;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{count} articles ({files.Length} distinct, {departures} departures) in {stopwatch.Elapsed.TotalSeconds:F2} s wall, {cpu:F2} s CPU: "
    + $"{perSecond:F0} articles/s wall, {count / cpu:F0} articles per CPU-second, one thread"));
return 0;
