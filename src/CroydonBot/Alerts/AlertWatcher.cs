using System.Globalization;
using System.Text;
using CroydonBot.QuestionLog;
using Microsoft.Extensions.Options;

namespace CroydonBot.Alerts;

/// <summary>
/// Looks every <see cref="AlertOptions.CheckInterval"/> for new safeguarding flags (mailed straight away) and, at most
/// once a day from <see cref="AlertOptions.DigestHourUtc"/>, mails a digest of the feedback received since the last one. Polling the store
/// rather than hooking the bot means a flag is mailed whichever instance saw it, and a failed mail is retried next time.
/// </summary>
public sealed class AlertWatcher(
    IOptions<AlertOptions> options, AlertQueries queries, IQuestionLog questionLog, AlertWatermarks marks, IAlertMailer mailer, TimeProvider clock, ILogger<AlertWatcher> logger)
    : BackgroundService
{
    /// <summary>On a first start, flags older than this are not mailed: staff see them on the dashboard.</summary>
    public static readonly TimeSpan FirstLookBack = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsConfigured)
        {
            return;
        }
        // The first check comes one interval after start-up, like every later one, so nothing runs while the app is
        // still starting, and a test that sets a long interval decides itself when a check runs (CheckAsync).
        using var timer = new PeriodicTimer(options.Value.CheckInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await CheckAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Alert check failed; it is tried again at the next check");
            }
        }
    }

    /// <summary>One check: mails new safeguarding flags, then the digest if it is due. Safe to run at any time.</summary>
    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        await FlagsAsync(cancellationToken);
        await DigestAsync(cancellationToken);
    }

    private async Task FlagsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var since = now - FirstLookBack;
        var questionMark = await marks.ReadAsync(AlertWatermarks.FlaggedQuestion, cancellationToken);
        var feedbackMark = await marks.ReadAsync(AlertWatermarks.FlaggedFeedback, cancellationToken);
        var questions = await questionLog.FlaggedAfterAsync(Id(questionMark), since, 200, cancellationToken);
        var feedback = await queries.FlaggedFeedbackAsync(Id(feedbackMark), since, cancellationToken);
        if (questions.Count == 0 && feedback.Count == 0)
        {
            return;
        }
        // Claim first: if another instance claimed these rows, it sends the mail.
        if (questions.Count > 0 && !await marks.TryMoveAsync(AlertWatermarks.FlaggedQuestion, questionMark, questions[^1].Id.ToString(CultureInfo.InvariantCulture), cancellationToken))
        {
            return;
        }
        if (feedback.Count > 0 && !await marks.TryMoveAsync(AlertWatermarks.FlaggedFeedback, feedbackMark, feedback[^1].Id.ToString(CultureInfo.InvariantCulture), cancellationToken))
        {
            feedback = [];
        }
        var body = new StringBuilder()
            .AppendLine("CroydonBot flagged signs of risk. Follow the safeguarding procedure first.")
            .AppendLine("Open the staff area to read what was said (nothing of it is in this email):")
            .AppendLine();
        foreach (var conversation in questions.Select(q => q.ConversationHash).Distinct())
        {
            body.AppendLine("Conversation: " + Link($"/staff/questions?conversation={Uri.EscapeDataString(conversation)}"));
        }
        foreach (var (_, reference) in feedback)
        {
            body.AppendLine($"Feedback {reference}: " + Link($"/staff/feedback/{Uri.EscapeDataString(reference)}"));
        }
        var count = questions.Select(q => q.ConversationHash).Distinct().Count() + feedback.Count;
        await mailer.SendAsync($"CroydonBot safeguarding alert: {count} new", body.ToString(), cancellationToken);
        logger.LogInformation("Safeguarding alert mailed: {Count} items", count);
    }

    private async Task DigestAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var dueFrom = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddHours(options.Value.DigestHourUtc);
        var mark = await marks.ReadAsync(AlertWatermarks.Digest, cancellationToken);
        var last = mark is null ? now.AddDays(-1) : DateTimeOffset.Parse(mark, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        if (now < dueFrom || last >= dueFrom)
        {
            return;
        }
        var references = await queries.FeedbackBetweenAsync(last, now, cancellationToken);
        // Nothing new: no mail, and the mark stays, so the first feedback after the hour goes out that day.
        if (references.Count == 0 || !await marks.TryMoveAsync(AlertWatermarks.Digest, mark, AlertQueries.Iso(now), cancellationToken))
        {
            return;
        }
        var body = new StringBuilder()
            .AppendLine($"{references.Count} new feedback item{(references.Count == 1 ? "" : "s")} since {last.UtcDateTime:d MMMM yyyy HH:mm} UTC:")
            .AppendLine();
        foreach (var reference in references.Take(100))
        {
            body.AppendLine($"{reference}: " + Link($"/staff/feedback/{Uri.EscapeDataString(reference)}"));
        }
        body.AppendLine().AppendLine("The inbox: " + Link("/staff/feedback"));
        await mailer.SendAsync($"CroydonBot feedback digest: {references.Count} new", body.ToString(), cancellationToken);
        logger.LogInformation("Feedback digest mailed: {Count} items", references.Count);
    }

    private string Link(string path) => options.Value.StaffBaseUrl.TrimEnd('/') + path;

    private static long Id(string? mark) => long.TryParse(mark, CultureInfo.InvariantCulture, out var id) ? id : 0;
}
