using TalentWatch.Extraction.Departures;

namespace TalentWatch.Extraction;

/// <summary>
/// A cheap test whether a text could report a departure: any of the extractor's own English or Dutch trigger verbs
/// ("left", "steps down", "vertrekt", "stapt over"…). No sentence splitting, no names: meant to keep a feed's unrelated
/// news out of the store before its page is fetched, so it errs on the side of letting an entry through.
/// </summary>
public static class DepartureCues
{
    public static bool Mentions(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        return TriggerRules.RulesThatMayMatch(text, dutch: false).Any(rule => rule.Pattern.IsMatch(text))
            || TriggerRules.RulesThatMayMatch(text, dutch: true).Any(rule => rule.Pattern.IsMatch(text));
    }
}
