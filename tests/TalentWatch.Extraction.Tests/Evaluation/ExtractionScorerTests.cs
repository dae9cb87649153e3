using TalentWatch.Extraction.Evaluation;

namespace TalentWatch.Extraction.Tests.Evaluation;

/// <summary>The corpus scorer's rules, on small invented gold files.</summary>
public sealed class ExtractionScorerTests
{
    private const string Gold = """
        {
          "aliases": {"Thinking Machines Lab": ["Thinking Machines", "TML"]},
          "articles": {
            "002-second.md": {"departures": [
              {"person": null, "from": "Veritas AI", "to": "Meta", "date": "2026", "founder": true},
              {"person": null, "from": "Veritas AI", "to": null, "date": null, "founder": null}
            ], "claims": [{"company": "Veritas AI", "metric": "founding_team_departed_share", "value": 0.3333}]},
            "001-first.md": {"departures": [
              {"person": "Zoë O'Neil", "from": "Veritas AI Inc.", "to": "Thinking Machines Lab", "date": "2026-Q1", "founder": false},
              {"person": "Bram Dekker", "from": "Aurora Labs", "to": "Meta", "date": "2026-02-10", "founder": null}
            ], "claims": []},
            "003-nothing.md": {"departures": [], "claims": []}
          }
        }
        """;

    private static ScoredDeparture D(string? person, string from, string? to, string? date, bool? founder = null) =>
        new(person, from, to, date, ScoredDeparture.FounderValue(founder));

    private static GoldStandard ParseGold(string json = Gold) => GoldStandard.Parse(json, "gold.json");

    [Fact]
    public void Names_match_case_accent_and_punctuation_blind_companies_through_suffixes_and_aliases()
    {
        var predicted = new[]
        {
            new ScoredArticle("corpus/dev/001-first.md", [D("zoe o neil", "VERITAS AI", "TML", "2026-02", founder: false), D("Bram Dekker", "Aurora Labs", "Meta", "2026-02")], []),
        };

        var report = ExtractionScorer.Score(ParseGold(), predicted);

        Assert.Equal((4, 2, 2), (report.GoldDepartures, report.PredictedDepartures, report.MatchedDepartures));
        Assert.Equal((2, 2), (report.DestinationCorrect, report.DestinationScored));

        // 2026-02 lies in the gold's 2026-Q1; 2026-02 is not the gold's day 2026-02-10.
        Assert.Equal((1, 2), (report.DateCorrect, report.DateScored));
        Assert.Equal((1, 1), (report.FounderCorrect, report.FounderScored));
        Assert.Equal("precision 1.000 recall 0.500 F1 0.667 destination 1.000 date 0.500", report.SummaryLine);
    }

    [Fact]
    public void An_unnamed_departure_matches_only_with_the_same_destination()
    {
        var predicted = new[]
        {
            new ScoredArticle("002-second.md", [D(null, "Veritas AI", "Google", "2026-Q2", true), D(null, "Veritas AI", null, "2026-Q2"), D(null, "Veritas AI Inc", "Meta", "2026-Q2", true)], []),
        };

        var report = ExtractionScorer.Score(ParseGold(), predicted);

        // Gold 1 (to Meta) skips the Google one and takes the third; gold 2 (no destination) takes the second; Google is extra.
        Assert.Equal((3, 2), (report.PredictedDepartures, report.MatchedDepartures));
        Assert.Equal((2, 2), (report.DestinationCorrect, report.DestinationScored));

        // A predicted quarter inside the gold's year 2026 counts; gold 2 has no date, so it is not scored.
        Assert.Equal((1, 1), (report.DateCorrect, report.DateScored));
        Assert.Equal(["002-second.md: extra None | Veritas AI -> Google"], report.Extras);
    }

    [Fact]
    public void Verbose_lists_misses_wrong_fields_and_extras_then_the_figures()
    {
        var predicted = new[]
        {
            new ScoredArticle("001-first.md", [D("Zoë O'Neil", "Veritas AI", "Meta", "2026-04"), D("Chen Wei", "Aurora Labs", null, null)], []),
            new ScoredArticle("999-not-in-gold.md", [D("Nobody", "Somewhere", null, null)], []),
        };

        var lines = ExtractionScorer.Score(ParseGold(), predicted).Lines(verbose: true).ToList();

        Assert.Equal(
        [
            "001-first.md: destination of Zoë O'Neil: got Meta, want Thinking Machines Lab",
            "001-first.md: date of Zoë O'Neil: got 2026-04, want 2026-Q1",
            "001-first.md: missed Bram Dekker | Aurora Labs -> Meta",
            "002-second.md: missed None | Veritas AI -> Meta",
            "002-second.md: missed None | Veritas AI -> None",
            "001-first.md: extra Chen Wei | Aurora Labs -> None",
            "departures: gold 4, predicted 2, matched 1",
            "claims: gold 1, predicted 0, matched 0",
            "destination 0.000 (0/1), date 0.000 (0/1), founder 0.000 (0/1)",
            "precision 0.500 recall 0.250 F1 0.333 destination 0.000 date 0.000",
        ], lines);
        Assert.Equal(4, ExtractionScorer.Score(ParseGold(), predicted).Lines(verbose: false).Count());
    }

