using TalentWatch.Extraction;

namespace TalentWatch.Web.Features.Import;

public sealed record PreviewResult(ExtractionResult? Extraction, string? Error);

/// <summary>Runs the extractor over pasted text or an uploaded .md/.txt file without storing anything.</summary>
public sealed class ImportPreview(DepartureExtractor extractor, TalentWatch.Data.Imports.Articles.CuratedKnowledge curated)
{
    public const long MaxBytes = ArticleReader.MaxBytes;

    public PreviewResult Preview(string fileName, string content)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return new PreviewResult(null, "Paste an article's text or upload a .md or .txt file first.");
        }

        if (!fileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return new PreviewResult(null, $"{fileName}: only .md (with front matter) and .txt files can be imported.");
        }

        try
        {
            // The store's accepted companies and people type names too, as they will when the article is saved.
            return new PreviewResult(extractor.Extract(ArticleReader.Parse(fileName, content), curated.Latest), null);
        }
        catch (ArticleFormatException e)
        {
            return new PreviewResult(null, e.Message);
        }
    }
}
