using System.Globalization;
using System.Text.RegularExpressions;

namespace TalentWatch.Web.Features.Shared;

/// <summary>
/// How a departure's source reads for people: an article as its outlet and headline, a row of an imported departures.csv
/// (whose stored evidence is "departures.csv:651") as a sentence naming the file and line, never the raw "file:line".
/// </summary>
public static partial class SourceText
{
    /// <summary>"Tech Daily: Thinking Machines Lab loses a third…" or "departures.csv, line 651 (news.example)".</summary>
    public static string Describe(SourceRow source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.ArticleId is not null)
        {
            var title = Formats.Shorten(source.ArticleTitle ?? "Article", 100);
            return string.IsNullOrEmpty(source.Publication) ? title : $"{source.Publication}: {title}";
        }

        var host = Host(source.Url);
        if (ImportLine(source) is { } line)
        {
            return host is null ? $"{line.File}, line {line.Line}" : $"{line.File}, line {line.Line} ({host})";
        }

        return host ?? "Data import";
    }

    /// <summary>The sentence shown in place of a CSV row's "evidence": "Imported from departures.csv (line 651)."; null for article evidence.</summary>
    public static string? ImportSentence(SourceRow source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return ImportLine(source) is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"Recorded from a data import: {line.File}, line {line.Line}.")
            : null;
    }

    /// <summary>The http(s) host of a source URL, or null.</summary>
    public static string? Host(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.Host : null;

    private static (string File, int Line)? ImportLine(SourceRow source)
    {
        if (source.ArticleId is not null || source.Evidence is null)
        {
            return null;
        }

        var match = FileLine().Match(source.Evidence);
        return match.Success && int.TryParse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var line)
            ? (match.Groups[1].Value, line)
            : null;
    }

    [GeneratedRegex(@"^\s*([^:\r\n]{1,200}\.csv):(\d{1,9})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileLine();
}
