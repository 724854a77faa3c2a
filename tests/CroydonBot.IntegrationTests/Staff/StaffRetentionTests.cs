using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.QuestionLog;
using CroydonBot.Staff;
using CroydonBot.Storage;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace CroydonBot.IntegrationTests.Staff;

/// <summary>The retention job deletes exactly what is past its time on the real database, and nothing else.</summary>
public sealed class StaffRetentionTests
{
    [Fact]
    public async Task RetentionDeletesQuestionsOlderThan12MonthsAndFeedbackClosedMoreThan12MonthsAgo()
    {
        await using var host = await StaffHost.StartAsync("Retention:Enabled=false");
        var now = new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);
        var oldQuestion = await host.AddQuestionAsync("asked 13 months ago", at: now.AddMonths(-13));
        var edgeQuestion = await host.AddQuestionAsync("asked 12 months ago less a minute", at: now.AddMonths(-12).AddMinutes(1));
        var newQuestion = await host.AddQuestionAsync("asked yesterday", at: now.AddDays(-1));

        var closedLongAgo = await host.AddFeedbackAsync("closed 13 months ago");
        var closedRecently = await host.AddFeedbackAsync("closed 11 months ago");
        var openForEver = await host.AddFeedbackAsync("still open, received 2 years ago");
        var store = host.Services.GetRequiredService<IFeedbackStore>();
        await store.UpdateAsync(closedLongAgo.Reference, FeedbackStatus.Closed, null, null, false, CancellationToken.None);
        await store.UpdateAsync(closedRecently.Reference, FeedbackStatus.Closed, null, null, false, CancellationToken.None);
        // The store stamps closed_at with the real clock; move the stamps to the test's dates.
        var database = host.Services.GetRequiredService<ISqlDatabase>();
        await using (var connection = await database.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("UPDATE feedback SET closed_at = @at WHERE reference = @reference", new { at = Iso(now.AddMonths(-13)), reference = closedLongAgo.Reference });
            await connection.ExecuteAsync("UPDATE feedback SET closed_at = @at WHERE reference = @reference", new { at = Iso(now.AddMonths(-11)), reference = closedRecently.Reference });
            await connection.ExecuteAsync("UPDATE feedback SET created_at = @at WHERE reference = @reference", new { at = Iso(now.AddYears(-2)), reference = openForEver.Reference });
        }

        var (questions, feedback) = await host.Services.GetRequiredService<RetentionJob>().RunAsync(now, CancellationToken.None);

        Assert.Equal((1, 1), (questions, feedback));
        var remaining = (await host.Services.GetRequiredService<IQuestionLog>().QuestionsAsync(new QuestionFilter(), 0, 100, CancellationToken.None)).Rows.Select(q => q.Id).ToHashSet();
        Assert.DoesNotContain(oldQuestion, remaining);
        Assert.Contains(edgeQuestion, remaining);
        Assert.Contains(newQuestion, remaining);
        Assert.Null(await store.GetAsync(closedLongAgo.Reference, CancellationToken.None));
        Assert.NotNull(await store.GetAsync(closedRecently.Reference, CancellationToken.None));
        Assert.NotNull(await store.GetAsync(openForEver.Reference, CancellationToken.None));
        var audit = await host.AuditRowsAsync(10);
        Assert.Contains(audit, a => a.UserName == RetentionJob.SystemUser && a.Action == AuditActions.Retention);
    }

    [Fact]
    public async Task ShorterConfiguredPeriodsAreHonoured()
    {
        await using var host = await StaffHost.StartAsync("Retention:Enabled=false", "Retention:QuestionMonths=1");
        var now = new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);
        var twoMonths = await host.AddQuestionAsync("asked two months ago", at: now.AddMonths(-2));
        var twoWeeks = await host.AddQuestionAsync("asked two weeks ago", at: now.AddDays(-14));
        var (questions, _) = await host.Services.GetRequiredService<RetentionJob>().RunAsync(now, CancellationToken.None);
        Assert.Equal(1, questions);
        var remaining = (await host.Services.GetRequiredService<IQuestionLog>().QuestionsAsync(new QuestionFilter(), 0, 100, CancellationToken.None)).Rows.Select(q => q.Id).ToList();
        Assert.Equal([twoWeeks], remaining);
        Assert.DoesNotContain(twoMonths, remaining);
    }

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
}
