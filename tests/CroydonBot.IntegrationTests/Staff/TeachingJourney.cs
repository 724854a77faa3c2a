using CroydonBot.QuestionLog;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Staff;
using CroydonBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CroydonBot.IntegrationTests.Staff;

/// <summary>
/// A staff member in real Chromium finds a wrong answer (searching with a typo), marks it, approves a better
/// section from the five candidates, and the next identical question is answered from that section, with no restart.
/// Shared by the SQLite and PostgreSQL runs. Set CROYDONBOT_SCREENSHOTS to a folder to save the pages at desktop and 360 px.
/// </summary>
public static class TeachingJourney
{
    public const string Question = "do young ambassadors get paid for helping";

    public static async Task RunAsync(BotHost host, bool screenshots)
    {
        await host.Client.AskAsync(Question, "teach-first");
        var asked = (await host.Services.GetRequiredService<IQuestionLog>().QuestionsAsync(new QuestionFilter(), 0, 1, CancellationToken.None)).Rows.Single();
        Assert.Equal(Question, asked.Question);
        Assert.False(string.IsNullOrWhiteSpace(asked.Answer));

        var (playwright, browser) = await HeadlessChromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "en-GB" });
        await page.GotoAsync("staff/questions");
        await page.GetByLabel("User name").FillAsync(StaffHost.StaffName);
        await page.GetByLabel("Password").FillAsync(StaffHost.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        // Found with a misspelling and another form of the word.
        await page.GetByLabel("Words in the question or answer").FillAsync("ambasador payed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(page.GetByText("1 questions match.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"Question {asked.Id}," }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Question {asked.Id}", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("#answer-text")).ToHaveTextAsync(asked.Answer!);

        await page.GetByText("Mark this answer as wrong").ClickAsync();
        await page.GetByLabel("What is wrong with it").FillAsync("Does not say what ambassadors are paid.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark as wrong" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Marked as wrong");

        await page.GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "1 wrong answer to fix" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Wrong answers per week" })).ToBeVisibleAsync();
        await Capture(page, screenshots, "staff-dashboard");
        await page.GetByRole(AriaRole.Link, new() { Name = "1 wrong answer to fix" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Wrong answers", Level = 1 })).ToBeVisibleAsync();
        await Capture(page, screenshots, "staff-wrong-answers");
        await page.GetByRole(AriaRole.Link, new() { Name = Question }).ClickAsync();

        // Five sections by name, each with the answer it would give; choose one that is not the answer given.
        var sections = page.GetByRole(AriaRole.Radio);
        Assert.Equal(5, await sections.CountAsync());
        var chosen = page.Locator(".candidate").Filter(new() { HasNotText = "(the answer given)" }).First.GetByRole(AriaRole.Radio);
        var passageId = await chosen.GetAttributeAsync("value");
        await Expect(page.Locator(".candidate").Filter(new() { HasNotText = "(the answer given)" }).First.Locator(".would-say")).Not.ToBeEmptyAsync();
        await Capture(page, screenshots, "staff-question-teach");
        await chosen.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve the chosen section" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Approved");

        // The very next identical question, in a new conversation, is answered from the chosen section.
        await host.Client.AskAsync(Question, "teach-second");
        var again = (await host.Services.GetRequiredService<IQuestionLog>().QuestionsAsync(new QuestionFilter(), 0, 1, CancellationToken.None)).Rows.Single();
        Assert.Equal("answer", again.Kind);
        Assert.Equal(passageId, again.Sources.Split(';')[0]);
        Assert.Empty(await host.Services.GetRequiredService<IQuestionLog>().WrongAsync(10, CancellationToken.None));

        var audit = await host.AuditRowsAsync(50);
        Assert.Contains(audit, a => a.UserName == StaffHost.StaffName && a.Target == "passage " + passageId && a.Detail!.Contains("index rebuilt", StringComparison.Ordinal));
        Assert.Contains(audit, a => a.Target == $"question {asked.Id}" && a.Detail == "marked wrong: Does not say what ambassadors are paid.");

        if (screenshots)
        {
            await host.AddFeedbackAsync("I don't feel safe where I'm staying.", safeguarding: true, conversation: "flagged-conversation");
            await host.AddQuestionAsync("I don't feel safe where I'm staying", kind: "safeguarding", safeguarding: true, conversation: "flagged-conversation");
            var feedback = await host.AddFeedbackAsync("Can the ambassador meetings be monthly?", topic: "ambassadors");
            await page.GotoAsync("staff/feedback");
            await Capture(page, screenshots, "staff-inbox");
            await page.GotoAsync($"staff/questions/{again.Id}");
            await Capture(page, screenshots, "staff-question");
            await page.GotoAsync("staff/questions");
            await Capture(page, screenshots, "staff-questions");
            await page.GotoAsync($"staff/feedback/{feedback.Reference}");
            await Capture(page, screenshots, "staff-feedback-detail");
            await page.GotoAsync("staff/replies");
            await Capture(page, screenshots, "staff-replies");
            await host.AddQuestionAsync("Can I keep a dog in supported lodgings?", kind: "fallback");
            await host.AddQuestionAsync("can i keep my dog in my supported lodgings", kind: "fallback");
            await host.AddQuestionAsync("What time does the youth hub open on Saturday?", kind: "fallback");
            await page.GotoAsync("staff/unanswered");
            await Capture(page, screenshots, "staff-unanswered");
            await page.GotoAsync("you-said-we-did");
            await Capture(page, screenshots, "you-said-we-did");
        }
    }

    /// <summary>Desktop and 360 px, full page, when screenshots were asked for; the page must never be wider than the screen.</summary>
    private static async Task Capture(IPage page, bool screenshots, string name)
    {
        await page.SetViewportSizeAsync(360, 780);
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 360, $"{name} is {width} px wide at 360 px");
        if (screenshots && Environment.GetEnvironmentVariable("CROYDONBOT_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + "-360.png"), FullPage = true });
            await page.SetViewportSizeAsync(1280, 900);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
        await page.SetViewportSizeAsync(1280, 900);
    }
}
