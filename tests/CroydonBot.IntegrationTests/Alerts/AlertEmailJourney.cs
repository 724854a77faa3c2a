using CroydonBot.Alerts;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.IntegrationTests.Staff;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace CroydonBot.IntegrationTests.Alerts;

/// <summary>
/// The app mails the in-process SMTP server: a safeguarding flag at once, new feedback as a digest; each mail
/// links to the item and carries none of what the young person wrote. Shared by the SQLite and PostgreSQL runs.
/// </summary>
public static class AlertEmailJourney
{
    public static async Task RunAsync(params string[] settings)
    {
        await using var smtp = new LoopbackSmtpServer();
        await using var host = await StaffHost.StartAsync(
        [
            "Alerts:To=safeguarding-team@example.org",
            "Alerts:From=croydonbot@example.org",
            "Alerts:SmtpHost=127.0.0.1",
            $"Alerts:SmtpPort={smtp.Port}",
            "Alerts:Security=None",
            "Alerts:StaffBaseUrl=https://bot.example.org",
            // No timed check during the test: it runs the checks itself, after every row is in, so a check can
            // never fall between the inserts and split one alert in two.
            "Alerts:CheckInterval=1.00:00:00",
            "Alerts:DigestHourUtc=0",
            .. settings,
        ]);
        const string flaggedText = "I do not feel safe at home tonight";
        const string plainText = "Please put the youth hub opening times on the website";
        var flagged = await host.AddFeedbackAsync(flaggedText, safeguarding: true, conversation: "alert-conversation");
        await host.AddQuestionAsync(flaggedText, kind: "safeguarding", safeguarding: true, conversation: "alert-conversation");
        var plain = await host.AddFeedbackAsync(plainText, topic: "services");
        var watcher = host.Services.GetRequiredService<AlertWatcher>();
        await watcher.CheckAsync(CancellationToken.None);

        var alert = await smtp.WaitForAsync(m => Subject(m).StartsWith("CroydonBot safeguarding alert", StringComparison.Ordinal));
        Assert.Equal("safeguarding-team@example.org", ((MailboxAddress)alert.To.Single()).Address);
        Assert.Contains($"https://bot.example.org/staff/feedback/{flagged.Reference}", Body(alert), StringComparison.Ordinal);
        Assert.Contains("https://bot.example.org/staff/questions?conversation=alert-conversation", Body(alert), StringComparison.Ordinal);

        var digest = await smtp.WaitForAsync(m => Subject(m).StartsWith("CroydonBot feedback digest", StringComparison.Ordinal));
        Assert.Contains($"https://bot.example.org/staff/feedback/{plain.Reference}", Body(digest), StringComparison.Ordinal);

        foreach (var mail in smtp.Messages)
        {
            Assert.DoesNotContain("safe at home", Body(mail), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("opening times", Body(mail), StringComparison.OrdinalIgnoreCase);
        }
        // Each flag is mailed once, however many checks run.
        await watcher.CheckAsync(CancellationToken.None);
        await watcher.CheckAsync(CancellationToken.None);
        Assert.Single(smtp.Messages, m => Subject(m).StartsWith("CroydonBot safeguarding alert", StringComparison.Ordinal));
        Assert.Single(smtp.Messages, m => Subject(m).StartsWith("CroydonBot feedback digest", StringComparison.Ordinal));
    }

    private static string Body(MimeMessage message) => message.TextBody ?? "";

    private static string Subject(MimeMessage message) => message.Subject ?? "";
}
