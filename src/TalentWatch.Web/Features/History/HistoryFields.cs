using System.Text.Json;

namespace TalentWatch.Web.Features.History;

public sealed record FieldChange(string Field, string Before, string After);

/// <summary>Turns a change's before/after JSON objects into "field: before → after" lines for the history panel.</summary>
public static class HistoryFields
{
    /// <summary>"29 Nov 2026 09:42 UTC": the server's clock, in UTC, so two editors in different time zones read the same time.</summary>
    public static string When(DateTimeOffset at) =>
        at.UtcDateTime.ToString("d MMM yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " UTC";

    public static IReadOnlyList<FieldChange> Pairs(string? before, string? after)
    {
        var old = Parse(before);
        var now = Parse(after);
        return old.Keys.Union(now.Keys, StringComparer.Ordinal)
            .Select(key => new FieldChange(key, old.GetValueOrDefault(key, "—"), now.GetValueOrDefault(key, "—")))
            .ToList();
    }

    private static Dictionary<string, string> Parse(string? json)
    {
        Dictionary<string, string> fields = new(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json))
        {
            return fields;
        }

        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return fields;
        }

        foreach (var property in document.RootElement.EnumerateObject())
        {
            fields[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.Null => "(none)",
                JsonValueKind.String => property.Value.GetString() ?? "(none)",
                JsonValueKind.True => "yes",
                JsonValueKind.False => "no",
                JsonValueKind.Array => $"{property.Value.GetArrayLength()} item(s)",
                JsonValueKind.Object => "(details)",
                _ => property.Value.GetRawText(),
            };
        }

        return fields;
    }
}
