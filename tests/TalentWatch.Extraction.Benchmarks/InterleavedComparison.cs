using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;

/// <summary>
/// Two builds of the extraction library in one process, each in its own load context, timed in turns of a few passes
/// (order alternating), so that a neighbour that slows the machine slows both alike: on a shared machine, where the same
/// build's rate moves by half within an hour, the ratio per turn is the figure to trust. The same build against itself
/// gives 0.87–1.09 per turn, median 0.99 (session 22).
/// </summary>
internal static class InterleavedComparison
{
    public static void Run(string otherBuild, IReadOnlyList<string> files, int rounds)
    {
        var thisBuild = AppContext.BaseDirectory;
        var builds = new[] { Load(otherBuild, files), Load(thisBuild, files) };
        for (var pass = 0; pass < 40; pass++)
        {
            foreach (var build in builds)
            {
                build();
            }
        }

        var rates = new[] { new List<double>(), new List<double>() };
        var stopwatch = new Stopwatch();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var which in round % 2 == 0 ? new[] { 0, 1 } : [1, 0])
            {
                stopwatch.Restart();
                var articles = 0;
                for (var pass = 0; pass < 4; pass++)
                {
                    articles += builds[which]();
                }

                rates[which].Add(articles / stopwatch.Elapsed.TotalSeconds);
            }
        }

        var ratios = Enumerable.Range(0, rounds).Select(r => rates[1][r] / rates[0][r]).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"other build ({otherBuild}): median {Median(rates[0]):F0} articles/s; this build: median {Median(rates[1]):F0} articles/s; "
            + $"this/other per turn: median {Median(ratios):F2} (range {ratios.Min():F2}-{ratios.Max():F2}); {rounds} turns of 4 passes over {files.Count} articles"));
    }

    /// <summary>Loads the library of <paramref name="directory"/> (with its dependencies) in a context of its own and returns
    /// one pass over the articles: read and extract each.</summary>
    private static Func<int> Load(string directory, IReadOnlyList<string> files)
    {
        var context = new AssemblyLoadContext(directory);
        context.Resolving += (loader, name) => Path.Combine(directory, name.Name + ".dll") is var path && File.Exists(path) ? loader.LoadFromAssemblyPath(path) : null;
        var library = context.LoadFromAssemblyPath(Path.GetFullPath(Path.Combine(directory, "TalentWatch.Extraction.dll")));
        var documentType = library.GetType("TalentWatch.Extraction.ArticleDocument", throwOnError: true)!;
        var read = library.GetType("TalentWatch.Extraction.ArticleReader", throwOnError: true)!
            .GetMethods(BindingFlags.Public | BindingFlags.Static)
            .First(m => m.Name == "Read" && m.GetParameters() is [{ ParameterType: var first }, _] && first == typeof(string));
        var extractorType = library.GetType("TalentWatch.Extraction.DepartureExtractor", throwOnError: true)!;
        var extractor = Activator.CreateInstance(extractorType)!;
        var extract = extractorType.GetMethods().First(m => m.Name == "Extract" && m.GetParameters() is [{ ParameterType: var only }] && only == documentType);
        var documents = files.Select(f => read.Invoke(null, [f, null])!).ToArray();
        return () =>
        {
            foreach (var document in documents)
            {
                extract.Invoke(extractor, [document]);
            }

            return documents.Length;
        };
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return (sorted[sorted.Count / 2] + sorted[(sorted.Count - 1) / 2]) / 2;
    }
}
