using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

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
    };

    public SummaryFormat Format => SummaryFormat.Json;

    public string ContentType => "application/json";

    public Task WriteAsync(QuarterSummary summary, Stream output, DateTimeOffset generatedAt, CancellationToken cancellationToken = default) =>
        JsonSerializer.SerializeAsync(output, summary, Options, cancellationToken);
}
