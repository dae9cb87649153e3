using System.Security.Cryptography;
using System.Text;

namespace TalentWatch.Extraction.Articles;

internal static class TextNormalizer
{
    /// <summary>The same article saved on Windows or macOS, or with composed/decomposed accents, must hash the same.</summary>
    public static string Normalize(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace('\r', '\n')
            .Normalize(NormalizationForm.FormC)
            .Trim();

    public static string Hash(string normalizedText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalizedText)));
}
