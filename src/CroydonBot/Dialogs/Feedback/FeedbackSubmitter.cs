using CroydonBot.Bot;
using CroydonBot.Safety;
using CroydonBot.Storage;

namespace CroydonBot.Dialogs.Feedback;

/// <summary>
/// Stores a finished feedback: personal data redacted from the message (the contact they chose to give is
/// kept), the conversation hashed. Returns the reference, or null when it could not be stored, so the
/// dialog can tell the young person and offer to try again.
/// </summary>
public sealed class FeedbackSubmitter(
    IFeedbackStore store,
    IPersonalDataRedactor redactor,
    IdentityHasher hasher,
    ILogger<FeedbackSubmitter> logger)
{
    public async Task<string?> TrySubmitAsync(ITurnContext turnContext, FeedbackAnswers answers, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        try
        {
            var stored = await store.AddAsync(new FeedbackItem
            {
                Channel = activity.ChannelId ?? "unknown",
                ConversationHash = await hasher.ConversationAsync(activity.ChannelId, activity.Conversation?.Id, cancellationToken),
                Topic = answers.Topic,
                Message = redactor.Redact(answers.Message),
                IsAmbassador = answers.IsAmbassador,
                WantsReply = answers.WantsReply,
                ContactMethod = answers.ContactMethod,
                Contact = answers.Contact,
                ConsentToShare = answers.ConsentToShare,
                SafeguardingFlag = turnContext.State.SafeguardingFlagged || turnContext.Record.SafeguardingFlag,
            }, cancellationToken);
            return stored.Reference;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not store feedback; the young person was asked to try again");
            return null;
        }
    }
}
