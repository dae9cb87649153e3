using System.Globalization;

namespace TalentWatch.Extraction.Confidence;

/// <summary>
/// How likely a departure is to be right, from signals of its evidence (which rule read it, where each slot came from,
/// hedges, known names). A logistic model whose weights are data (Knowledge/confidence.tsv), fitted on labelled articles
/// and measured on others (docs/extraction.md, "Confidence and calibration").
/// </summary>
public sealed class ConfidenceModel
{
    private readonly Dictionary<string, double> weights;

    private ConfidenceModel(Dictionary<string, double> weights) => this.weights = weights;

    /// <summary>The signals a departure can carry, with what each means.</summary>
    public IReadOnlyCollection<string> Signals => weights.Keys;

    public static ConfidenceModel Shipped { get; } = Parse(Knowledge.ExtractionKnowledge.Resource("confidence.tsv"));

    /// <summary>The confidence of a departure with these signals, in (0, 1), rounded to three decimals.</summary>
    public double Score(IEnumerable<string> signals)
    {
        ArgumentNullException.ThrowIfNull(signals);
        var sum = weights["bias"];
        foreach (var s in signals)
        {
            sum += weights.GetValueOrDefault(s);
        }

        return Math.Round(1 / (1 + Math.Exp(-sum)), 3);
    }

    /// <summary>Parses the weights; a malformed line is a <see cref="FormatException"/> naming the file and line.</summary>
    public static ConfidenceModel Parse(string tsv)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var number = 0;
        foreach (var raw in tsv.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length < 2 || cols[0].Trim().Length == 0)
            {
                throw new FormatException($"confidence.tsv:{number}: expected a signal and a weight separated by a tab");
            }

            if (!double.TryParse(cols[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var w) || !double.IsFinite(w) || Math.Abs(w) > 20)
            {
                throw new FormatException($"confidence.tsv:{number}: weight '{cols[1]}' is not a number between -20 and 20");
            }

            if (!weights.TryAdd(cols[0].Trim(), w))
            {
                throw new FormatException($"confidence.tsv:{number}: signal '{cols[0].Trim()}' appears twice");
            }
        }

        if (!weights.ContainsKey("bias"))
        {
            throw new FormatException("confidence.tsv: no 'bias' line");
        }

        return new ConfidenceModel(weights);
    }
}
