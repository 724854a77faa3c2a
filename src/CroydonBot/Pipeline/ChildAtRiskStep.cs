using CroydonBot.Bot;
using CroydonBot.Conversation;
using CroydonBot.Dialogs;
using CroydonBot.Dialogs.Feedback.Intent;
using CroydonBot.Dialogs.Prompts;
using CroydonBot.Knowledge.Live;
using CroydonBot.Replies;
using CroydonBot.Storage;
using Microsoft.Extensions.Options;

namespace CroydonBot.Pipeline;

/// <summary>
/// A report of a child at risk ("i want to report someone who is hurting a child", <see cref="ChildAtRiskReport"/>) gets
/// how to report it: 999 if a child is in danger now, Croydon's Single Point of Contact (the children's front door) by
/// day, the Emergency Duty Team out of hours, with its source (dialogs/wording.yaml <c>childAtRisk</c>, the numbers as
/// seeds/guide-care-leaver-entitlements.md gives them). Before the feedback intent, which read "report ..." as feedback
/// for the council's inbox. After the safeguarding check: a young person at risk themselves gets the crisis reply first,
/// and a turn that got it is not answered again here.
/// Before an open dialog too: typed where the feedback dialog asks for its message (or anything else), the report would
/// have been taken as the dialog's answer and sent to the inbox, where nobody acts on it the same day. It gets this reply
/// first, and then the dialog's open question again ("Back to your feedback: ..."), so nothing typed is lost and the
/// person can still give feedback.
/// </summary>
public sealed class ChildAtRiskStep(ReplyFactory replies, DialogSet? dialogs = null, IOptions<DialogOptions>? options = null, TimeProvider? clock = null,
    IKnowledgeSource? knowledge = null, ContextualRetrieval? contextual = null) : ITurnStep
{
    public async Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Record.Kind == ReplyKinds.Safeguarding || !ChildAtRiskReport.Matches(turnContext.Activity.Text))
        {
            return false;
        }
        turnContext.Record.IsQuestion = true;
        turnContext.Record.Kind = ReplyKinds.Answer;
        turnContext.Record.Topic = "child-at-risk";
        var wording = replies.Wording.ChildAtRisk;
        var state = turnContext.State;
        // A dialog left too long is the dialog step's to ask about ("carry on, or drop it?") on the next message; an open one
        // is asked again after the reply, whose own buttons would lead away from it.
        var resume = dialogs is not null && state.DialogStack.Count > 0 && state.DialogStack.All(d => dialogs.Find(d.Id) is not null)
            && !DialogStep.IsStale(state, (clock ?? TimeProvider.System).GetUtcNow(), options?.Value ?? new DialogOptions());
        await turnContext.SendActivityAsync(replies.Message(wording.Text, ReplyKinds.Answer, resume ? [] : wording.Suggestions), cancellationToken);
        RememberSection(state, wording.Section);
        if (resume)
        {
            var dc = dialogs!.CreateContext(turnContext);
            if (dc.ActiveDialog is { } active && dialogs.Find(active.Id) is Prompt prompt)
            {
                await prompt.ResumeAsync(dc, null, cancellationToken);
            }
            else
            {
                await dc.RepromptDialogAsync(cancellationToken);
            }
            state.DialogActiveAt = (clock ?? TimeProvider.System).GetUtcNow();
        }
        return true;
    }

    /// <summary>
    /// The conversation goes on from the guide section the reply's numbers come from, as after an answer from it: "what times
    /// is that open" or "can i do it without giving my name" is about the line just given, not whatever its words find alone.
    /// Without the section (none named, or the guides no longer have it) the conversation is left as it was.
    /// </summary>
    private void RememberSection(ConversationState state, string? section)
    {
        if (section is null || knowledge is null || contextual is null)
        {
            return;
        }
        var snapshot = knowledge.Current;
        var reading = snapshot.Retrieve(section);
        if (reading.Hits.FirstOrDefault(h => h.Passage.Heading == section) is { } hit)
        {
            state.Context = contextual.Remember(snapshot.Index, reading with { Hits = [hit, .. reading.Hits.Where(h => !ReferenceEquals(h, hit))] },
                usedContext: false, previous: null, answeredFrom: hit);
            state.LastAnswer = null;
        }
    }
}
