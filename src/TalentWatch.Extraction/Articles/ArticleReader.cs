using System.Text;
using TalentWatch.Extraction.Articles;

namespace TalentWatch.Extraction;

/// <summary>Reads .md (YAML front matter) and .txt articles into <see cref="ArticleDocument"/>s.</summary>
public static class ArticleReader
{
    /// <summary>Largest accepted article file; news articles are a few KB, anything this big is not one.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ArticleDocument Read(string path, DateOnly? publishedOverride = null)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new ArticleFormatException(path, null, "file not found");
        }

        if (info.Length > MaxBytes)
        {
            throw new ArticleFormatException(path, null, $"file is {info.Length} bytes, over the {MaxBytes}-byte limit");
        }

        return Parse(path, File.ReadAllBytes(path), publishedOverride);
    }

    public static ArticleDocument Parse(string fileName, ReadOnlySpan<byte> bytes, DateOnly? publishedOverride = null)
    {
        if (bytes.Length > MaxBytes)
        {
            throw new ArticleFormatException(fileName, null, $"file is {bytes.Length} bytes, over the {MaxBytes}-byte limit");
        }

        if (bytes.Length == 0)
        {
            throw new ArticleFormatException(fileName, null, "file is empty");
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new ArticleFormatException(fileName, LineAt(bytes, nul), "binary file (contains NUL bytes), not a text article");
        }

        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        string content;
        try
        {
            content = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var offset = e.Index >= 0 ? e.Index : FirstInvalidUtf8(bytes);
            throw new ArticleFormatException(fileName, LineAt(bytes, offset), "not valid UTF-8 text", e);
        }

        return Parse(fileName, content, publishedOverride);
    }

    public static ArticleDocument Parse(string fileName, string content, DateOnly? publishedOverride = null)
    {
        if (content.Length > 0 && content[0] == '\uFEFF')
        {
            content = content[1..];
        }

        if (content.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArticleFormatException(fileName, null, "binary file (contains NUL characters), not a text article");
        }

        if (string.IsNullOrWhiteSpace(content))
        {
            throw new ArticleFormatException(fileName, null, "file is empty");
        }

        var unified = content.Replace("\r\n", "\n", StringComparison.Ordinal);
        var (front, body) = IsMarkdown(fileName) || unified.StartsWith("---\n", StringComparison.Ordinal)
            ? FrontMatter.Split(fileName, unified)
            : (FrontMatter.Empty, unified);

        var text = TextNormalizer.Normalize(body);
        if (text.Length == 0)
        {
            throw new ArticleFormatException(fileName, null, "article has no body text");
        }

        var title = front.Title ?? (IsMarkdown(fileName) ? null : FirstLine(text));
        var language = front.Language ?? LanguageIdentifier.Detect(text);
        return new ArticleDocument(
            fileName,
            title,
            front.Source,
            front.Url,
            front.Published ?? publishedOverride,
            language,
            text,
            TextNormalizer.Hash(text));
    }

    /// <summary>
    /// An article whose text and metadata were taken from elsewhere (a web page): the same normalisation, language
    /// detection and content hash as a file, so the same text fetched and uploaded is one article.
    /// </summary>
    public static ArticleDocument FromText(string name, string? title, string? source, string? url, DateOnly? published, string body)
    {
        var text = TextNormalizer.Normalize(body ?? string.Empty);
        if (text.Length == 0)
        {
            throw new ArticleFormatException(name, null, "article has no body text");
        }

        return new ArticleDocument(name, title, source, url, published, LanguageIdentifier.Detect(text), text, TextNormalizer.Hash(text));
    }

    /// <summary>
    /// Loads the language detector's models, which the first article read would otherwise load: a process that starts by
    /// reading articles can do it on another core while it prepares the extractor (<see cref="DepartureExtractor.Prepare"/>).
    /// </summary>
    public static Task LoadLanguageModelsAsync() => Task.Run(LanguageIdentifier.LoadModels);

    private static bool IsMarkdown(string fileName) =>
        fileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    private static string FirstLine(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return (end < 0 ? text : text[..end]).Trim();
    }

    private static int LineAt(ReadOnlySpan<byte> bytes, int offset) =>
        bytes[..Math.Clamp(offset, 0, bytes.Length)].Count((byte)'\n') + 1;

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            if (System.Buffers.OperationStatus.Done != System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed))
            {
                return i;
            }

            i += consumed;
        }

        return 0;
    }
}
