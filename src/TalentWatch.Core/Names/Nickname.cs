using System.Text.RegularExpressions;

namespace TalentWatch.Core.Names;

/// <summary>
/// A nickname in brackets or quotes inside a person's name: "Yuhuai “Tony” Wu", "Patrick (Pat) Gelsinger". News writes such a
/// name both ways, so a person recorded by the fuller form also answers to the name without the nickname.
/// </summary>
public static partial class Nickname
{
    private static readonly char[] Marks = ['(', '"', '“', '‘', '\''];

    /// <summary>The name without its nickname ("Yuhuai Wu"), or null when it holds none.</summary>
    public static string? Without(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.IndexOfAny(Marks) < 0)
        {
            return null; // almost every name: the import calls this for each new person
        }

        var plain = InsideName().Replace(name.Trim(), " ");
        return plain.Length == name.Trim().Length ? null : plain;
    }

    // One word of up to 20 letters between marks that open and close it (a curly and a straight quote mixed: "Tom ‘TAP'
    // Petersen"), with a name word on each side ("O'Connor" has none).
    [GeneratedRegex(@"(?<=\p{L}\.?)\s+(?:\(\s*[\p{L}.\-]{1,20}\s*\)|[""“][\p{L}.\-]{1,20}[""”]|['‘][\p{L}.\-]{1,20}['’])\s+(?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex InsideName();
}
