using CsvHelper;

namespace TalentWatch.Core.Reports.Exports;

/// <summary>
/// Every cell of every CSV download goes through <see cref="Write"/>, so what a cell may hold (quoting, and any escaping
/// a spreadsheet needs) is decided in one place.
/// </summary>
public static class CsvCells
{
    public static void Write(CsvWriter csv, string? value)
    {
        ArgumentNullException.ThrowIfNull(csv);
        csv.WriteField(value ?? string.Empty);
    }
}
