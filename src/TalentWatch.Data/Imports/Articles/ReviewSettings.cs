using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace TalentWatch.Data.Imports.Articles;

/// <summary>
/// <c>Review:AutoAcceptAbove</c> (off by default): an imported departure whose extraction confidence is at or above it arrives
/// accepted; the rest go to the review queue as before. Departures an import is told to accept (<c>--accept</c>) are accepted
/// whatever their confidence.
/// </summary>
public sealed record ReviewSettings(double? AutoAcceptAbove)
{
    public const string Key = "Review:AutoAcceptAbove";

    public static readonly ReviewSettings Off = new((double?)null);

    public bool AutoAccepts(double? confidence) => AutoAcceptAbove is { } threshold && confidence is { } value && value >= threshold;

    /// <summary>The setting from configuration: empty or missing is off; anything but a number from 0 to 1 is refused with the key named.</summary>
    public static ReviewSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var text = configuration[Key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return Off;
        }

        if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var threshold) || threshold is < 0 or > 1 || double.IsNaN(threshold))
        {
            throw new InvalidSettingException($"{Key} is '{text}': expected a confidence from 0 to 1 (e.g. 0.9), or nothing to send every import to review.");
        }

        return new ReviewSettings(threshold);
    }
}
