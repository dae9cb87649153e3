using TalentWatch.Data.Quality;

namespace TalentWatch.Web.Features.Quality;

/// <summary>The quality page's figures: the Data layer's <see cref="QualityReport"/> on the reviewed articles, as rows.</summary>
public sealed class QualityQuery(QualityReport report)
{
    public async Task<QualityView> ReadAsync(CancellationToken cancellationToken = default)
    {
        var summary = await report.GetAsync(cancellationToken);
        if (summary.ReviewedArticles == 0)
        {
            return QualityView.Empty;
        }

        return new QualityView(
            Row(summary.Overall),
            summary.ByLanguage.Select(f => Row(f) with { Label = LanguageName(f.Label) }).ToList(),
            summary.ByImportMonth.Select(Row).ToList(),
            summary.Corrections.Where(c => c.Departures > 0).Select(c => new CorrectionCount(c.Kind, c.Departures)).ToList());
    }

    public static string LanguageName(string code) => code switch
    {
        "en" => "English",
        "nl" => "Dutch",
        _ => code,
    };

    private static QualityRow Row(QualityFigures figures) =>
        new(figures.Label, figures.Articles, figures.Report.GoldDepartures, figures.Report.PredictedDepartures, figures.Report.MatchedDepartures,
            figures.Report.Precision, figures.Report.Recall, figures.Report.F1);
}
