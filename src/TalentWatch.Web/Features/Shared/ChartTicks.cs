namespace TalentWatch.Web.Features.Shared;

public static class ChartTicks
{
    /// <summary>Most x-axis labels a chart about 300–600 px wide can show without them running into each other.</summary>
    public const int MaxXLabels = 8;

    /// <summary>A y-axis tick spacing that gives about five ticks for counts up to <paramref name="max"/>.</summary>
    public static int For(int max) => max switch
    {
        <= 5 => 1,
        <= 10 => 2,
        <= 25 => 5,
        <= 50 => 10,
        <= 125 => 25,
        _ => (int)Math.Pow(10, Math.Floor(Math.Log10(max))) / 2,
    };

    /// <summary>
    /// The x-axis labels with only every Nth kept (the first always; the others blank) so that at most
    /// <paramref name="maxLabels"/> are shown: the chart keeps one point per label, the axis stays legible.
    /// </summary>
    public static string[] Thin(IReadOnlyList<string> labels, int maxLabels = MaxXLabels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLabels, 1);
        var step = Math.Max(1, (labels.Count + maxLabels - 1) / maxLabels);
        return [.. labels.Select((label, i) => i % step == 0 ? label : string.Empty)];
    }
}
