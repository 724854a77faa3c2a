using CroydonBot.Bot;
using CroydonBot.Conversation;
using CroydonBot.Knowledge.Live;

namespace CroydonBot.Dialogs.Feedback;

/// <summary>
/// Starts the feedback conversation on "feedback", the "Give feedback" button, Teams' "feedback" command,
/// or a message the feedback intent model reads as wanting to tell the council something; marks a question
/// about feedback so its answer offers the "Give feedback" button. Runs after the active dialog and before
/// the answer buttons, small talk and knowledge (Pipeline/TurnPipeline.cs).
/// </summary>
public sealed class FeedbackIntentStep(DialogSet dialogs, FeedbackTriggers triggers, IKnowledgeSource knowledge, ContextualRetrieval contextual, TimeProvider clock, FeedbackDialogData data) : ITurnStep
{
    private readonly HashSet<string> _notTheSubject = [.. data.NotTheSubject.Select(Text.PlainWords.Of)];
    private readonly ChangeBack _changeBack = new(data.Commands.Resume, data.Commands.ChangeOfMind.Where(p => !data.Commands.Resume.Contains(p)), data.Commands.Fillers);

    public async Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // A feedback conversation stopped a message ago is wanted back ("wait no, i do want to send it. can we start
        // again"): its answers return. Only for this one message; after it, stopping stands.
        var stopped = turnContext.State.StoppedDialog;
        turnContext.State.StoppedDialog = null;
        if (turnContext.State.DialogStack.Count > 0)
        {
            return false;
        }
        if (stopped is not null && _changeBack.Matches(turnContext.Activity.Text, out var rest))
        {
            turnContext.State.DialogActiveAt = clock.GetUtcNow();
            await dialogs.CreateContext(turnContext).BeginDialogAsync(FeedbackDialog.DialogId, new FeedbackResume(stopped.Values, rest), cancellationToken);
            return true;
        }
        if (triggers.Match(turnContext.Activity.Text) is not { } trigger)
        {
            return false;
        }
        if (!trigger.Starts)
        {
            // A question about feedback: the knowledge base answers it, and the answer offers the way in.
            // Round AJ (help-aj): not a question carrying the last answer on that names no telling ("how do i sort it" right after the
            // council tax relief asks how to get the relief): marked as offering feedback, the answer let the next follow-up ("a n d
            // t h e  b u s  t h i n g") be read as the feedback the offer invited.
            turnContext.Record.OfferFeedback = !CarriesTheLastAnswerOn(turnContext.Activity.Text ?? "", turnContext.State);
            return false;
        }
        if (trigger.Message is not null && turnContext.State.LastAnswer is { OfferedFeedback: false }
            && (contextual.ContinuesLastAnswer(knowledge.Current, turnContext.Activity.Text ?? "", turnContext.State.Context)
                || ReactsToLastAnswer(turnContext.Activity.Text ?? "", turnContext.State.Context)
                || AsksOn(turnContext.Activity.Text ?? "", turnContext.State.Context)))
        {
            // "n the most recent one" or "sorry i meant the uni one" right after an answer carries the last question on:
            // the knowledge step answers it against the conversation (ContextualRetrieval.ContinuesLastAnswer). Not after an
            // answer on how to give feedback: "its about the gym thing" then says what the feedback is about.
            return false;
        }
        RememberSubject(turnContext);
        // The feedback quotes the person: a message read in plain spelling goes to staff as they typed it.
        var message = turnContext.Record.TypedText is not { } typed ? trigger.Message
            : trigger.Message == turnContext.Activity.Text ? typed
            : triggers.Match(typed)?.Message ?? trigger.Message;
        turnContext.Activity.Text = turnContext.Record.TypedText ?? turnContext.Activity.Text;
        var dc = dialogs.CreateContext(turnContext);
        turnContext.State.DialogActiveAt = clock.GetUtcNow();
        // Round AT (safe-at): the dialog's first reply asks the person to pass their words on ("Shall I send this as your feedback?");
        // a safety line the check asked for goes before that question, not under its buttons.
        turnContext.Record.SafetyLineFirst = true;
        await dc.BeginDialogAsync(FeedbackDialog.DialogId, new FeedbackStart(message, trigger.IsAmbassador), cancellationToken);
        return true;
    }

    /// <summary>
    /// Round AJ (help-aj): a message right after an answer that names no telling, complaining or whom to tell and that leans on the
    /// conversation ("how do i sort it") or that the conversation answers as a follow-up of that answer
    /// (<see cref="ContextualRetrieval.ContinuesLastAnswer"/>, <see cref="AsksOn"/>).
    /// </summary>
    private bool CarriesTheLastAnswerOn(string text, Storage.ConversationState state) =>
        state.LastAnswer is not null && !Intent.MessageIntent.NamesTellingOrWhomToTell(text)
        && !text.Contains("complain", StringComparison.OrdinalIgnoreCase)
        && (contextual.LeansOnContext(text) || contextual.ContinuesLastAnswer(knowledge.Current, text, state.Context) || AsksOn(text, state.Context));

    /// <summary>
    /// Round AB (dialog-ab): a reaction to the answer just given that asks or checks something about it ("my mate only got the old
    /// amount, was he short changed", "so at 23 i still get the full rate") is the next question about it, not feedback, when read
    /// against the conversation it lands on the passage just answered (<see cref="ContextualRetrieval.ReturnsToLastAnswer"/>). A
    /// message that names telling, complaining or whom to tell ("can u tell the council that") wants the dialog, and one that
    /// only tells ("mine hasnt visited since summer") is left to the intent.
    /// </summary>
    private bool ReactsToLastAnswer(string text, Storage.ConversationContext? context) =>
        (Text.QuestionShape.LooksLikeQuestion(text) || Intent.MessageShape.IsQuestion(text) || Intent.SpeechAct.AsksInARunOnClause(text)
            || contextual.LeansOnContext(text) || ContinuesAfterAReaction(text))
        && !Intent.MessageIntent.NamesTellingOrWhomToTell(text)
        && contextual.ReturnsToLastAnswer(knowledge.Current, text, context);

    /// <summary>
    /// Round AC (ctx-ac): a question opened by a continuation ("n was the care leaver bit good too") that the conversation answers
    /// surely asks on (<see cref="ContextualRetrieval.AsksOnInContext"/>), unless it is a question naming telling or whom to tell
    /// ("and can u tell the council that"). A condition ("and if the council just ignores my complaint") asks what happens then,
    /// whoever it names.
    /// </summary>
    private bool AsksOn(string text, Storage.ConversationContext? context) =>
        (contextual.PutsAConditionAfterALink(text) || !Intent.MessageIntent.NamesTellingOrWhomToTell(text))
        && contextual.AsksOnInContext(knowledge.Current, text, context);

    /// <summary>
    /// "nice so at 23 i still get it", "oh so that means ...": one word of reaction to the answer, then a continuation of it. The
    /// rest must be long enough that it leans on the conversation by its opening, not merely by being short.
    /// </summary>
    private bool ContinuesAfterAReaction(string text)
    {
        var words = Text.PlainWords.WordsOf(text);
        return words.Length > MinContinuationWords && contextual.LeansOnContext(string.Join(' ', words[1..]));
    }

    /// <summary>Words after the reaction, at least, for its opening to decide (shorter messages lean on the conversation anyway).</summary>
    private const int MinContinuationWords = 6;

    /// <summary>
    /// "i'd like to give feedback on the local offer" names what the conversation is now about, so a question
    /// asked in the middle of the feedback ("how many languages is it in") is read against it. The words that only say
    /// it is feedback are left out, as in the dialog's own subject: "feedback pls" names nothing, and read whole it made
    /// the ways of giving feedback the subject, so "what were the things they said croydon needs to improve" was
    /// answered about them; the conversation's subject from before then stands.
    /// </summary>
    private void RememberSubject(ITurnContext turnContext)
    {
        var snapshot = knowledge.Current;
        var said = Text.PlainWords.Of(turnContext.Activity.Text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var result = snapshot.Retrieve(string.Join(' ', said.Where(w => !_notTheSubject.Contains(w))));
        if (!result.Plan.IsEmpty)
        {
            turnContext.State.Context = contextual.Remember(snapshot.Index, result, usedContext: false, previous: null, answeredFrom: null);
        }
    }
}
