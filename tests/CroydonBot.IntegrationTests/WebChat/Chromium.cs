using Microsoft.Playwright;

namespace CroydonBot.IntegrationTests.WebChat;

/// <summary>
/// Debian's Chromium driven by Playwright (never "playwright install"): the real browser a person would use.
/// Collects console errors, so a Content-Security-Policy violation or a script error fails the test.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public List<string> ConsoleErrors { get; } = [];

    public static async Task<Chromium> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException("Chromium is missing: run scripts/test-deps.sh (apt-get install chromium).");
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        return new Chromium(playwright, browser);
    }

    /// <summary>A fresh page (its own session storage) of the given size, reporting its console errors.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 860, bool bypassCsp = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
            BypassCSP = bypassCsp,
        });
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                ConsoleErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => ConsoleErrors.Add(error);
        // The console says only "Failed to load resource"; record which one.
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                ConsoleErrors.Add($"{response.Status} {response.Url}");
            }
        };
        return page;
    }

    /// <summary>Saves a screenshot where CROYDONBOT_SCREENSHOTS points (docs/screenshots when refreshing them); otherwise nowhere.</summary>
    public static async Task SaveScreenshotAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("CROYDONBOT_SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            // Let Web Chat finish scrolling to the newest reply first.
            await page.WaitForTimeoutAsync(1000);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name) });
        }
    }

    /// <summary>
    /// Waits until Web Chat's transcript has stopped scrolling (its position unchanged for half a second), so a test
    /// looks at where a reply came to rest, not at a moment of the animation.
    /// </summary>
    public static async Task WaitForTranscriptToRestAsync(IPage page)
    {
        var pane = page.Locator(".webchat__basic-transcript__scrollable");
        double? last = null;
        var still = 0;
        for (var i = 0; i < 60 && still < 3; i++)
        {
            await page.WaitForTimeoutAsync(200);
            var top = await pane.EvaluateAsync<double>("e => e.scrollTop");
            still = top == last ? still + 1 : 0;
            last = top;
        }
    }

    /// <summary>
    /// True when the first line of <paramref name="reply"/> is inside the transcript's visible part: the reply opened
    /// at its start, not scrolled to its end.
    /// </summary>
    public static async Task<bool> StartIsInViewAsync(IPage page, ILocator reply)
    {
        var pane = await page.Locator(".webchat__basic-transcript__scrollable").BoundingBoxAsync();
        var box = await reply.BoundingBoxAsync();
        return pane is not null && box is not null && box.Y >= pane.Y - 1 && box.Y + 20 <= pane.Y + pane.Height;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
    }
}
