using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TalentWatch.Web.Tests.Browser;

/// <summary>Picks a suggestion from a MudAutocomplete as a person does: type, wait for the list to answer what was typed, click.</summary>
internal static class Autocomplete
{
    /// <summary>
    /// Types <paramref name="typed"/> into the autocomplete named by <paramref name="testId"/> and picks the suggestion
    /// whose whole text is <paramref name="option"/>. The search is debounced and answered over the circuit, so the
    /// open list can still show an earlier answer (every company) when the typing is done; on a loaded machine the
    /// final answer then re-renders the list between Playwright finding an item and its mouse reaching it, and the
    /// click lands on another row or none. So the click waits until every suggestion shown matches the typed text.
    /// </summary>
    public static async Task ChooseAsync(IPage page, string testId, string typed, string option)
    {
        var input = page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;
        var suggestions = page.Locator(".mud-popover-open .mud-list-item");
        var wanted = suggestions.Filter(new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(option)}\\s*$") });

        await input.FillAsync(typed);
        await Assertions.Expect(wanted).Not.ToHaveCountAsync(0);
        await Assertions.Expect(suggestions.Filter(new() { HasNotText = typed })).ToHaveCountAsync(0);
        await wanted.First.ClickAsync();

        await Assertions.Expect(suggestions).ToHaveCountAsync(0);
        await Assertions.Expect(input).ToHaveValueAsync(option);
    }
}