    [Fact]
    public void Claims_match_on_company_metric_and_a_value_within_0_011()
    {
        var close = new ScoredArticle("002-second.md", [], [new ScoredClaim("VERITAS AI", "founding_team_departed_share", 0.34)]);
        var far = new ScoredArticle("002-second.md", [], [new ScoredClaim("Veritas AI", "founding_team_departed_share", 0.35), new ScoredClaim("Veritas AI", "staff_departed_share", 0.3333)]);

        Assert.Equal((1, 1, 1), Claims(ExtractionScorer.Score(ParseGold(), [close])));
        Assert.Equal((1, 2, 0), Claims(ExtractionScorer.Score(ParseGold(), [far])));

        static (int, int, int) Claims(EvaluationReport r) => (r.GoldClaims, r.PredictedClaims, r.MatchedClaims);
    }

    [Fact]
    public void Nothing_predicted_and_nothing_labelled_is_zero_not_a_division_error()
    {
        var report = ExtractionScorer.Score(ParseGold("""{"articles": {"a.md": {"departures": []}}}"""), []);

        Assert.Equal("precision 0.000 recall 0.000 F1 0.000 destination 0.000 date 0.000", report.SummaryLine);
    }

    [Theory]
    [InlineData("Zoë  O'Neil-Smith", "zoe o neil smith")]
    [InlineData("AT&T", "at and t")]
    [InlineData("Straße", "strasse")]
    [InlineData("  ", null)]
    [InlineData("...", null)]
    [InlineData(null, null)]
    public void Normalize_is_case_accent_and_punctuation_blind(string? text, string? expected) =>
        Assert.Equal(expected, ScoringNames.Normalize(text));

    [Theory]
    [InlineData("Veritas AI, Inc.", "veritas ai")]
    [InlineData("Acme Holding B.V.", "acme holding b v")]
    [InlineData("Acme GmbH", "acme")]
    [InlineData("Foo Corp Ltd", "foo")]
    [InlineData("Co", "co")]
    [InlineData("TML", "thinking machines lab")]
    public void Company_keys_drop_legal_suffixes_and_follow_aliases(string name, string expected) =>
        Assert.Equal(expected, ScoringNames.CompanyKey(name, ParseGold().Aliases));

    [Theory]
    [InlineData("2026-Q1", "2026-03", true)]
    [InlineData("2026-Q1", "2026-04-02", false)]
    [InlineData("2026-Q1", "2026-Q1", true)]
    [InlineData("2026-Q1", "2026", false)]
    [InlineData("2026-Q1", "2026-00", false)]
    [InlineData("2026", "2026-Q3", true)]
    [InlineData("2026-07", "2026-Q3", false)]
    [InlineData("2026", "2026-07-01", true)]
    [InlineData("2026-07", "2026-07-01", true)]
    [InlineData("2026-07-01", "2026-07", false)]
    [InlineData("2026-07", null, false)]
    [InlineData(null, "2026-07", null)]
    [InlineData("", "2026-07", null)]
    public void A_gold_date_matches_at_its_own_precision(string? gold, string? predicted, bool? expected) =>
        Assert.Equal(expected, ScoringNames.DateMatches(gold, predicted));

    [Theory]
    [InlineData("not json", "gold.json:1: not valid JSON")]
    [InlineData("[1, 2]", "gold.json: the gold file must be one JSON object")]
    [InlineData("""{"aliases": {}}""", "gold.json: \"articles\" must be an object")]
    [InlineData("""{"aliases": {"A": "B"}, "articles": {}}""", "gold.json: \"aliases\".\"A\" must be a list")]
    [InlineData("""{"articles": {"a.md": []}}""", "gold.json: article \"a.md\" must be an object")]
    public void A_bad_gold_file_is_refused_naming_the_file_and_problem(string json, string expected)
    {
        var error = Assert.Throws<GoldFormatException>(() => GoldStandard.Parse(json, "gold.json"));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calibration_gives_the_precision_of_each_confidence_band()
    {
        ScoredDeparture C(string person, string from, string? to, double? confidence) => new(person, from, to, null, null, confidence);
        var predicted = new[]
        {
            new ScoredArticle("001-first.md",
            [
                C("Zoë O'Neil", "Veritas AI", "TML", 0.9), C("Bram Dekker", "Aurora Labs", "Meta", 1.0), C("Chen Wei", "Aurora Labs", null, 0.85),
                C("Dana Roe", "Aurora Labs", null, 0.5), C("Eli Fox", "Aurora Labs", null, 0.1), C("Finn Moss", "Aurora Labs", null, null),
            ], []),
        };

        var calibration = Calibration.Of(ExtractionScorer.Score(ParseGold(), predicted));

        Assert.Equal([(0.0, 1, 0), (0.5, 1, 0), (0.7, 0, 0), (0.85, 3, 2)], calibration.Bands.Select(b => (b.From, b.Predicted, b.Matched)));
        Assert.Equal(1, calibration.Without);
        Assert.Equal(
        [
            "confidence   predicted  matched  precision",
            "0.00-0.50          1        0      0.000",
            "0.50-0.70          1        0      0.000",
            "0.70-0.85          0        0      0.000",
            "0.85-1.00          3        2      0.667",
            "no confidence: 1 predicted",
        ], calibration.Lines());
    }

    [Theory]
    [InlineData(26.0 / 32, "0.812")]
    [InlineData(0.0625, "0.062")]
    [InlineData(0.1875, "0.188")]
    [InlineData(2.0 / 3, "0.667")]
    [InlineData(0.8126, "0.813")]
    [InlineData(1.0, "1.000")]
    [InlineData(0.0, "0.000")]
    public void Figures_round_as_the_scorer_prints_them_exact_ties_to_even(double value, string expected) =>
        Assert.Equal(expected, ScoreFormat.Fixed3(value));
}
