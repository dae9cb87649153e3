namespace TalentWatch.Data.Imports.Articles;

public enum ArticleImportOutcome
{
    /// <summary>Stored, with its departures and claims.</summary>
    Imported,

    /// <summary>The same text was imported before (content hash); nothing changed.</summary>
    Duplicate,

    /// <summary>Stored as text only: the extractor reads English and Dutch.</summary>
    LanguageNotSupported,

    /// <summary>Bad input (see <see cref="ArticleImportResult.Error"/>); nothing stored.</summary>
    Failed,
}

/// <summary>
/// What importing one article did. Counts are of departures created, merged into existing ones, and claims stored;
/// <see cref="NotMoves"/> says which reports were left out because their company and destination are one company.
/// </summary>
public sealed record ArticleImportResult(
    string FileName,
    ArticleImportOutcome Outcome,
    int? ArticleId = null,
    int DeparturesAdded = 0,
    int DeparturesMerged = 0,
    int ClaimsAdded = 0,
    string? Error = null,
    IReadOnlyList<string>? NotMoves = null);
