using Microsoft.Playwright;

namespace TalentWatch.Web.Tests.Browser;

/// <summary>Picks an option from a MudSelect as a person does: open the list, click the option, and check that it took.</summary>
internal static class Select
{
    /// <summary>
    /// Opens the select named by <paramref name="testId"/>, clicks the option holding <paramref name="option"/> and waits for
    /// <paramref name="took"/> (what the pick should cause, such as a navigation). On a loaded machine a click can reach the
    /// list while its popover is still opening and do nothing (a CI run waited 20 s for a navigation that never came); a pick
    /// that did not take is made again, as a person would, up to three times.
    /// </summary>
    public static async Task ChooseAsync(IPage page, string testId, string option, Func<float, Task> took)
    {
        var options = page.Locator(".mud-popover-open .mud-list-item");
        for (var attempt = 1; ; attempt++)
        {
            await page.GetByTestId(testId).ClickAsync();
            await options.Filter(new() { HasText = option }).ClickAsync();
            try
            {
                await took(attempt < 3 ? 5_000 : 20_000);
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
                // Close whatever is still open before trying again.
                await page.Keyboard.PressAsync("Escape");
                await Assertions.Expect(options).ToHaveCountAsync(0);
            }
        }
    }
}
