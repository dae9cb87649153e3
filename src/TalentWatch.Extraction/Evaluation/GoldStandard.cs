using System.Globalization;
using System.Text.Json;

namespace TalentWatch.Extraction.Evaluation;

/// <summary>
/// A departure as a gold file or an extraction states it, in the scorer's terms: names as written (null when not given),
/// the date in a SPEC form, and the founder flag as a comparable value (see <see cref="FounderValue"/>). An extracted one
/// carries the extractor's <see cref="Confidence"/> (not scored; used for calibration).
/// </summary>
public sealed record ScoredDeparture(string? Person, string? From, string? To, string? Date, string? Founder, double? Confidence = null)
{
    /// <summary>The scorer compares founder flags by value: true and 1 are equal, as are false and 0; strings only to themselves.</summary>
    public static string? FounderValue(bool? founder) => founder switch
    {
        null => null,
        true => "n:1",
        false => "n:0",
    };
}

/// <summary>A claim in the scorer's terms: the company as named, the metric and the value (null when it is not a number).</summary>
public sealed record ScoredClaim(string? Company, string? Metric, double? Value);

/// <summary>What one article states: the departures and claims, as labelled (gold) or as extracted.</summary>
public sealed record ScoredArticle(string File, IReadOnlyList<ScoredDeparture> Departures, IReadOnlyList<ScoredClaim> Claims)
{
    /// <summary>The extractor's answer for one article, keyed by its file name (without directories), as <c>extract --json</c> writes it.</summary>
    public static ScoredArticle From(ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new ScoredArticle(
            FileKey(result.Article.FileName),
            result.Departures.Select(d => new ScoredDeparture(d.Person, d.From, d.To, d.Date, ScoredDeparture.FounderValue(d.Founder), d.Confidence)).ToList(),
            result.Claims.Select(c => new ScoredClaim(c.Company, c.Metric, (double)c.Value)).ToList());
    }

    /// <summary>The scorer's key for a file: the last segment of the path, with either slash.</summary>
    public static string FileKey(string path) => path.Replace('\\', '/').Split('/')[^1];
}

