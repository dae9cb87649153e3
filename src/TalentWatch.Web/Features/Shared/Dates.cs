using TalentWatch.Core.Dates;

namespace TalentWatch.Web.Features.Shared;

public static class Dates
{
    /// <summary>The stored date text at its precision; null or empty is the unknown date.</summary>
    public static PrecisionDate Of(string? text) => string.IsNullOrWhiteSpace(text) ? PrecisionDate.Unknown : PrecisionDate.Parse(text);
}
