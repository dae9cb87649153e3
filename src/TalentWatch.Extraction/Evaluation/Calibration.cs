using System.Globalization;

namespace TalentWatch.Extraction.Evaluation;

/// <summary>One confidence band: the predicted departures whose confidence falls in [<see cref="From"/>, <see cref="To"/>) (the last band includes 1) and how many matched.</summary>
public sealed record CalibrationBand(double From, double To, int Predicted, int Matched)
{
    public double Precision => Predicted == 0 ? 0.0 : (double)Matched / Predicted;
}

/// <summary>
/// Precision per confidence band: a calibrated confidence has the precision of each band inside the band. Predictions with
/// no confidence are left out (<see cref="Without"/> counts them).
/// </summary>
public sealed record Calibration(IReadOnlyList<CalibrationBand> Bands, int Without)
{
    /// <summary>The bands of issue 11: 0–0.5, 0.5–0.7, 0.7–0.85, 0.85–1.</summary>
    public static readonly IReadOnlyList<double> DefaultEdges = [0, 0.5, 0.7, 0.85, 1];

    public static Calibration Of(EvaluationReport report, IReadOnlyList<double>? edges = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        edges ??= DefaultEdges;
        var bands = new List<CalibrationBand>(edges.Count - 1);
        for (var i = 0; i < edges.Count - 1; i++)
        {
            var (from, to, last) = (edges[i], edges[i + 1], i == edges.Count - 2);
            var inBand = report.Predictions.Where(p => p.Confidence is { } c && c >= from && (c < to || (last && c <= to))).ToList();
            bands.Add(new CalibrationBand(from, to, inBand.Count, inBand.Count(p => p.Matched)));
        }

        return new Calibration(bands, report.Predictions.Count(p => p.Confidence is null));
    }

    /// <summary>A table for the command line: one line per band, then predictions without a confidence if there are any.</summary>
    public IEnumerable<string> Lines()
    {
        yield return "confidence   predicted  matched  precision";
        foreach (var band in Bands)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{band.From:0.00}-{band.To:0.00}  {band.Predicted,9}  {band.Matched,7}  {ScoreFormat.Fixed3(band.Precision),9}");
        }

        if (Without > 0)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"no confidence: {Without} predicted");
        }
    }
}
