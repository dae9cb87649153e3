using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace TalentWatch.Core.Reports.Exports;

/// <summary>The SPEC "Summary JSON": camelCase, nulls written, dates as YYYY-MM-DD, ratios as 4-decimal numbers.</summary>
public sealed class JsonSummaryExporter : ISummaryExporter
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },

        // Metadata generated at build time: reflecting over the records costs a tenth of a second of a CLI run (decision P9).
        // Other types written with these options (the timeline) fall back to reflection.
        TypeInfoResolver = JsonTypeInfoResolver.Combine(SummaryJsonMetadata.Default, new DefaultJsonTypeInfoResolver()),
    };

    public SummaryFormat Format => SummaryFormat.Json;

    public string ContentType => "application/json";

    public Task WriteAsync(QuarterSummary summary, Stream output, DateTimeOffset generatedAt, CancellationToken cancellationToken = default) =>
        JsonSerializer.SerializeAsync(output, summary, Options, cancellationToken);
}

/// <summary>The summary's serialization metadata, generated at build time (the options above still decide the format).</summary>
[JsonSerializable(typeof(QuarterSummary))]
[JsonSerializable(typeof(Timelines.CompanyTimeline))]
internal sealed partial class SummaryJsonMetadata : JsonSerializerContext;
