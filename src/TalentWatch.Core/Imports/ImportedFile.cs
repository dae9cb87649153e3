namespace TalentWatch.Core.Imports;

/// <summary>A CSV file already imported: the same content again is skipped and said so.</summary>
public sealed class ImportedFile
{
    public int Id { get; set; }

    public required string ContentHash { get; set; }

    public required string FileName { get; set; }

    public required string Kind { get; set; }

    public int Rows { get; set; }

    public DateTimeOffset ImportedAt { get; set; }
}
