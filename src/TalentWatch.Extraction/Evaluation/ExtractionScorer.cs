using System.Globalization;

namespace TalentWatch.Extraction.Evaluation;

/// <summary>
/// The figures of one scoring: departures matched against the gold, destination/date/founder on the matched pairs, claims.
/// <see cref="Misses"/> lists gold departures not found and wrong destinations or dates; <see cref="Extras"/> predictions
/// the gold does not have.
/// </summary>
public sealed record EvaluationReport(
    int GoldDepartures,
    int PredictedDepartures,
    int MatchedDepartures,
    int GoldClaims,
    int PredictedClaims,
    int MatchedClaims,
    int DestinationCorrect,
    int DestinationScored,
    int DateCorrect,
    int DateScored,
    int FounderCorrect,
    int FounderScored,
    IReadOnlyList<string> Misses,
    IReadOnlyList<string> Extras,
    IReadOnlyList<ScoredPrediction> Predictions)
{
    public double Precision => Ratio(MatchedDepartures, PredictedDepartures);

    public double Recall => Ratio(MatchedDepartures, GoldDepartures);

    public double F1 => Ratio(2 * Precision * Recall, Precision + Recall);

    public double Destination => Ratio(DestinationCorrect, DestinationScored);

    public double Date => Ratio(DateCorrect, DateScored);

    public double Founder => Ratio(FounderCorrect, FounderScored);

    /// <summary>
    /// The scorer's output: with <paramref name="verbose"/> the misses and extras first, then the counts, and last the line
    /// <c>precision P recall R F1 F destination D date T</c>.
    /// </summary>
    public IEnumerable<string> Lines(bool verbose)
    {
        if (verbose)
        {
            foreach (var line in Misses.Concat(Extras))
            {
                yield return line;
            }
        }

        yield return $"departures: gold {GoldDepartures}, predicted {PredictedDepartures}, matched {MatchedDepartures}";
        yield return $"claims: gold {GoldClaims}, predicted {PredictedClaims}, matched {MatchedClaims}";
        yield return $"destination {F(Destination)} ({DestinationCorrect}/{DestinationScored}), date {F(Date)} ({DateCorrect}/{DateScored}), "
                     + $"founder {F(Founder)} ({FounderCorrect}/{FounderScored})";
        yield return SummaryLine;
    }

    public string SummaryLine => $"precision {F(Precision)} recall {F(Recall)} F1 {F(F1)} destination {F(Destination)} date {F(Date)}";

    private static string F(double value) => ScoreFormat.Fixed3(value);

    private static double Ratio(double a, double b) => b != 0 ? a / b : 0.0;
}

/// <summary>One predicted departure of a scoring: its confidence and whether it matched a gold one.</summary>
public readonly record struct ScoredPrediction(double? Confidence, bool Matched);

