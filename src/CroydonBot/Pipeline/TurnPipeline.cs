using CroydonBot.Bot;
using CroydonBot.Cards;
using CroydonBot.Dialogs;
using CroydonBot.Dialogs.Feedback;
using CroydonBot.FeedbackReplies;
using CroydonBot.Safety;

namespace CroydonBot.Pipeline;

/// <summary>
/// The message pipeline, in the order a message passes it. Each step may handle the turn (and end it) or
/// let the next one try; this list is the only place that order is written down.
/// </summary>
public static class TurnPipeline
{
    public static readonly IReadOnlyList<Type> Steps =
    [
        // A card button click becomes the words it stands for, so every later step (safety included) reads words.
        typeof(CardSubmitStep),
        // Digits from other scripts ("١٨") written as 0-9, so every reader of a year, age or amount can parse them.
        typeof(PlainDigitsStep),
        // No words at all (empty, spaces, only symbols): a friendly nudge, not a search.
        typeof(EmptyMessageStep),
        // Signs of risk get the helplines before anything else, even in the middle of a dialog.
        typeof(SafeguardingStep),
        // Staff replies that waited for the young person's next message (their chat had closed); never ends the turn.
        typeof(WaitingRepliesStep),
        // A report of a child at risk: how to report it (the children's front door, 999), not the feedback inbox; before an
        // open dialog, which would take it as its answer (the dialog's question follows the reply). Reads only reports of
        // harm to a child, so thanks, buttons and "what happened to FB-..." pass it.
        typeof(ChildAtRiskStep),
        // An active dialog (feedback) gets every message until it ends.
        typeof(DialogStep),
        // Disguised spelling ("wh4t d0 1 g3t", "c a r e  l e a v e r s") read in plain words for every step after this one;
        // safety and an open dialog above read the message as typed.
        typeof(PlainSpellingStep),
        // "what happened to FB-2026-000123": status and latest reply, to the person who sent it only.
        typeof(FeedbackStatusStep),
        // The buttons under an answer: "Tell me more", helpful or not. Their exact words come before the closing
        // reading, which would take "👍 Helpful" for warm words and never record the vote.
        typeof(FollowUpStep),
        // Thanks and goodbyes end the conversation kindly, before warm words are read as feedback to send.
        typeof(ClosingStep),
        // Intents that start a dialog ("feedback", "I want to complain"), read by the learned feedback intent.
        typeof(FeedbackIntentStep),
        typeof(SmallTalkStep),
        // A reviewed "no answer here, say X" reply staff wrote for exactly this question. Before the out-of-scope
        // readings: a manager approved it for this question, and the learned out-of-scope classifier (round I) would
        // otherwise decline questions such as opening times that staff have answered.
        typeof(StaffReplyStep),
        // What the bot cannot do, said plainly, before the knowledge base finds a loosely related passage.
        typeof(OutOfScopeStep),
        // "What has the council changed because of ambassadors?": the published "You said, we did" items.
        typeof(YouSaidWeDidStep),
        // An answer from seeds/, "Did you mean", or an honest "I don't know". Always handles the turn.
        typeof(KnowledgeStep),
    ];

    /// <summary>Registers the steps in <see cref="Steps"/> order: the bot runs them in registration order.</summary>
    public static IServiceCollection AddTurnPipeline(this IServiceCollection services)
    {
        foreach (var step in Steps)
        {
            // Each step is one instance, reachable by its type too: the knowledge step also answers
            // questions asked in the middle of a dialog.
            services.AddSingleton(step);
            services.AddSingleton(typeof(ITurnStep), sp => sp.GetRequiredService(step));
        }
        services.AddSingleton<IMidDialogQuestions>(sp => sp.GetRequiredService<KnowledgeStep>());
        return services;
    }
}
