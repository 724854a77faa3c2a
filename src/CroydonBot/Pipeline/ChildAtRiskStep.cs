using CroydonBot.Bot;
using CroydonBot.Dialogs.Feedback.Intent;
using CroydonBot.Replies;

namespace CroydonBot.Pipeline;

/// <summary>
/// A report of a child at risk ("i want to report someone who is hurting a child", <see cref="ChildAtRiskReport"/>) gets
/// how to report it: 999 if a child is in danger now, Croydon's Single Point of Contact (the children's front door) by
/// day, the Emergency Duty Team out of hours, with its source (dialogs/wording.yaml <c>childAtRisk</c>, the numbers as
/// seeds/guide-care-leaver-entitlements.md gives them). Before the feedback intent, which read "report ..." as feedback
/// for the council's inbox. After the safeguarding check: a young person at risk themselves gets the crisis reply first,
/// and a turn that got it is not answered again here.
/// </summary>
public sealed class ChildAtRiskStep(ReplyFactory replies) : ITurnStep
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
        await turnContext.SendActivityAsync(replies.Message(wording.Text, ReplyKinds.Answer, wording.Suggestions), cancellationToken);
        return true;
    }
}
