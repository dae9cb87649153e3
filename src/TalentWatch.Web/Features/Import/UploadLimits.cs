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

    /// <summary>
    /// The longest text the paste box takes (<c>Import:MaxPastedCharacters</c>), held below what one circuit message may carry
    /// (<c>Blazor:Hub:MaximumReceiveMessageSize</c>, at three UTF-8 bytes a character): a longer paste once dropped the circuit
    /// with no word to the user (issue 15, item 4). The browser stops at this length and the page says so; longer articles
    /// are uploaded as files, which stream in chunks up to <see cref="MaxFileBytes"/>.
    /// </summary>
    public int MaxPastedCharacters { get; set; } = 300_000;

    /// <summary>Said when a paste reached <see cref="MaxPastedCharacters"/>.</summary>
    public string PasteTooLong => string.Create(CultureInfo.InvariantCulture,
        $"The pasted text reached the limit of {MaxPastedCharacters:N0} characters and was cut there. Save the article as a .txt or .md file and upload it instead (up to {Size(Math.Min(MaxFileBytes, ArticleReader.MaxBytes))}).");

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
