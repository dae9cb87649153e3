using System.Globalization;
using System.Text;

namespace TalentWatch.Core.Names;

/// <summary>
/// The form under which names compare: case- and accent-insensitive, punctuation and spacing folded
/// ("Orzeł Robotics", "ORZEL robotics" and "Orzel-Robotics" are one key).
/// </summary>
public static class NameKey
{
    public static string For(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var c in RemoveAccents(name))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else if (c == '&')
            {
                builder.Append(builder.Length > 0 ? " and" : "and");
                pendingSpace = true;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>Decomposes and drops combining marks; a few letters with no decomposition (ł, ø, ß, æ) are spelled out.</summary>
    public static string RemoveAccents(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (System.Text.Ascii.IsValid(text))
        {
            return text; // nothing to decompose: most names, and the import calls this for every row
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch
            {
                'ł' => "l",
                'Ł' => "L",
                'ø' => "o",
                'Ø' => "O",
                'ß' => "ss",
                'æ' => "ae",
                'Æ' => "AE",
                'đ' => "d",
                'Đ' => "D",
                _ => c.ToString(),
            });
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
