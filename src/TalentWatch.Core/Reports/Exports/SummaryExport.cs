using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace TalentWatch.Core.Reports.Exports;

/// <summary>The formats a quarter summary exports to (CLI <c>--format</c>, web <c>/exports/quarter/{q}.{ext}</c>).</summary>
public enum SummaryFormat
{
    Json,
    Csv,
    Markdown,
    Xlsx,
    Pdf,
}

/// <summary>Writes a quarter summary in one format. Implementations in this assembly with a parameterless constructor are found by <see cref="SummaryExport"/>.</summary>
public interface ISummaryExporter
{
    SummaryFormat Format { get; }

    /// <summary>The MIME type of the output, for HTTP downloads.</summary>
    string ContentType { get; }

    /// <summary>Writes <paramref name="summary"/>; <paramref name="generatedAt"/> is the date the readable formats print (and tell a partial quarter by).</summary>
    Task WriteAsync(QuarterSummary summary, Stream output, DateTimeOffset generatedAt, CancellationToken cancellationToken = default);
}

/// <summary>
/// The one export code path: the CLI <c>summary</c> command and the web downloads both write through here, so a format
/// looks the same wherever it comes from.
/// </summary>
public static class SummaryExport
{
    private static readonly Lazy<IReadOnlyDictionary<SummaryFormat, ISummaryExporter>> Exporters = new(DiscoverExporters);

    /// <summary>The formats that have an exporter in this build.</summary>
    public static IReadOnlyCollection<SummaryFormat> AvailableFormats => [.. Exporters.Value.Keys.Order()];

    /// <summary>The file extension (without dot) and <c>--format</c> value of a format: json, csv, md, xlsx, pdf.</summary>
    public static string Extension(SummaryFormat format) => format switch
    {
        SummaryFormat.Json => "json",
        SummaryFormat.Csv => "csv",
        SummaryFormat.Markdown => "md",
        SummaryFormat.Xlsx => "xlsx",
        SummaryFormat.Pdf => "pdf",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>Parses json, csv, md (or markdown), xlsx, pdf, case-insensitively.</summary>
    public static bool TryParseFormat([NotNullWhen(true)] string? text, out SummaryFormat format)
    {
        format = default;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "json": format = SummaryFormat.Json; return true;
            case "csv": format = SummaryFormat.Csv; return true;
            case "md" or "markdown": format = SummaryFormat.Markdown; return true;
            case "xlsx": format = SummaryFormat.Xlsx; return true;
            case "pdf": format = SummaryFormat.Pdf; return true;
            default: return false;
        }
    }

    public static bool IsAvailable(SummaryFormat format) => Exporters.Value.ContainsKey(format);

    public static ISummaryExporter For(SummaryFormat format) =>
        Exporters.Value.TryGetValue(format, out var exporter)
            ? exporter
            : throw new NotSupportedException($"There is no {Extension(format)} exporter in this build.");

    public static string ContentType(SummaryFormat format) => For(format).ContentType;

    public static Task WriteAsync(QuarterSummary summary, SummaryFormat format, Stream output, CancellationToken cancellationToken = default) =>
        WriteAsync(summary, format, output, TimeProvider.System.GetUtcNow(), cancellationToken);

    public static Task WriteAsync(QuarterSummary summary, SummaryFormat format, Stream output, DateTimeOffset generatedAt, CancellationToken cancellationToken = default) =>
        For(format).WriteAsync(summary, output, generatedAt, cancellationToken);

    /// <summary>The suggested download name: <c>talentwatch-2026-Q1.csv</c>.</summary>
    public static string FileName(QuarterSummary summary, SummaryFormat format) => $"talentwatch-{summary.Quarter}.{Extension(format)}";

    // Discovery rather than a hand-kept list, so the xlsx and pdf exporters plug in by existing.
    private static Dictionary<SummaryFormat, ISummaryExporter> DiscoverExporters()
    {
        var exporters = new Dictionary<SummaryFormat, ISummaryExporter>();
        foreach (var type in typeof(SummaryExport).Assembly.GetTypes())
        {
            if (type is { IsClass: true, IsAbstract: false } && typeof(ISummaryExporter).IsAssignableFrom(type)
                && type.GetConstructor(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes) is { } constructor)
            {
                var exporter = (ISummaryExporter)constructor.Invoke(null);
                exporters.TryAdd(exporter.Format, exporter);
            }
        }

        return exporters;
    }
}