/// <summary>
/// A labelled set in the corpus format: <c>{"aliases": {"Canonical": ["Alias", ...]}, "articles": {"file.md": {"departures":
/// [...], "claims": [...]}}}</c>. <see cref="Aliases"/> maps every alias's company key to its canonical one's.
/// </summary>
public sealed class GoldStandard
{
    /// <summary>A gold file larger than this is refused: the corpora are a few hundred kilobytes.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    public GoldStandard(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> aliasTable, IEnumerable<ScoredArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(aliasTable);
        ArgumentNullException.ThrowIfNull(articles);
        AliasTable = aliasTable.ToList();
        Aliases = BuildAliases(AliasTable);
        Articles = articles.ToList();
    }

    /// <summary>The alias table as written: canonical name and its other names, in file order.</summary>
    public IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> AliasTable { get; }

    public IReadOnlyDictionary<string, string> Aliases { get; }

    /// <summary>The labelled articles, in file order (scoring goes in file-name order).</summary>
    public IReadOnlyList<ScoredArticle> Articles { get; }

    /// <summary>The same aliases over only the articles <paramref name="keep"/> chooses (a language, a month).</summary>
    public GoldStandard Where(Func<ScoredArticle, bool> keep) => new(AliasTable, Articles.Where(keep));

    /// <summary>Reads a gold file; a file that is not one is a <see cref="GoldFormatException"/> naming the file, line and problem.</summary>
    public static GoldStandard Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new GoldFormatException(path, null, "no such file");
            }

            if (info.Length > MaxFileBytes)
            {
                throw new GoldFormatException(path, null, $"larger than {MaxFileBytes / (1024 * 1024)} MB; not a gold file");
            }

            return Parse(File.ReadAllText(path), path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GoldFormatException(path, null, $"cannot be read: {e.Message}");
        }
    }

    public static GoldStandard Parse(string json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            throw new GoldFormatException(fileName, e.LineNumber + 1, $"not valid JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new GoldFormatException(fileName, null, "the gold file must be one JSON object with \"articles\"");
            }

            List<KeyValuePair<string, IReadOnlyList<string>>> aliases = [];
            if (root.TryGetProperty("aliases", out var aliasTable) && aliasTable.ValueKind != JsonValueKind.Null)
            {
                if (aliasTable.ValueKind != JsonValueKind.Object)
                {
                    throw new GoldFormatException(fileName, null, "\"aliases\" must be an object of canonical name to a list of other names");
                }

                foreach (var entry in aliasTable.EnumerateObject())
                {
                    if (entry.Value.ValueKind != JsonValueKind.Array)
                    {
                        throw new GoldFormatException(fileName, null, $"\"aliases\".\"{entry.Name}\" must be a list of names");
                    }

                    aliases.Add(new(entry.Name, entry.Value.EnumerateArray().Select(Text).Select(t => t ?? "None").ToList()));
                }
            }

            if (!root.TryGetProperty("articles", out var articleTable) || articleTable.ValueKind != JsonValueKind.Object)
            {
                throw new GoldFormatException(fileName, null, "\"articles\" must be an object of file name to {\"departures\": [...], \"claims\": [...]}");
            }

            List<ScoredArticle> articles = [];
            foreach (var article in articleTable.EnumerateObject())
            {
                if (article.Value.ValueKind != JsonValueKind.Object)
                {
                    throw new GoldFormatException(fileName, null, $"article \"{article.Name}\" must be an object with \"departures\" and \"claims\"");
                }

                articles.Add(new ScoredArticle(article.Name, Objects(article.Value, "departures").Select(ReadDeparture).ToList(),
                    Objects(article.Value, "claims").Select(ReadClaim).ToList()));
            }

            return new GoldStandard(aliases, articles);
        }
    }

    /// <summary>Each alias's company key to its canonical name's; later entries win, as in the scorer's dictionary.</summary>
    private static Dictionary<string, string> BuildAliases(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> table)
    {
        var none = new Dictionary<string, string>(StringComparer.Ordinal);
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (canonical, names) in table)
        {
            var key = ScoringNames.CompanyKey(canonical, none);
            if (key is null)
            {
                continue;
            }

            aliases[key] = key;
            foreach (var alias in names)
            {
                if (ScoringNames.CompanyKey(alias, none) is { } aliasKey)
                {
                    aliases[aliasKey] = key;
                }
            }
        }

        return aliases;
    }

    /// <summary>The objects of a list field (anything else in the list is ignored, as the scorer does).</summary>
    private static List<JsonElement> Objects(JsonElement article, string field) =>
        article.TryGetProperty(field, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(e => e.Clone()).ToList()
            : [];

    private static ScoredDeparture ReadDeparture(JsonElement departure) =>
        new(Field(departure, "person"), Field(departure, "from"), Field(departure, "to"), Field(departure, "date"), Founder(departure));

    private static ScoredClaim ReadClaim(JsonElement claim) =>
        new(Field(claim, "company"), Field(claim, "metric"), claim.TryGetProperty("value", out var value) ? Number(value) : null);

    private static string? Field(JsonElement element, string name) => element.TryGetProperty(name, out var value) ? Text(value) : null;

    /// <summary>A value as the scorer's str() shows it: strings as they are, numbers as written, null as null.</summary>
    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => "True",
        JsonValueKind.False => "False",
        _ => value.GetRawText(),
    };

    private static string? Founder(JsonElement departure)
    {
        if (!departure.TryGetProperty("founder", out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.True => "n:1",
            JsonValueKind.False => "n:0",
            JsonValueKind.Number => "n:" + value.GetDouble().ToString("R", CultureInfo.InvariantCulture),
            JsonValueKind.String => "s:" + value.GetString(),
            _ => "o:" + value.GetRawText(),
        };
    }

    private static double? Number(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.True => 1,
        JsonValueKind.False => 0,
        JsonValueKind.String when double.TryParse(value.GetString()!.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };
}

/// <summary>A gold file that cannot be read: names the file, the line where known, and the problem.</summary>
public sealed class GoldFormatException(string fileName, long? line, string problem)
    : Exception(line is null ? $"{fileName}: {problem}" : $"{fileName}:{line}: {problem}");
