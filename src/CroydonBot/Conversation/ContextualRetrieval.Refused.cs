using CroydonBot.Knowledge;
using CroydonBot.Knowledge.Live;
using CroydonBot.Storage;

namespace CroydonBot.Conversation;

/// <summary>
/// Round AT (follow-at): the conversation's last word before a follow-up is refused (<see cref="TheLastSectionAnswers"/>).
/// </summary>
public sealed partial class ContextualRetrieval
{
    /// <summary>
    /// A reading that answers <paramref name="question"/> from the section just answered when <paramref name="refused"/> (the
    /// reading the knowledge step was about to refuse) would be "I don't know": the refused reading itself when it is led by that
    /// section and only the unseen-word veto refused it, else, for a follow-up that was read alone, the conversation's reading (the
    /// follow-up with the conversation's words) when that is led by the section just answered and covers it surely. Null when
    /// there is no live conversation, the follow-up opens a new topic, or the section just answered does not answer it.
    /// </summary>
    public RetrievalResult? AnsweredByTheLastSection(KnowledgeSnapshot snapshot, string question, ConversationContext? context,
        RetrievalResult refused, bool usedContext)
    {
        if (context?.PassageId is not { } last || context.AskedElsewhere || clock.GetUtcNow() - context.At > reader.ContextLifetime)
        {
            return null;
        }
        var threshold = options.Value.ConfidenceThreshold;
        if (usedContext)
        {
            return TheLastSectionAnswers.Vouches(refused, last, threshold) ? refused : null;
        }
        // The same cleaning the cascade reads the follow-up with: a taken-back word or a reaction is no word of the question.
        question = GuessedAlternative.Without(reader.WithoutAcknowledgement(reader.WithoutTakenBack(question, context.Terms.Concat(context.Subject))), reader.PointsBack);
        if (reader.Read(question) == FollowUpShape.NewTopic)
        {
            return null;
        }
        var conversation = snapshot.Retrieve(EnrichedQuery(question, context, namesYear: false)) with { Focus = refused.Plan };
        return TheLastSectionAnswers.Vouches(conversation, last, threshold) ? conversation : null;
    }
}
