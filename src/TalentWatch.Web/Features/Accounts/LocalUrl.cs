using System.Text;

namespace TalentWatch.Web.Features.Accounts;

/// <summary>
/// Where a sign-in or sign-out may send the browser back to: only a path on this site (no open redirect to another host),
/// with no control character (a tab once made the redirect throw) and spaces and non-ASCII characters percent-encoded as UTF-8 (a raw
/// one cannot go into a Location header, which once lost a successful sign-in). Anything else is the home page.
/// </summary>
public static class LocalUrl
{
    public const int MaxLength = 2048;

    public static string OrHome(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Length > MaxLength || url[0] != '/'
            || (url.Length > 1 && (url[1] == '/' || url[1] == '\\'))
            || url.Contains("://", StringComparison.Ordinal) || url.Any(char.IsControl) || url.Contains('\\', StringComparison.Ordinal))
        {
            return "/";
        }

        if (url.All(c => char.IsAscii(c) && c != ' '))
        {
            return url;
        }

        var encoded = new StringBuilder(url.Length * 3);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.IsAscii && rune.Value != ' ')
            {
                encoded.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length])
            {
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }
}
