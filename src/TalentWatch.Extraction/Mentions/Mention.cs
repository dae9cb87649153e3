namespace TalentWatch.Extraction.Mentions;

/// <summary>A capitalised name in a sentence. Offsets are relative to the sentence text.</summary>
/// <param name="CompoundSuffix">The word glued on with a hyphen, as in "Koraal-onderzoeker" ("onderzoeker").</param>
/// <param name="AfterPlaceAdjective">Dutch "het Rotterdamse X": a company introduced by its home town.</param>
internal sealed record Mention(int Start, int End, string Text, int TokenCount, bool Possessive, string? CompoundSuffix, bool AfterPlaceAdjective)
{
    public string FirstToken { get; } = Text[..(Text.IndexOf(' ', StringComparison.Ordinal) is var i and >= 0 ? i : Text.Length)];

    public string LastToken { get; } = Text[(Text.LastIndexOf(' ') + 1)..];

    /// <summary>"Google-topman", "Polder-CEO": a company glued to a role, which names the person's employer.</summary>
    public bool GluedToRole => CompoundSuffix is { } suffix && (Lexicon.RoleNouns.Contains(suffix) || Lexicon.RoleAcronyms.Contains(suffix));

    /// <summary>"announced on X", "schreef op LinkedIn": the name is where something was posted, not an employer.</summary>
    public bool OnPlatform { get; init; }
}
