using System.Globalization;

namespace TalentWatch.Web.Features.Quality;

/// <summary>The extractor's figures on one group of reviewed articles (all, one language, one month of import).</summary>
public sealed record QualityRow(string Label, int Articles, int Expected, int Found, int Matched, double Precision, double Recall, double F1);

/// <summary>How often editors made one kind of correction ("company left changed", "added by hand").</summary>
public sealed record CorrectionCount(string Kind, int Count);

/// <summary>What the quality page shows.</summary>
public sealed record QualityView(QualityRow? Overall, IReadOnlyList<QualityRow> ByLanguage, IReadOnlyList<QualityRow> ByMonth, IReadOnlyList<CorrectionCount> Corrections)
{
    public static readonly QualityView Empty = new(null, [], [], []);

    public bool HasFigures => Overall is { Articles: > 0 };

    /// <summary>Three decimals, as the CLI's <c>eval</c> prints them.</summary>
    public static string Score(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
