namespace TalentWatch.Web.Features.Quality;

/// <summary>The quality page's figures from the store's reviewed articles (the Data layer's quality report).</summary>
public sealed class QualityQuery
{
    // TEMPORARY until the eval branch's quality report (11-quality) is merged: no figures.
    public Task<QualityView> ReadAsync(CancellationToken cancellationToken = default) => Task.FromResult(QualityView.Empty);
}
