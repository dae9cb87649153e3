using TalentWatch.Core.Dates;
using TalentWatch.Core.Departures;

namespace TalentWatch.Web.Features.Shared;

public sealed record SourceRow(int? ArticleId, string? ArticleTitle, string? Publication, string? Url, string? Evidence);

/// <summary>One departure as the pages and the JSON API show it.</summary>
public sealed record DepartureRow(
    int Id,
    string? PersonName,
    string? PersonSlug,
    string Company,
    string CompanySlug,
    string? Destination,
    string? DestinationSlug,
    string? Date,
    string DateDisplay,
    string? Role,
    bool Founder,
    DepartureStatus Status,
    IReadOnlyList<SourceRow> Sources)
{
    public PrecisionDate PrecisionDate => TalentWatch.Web.Features.Shared.Dates.Of(Date);
}

public static class DepartureProjection
{
    /// <summary>Loads the rows for a filtered departure query, sources included, in one round trip.</summary>
    public static IQueryable<DepartureRowData> ToRowData(this IQueryable<Departure> query) =>
        query.Select(d => new DepartureRowData(
            d.Id,
            d.Person == null ? null : d.Person.Name,
            d.Person == null ? null : d.Person.Slug,
            d.Company!.Name,
            d.Company.Slug,
            d.Destination == null ? null : d.Destination.Name,
            d.Destination == null ? null : d.Destination.Slug,
            d.DateText,
            d.Role,
            d.Founder == true,
            d.Status,
            d.Sources.OrderBy(s => s.Id).Select(s => new SourceRow(
                s.ArticleId,
                s.Article == null ? null : s.Article.Title,
                s.Article == null ? null : s.Article.Source,
                s.Url ?? (s.Article == null ? null : s.Article.Url),
                s.Evidence)).ToList()));

    public static DepartureRow ToRow(this DepartureRowData d) => new(
        d.Id, d.PersonName, d.PersonSlug, d.Company, d.CompanySlug, d.Destination, d.DestinationSlug, d.Date,
        TalentWatch.Web.Features.Shared.Dates.Of(d.Date).ToDisplayString(), d.Role, d.Founder, d.Status, d.Sources);
}

public sealed record DepartureRowData(
    int Id,
    string? PersonName,
    string? PersonSlug,
    string Company,
    string CompanySlug,
    string? Destination,
    string? DestinationSlug,
    string? Date,
    string? Role,
    bool Founder,
    DepartureStatus Status,
    List<SourceRow> Sources);
