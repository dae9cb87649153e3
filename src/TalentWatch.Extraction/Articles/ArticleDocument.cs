namespace TalentWatch.Extraction;

/// <summary>An article as read from disk or an upload. <see cref="Text"/> is the normalised body; all evidence offsets point into it.</summary>
public sealed record ArticleDocument(
    string FileName,
    string? Title,
    string? Source,
    string? Url,
    DateOnly? Published,
    string Language,
    string Text,
    string ContentHash);
