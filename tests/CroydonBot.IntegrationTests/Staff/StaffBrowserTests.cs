using CroydonBot.IntegrationTests.Dialogs;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.QuestionLog;
using CroydonBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CroydonBot.IntegrationTests.Staff;

/// <summary>
/// A staff member in real Chromium: signs in, opens a feedback item from the inbox and works it to "actioned".
/// Set CROYDONBOT_SCREENSHOTS to a folder to also save the dashboard and inbox screenshots used in docs/.
/// </summary>
[Collection(CroydonBot.IntegrationTests.Infrastructure.BrowserCollection.Name)]
public sealed class StaffBrowserTests
{
    [Fact]
    public async Task AStaffMemberSignsInAndWorksAFeedbackItemToActioned()
    {
        await using var host = await StaffHost.StartAsync();
        await SeedAsync(host);
        // The young person sends it through the real bot conversation, as they would in Teams or Web Chat.
        var chat = await new FeedbackConversation(host.Client).ReachSummaryAsync("The leaving care grant list on the website is missing a cooker and a washing machine. Can it be updated?");
        await chat.AnswerAsync("Send it");
        var item = (await host.StoredFeedbackAsync(FeedbackConversation.ReferenceIn(chat.Text)))!;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        var page = await browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "en-GB" });

        await page.GotoAsync("staff/feedback");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to the staff area" })).ToBeVisibleAsync();
        await page.GetByLabel("User name").FillAsync(StaffHost.StaffName);
        await page.GetByLabel("Password").FillAsync(StaffHost.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Feedback inbox", Level = 1 })).ToBeVisibleAsync();
        // Safeguarding comes first, whatever its age.
        await Expect(page.Locator("table tbody tr").First).ToContainTextAsync("safeguarding");

        await page.GetByRole(AriaRole.Link, new() { Name = item.Reference }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Feedback {item.Reference}" })).ToBeVisibleAsync();
        await Expect(page.Locator(".message")).ToHaveTextAsync(item.Message);
        await page.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "Actioned" });
        await page.GetByLabel("Assigned to").FillAsync(StaffHost.StaffName);
        await page.GetByLabel("Notes").FillAsync("Web team updated the grant list.");
        await page.GetByLabel("A reply has been sent to the young person").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        await Screenshot(page, "staff-feedback-detail.png");
        await Expect(page.GetByLabel("Status")).ToHaveValueAsync(FeedbackStatus.Actioned);
        var stored = await host.StoredFeedbackAsync(item.Reference);
        Assert.Equal((FeedbackStatus.Actioned, StaffHost.StaffName, "Web team updated the grant list.", true),
            (stored!.Status, stored.Assignee, stored.Notes, stored.ReplySent));

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the inbox" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = item.Reference })).ToContainTextAsync("Actioned");
        await Screenshot(page, "staff-inbox.png");

        await page.GetByRole(AriaRole.Link, new() { Name = "Unanswered" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Unanswered questions", Level = 1 })).ToBeVisibleAsync();
        await Screenshot(page, "staff-unanswered.png");
        await page.GetByRole(AriaRole.Link, new() { Name = "Question log" }).ClickAsync();
        await page.GetByLabel("Kind").SelectOptionAsync("fallback");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(page.Locator("table tbody tr").First).ToContainTextAsync("fallback");
        await Screenshot(page, "staff-questions.png");

        await page.GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Questions per day" })).ToBeVisibleAsync();
        await Screenshot(page, "staff-dashboard.png");
    }

    private static async Task Screenshot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("CROYDONBOT_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name), FullPage = true });
        }
    }

    /// <summary>A month of plausible activity, so the dashboard and inbox look as they would in use.</summary>
    private static async Task SeedAsync(BotHost host)
    {
        var log = host.Services.GetRequiredService<IQuestionLog>();
        var random = new Random(20261123);
        string[] topics = ["housing", "money", "leaving-care", "education", "health", "personal-adviser", "council-tax"];
        string[] answered = ["How much is the setting up home allowance?", "Can I stay put with my foster carer after 18?", "Do I pay council tax?", "Who is my personal adviser?", "Can I get help with university costs?"];
        string[] unanswered = ["Can I keep a dog in supported lodgings?", "can i keep my dog in my supported lodgings", "What time does the youth hub open on Saturday?", "Is there a gym discount?"];
        var today = DateTimeOffset.UtcNow;
        for (var day = 29; day >= 0; day--)
        {
            var count = random.Next(2, 9);
            for (var i = 0; i < count; i++)
            {
                var fallback = random.NextDouble() < 0.2;
                var id = await host.AddQuestionAsync(
                    fallback ? unanswered[random.Next(unanswered.Length)] : answered[random.Next(answered.Length)],
                    kind: fallback ? "fallback" : "answer",
                    topic: fallback ? null : topics[Math.Min(topics.Length - 1, (int)(random.NextDouble() * random.NextDouble() * topics.Length))],
                    at: today.AddDays(-day).AddMinutes(-random.Next(0, 600)),
                    conversation: Guid.NewGuid().ToString("N"));
                if (!fallback && random.NextDouble() < 0.4)
                {
                    await log.SetHelpfulAsync(id, random.NextDouble() < 0.8, CancellationToken.None);
                }
            }
        }
        var flagged = "3fa2b1c94e6d8a0b7c5d2e1f0a9b8c7d";
        await host.AddQuestionAsync("I don't feel safe where I'm living", kind: "safeguarding", at: today.AddHours(-3), safeguarding: true, conversation: flagged);
        await host.AddFeedbackAsync("I have been waiting three weeks for my PA to call me back and I don't feel safe where I'm staying.", safeguarding: true, topic: "leaving-care", conversation: flagged);
        await host.AddFeedbackAsync("The ambassador meeting was really good, can we have them monthly?", topic: "ambassadors");
        await host.AddFeedbackAsync("The bot didn't know about the gym discount.", topic: "this-bot");
    }
}
