using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace ServiceConsole.Tests.Infrastructure;

/// <summary>
/// When a browser test fails, keeps what every open page showed (a screenshot and its HTML) and names the files in
/// the failure message: fixing a selector starts from the markup the screen really rendered.
/// </summary>
public static class BrowserEvidence
{
    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "serviceconsole-browser-failures");

    public static async Task OnFailureAsync(IBrowserContext context, Func<Task> steps, [CallerMemberName] string test = "")
    {
        try
        {
            await steps();
        }
        catch (Exception failure)
        {
            var kept = await KeepAsync(context, test);
            throw new BrowserTestFailedException($"{failure.Message}\nWhat the pages showed: {string.Join(", ", kept)}", failure);
        }
    }

    private static async Task<List<string>> KeepAsync(IBrowserContext context, string test)
    {
        Directory.CreateDirectory(Folder);
        var kept = new List<string>();
        foreach (var (page, index) in context.Pages.Select((page, index) => (page, index)))
        {
            var stem = Path.Combine(Folder, $"{test}-{index}");
            try
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = stem + ".png", FullPage = true, Timeout = 5_000 });
                await File.WriteAllTextAsync(stem + ".html", await page.ContentAsync());
                kept.Add(stem + ".png");
                kept.Add(stem + ".html");
            }
            catch (PlaywrightException)
            {
                // A closed or crashed page has nothing left to show.
            }
        }

        return kept;
    }
}
