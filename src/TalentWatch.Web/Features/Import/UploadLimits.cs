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

            if (size > Math.Min(MaxFileBytes, ArticleReader.MaxBytes))
            {
                return $"{name} is {Size(size)}, over the {Size(Math.Min(MaxFileBytes, ArticleReader.MaxBytes))} limit for one article.";
            }

            if (size == 0)
            {
                return $"{name} is empty.";
            }
        }

        return null;
    }

    internal static string Size(long bytes) => bytes >= 1024 * 1024
        ? $"{bytes / 1024.0 / 1024.0:0.#} MB"
        : bytes >= 1024 ? $"{bytes / 1024.0:0.#} KB" : $"{bytes} bytes";
}
