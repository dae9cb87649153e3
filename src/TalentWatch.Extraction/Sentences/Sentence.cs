namespace TalentWatch.Extraction.Sentences;

/// <summary>A sentence of the article. <see cref="Masked"/> has quoted speech blanked out (same length) so that what
/// people say ("Priya leaves behind a great team") is not read as a reported fact.</summary>
internal sealed record Sentence(int Index, int Start, string Text, string Masked, bool IsHeading)
{
    public int End => Start + Text.Length;
}
