using Microsoft.Playwright;

namespace ServiceConsole.Tests.Infrastructure;

/// <summary>
/// Fills MudBlazor fields the way a person does: found by their visible label, typed into, left (MudBlazor
/// commits a text field's value on change), and a select opened and its option clicked in the popover.
/// </summary>
public static class BrowserMudForms
{
    /// <summary>The MudBlazor input control whose label reads <paramref name="label"/>.</summary>
    public static ILocator Field(ILocator scope, string label) =>
        scope.Locator(".mud-input-control").Filter(new LocatorFilterOptions
        {
            Has = scope.Page.Locator("label", new PageLocatorOptions { HasTextString = label }),
        }).First;

    public static async Task FillAsync(ILocator scope, string label, string value)
    {
        var input = Field(scope, label).Locator("input:not([type=hidden]), textarea").First;
        await input.FillAsync(value);
        await input.BlurAsync();
    }

    public static async Task ChooseAsync(ILocator scope, string label, string option) =>
        await ChooseAsync(Field(scope, label), option);

    /// <summary>Opens a select (any element that opens a MudBlazor popover on click) and clicks the option.</summary>
    public static async Task ChooseAsync(ILocator select, string option)
    {
        await select.ClickAsync();
        var popover = select.Page.Locator(".mud-popover-open");
        await popover.GetByText(option, new LocatorGetByTextOptions { Exact = true }).First.ClickAsync();
    }
}
