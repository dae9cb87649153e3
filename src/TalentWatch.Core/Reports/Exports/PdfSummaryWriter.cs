using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace TalentWatch.Core.Reports.Exports;

/// <summary>
/// The quarter summary as an A4 PDF (PDFsharp 6.2, DejaVu Sans embedded): headline figures, a bar chart, the company and
/// destination tables (numbers right-aligned, column headings repeated on every page a table continues on), how the
/// figures are defined, and on every page a footer with the generation date and "Page n of N". Figures are written by
/// <see cref="Figures"/>, as on the page.
/// </summary>
public sealed class PdfSummaryWriter : ISummaryExporter
{
    private static readonly XColor[] Palette =
    [
        XColor.FromArgb(31, 78, 140), XColor.FromArgb(106, 61, 154), XColor.FromArgb(0, 121, 107),
        XColor.FromArgb(191, 54, 12), XColor.FromArgb(85, 105, 30), XColor.FromArgb(94, 53, 177),
    ];

    public SummaryFormat Format => SummaryFormat.Pdf;

    public string ContentType => "application/pdf";

    /// <summary>PDFsharp writes synchronously; the document is built in memory and copied to <paramref name="output"/>.</summary>
    public async Task WriteAsync(QuarterSummary summary, Stream output, DateTimeOffset generatedAt, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        Write(summary, buffer, DateOnly.FromDateTime(generatedAt.UtcDateTime));
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    public static void Write(QuarterSummary summary, Stream output, DateOnly generatedOn)
    {
        ArgumentNullException.ThrowIfNull(summary);
        PdfFontResolver.EnsureRegistered();
        using var document = new PdfDocument();
        document.Info.Title = $"TalentWatch quarter summary {summary.Quarter}";
        document.Info.Author = "TalentWatch";
        using var pages = new PageWriter(document);

        pages.Text($"Quarter summary {summary.Quarter}", pages.Title, XBrushes.Black, 30);
        pages.Text($"{Figures.LongDate(summary.From)} – {Figures.LongDate(summary.To)}", pages.Body, XBrushes.DimGray, 18);
        if (Figures.IsPartial(summary, generatedOn))
        {
            pages.Text(Figures.PartialNote(summary, generatedOn), pages.Bold, new XSolidBrush(XColor.FromArgb(156, 66, 0)), 18);
        }

        pages.Gfx.DrawString($"Departures: {Figures.Count(summary.TotalDepartures)}", pages.Bold, XBrushes.Black, new XPoint(PageWriter.Margin, pages.Y + 9));
        pages.Gfx.DrawString($"Unplaced departures: {Figures.Count(summary.UnplacedDepartures)}", pages.Bold, XBrushes.Black, new XPoint(PageWriter.Margin + 200, pages.Y + 9));
        pages.Y += 26;

        DrawChart(pages, summary);
        DrawCompanies(pages, summary);
        DrawDestinations(pages, summary);

        pages.Y += 10;
        pages.Ensure(20 + (14 * Figures.Definitions.Count));
        pages.Text("How the figures are defined", pages.Heading, XBrushes.Black, 20);
        foreach (var definition in Figures.Definitions)
        {
            pages.Text(PageWriter.Fit(pages.Gfx, definition, pages.Small, PageWriter.ContentWidth), pages.Small, XBrushes.DimGray, 13);
        }

        pages.Finish($"TalentWatch · quarter summary {summary.Quarter} · generated {Figures.LongDate(generatedOn)}");
        document.Save(output, closeStream: false);
    }

    private static void DrawChart(PageWriter pages, QuarterSummary summary)
    {
        pages.Text("Departures per company", pages.Heading, XBrushes.Black, 22);
        var rows = summary.Companies.Take(12).ToList();
        if (rows.Count == 0)
        {
            pages.Text("No departures in this quarter.", pages.Body, XBrushes.DimGray, 16);
            return;
        }

        var max = Math.Max(1, rows.Max(c => c.Departures));
        const double labelWidth = 150;
        const double barHeight = 14;
        var barSpace = PageWriter.ContentWidth - labelWidth - 40;
        for (var i = 0; i < rows.Count; i++)
        {
            var c = rows[i];
            pages.Gfx.DrawString(PageWriter.Fit(pages.Gfx, c.Company, pages.Body, labelWidth - 6), pages.Body, XBrushes.Black, new XPoint(PageWriter.Margin, pages.Y + 10));
            var barWidth = barSpace * c.Departures / max;
            pages.Gfx.DrawRectangle(new XSolidBrush(Palette[i % Palette.Length]), PageWriter.Margin + labelWidth, pages.Y, barWidth, barHeight - 3);
            pages.Gfx.DrawString(Figures.Count(c.Departures), pages.Body, XBrushes.Black, new XPoint(PageWriter.Margin + labelWidth + barWidth + 4, pages.Y + 10));
            pages.Y += barHeight;
        }

        pages.Y += 14;
    }

    private static void DrawCompanies(PageWriter pages, QuarterSummary summary)
    {
        if (summary.Companies.Count == 0)
        {
            return;
        }

        // Company is left-aligned in its column; every other column is a number, right-aligned at its right edge.
        string[] headers = ["Company", "Departures", "Founder\ndepartures", "Founding\nteam", "Founders\nto date", "Founding-team\nattrition", "Headcount\nat start", "Attrition\nrate"];
        double[] rights = [120, 175, 230, 282, 332, 400, 455, PageWriter.ContentWidth];
        pages.Ensure(60);
        pages.Text("Companies", pages.Heading, XBrushes.Black, 18);
        var table = new TableWriter(pages, headers, rights, "Companies (continued)");
        table.Header();
        foreach (var c in summary.Companies)
        {
            table.Row(
            [
                c.Company, Figures.Count(c.Departures), Figures.Count(c.FounderDepartures), Figures.Count(c.FoundingTeamSize),
                Figures.Count(c.FoundersDepartedToDate), Figures.Percent(c.FoundingTeamAttrition), Figures.Count(c.HeadcountAtStart),
                Figures.Percent(c.AttritionRate),
            ]);
        }

        pages.Y += 14;
    }

    private static void DrawDestinations(PageWriter pages, QuarterSummary summary)
    {
        pages.Ensure(60);
        pages.Text("Destinations", pages.Heading, XBrushes.Black, 20);
        if (summary.Destinations.Count == 0)
        {
            pages.Text("No known destinations in this quarter.", pages.Body, XBrushes.DimGray, 16);
            return;
        }

        var table = new TableWriter(pages, ["Employer", "Departures"], [250, 320], "Destinations (continued)");
        table.Header();
        foreach (var d in summary.Destinations)
        {
            table.Row([d.Employer ?? "unknown", Figures.Count(d.Departures)]);
        }
    }

    /// <summary>The pages of the document and the pen position on the current one; new pages are A4.</summary>
    private sealed class PageWriter : IDisposable
    {
        public const double Margin = 40;
        public const double FooterSpace = 28;
        public const double ContentWidth = 595 - (2 * Margin);
        private readonly PdfDocument document;

        public PageWriter(PdfDocument document)
        {
            this.document = document;
            Gfx = NewPage();
        }

        public XFont Title { get; } = new(PdfFontResolver.Family, 18, XFontStyleEx.Bold);

        public XFont Heading { get; } = new(PdfFontResolver.Family, 12, XFontStyleEx.Bold);

        public XFont Body { get; } = new(PdfFontResolver.Family, 9, XFontStyleEx.Regular);

        public XFont Bold { get; } = new(PdfFontResolver.Family, 9, XFontStyleEx.Bold);

        public XFont Small { get; } = new(PdfFontResolver.Family, 7.5, XFontStyleEx.Regular);

        public XFont HeaderFont { get; } = new(PdfFontResolver.Family, 7.5, XFontStyleEx.Bold);

        public XGraphics Gfx { get; private set; }

        public double Y { get; set; }

        private double Bottom => document.Pages[^1].Height.Point - Margin - FooterSpace;

        /// <summary>Starts a new page unless <paramref name="height"/> points still fit on this one; true when it started one.</summary>
        public bool Ensure(double height)
        {
            if (Y + height <= Bottom)
            {
                return false;
            }

            Gfx.Dispose();
            Gfx = NewPage();
            return true;
        }

        public void Text(string text, XFont font, XBrush brush, double advance)
        {
            Ensure(advance);
            Gfx.DrawString(text, font, brush, new XPoint(Margin, Y + font.Size));
            Y += advance;
        }

        /// <summary>Draws the footer on every page, now that the page count is known.</summary>
        public void Finish(string footer)
        {
            Gfx.Dispose();
            var count = document.Pages.Count;
            for (var i = 0; i < count; i++)
            {
                var page = document.Pages[i];
                using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
                var y = page.Height.Point - Margin;
                gfx.DrawLine(XPens.LightGray, Margin, y - 12, Margin + ContentWidth, y - 12);
                gfx.DrawString(footer, Small, XBrushes.DimGray, new XPoint(Margin, y));
                gfx.DrawString(string.Create(CultureInfo.InvariantCulture, $"Page {i + 1} of {count}"), Small, XBrushes.DimGray,
                    new XRect(Margin, y - 8, ContentWidth, 10), XStringFormats.BottomRight);
            }
        }

        public void Dispose() => Gfx.Dispose();

        public static string Fit(XGraphics gfx, string text, XFont font, double width)
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

        private XGraphics NewPage()
        {
            var page = document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            Y = Margin;
            return XGraphics.FromPdfPage(page);
        }
    }

    /// <summary>A table whose first column is text (left-aligned) and the rest numbers (right-aligned); the heading repeats on each new page.</summary>
    private sealed class TableWriter(PageWriter pages, string[] headers, double[] rights, string continued)
    {
        private const double RowHeight = 13;

        public void Header()
        {
            // A heading may have two lines ("Founding-team\nattrition"): the lines are bottom-aligned above the rule.
            var lines = headers.Max(h => h.Split('\n').Length);
            for (var line = 0; line < lines; line++)
            {
                for (var i = 0; i < headers.Length; i++)
                {
                    var parts = headers[i].Split('\n');
                    var index = line - (lines - parts.Length);
                    if (index >= 0)
                    {
                        Cell(i, parts[index], pages.HeaderFont);
                    }
                }

                pages.Y += RowHeight - 3;
            }

            pages.Y += 4;
            pages.Gfx.DrawLine(XPens.Gray, PageWriter.Margin, pages.Y, PageWriter.Margin + rights[^1], pages.Y);
            pages.Y += 2;
        }

        public void Row(string[] cells)
        {
            if (pages.Ensure(RowHeight))
            {
                pages.Text(continued, pages.Heading, XBrushes.Black, 20);
                Header();
            }

            for (var i = 0; i < cells.Length; i++)
            {
                Cell(i, cells[i], pages.Body);
            }

            pages.Y += RowHeight;
        }

        private void Cell(int column, string text, XFont font)
        {
            var left = column == 0 ? 0 : rights[column - 1] + 4;
            var width = rights[column] - left;
            var fitted = PageWriter.Fit(pages.Gfx, text, font, width - 2);
            var box = new XRect(PageWriter.Margin + left, pages.Y, width, RowHeight);
            pages.Gfx.DrawString(fitted, font, XBrushes.Black, box, column == 0 ? XStringFormats.CenterLeft : XStringFormats.CenterRight);
        }
    }
}
