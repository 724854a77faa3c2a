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

    /// <summary>Answers are about 60 words and a follow-up line; this only guards against a runaway reply.</summary>
    public const int MaxStoredAnswerLength = 4000;

    public async Task RecordAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var record = turnContext.Record;
        var activity = turnContext.Activity;
        // Staff read what the person typed, not the plain spelling the question path read it in.
        var typed = record.TypedText ?? activity.Text;
        if (!record.IsQuestion || string.IsNullOrWhiteSpace(typed))
        {
            return;
        }
        var text = redactor.Redact(typed.Trim());
        if (text.Length > MaxStoredLength)
        {
            text = text[..MaxStoredLength];
        }
        var answer = record.Replies.Count == 0 ? null : redactor.Redact(string.Join("\n\n", record.Replies));
        if (answer?.Length > MaxStoredAnswerLength)
        {
            answer = answer[..MaxStoredAnswerLength];
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
                Answer = answer,
                SafeguardingTier = record.SafeguardingTier,
                SafeguardingScore = record.SafeguardingScore,
                SafeguardingLayer = record.SafeguardingLayer,
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
