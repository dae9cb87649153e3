using System.Globalization;
using TalentWatch.Core.Dates;

namespace TalentWatch.Web.Features.Shared;

/// <summary>
/// The query-string values pages and the API accept, parsed in one place so a hostile value (<c>?page=abc</c>,
/// <c>?page=99999999999</c>, a quarter in 9999) is a 400 with a reason, never an exception. Pages take these values as
/// strings, because a typed <c>[SupplyParameterFromQuery] int?</c> throws on <c>abc</c> before the page can answer.
/// </summary>
public static class QueryValues
{
    /// <summary>The highest page number accepted: (page - 1) * page size must not overflow, and nobody pages further.</summary>
    public const int MaxPage = 1_000_000;

    /// <summary>Empty is page 1; otherwise a whole number from 1 to <see cref="MaxPage"/>.</summary>
    public static bool TryPage(string? text, out int page, out string? error) =>
        TryNumber("page", text, 1, MaxPage, 1, out page, out error);

    /// <summary>Empty is <paramref name="fallback"/>; otherwise a whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static bool TryNumber(string name, string? text, int min, int max, int fallback, out int value, out string? error)
    {
        error = null;
        value = fallback;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max)
        {
            return true;
        }

        value = fallback;
        error = string.Create(CultureInfo.InvariantCulture, $"{name} '{Shorten(text)}' is not a whole number from {min} to {max}.");
        return false;
    }

    /// <summary>Empty is null; otherwise a positive id.</summary>
    public static bool TryId(string name, string? text, out int? id, out string? error)
    {
        id = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = null;
            return true;
        }

        if (TryNumber(name, text, 1, int.MaxValue, 0, out var value, out error))
        {
            id = value;
            return true;
        }

        return false;
    }

    /// <summary>A quarter <c>YYYY-Qn</c> that a report may cover (Core's <see cref="DepartureDateRule.AllowsQuarter"/>).</summary>
    public static bool TryQuarter(string? text, DateOnly today, out Quarter quarter, out string? error)
    {
        if (!Quarter.TryParse(text, out quarter))
        {
            error = $"'{Shorten(text)}' is not a quarter; expected YYYY-Qn, for example 2026-Q1.";
            return false;
        }

        error = DepartureDateRule.AllowsQuarter(quarter, today) ? null : DepartureDateRule.QuarterProblem(quarter, today);
        return error is null;
    }

    /// <summary>A value echoed in an error, cut so a megabyte of query string is not sent back or logged.</summary>
    public static string Shorten(string? text) => text is null ? string.Empty : text.Length <= 40 ? text : text[..40] + "…";
}
