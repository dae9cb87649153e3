using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TalentWatch.Extraction;

/// <summary>The extraction JSON of shared/corpus/README.md.</summary>
public static class ExtractionJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(IEnumerable<ExtractionResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var articles = new JsonArray();
        foreach (var r in results)
        {
            var departures = new JsonArray();
            foreach (var d in r.Departures)
            {
                departures.Add(new JsonObject
                {
                    ["person"] = d.Person,
                    ["from"] = d.From,
                    ["to"] = d.To,
                    ["date"] = d.Date,
                    ["role"] = d.Role,
                    ["founder"] = d.Founder,
                    ["evidence"] = d.Evidence,
                    ["confidence"] = d.Confidence,
                    ["signals"] = new JsonArray(d.Signals.Select(x => (JsonNode?)JsonValue.Create(x)).ToArray()),
                });
            }

            var claims = new JsonArray();
            foreach (var c in r.Claims)
            {
                claims.Add(new JsonObject
                {
                    ["company"] = c.Company,
                    ["metric"] = c.Metric,
                    ["value"] = c.Value,
                    ["evidence"] = c.Evidence,
                });
            }

            articles.Add(new JsonObject
            {
                ["file"] = r.Article.FileName,
                ["title"] = r.Article.Title,
                ["language"] = r.Article.Language,
                ["published"] = r.Article.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["departures"] = departures,
                ["claims"] = claims,
            });
        }

        return new JsonObject { ["articles"] = articles }.ToJsonString(Options);
    }
}
