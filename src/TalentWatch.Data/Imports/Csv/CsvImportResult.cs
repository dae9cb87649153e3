namespace TalentWatch.Data.Imports.Csv;

public enum CsvFileKind
{
    Unknown,
    Companies,
    Headcounts,
    Departures,
}

/// <summary>
/// What importing one file did: <see cref="Rows"/> stored, or <see cref="Skipped"/> (same content imported before), or
/// <see cref="Errors"/> ("file:line: problem"), in which case nothing of the file was stored.
/// </summary>
public sealed record CsvImportResult(string FileName, CsvFileKind Kind, int Rows, bool Skipped, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>A bad row; the message is already "file:line: problem".</summary>
public sealed class CsvRowException : Exception
{
    public CsvRowException()
        : base("bad CSV row")
    {
    }

    public CsvRowException(string message)
        : base(message)
    {
    }

    public CsvRowException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