/// <summary>
/// Scores extractions against a gold standard exactly as the corpus scorer does. A predicted departure matches a gold one
/// when the article, the person and the company left are the same (names compared through <see cref="ScoringNames"/>); a gold
/// departure with no person also needs the same destination. Each gold departure takes the first unused prediction that
/// matches; articles are taken in file-name order. Predictions for articles the gold does not list are not counted.
/// </summary>
public static class ExtractionScorer
{
    public static EvaluationReport Score(GoldStandard gold, IEnumerable<ScoredArticle> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var aliases = gold.Aliases;
        var byFile = new Dictionary<string, ScoredArticle>(StringComparer.Ordinal);
        foreach (var article in predicted)
        {
            byFile[ScoredArticle.FileKey(article.File)] = article;
        }

        // The gold's articles by name, the last of a repeated name winning (as a JSON object read into a dictionary).
        var goldByFile = new Dictionary<string, ScoredArticle>(StringComparer.Ordinal);
        foreach (var article in gold.Articles)
        {
            goldByFile[article.File] = article;
        }

        int nGold = 0, nPredicted = 0, nMatched = 0;
        int destinationOk = 0, destinationN = 0, dateOk = 0, dateN = 0, founderOk = 0, founderN = 0;
        int claimsGold = 0, claimsPredicted = 0, claimsMatched = 0;
        List<string> misses = [];
        List<string> extras = [];
        List<ScoredPrediction> predictions = [];
        foreach (var (file, goldArticle) in goldByFile.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var goldDepartures = goldArticle.Departures;
            var prediction = byFile.GetValueOrDefault(file);
            var predictedDepartures = prediction?.Departures ?? [];
            nGold += goldDepartures.Count;
            nPredicted += predictedDepartures.Count;
            var used = new HashSet<int>();
            foreach (var g in goldDepartures)
            {
                var goldPerson = ScoringNames.Normalize(g.Person);
                var goldFrom = ScoringNames.CompanyKey(g.From, aliases);
                var goldTo = ScoringNames.CompanyKey(g.To, aliases);
                int? hit = null;
                for (var j = 0; j < predictedDepartures.Count; j++)
                {
                    if (used.Contains(j))
                    {
                        continue;
                    }

                    var p = predictedDepartures[j];
                    if (ScoringNames.CompanyKey(p.From, aliases) != goldFrom || ScoringNames.Normalize(p.Person) != goldPerson)
                    {
                        continue;
                    }

                    if (goldPerson is null && ScoringNames.CompanyKey(p.To, aliases) != goldTo)
                    {
                        continue;
                    }

                    hit = j;
                    break;
                }

                if (hit is not { } index)
                {
                    misses.Add($"{file}: missed {Show(g.Person)} | {Show(g.From)} -> {Show(g.To)}");
                    continue;
                }

                used.Add(index);
                nMatched++;
                var matched = predictedDepartures[index];
                destinationN++;
                if (ScoringNames.CompanyKey(matched.To, aliases) == goldTo)
                {
                    destinationOk++;
                }
                else
                {
                    misses.Add($"{file}: destination of {Show(g.Person)}: got {Show(matched.To)}, want {Show(g.To)}");
                }

                if (ScoringNames.DateMatches(g.Date, matched.Date) is { } dateMatches)
                {
                    dateN++;
                    if (dateMatches)
                    {
                        dateOk++;
                    }
                    else
                    {
                        misses.Add($"{file}: date of {Show(g.Person)}: got {Show(matched.Date)}, want {Show(g.Date)}");
                    }
                }

                if (g.Founder is not null)
                {
                    founderN++;
                    if (matched.Founder == g.Founder)
                    {
                        founderOk++;
                    }
                }
            }

            for (var j = 0; j < predictedDepartures.Count; j++)
            {
                predictions.Add(new ScoredPrediction(predictedDepartures[j].Confidence, used.Contains(j)));
                if (!used.Contains(j))
                {
                    var p = predictedDepartures[j];
                    extras.Add($"{file}: extra {Show(p.Person)} | {Show(p.From)} -> {Show(p.To)}");
                }
            }

            var goldClaims = goldArticle.Claims;
            var predictedClaims = prediction?.Claims ?? [];
            claimsGold += goldClaims.Count;
            claimsPredicted += predictedClaims.Count;
            var claimsUsed = new HashSet<int>();
            foreach (var c in goldClaims)
            {
                for (var j = 0; j < predictedClaims.Count; j++)
                {
                    if (claimsUsed.Contains(j))
                    {
                        continue;
                    }

                    var p = predictedClaims[j];
                    var close = p.Value is { } predictedValue && c.Value is { } goldValue && Math.Abs(predictedValue - goldValue) <= 0.011;
                    if (ScoringNames.CompanyKey(p.Company, aliases) == ScoringNames.CompanyKey(c.Company, aliases) && p.Metric == c.Metric && close)
                    {
                        claimsUsed.Add(j);
                        claimsMatched++;
                        break;
                    }
                }
            }
        }

        return new EvaluationReport(nGold, nPredicted, nMatched, claimsGold, claimsPredicted, claimsMatched,
            destinationOk, destinationN, dateOk, dateN, founderOk, founderN, misses, extras, predictions);
    }

    /// <summary>A value as the scorer prints it (Python's None for a missing one).</summary>
    private static string Show(string? value) => value ?? "None";
}
