using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TalentWatch.Web.Tests.Browser;

/// <summary>Picks a suggestion from a MudAutocomplete as a person does: type, wait for the list to settle, click.</summary>
internal static class Autocomplete
{
    /// <summary>
    /// Types <paramref name="typed"/> into the autocomplete named by <paramref name="testId"/> and picks the suggestion
    /// whose whole text is <paramref name="option"/>. The search is debounced and answered over the circuit, so the open
    /// list can still show an earlier answer when the typing is done; on a loaded machine the final answer then re-renders
    /// the list between Playwright finding an item and its mouse reaching it, and the click lands on another row or none.
    /// So the click waits until the list has stopped changing, and a pick that did not take is made again. A search still
    /// pending at the click can also answer after the pick and open the list again over the chosen value (a CI run failed
    /// on that); a pick counts only when the value holds and the list has closed. A list that never showed the option (a
    /// search answered before the last keystroke, another CI failure) is typed again too.
    /// </summary>
    public static async Task ChooseAsync(IPage page, string testId, string typed, string option)
    {
        var input = page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;
        var suggestions = page.Locator(".mud-popover-open .mud-list-item");
        var wanted = suggestions.Filter(new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(option)}\\s*$") });

        for (var attempt = 1; ; attempt++)
        {
            await input.FillAsync(typed);
            try
            {
                await Assertions.Expect(wanted).Not.ToHaveCountAsync(0, new() { Timeout = 10_000 });
                await SettledAsync(suggestions);
                await wanted.First.ClickAsync();
                await Assertions.Expect(input).ToHaveValueAsync(option, new() { Timeout = 5_000 });
                await Assertions.Expect(suggestions).ToHaveCountAsync(0, new() { Timeout = 5_000 });
                break;
            }
            catch (PlaywrightException) when (attempt < 4)
            {
                // The list missed the option, re-rendered under the click, or a late answer opened it again: type again, as a
                // person would (emptied first, so that the same text is a new search).
                await input.FillAsync(string.Empty);
            }
        }

        await Assertions.Expect(suggestions).ToHaveCountAsync(0);
        await Assertions.Expect(input).ToHaveValueAsync(option);
    }

    /// <summary>Waits until the open suggestions read the same twice, 300 ms apart (the debounced search has answered).</summary>
    private static async Task SettledAsync(ILocator suggestions)
    {
        var previous = await suggestions.AllInnerTextsAsync();
        for (var i = 0; i < 60; i++)
        {
            await Task.Delay(300);
            var current = await suggestions.AllInnerTextsAsync();
            if (current.SequenceEqual(previous))
            {
                return;
            }

            previous = current;
        }
    }
}
