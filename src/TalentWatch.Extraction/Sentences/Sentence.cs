using System.Text.RegularExpressions;

namespace TalentWatch.Extraction.Sentences;

/// <summary>A sentence of the article. <see cref="Masked"/> has quoted speech blanked out (same length) so that what
/// people say ("Priya leaves behind a great team") is not read as a reported fact.</summary>
internal sealed partial record Sentence(int Index, int Start, string Text, string Masked, bool IsHeading)
{
    public int End => Start + Text.Length;

    /// <summary>"Read more: Whitlock to Leave Veritas AI", "Related: ...", "Lees ook: ...": the headline of another story, linked
    /// from this one; what it tells is not this article's to report.</summary>
    public bool IsLinkTeaser => Text.Length > 6 && char.IsUpper(Text[0]) && LinkTeaser().IsMatch(Text);

    [GeneratedRegex(@"^(?:read more|read also|also read|related(?: content| story| article)?|see also|more|lees ook|lees meer|ook interessant)\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LinkTeaser();
}
