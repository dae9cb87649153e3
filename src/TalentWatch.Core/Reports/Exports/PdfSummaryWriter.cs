using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace TalentWatch.Core.Reports.Exports;

/// <summary>The quarter summary as a PDF (PDFsharp 6.2, DejaVu Sans embedded): headline figures, a bar chart and the tables.</summary>
public sealed class PdfSummaryWriter : ISummaryExporter
{
    private const double Margin = 40;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly XColor[] Palette =
    [
        XColor.FromArgb(31, 78, 140), XColor.FromArgb(106, 61, 154), XColor.FromArgb(0, 121, 107),
        XColor.FromArgb(191, 54, 12), XColor.FromArgb(85, 105, 30), XColor.FromArgb(94, 53, 177),
    ];

    public SummaryFormat Format => SummaryFormat.Pdf;

    public string ContentType => "application/pdf";

    /// <summary>PDFsharp writes synchronously; the document is built in memory and copied to <paramref name="output"/>.</summary>
    public async Task WriteAsync(QuarterSummary summary, Stream output, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        Write(summary, buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    public static void Write(QuarterSummary summary, Stream output)
    {
        ArgumentNullException.ThrowIfNull(summary);
        PdfFontResolver.EnsureRegistered();
        using var document = new PdfDocument();
        document.Info.Title = $"TalentWatch quarter summary {summary.Quarter}";
        document.Info.Author = "TalentWatch";
        var title = new XFont(PdfFontResolver.Family, 18, XFontStyleEx.Bold);
        var heading = new XFont(PdfFontResolver.Family, 12, XFontStyleEx.Bold);
        var body = new XFont(PdfFontResolver.Family, 9, XFontStyleEx.Regular);
        var bold = new XFont(PdfFontResolver.Family, 9, XFontStyleEx.Bold);

        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        var gfx = XGraphics.FromPdfPage(page);
        var width = page.Width.Point - (2 * Margin);
        var y = Margin;

        gfx.DrawString($"Quarter summary {summary.Quarter}", title, XBrushes.Black, new XPoint(Margin, y + 18));
        y += 30;
        gfx.DrawString($"{summary.From:yyyy-MM-dd} to {summary.To:yyyy-MM-dd}", body, XBrushes.DimGray, new XPoint(Margin, y + 9));
        y += 22;
        gfx.DrawString($"Total departures: {summary.TotalDepartures}", bold, XBrushes.Black, new XPoint(Margin, y + 9));
        gfx.DrawString($"Unplaced departures: {summary.UnplacedDepartures}", bold, XBrushes.Black, new XPoint(Margin + 200, y + 9));
        y += 24;

        // Chart: departures per company (horizontal bars).
        gfx.DrawString("Departures per company", heading, XBrushes.Black, new XPoint(Margin, y + 12));
        y += 22;
        var chartRows = summary.Companies.Take(12).ToList();
        var max = Math.Max(1, chartRows.Select(c => c.Departures).DefaultIfEmpty(0).Max());
        const double labelWidth = 150;
        const double barHeight = 14;
        var barSpace = width - labelWidth - 40;
        for (var i = 0; i < chartRows.Count; i++)
        {
            var c = chartRows[i];
            gfx.DrawString(Fit(gfx, c.Company, body, labelWidth - 6), body, XBrushes.Black, new XPoint(Margin, y + 10));
            var barWidth = barSpace * c.Departures / max;
            gfx.DrawRectangle(new XSolidBrush(Palette[i % Palette.Length]), Margin + labelWidth, y, barWidth, barHeight - 3);
            gfx.DrawString(c.Departures.ToString(Invariant), body, XBrushes.Black, new XPoint(Margin + labelWidth + barWidth + 4, y + 10));
            y += barHeight;
        }

        if (chartRows.Count == 0)
        {
            gfx.DrawString("No departures in this quarter.", body, XBrushes.DimGray, new XPoint(Margin, y + 10));
            y += barHeight;
        }

        y += 16;
        gfx.DrawString("Companies", heading, XBrushes.Black, new XPoint(Margin, y + 12));
        y += 16;
        gfx.DrawString("Founders: in the quarter · Team: founding-team size · To date: founders gone by the quarter's end", body, XBrushes.DimGray, new XPoint(Margin, y + 9));
        y += 16;
        string[] headers = ["Company", "Departures", "Founders", "Team", "To date", "Attrition", "Headcount", "Rate"];
        double[] columns = [0, 140, 205, 258, 295, 345, 405, 465];
        void Header()
        {
            for (var i = 0; i < headers.Length; i++)
            {
                gfx.DrawString(headers[i], bold, XBrushes.Black, new XPoint(Margin + columns[i], y + 9));
            }

            y += 14;
            gfx.DrawLine(XPens.Gray, Margin, y - 2, Margin + width, y - 2);
        }

        Header();
        foreach (var c in summary.Companies)
        {
            if (y > page.Height.Point - Margin - 20)
            {
                gfx.Dispose();
                page = document.AddPage();
                page.Size = PdfSharp.PageSize.A4;
                gfx = XGraphics.FromPdfPage(page);
                y = Margin;
                Header();
            }

            string[] cells =
            [
                Fit(gfx, c.Company, body, 135), c.Departures.ToString(Invariant), c.FounderDepartures.ToString(Invariant),
                c.FoundingTeamSize?.ToString(Invariant) ?? "–", c.FoundersDepartedToDate.ToString(Invariant),
                Share(c.FoundingTeamAttrition), c.HeadcountAtStart?.ToString(Invariant) ?? "–", Share(c.AttritionRate),
            ];
            for (var i = 0; i < cells.Length; i++)
            {
                gfx.DrawString(cells[i], body, XBrushes.Black, new XPoint(Margin + columns[i], y + 9));
            }

            y += 13;
        }

        y += 14;
        if (y > page.Height.Point - Margin - 60)
        {
            gfx.Dispose();
            page = document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            gfx = XGraphics.FromPdfPage(page);
            y = Margin;
        }

        gfx.DrawString("Destinations", heading, XBrushes.Black, new XPoint(Margin, y + 12));
        y += 20;
        foreach (var d in summary.Destinations)
        {
            if (y > page.Height.Point - Margin - 14)
            {
                gfx.Dispose();
                page = document.AddPage();
                page.Size = PdfSharp.PageSize.A4;
                gfx = XGraphics.FromPdfPage(page);
                y = Margin;
            }

            gfx.DrawString(Fit(gfx, d.Employer ?? "unknown", body, 200), body, XBrushes.Black, new XPoint(Margin, y + 9));
            gfx.DrawString(d.Departures.ToString(Invariant), body, XBrushes.Black, new XPoint(Margin + 210, y + 9));
            y += 13;
        }

        gfx.Dispose();
        document.Save(output, closeStream: false);
    }

    /// <summary>Attrition as a share with 4 decimals, the JSON's value ("0.4167").</summary>
    public static string Share(decimal? value) => value?.ToString("0.0000", Invariant) ?? "–";

    private static string Fit(XGraphics gfx, string text, XFont font, double width)
    {
        if (gfx.MeasureString(text, font).Width <= width)
        {
            return text;
        }

        var cut = text;
        while (cut.Length > 1 && gfx.MeasureString(cut + "…", font).Width > width)
        {
            cut = cut[..^1];
        }

        return cut + "…";
    }
}
