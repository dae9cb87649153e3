using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TalentWatch.Extraction.Articles;

/// <summary>The optional YAML block at the top of a Markdown article.</summary>
internal sealed record FrontMatter(string? Title, string? Source, string? Url, DateOnly? Published, string? Language)
{
    public static readonly FrontMatter Empty = new(null, null, null, null, null);

    /// <summary>Splits <paramref name="content"/> into front matter and body. Line numbers in errors are 1-based file lines.</summary>
    public static (FrontMatter FrontMatter, string Body) Split(string fileName, string content)
    {
        var lines = content.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r').TrimEnd() != "---")
        {
            return (Empty, content);
        }

        var closing = -1;
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r').TrimEnd();
            if (line is "---" or "...")
            {
                closing = i;
                break;
            }
        }

        if (closing < 0)
        {
            throw new ArticleFormatException(fileName, 1, "front matter is not terminated (no closing '---' line)");
        }

        var yaml = string.Join('\n', lines[1..closing]);
        var body = string.Join('\n', lines[(closing + 1)..]);
        return (Parse(fileName, yaml), body);
    }

    private static FrontMatter Parse(string fileName, string yaml)
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            return Empty;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            // +1 for the opening fence line.
            throw new ArticleFormatException(fileName, (int)e.Start.Line + 1, $"invalid YAML in front matter: {e.Message}", e);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's scanner and parser throw these instead of a YamlException on some malformed input (found by the
            // generated-input tests: ": [ b1`" followed by a line with a tab and quotes; "The current event is of an
            // unsupported type", seed f5bWbDmhD5G2); it is still bad YAML.
            throw new ArticleFormatException(fileName, 2, "invalid YAML in front matter: it cannot be read as keys and values", e);
        }

        if (stream.Documents.Count == 0)
        {
            return Empty;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            throw new ArticleFormatException(fileName, 2, "front matter must be a YAML mapping of keys to values");
        }

        string? title = null, source = null, url = null, language = null;
        DateOnly? published = null;
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value?.Trim().ToLowerInvariant();
            var line = (int)keyNode.Start.Line + 1;
            var value = valueNode is YamlScalarNode scalar ? scalar.Value?.Trim() : null;
            if (valueNode is not YamlScalarNode && key is "title" or "source" or "url" or "published" or "language")
            {
                throw new ArticleFormatException(fileName, line, $"front matter key '{key}' must have a single value");
            }

            var text = string.IsNullOrEmpty(value) ? null : value;
            switch (key)
            {
                case "title": title = text; break;
                case "source": source = text; break;
                case "url": url = text; break;
                case "language": language = text?.ToLowerInvariant(); break;
                case "published":
                    if (text is not null)
                    {
                        published = ParseDate(text)
                            ?? throw new ArticleFormatException(fileName, line, $"bad date '{text}' for 'published' (expected YYYY-MM-DD)");
                    }

                    break;
            }
        }

        return new FrontMatter(title, source, url, published, language);
    }

    private static DateOnly? ParseDate(string text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        // YAML timestamps may carry a time part; the day is what matters.
        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var dt) && text.Length >= 10
            ? DateOnly.FromDateTime(dt)
            : null;
    }
}
