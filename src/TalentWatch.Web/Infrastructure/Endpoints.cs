using System.Globalization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Mvc;
using TalentWatch.Core.Dates;
using TalentWatch.Core.Reports.Exports;
using TalentWatch.Data.Resolution;
using TalentWatch.Web.Features.Companies;
using TalentWatch.Web.Features.Departures;
using TalentWatch.Web.Features.Reports;
using TalentWatch.Web.Features.Shared;
using TalentWatch.Web.Infrastructure.Api;

namespace TalentWatch.Web.Infrastructure;

/// <summary>
/// The JSON API, the downloads and /health (SPEC "Web"). Every API list is paged (<see cref="ApiPaging"/>: at most 500 rows an
/// answer, the total in <c>X-Total-Count</c>), rate-limited per client (<c>RateLimits:Api</c>) and answered with an ETag.
/// </summary>
public static class Endpoints
{
    public static WebApplication MapTalentWatchApi(this WebApplication app)
    {
        var api = app.MapGroup("/api");

        api.MapGet("/companies", async (CompanyQueries queries, HttpContext context, string? q, CancellationToken ct) =>
        {
            if (!ApiPaging.TryRead(context.Request, out var paging, out var error))
            {
                return Problem(StatusCodes.Status400BadRequest, "Bad query value", error!);
            }

            var page = await queries.ListAsync(q, CompanySort.Name, descending: false, page: paging.Page, pageSize: paging.PageSize, ct);
            paging.Describe(context, page.Total);
            return Results.Ok(page.Items.Select(c => new
            {
                name = c.Name, slug = c.Slug, departures = c.Departures, foundingTeamSize = c.FoundingTeamSize,
                foundersDepartedToDate = c.FoundersDeparted, foundingTeamAttrition = c.FoundingTeamAttrition, lastDeparture = c.LastDeparture,
            }));
        });

        api.MapGet("/companies/{slug}/timeline", async (CompanyQueries queries, MergedSlugs merged, HttpContext context, string slug, string? to, CancellationToken ct) =>
        {
            var request = context.Request;
            if (!ApiPaging.TryRead(request, out var paging, out var pagingError))
            {
                return Problem(StatusCodes.Status400BadRequest, "Bad query value", pagingError!);
            }

            var timeline = await queries.TimelineRowsAsync(slug, to, paging.Skip, paging.PageSize, ct);
            if (timeline is null)
            {
                // A merged-away company's slug: 308 keeps the method and the query for API clients.
                return await merged.CompanyAsync(slug, ct) is { } survivor
                    ? Results.Redirect($"/api/companies/{survivor}/timeline{request.QueryString}", permanent: true, preserveMethod: true)
                    : Problem(StatusCodes.Status404NotFound, "Unknown company", $"No company has the slug '{slug}'.");
            }

            if (timeline.UnknownFilter && !await queries.ExistsAsync(to!, ct))
            {
                return Problem(StatusCodes.Status400BadRequest, "Unknown employer", $"to '{to}' is not the slug of a known company.");
            }

            paging.Describe(context, timeline.Total);
            return Results.Ok(new
            {
                company = timeline.Facts.Name, slug = timeline.Facts.Slug, to = timeline.ToSlug,
                total = timeline.Total, page = paging.Page, pageSize = paging.PageSize,
                departures = timeline.Departures.Select(ApiRows.Of),
            });
        });

        api.MapGet("/departures", async (DepartureQueries queries, MergedSlugs merged, HttpContext context, string? from, string? to, string? quarter,
            string? founder, string? q, CancellationToken ct) =>
        {
            if (!ApiPaging.TryRead(context.Request, out var paging, out var error)
                || !DepartureFilter.TryParse(from, to, quarter, founder, q, paging.Page.ToString(CultureInfo.InvariantCulture), out var filter, out error))
            {
                return Problem(StatusCodes.Status400BadRequest, "Bad query value", error!);
            }

            var page = await queries.SearchAsync(filter, paging.PageSize, ct);
            if (page.Total == 0 && await merged.SurvivorsAsync(filter, ct) is { } survivors)
            {
                return Results.Redirect("/api/departures" + survivors.ToQueryString(), permanent: true, preserveMethod: true);
            }

            paging.Describe(context, page.Total);
            return Results.Ok(page.Items.Select(ApiRows.Of));
        });

        // 606 KB of JSON for a busy quarter at 100k departures: serialised and tagged once per store change, not per request.
        api.MapGet("/reports/quarter/{quarter}", async (QuarterReportQuery reports, string quarter, CancellationToken ct) =>
            QueryValues.TryQuarter(quarter, DepartureDateRule.Today(), out var q, out var error)
                ? await reports.SummaryJsonAsync(q, ct)
                : Problem(StatusCodes.Status400BadRequest, "Bad quarter", error!))
            .WithMetadata(ApiCaching.TaggedByEndpoint);

        return app;
    }

