using System.Globalization;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using TalentWatch.Extraction;

namespace TalentWatch.Fetching.Pages;

/// <summary>What a web page says about itself and the article it carries.</summary>
public sealed record WebPage(Uri CanonicalUrl, string? Title, string? Outlet, DateOnly? Published, string Text);

/// <summary>
/// A news page's main text (SmartReader, a port of Mozilla's Readability) and its metadata (AngleSharp): title, outlet,
/// canonical URL and publication date from JSON-LD, Open Graph / article meta tags or a <c>&lt;time&gt;</c> element.
/// Only the HTML given is read: nothing is downloaded (no images, scripts or styles).
/// </summary>
public static class WebPageReader
{
    /// <summary>Largest HTML parsed (characters); the fetcher's byte cap normally stops bigger pages first.</summary>
    public const int MaxHtmlLength = 6 * 1024 * 1024;

    private static readonly string[] BlockElements =
    [
        "P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "SECTION", "ARTICLE", "HEADER", "FOOTER",
        "TR", "PRE", "FIGURE", "FIGCAPTION", "UL", "OL", "TABLE", "DD", "DT", "ASIDE", "MAIN",
    ];

    public static WebPage Read(Uri pageUrl, string html, DateOnly? fallbackPublished = null)
    {
        ArgumentNullException.ThrowIfNull(pageUrl);
        ArgumentNullException.ThrowIfNull(html);
        if (html.Length > MaxHtmlLength)
        {
            throw new ArticleFormatException(pageUrl.ToString(), null, $"page is over {MaxHtmlLength} characters");
        }

        var document = new HtmlParser().ParseDocument(html);
        var ld = JsonLd(document);
        var canonical = Canonical(document, pageUrl);
        var title = FirstOf(ld?.Headline, Meta(document, "og:title"), Meta(document, "twitter:title"), document.Title);
        var outlet = FirstOf(Meta(document, "og:site_name"), ld?.Publisher, Meta(document, "application-name"), Host(canonical));
        var published = FirstDate(ld?.DatePublished, Meta(document, "article:published_time"), Meta(document, "datePublished"),
                            Meta(document, "date"), Meta(document, "pubdate"), Meta(document, "dc.date"), Meta(document, "DC.date.issued"),
                            document.QuerySelector("time[datetime]")?.GetAttribute("datetime"))
                        ?? fallbackPublished;

        var text = MainText(pageUrl, html, document);
        return new WebPage(canonical, Clean(title), Clean(outlet), published, text);
    }

    /// <summary>The article's text through Readability; a page it cannot read falls back to &lt;article&gt;, then &lt;main&gt;, then &lt;body&gt;.</summary>
    private static string MainText(Uri pageUrl, string html, IDocument document)
    {
        string? text = null;
        try
        {
            var article = new SmartReader.Reader(pageUrl.ToString(), html).GetArticle();
            if (article.IsReadable && !string.IsNullOrWhiteSpace(article.Content))
            {
                var content = new HtmlParser().ParseDocument("<body>" + article.Content + "</body>").Body;
                text = content is null ? null : TextOf(content);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NullReferenceException or FormatException)
        {
            // Readability gave up on this markup; the fallback below still reads it.
            text = null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            var container = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
            if (container is not null)
            {
                foreach (var noise in container.QuerySelectorAll("script, style, noscript, nav, header, footer, aside, form").ToList())
                {
                    noise.Remove();
                }

                text = TextOf(container);
            }
        }

        return text ?? string.Empty;
    }

    /// <summary>Text with a blank line between blocks (the extractor splits paragraphs there) and runs of spaces collapsed.</summary>
    internal static string TextOf(INode root)
    {
        var builder = new StringBuilder();
        void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IText textNode:
                        builder.Append(textNode.Data);
                        break;
                    case IElement element when element.TagName is "SCRIPT" or "STYLE" or "NOSCRIPT" or "TEMPLATE":
                        break;
                    case IElement element when element.TagName == "BR":
                        builder.Append('\n');
                        break;
                    case IElement element when BlockElements.Contains(element.TagName):
                        builder.Append("\n\n");
                        Walk(element);
                        builder.Append("\n\n");
                        break;
                    default:
                        Walk(child);
                        break;
                }
            }
        }

        Walk(root);
        var paragraphs = builder.ToString()
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => string.Join(' ', p.Split((char[])[' ', '\t', '\n', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)))
            .Where(p => p.Length > 0);
        return string.Join("\n\n", paragraphs);
    }

    private static Uri Canonical(IDocument document, Uri pageUrl)
    {
        var declared = document.QuerySelector("link[rel~=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url");
        if (declared is not null && Uri.TryCreate(pageUrl, declared.Trim(), out var resolved)
            && (resolved.Scheme == Uri.UriSchemeHttp || resolved.Scheme == Uri.UriSchemeHttps))
        {
            return CanonicalUrl.Of(resolved);
        }

        return CanonicalUrl.Of(pageUrl);
    }

    private static string? Meta(IDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (key is not null && string.Equals(key, name, StringComparison.OrdinalIgnoreCase)
                && meta.GetAttribute("content") is { Length: > 0 } content)
            {
                return content;
            }
        }

        return null;
    }

    private sealed record LinkedData(string? Headline, string? DatePublished, string? Publisher);

    /// <summary>The first schema.org article-like object in the page's JSON-LD blocks (also inside @graph or arrays).</summary>
    private static LinkedData? JsonLd(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { MaxDepth = 32, AllowTrailingCommas = true });
                if (FindArticle(json.RootElement, 0) is { } found)
                {
                    return found;
                }
            }
            catch (JsonException)
            {
                // a broken block is skipped; the meta tags still give the metadata
            }
        }

        return null;
    }

    private static LinkedData? FindArticle(JsonElement element, int depth)
    {
        if (depth > 6)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (FindArticle(item, depth + 1) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (element.TryGetProperty("@graph", out var graph) && FindArticle(graph, depth + 1) is { } inGraph)
        {
            return inGraph;
        }

        var isArticle = element.TryGetProperty("@type", out var type) && TypeNames(type).Any(t => t.EndsWith("Article", StringComparison.Ordinal) || t == "Report" || t == "BlogPosting");
        if (!isArticle)
        {
            return null;
        }

        string? publisher = null;
        if (element.TryGetProperty("publisher", out var p))
        {
            publisher = p.ValueKind == JsonValueKind.Object && p.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()
                : p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        }

        return new LinkedData(StringProperty(element, "headline") ?? StringProperty(element, "name"), StringProperty(element, "datePublished"), publisher);
    }

    private static IEnumerable<string> TypeNames(JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => [type.GetString()!],
        JsonValueKind.Array => type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!),
        _ => [],
    };

    private static string? StringProperty(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The first value that reads as a date ("2026-01-15", "2026-01-15T09:30:00+01:00", RFC 1123).</summary>
    internal static DateOnly? FirstDate(params string?[] values)
    {
        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            var trimmed = value.Trim();
            if (trimmed.Length >= 10 && DateOnly.TryParseExact(trimmed[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return day;
            }

            if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
            {
                return DateOnly.FromDateTime(instant.UtcDateTime);
            }
        }

        return null;
    }

    private static string? FirstOf(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static string Host(Uri uri) => uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var collapsed = string.Join(' ', value.Split((char[])[' ', '\t', '\n', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length > 400 ? collapsed[..400] : collapsed;
    }
}
