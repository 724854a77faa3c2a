using CroydonBot.Bot;
using CroydonBot.Conversation;
using CroydonBot.Knowledge.Live;
using CroydonBot.Replies;
using CroydonBot.Replies.OutOfScopeIntent;

namespace CroydonBot.Pipeline;

/// <summary>
/// Says plainly what the bot cannot do (someone's records, other councils, bookings, homework...) and who
/// can, instead of letting the knowledge base find a loosely related passage. A follow-up that only sounds out
/// of scope ("i'm from another council's care tho, does it still count" after a question about Croydon's council
/// tax relief) is left to the knowledge step when the conversation's subject answers it; one that switches to an
/// out-of-scope subject ("what about lambeth") is declined. Besides the hand-written topics, a classifier learned from
/// the development batches' abstain and answer cases (<see cref="OutOfScopeClassifier"/>) declines the rest.
/// </summary>
public sealed class OutOfScopeStep(OutOfScopeMatcher matcher, OutOfScopeClassifier classifier, ReplyFactory replies, IKnowledgeSource knowledge, ContextualRetrieval contextual) : ITurnStep
{
    /// <summary>The topic (dialogs/out-of-scope.yaml) whose reply declines what the learned classifier flags.</summary>
    public const string LearnedTopic = "not-in-the-guides";

    public async Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text ?? "";
        // The hand-written topics first (their replies name who can help with that very thing), then the learned
        // classifier for the classes nobody wrote a pattern for.
        var topic = matcher.Match(text);
        if (topic is null && !FollowsOn(turnContext) && classifier.IsOutOfScope(text))
        {
            topic = matcher.Named(LearnedTopic);
        }
        if (topic is null || !topic.AskedToDo && AnsweredInContext(turnContext, text))
        {
            return false;
        }
        turnContext.Record.IsQuestion = true;
        turnContext.Record.Kind = ReplyKinds.Fallback;
        turnContext.Record.Topic = "out-of-scope:" + topic.Name;
        await turnContext.SendActivityAsync(replies.Message(topic.Reply, ReplyKinds.Fallback, replies.Wording.Fallback.Suggestions), cancellationToken);
        return true;
    }

    /// <summary>
    /// True when the conversation already has a subject. The classifier learned from questions asked alone; in a
    /// conversation, short follow-ups ("how do i join then", "whats the age cut off") read as out of scope to it, so they
    /// are left to the knowledge step, which reads them against the subject. The hand-written topics still apply.
    /// </summary>
    private static bool FollowsOn(ITurnContext turnContext) => turnContext.State.Context is not null;

    /// <summary>
    /// True when the message points back at the conversation's subject and is answered when read against it,
    /// unless what it is out of scope for is the very subject it switches to ("wat about lambeth are they good
    /// too": "they" is Lambeth, not Croydon) or another subject its pointing clause names (a council, a school): "does it
    /// still count" in "i'm from another council's care tho, does it still count" asks about the last subject, but "how did
    /// my sister's school do in its ofsted" asks about the school, and in "whats lambeth's rating then, my mate's in care
    /// there" only a statement points back. A request the bot cannot do ("who do i tell so it gets sorted on my claim")
    /// still points back at the last subject.
    /// </summary>
    private bool AnsweredInContext(ITurnContext turnContext, string text) =>
        turnContext.State.Context is { } context && contextual.PointsBack(text, context)
        && !(contextual.SwitchedTo(text) is { } subject && matcher.Match(subject) is not null)
        // A condition of the asker's own ("and what if i moved out to sutton" after Croydon's council tax relief) names where
        // they would live, not a council they ask about: the last question still stands, asked under it.
        && (contextual.IsCondition(text) || contextual.ClausesPointingBack(text).Any(clause => matcher.Match(clause) is not { AnotherSubject: true }))
        && contextual.Retrieve(knowledge.Current, text, context).UsedContext;
}