    public static WebApplication MapTalentWatchExports(this WebApplication app)
    {
        app.MapGet("/exports/quarter/{file}", async (QuarterReportQuery reports, TimeProvider clock, string file, CancellationToken ct) =>
        {
            var dot = file.LastIndexOf('.');
            if (dot < 0 || !SummaryExport.TryParseFormat(file[(dot + 1)..], out var format) || format == SummaryFormat.Json
                || !SummaryExport.IsAvailable(format))
            {
                return Problem(StatusCodes.Status400BadRequest, "Bad format", $"'{file}': expected YYYY-Qn.csv, .xlsx, .md or .pdf.");
            }

            if (!QueryValues.TryQuarter(file[..dot], DepartureDateRule.Today(), out var quarter, out var error))
            {
                return Problem(StatusCodes.Status400BadRequest, "Bad quarter", error!);
            }

            var summary = await reports.SummaryAsync(quarter, ct);
            using var buffer = new MemoryStream();
            await SummaryExport.WriteAsync(summary, format, buffer, clock.GetUtcNow(), ct);
            return Results.File(buffer.ToArray(), SummaryExport.ContentType(format), SummaryExport.FileName(summary, format));
        });

        // The explorer's view as a file: the explorer's query parameters, every matching accepted departure, the table's order.
        app.MapGet("/exports/departures.{extension}", async (DepartureQueries queries, MergedSlugs merged, TimeProvider clock, HttpRequest request,
            string extension, string? from, string? to, string? quarter, string? since, string? until, string? founder, string? q, string? sort, string? dir,
            CancellationToken ct) =>
        {
            if (extension is not ("csv" or "xlsx"))
            {
                return Problem(StatusCodes.Status400BadRequest, "Bad format", $"'departures.{extension}': expected departures.csv or departures.xlsx.");
            }

            if (!DepartureFilter.TryParse(from, to, quarter, founder, q, null, out var filter, out var error, since, until, sort, dir))
            {
                return Problem(StatusCodes.Status400BadRequest, "Bad query value", error!);
            }

            // A company may be named by its slug, its name or an alias, or by the slug of a company merged into another.
            var companies = await DepartureCompanies.ResolveAsync(queries, merged, filter, ct);
            if (companies.Error is not null)
            {
                return Problem(StatusCodes.Status400BadRequest, "Unknown company", companies.Error);
            }

            var rows = await queries.AllAsync(companies.Filter, ct);
            var buffer = new MemoryStream();
            if (extension == "csv")
            {
                await DepartureExport.WriteCsvAsync(rows, buffer, ct);
            }
            else
            {
                await DepartureExport.WriteXlsxAsync(rows, buffer, ct);
            }

            buffer.Position = 0;
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            return Results.File(buffer, extension == "csv" ? DepartureExport.CsvContentType : DepartureExport.XlsxContentType, DepartureExport.FileName(extension, today));
        });
        return app;
    }

    public static WebApplication MapTalentWatchHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResponseWriter = (context, report) =>
            {
                context.Response.ContentType = "application/json";
                return context.Response.WriteAsJsonAsync(new
                {
                    status = report.Status.ToString(),
                    checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString() }),
                });
            },
        }).AllowAnonymous();
        return app;
    }

    private static IResult Problem(int status, string title, string detail) =>
        Results.Problem(new ProblemDetails { Status = status, Title = title, Detail = detail });
}

public static class ApiRows
{
    public static object Of(Features.Shared.DepartureRow d) => new
    {
        id = d.Id,
        person = d.PersonName,
        personSlug = d.PersonSlug,
        company = d.Company,
        companySlug = d.CompanySlug,
        destination = d.Destination,
        destinationSlug = d.DestinationSlug,
        date = d.Date,
        role = d.Role,
        founder = d.Founder,
        sources = d.Sources.Select(s => new { articleId = s.ArticleId, url = s.Url, evidence = s.Evidence }),
    };
}
