namespace TalentWatch.Extraction;

/// <summary>An article file that cannot be read; the message names the file, the line (when known) and the problem.</summary>
public sealed class ArticleFormatException : Exception
{
    public ArticleFormatException()
        : this("(unknown)", null, "invalid article")
    {
    }

    public ArticleFormatException(string message)
        : this("(unknown)", null, message)
    {
    }

    public ArticleFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        FileName = "(unknown)";
        Problem = message;
    }

    public ArticleFormatException(string fileName, int? line, string problem, Exception? innerException = null)
        : base(Describe(fileName, line, problem), innerException)
    {
        FileName = fileName;
        Line = line;
        Problem = problem;
    }

    public string FileName { get; }

    public int? Line { get; }

    public string Problem { get; }

    private static string Describe(string fileName, int? line, string problem) =>
        line is { } l ? $"{fileName}:{l}: {problem}" : $"{fileName}: {problem}";
}
