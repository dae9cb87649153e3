using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TalentWatch.Data.Quality;

/// <summary>What an export wrote: the article files, and the departures and claims of its gold.json.</summary>
public sealed record GoldExportResult(int Articles, int Departures, int Claims);

/// <summary>
/// <c>eval export</c>: the reviewed articles as article files (Markdown with a front matter block, as the corpus keeps them)
/// plus a <c>gold.json</c> in the corpus format with the accepted departures and claims as the team settled them, so
/// <c>eval DIR/gold.json DIR</c> scores a later extractor on the team's own news.
/// </summary>
public sealed class GoldExporter(ReviewedArticles reviewed)
{
    public const string GoldFileName = "gold.json";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public async Task<GoldExportResult> ExportAsync(string directory, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var set = await reviewed.LoadAsync(cancellationToken);
        Directory.CreateDirectory(directory);
        foreach (var article in set.Articles)
        {
            await File.WriteAllTextAsync(Path.Combine(directory, article.File), ArticleFile(article), Utf8, cancellationToken);
        }

        // Written last and moved into place: a gold.json present always lists articles that are there.
        var gold = Path.Combine(directory, GoldFileName);
        var partial = gold + ".partial";
        await using (var stream = File.Create(partial))
        {
            await WriteGoldAsync(stream, set, cancellationToken);
        }

        File.Move(partial, gold, overwrite: true);
        return new GoldExportResult(set.Articles.Count, set.Articles.Sum(a => a.Departures.Count), set.Articles.Sum(a => a.Claims.Count));
    }

    /// <summary>The article as a corpus file: front matter (every value quoted, so any title survives YAML), a blank line, the text.</summary>
    public static string ArticleFile(ReviewedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var file = new StringBuilder();
        file.Append("---\n");
        Line(file, "title", article.Title);
        Line(file, "source", article.Source);
        Line(file, "url", article.Url);
        if (article.Published is { } published)
        {
            file.Append("published: ").Append(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        }

        Line(file, "language", article.Language);
        file.Append("---\n");
        file.Append(article.Text);
        if (!article.Text.EndsWith('\n'))
        {
            file.Append('\n');
        }

        return file.ToString();
    }

    private static void Line(StringBuilder file, string key, string? value)
    {
        if (value is not null)
        {
            file.Append(key).Append(": ").Append(YamlQuoted(value)).Append('\n');
        }
    }

    /// <summary>A YAML double-quoted scalar: backslash, quote and control characters escaped.</summary>
    private static string YamlQuoted(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                '\n' => quoted.Append("\\n"),
                '\r' => quoted.Append("\\r"),
                '\t' => quoted.Append("\\t"),
                _ when char.IsControl(c) => quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }

    private static async Task WriteGoldAsync(Stream stream, ReviewedSet set, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartObject("aliases");
        foreach (var (canonical, aliases) in set.Aliases)
        {
            json.WriteStartArray(canonical);
            foreach (var alias in aliases)
            {
                json.WriteStringValue(alias);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteStartObject("articles");
        foreach (var article in set.Articles)
        {
            json.WriteStartObject(article.File);
            json.WriteStartArray("departures");
            foreach (var d in article.Departures)
            {
                json.WriteStartObject();
                json.WriteString("person", d.Person);
                json.WriteString("from", d.From);
                json.WriteString("to", d.To);
                json.WriteString("date", d.Date);
                json.WriteString("role", d.Role);
                if (d.Founder is { } founder)
                {
                    json.WriteBoolean("founder", founder);
                }
                else
                {
                    json.WriteNull("founder");
                }

                json.WriteString("evidence", d.Evidence);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("claims");
            foreach (var c in article.Claims)
            {
                json.WriteStartObject();
                json.WriteString("company", c.Company);
                json.WriteString("metric", c.Metric);
                json.WriteNumber("value", c.Value / 1.0000000000000000000000000000m);
                json.WriteString("evidence", c.Evidence);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            await json.FlushAsync(cancellationToken);
        }

        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }
}
