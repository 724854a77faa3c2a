using CroydonBot.QuestionLog;
using CroydonBot.Storage;
using Microsoft.Extensions.Options;

namespace CroydonBot.Staff;

/// <summary>Deletes questions and closed feedback older than the retention periods, and records that it did.</summary>
public sealed class RetentionJob(IQuestionLog questionLog, IFeedbackStore feedback, IStaffAudit audit, IOptions<RetentionOptions> options)
{
    /// <summary>The name retention deletions are audited under.</summary>
    public const string SystemUser = "system";

    public async Task<(int Questions, int Feedback)> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var questions = await questionLog.DeleteQuestionsBeforeAsync(now.AddMonths(-settings.QuestionMonths), cancellationToken);
        var closed = await feedback.DeleteClosedBeforeAsync(now.AddMonths(-settings.FeedbackMonthsAfterClosing), cancellationToken);
        if (questions + closed > 0)
        {
            await audit.WriteAsync(SystemUser, AuditActions.Retention, "questions+feedback",
                $"deleted {questions} questions older than {settings.QuestionMonths} months and {closed} feedback items closed over {settings.FeedbackMonthsAfterClosing} months ago",
                cancellationToken);
        }
        return (questions, closed);
    }
}
