using CroydonBot.Bot;
using CroydonBot.Replies;
using CroydonBot.Safety;
using CroydonBot.Storage;

namespace CroydonBot.QuestionLog;

/// <summary>
/// Writes one question-log row per question asked, after redacting personal data and hashing the user,
/// and records thumbs up or down against it. A storage failure is logged and never turns into an error for
/// the young person.
/// </summary>
public sealed class QuestionRecorder(
    IQuestionLog log,
    IPersonalDataRedactor redactor,
    IdentityHasher hasher,
    TimeProvider clock,
    ILogger<QuestionRecorder> logger) : IQuestionRecorder, IAnswerVotes
{
    /// <summary>Long messages are cut before storing: staff need the gist, not 100 KB.</summary>
    public const int MaxStoredLength = 2000;

    public async Task RecordAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var record = turnContext.Record;
        var activity = turnContext.Activity;
        if (!record.IsQuestion || string.IsNullOrWhiteSpace(activity.Text))
        {
            return;
        }
        var text = redactor.Redact(activity.Text.Trim());
        if (text.Length > MaxStoredLength)
        {
            text = text[..MaxStoredLength];
        }
        try
        {
            var id = await log.AddAsync(new QuestionLogEntry
            {
                At = clock.GetUtcNow(),
                Channel = activity.ChannelId ?? "unknown",
                ConversationHash = await hasher.ConversationAsync(activity.ChannelId, activity.Conversation?.Id, cancellationToken),
                UserHash = await hasher.UserAsync(activity.ChannelId, activity.From?.Id, cancellationToken),
                Question = text,
                Kind = record.Kind ?? "unknown",
                Sources = string.Join(';', record.Sources),
                Confidence = record.Confidence,
                Topic = record.Topic,
                SafeguardingFlag = record.SafeguardingFlag,
            }, cancellationToken);
            if (turnContext.State.LastAnswer is { } last && record.Kind == ReplyKinds.Answer)
            {
                last.QuestionLogId = id;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not write the question log");
        }
    }

    public Task RecordVoteAsync(long questionLogId, bool helpful, CancellationToken cancellationToken) =>
        log.SetHelpfulAsync(questionLogId, helpful, cancellationToken);
}
