namespace TalentWatch.Web.Features.Shared;

public static class ChartTicks
{
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
}
