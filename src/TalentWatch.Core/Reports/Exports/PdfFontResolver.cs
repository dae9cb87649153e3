using System.Reflection;
using PdfSharp.Fonts;

namespace TalentWatch.Core.Reports.Exports;

/// <summary>
/// Serves DejaVu Sans (Bitstream Vera licence, free to embed and redistribute; see Fonts/DejaVu-LICENSE.txt) to PDFsharp,
/// which has no system fonts on Linux. The files ship in Fonts/ (embedded resource, or copied next to the app);
/// the Debian fonts-dejavu-core path is the last resort.
/// </summary>
public sealed class PdfFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private static readonly Lock Gate = new();

    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = new PdfFontResolver();
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, false, italic);

    public byte[]? GetFont(string faceName) => Load(faceName + ".ttf");

    internal static byte[] Load(string file)
    {
        var assembly = typeof(PdfFontResolver).Assembly;
        var resource = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(file, StringComparison.OrdinalIgnoreCase));
        if (resource is not null)
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            return memory.ToArray();
        }

        string[] candidates =
        [
            Path.Combine(AppContext.BaseDirectory, "Fonts", file),
            Path.Combine(Path.GetDirectoryName(assembly.Location) ?? AppContext.BaseDirectory, "Fonts", file),
            Path.Combine("/usr/share/fonts/truetype/dejavu", file),
        ];
        var path = candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"Font {file} not found; it ships in src/TalentWatch.Core/Reports/Exports/Fonts.", file);
        return File.ReadAllBytes(path);
    }
}
