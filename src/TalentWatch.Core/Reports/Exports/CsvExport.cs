using CsvHelper;

namespace TalentWatch.Core.Reports.Exports;

/// <summary>
/// The one set of options for every CSV file TalentWatch writes for people to open (web downloads, <c>summary</c> and
/// <c>timeline --format csv</c>): RFC 4180 with '\n' line ends, and a text field starting with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, tab or carriage return escaped with a leading apostrophe and quoted, so a spreadsheet shows a name such as
/// <c>=HYPERLINK(...)</c> as text instead of running it (CSV/formula injection, OWASP). Numbers written as numbers are untouched.
/// </summary>
public static class CsvExport
{
    public static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        NewLine = "\n",
        Injection = CsvInjection.Escape,
    };

    /// <summary>A writer over <paramref name="output"/> with <see cref="Options"/>; the stream stays open.</summary>
    public static CsvWriter Create(Stream output) => CsvWriter.Create(output, Options, leaveOpen: true);
}
