using System.Globalization;
using TalentWatch.Extraction;

namespace TalentWatch.Web.Features.Import;

/// <summary>
/// What the import page accepts from an upload (<c>Import:MaxFileBytes</c>, <c>Import:MaxFiles</c>): checked before a byte is
/// read, with a message that names the file and the limit. Nothing is stored by an upload; only Save stores.
/// </summary>
public sealed class UploadLimits
{
    public const string Section = "Import";

    public static readonly IReadOnlyList<string> Extensions = [".md", ".txt"];

    /// <summary>At most the article reader's own limit, which a stored article must meet anyway.</summary>
    public long MaxFileBytes { get; set; } = ArticleReader.MaxBytes;

    public int MaxFiles { get; set; } = 1;

    /// <summary>Null when the files may be read; else what is wrong, naming the file and the limit.</summary>
    public string? Check(IReadOnlyList<(string Name, long Size)> files)
    {
        if (files.Count > MaxFiles)
        {
            return $"{files.Count} files were chosen; upload at most {MaxFiles} at a time.";
        }

        foreach (var (name, size) in files)
        {
            if (!Extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            {
                return $"{name}: only .md (with front matter) and .txt files can be imported.";
            }

            var limit = Math.Min(MaxFileBytes, ArticleReader.MaxBytes);
            if (size > limit)
            {
                // Just over the limit, rounded sizes would read "2 MB, over the 2 MB limit": then say the bytes.
                var (actual, allowed) = Size(size) == Size(limit) ? (string.Create(CultureInfo.InvariantCulture, $"{size:N0} bytes"), string.Create(CultureInfo.InvariantCulture, $"{limit:N0}-byte")) : (Size(size), Size(limit));
                return $"{name} is {actual}, over the {allowed} limit for one article.";
            }

            if (size == 0)
            {
                return $"{name} is empty.";
            }
        }

        return null;
    }

    internal static string Size(long bytes) =>
        bytes >= 1024 * 1024 ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.#} MB")
        : bytes >= 1024 ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes");
}
