using CroydonBot.Bot;
using CroydonBot.Knowledge.Live;
using CroydonBot.Replies;
using CroydonBot.Storage;
using CroydonBot.Text;

namespace CroydonBot.Pipeline;

/// <summary>
/// The buttons under an answer: "Tell me more" continues the same passage, thumbs up or down are
/// recorded against the logged question.
/// </summary>
public sealed class FollowUpStep(ReplyFactory replies, IKnowledgeSource knowledge, IAnswerVotes votes) : ITurnStep
{
    public async Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var text = PlainWords.Of(turnContext.Activity.Text ?? "");
        var buttons = replies.Wording.Buttons;
        var last = turnContext.State.LastAnswer;
        if (text == PlainWords.Of(buttons.TellMeMore) || text is "more" or "tell me more" or "go on")
        {
            await TellMoreAsync(turnContext, last, cancellationToken);
            return true;
        }
        bool? helpful = text == PlainWords.Of(buttons.Helpful) ? true
            : text == PlainWords.Of(buttons.NotHelpful) ? false
            : null;
        if (helpful is null)
        {
            return false;
        }
        if (last?.QuestionLogId is { } id)
        {
            await votes.RecordVoteAsync(id, helpful.Value, cancellationToken);
        }
        turnContext.Record.Kind = ReplyKinds.SmallTalk;
        await turnContext.SendActivityAsync(replies.Message(replies.Wording.HelpfulThanks.Text, ReplyKinds.SmallTalk, replies.Wording.Welcome.Suggestions), cancellationToken);
        return true;
    }

    private async Task TellMoreAsync(ITurnContext turnContext, LastAnswer? last, CancellationToken cancellationToken)
    {
        var (index, composer) = (knowledge.Current.Index, knowledge.Current.Composer);
        var passage = index.PassageWithId(last?.PassageIds.FirstOrDefault());
        var more = passage is null ? null : composer.Continue(passage, last!.SentencesShown, 1.0);
        turnContext.Record.Kind = more is null ? ReplyKinds.SmallTalk : ReplyKinds.Answer;
        if (more is null)
        {
            await turnContext.SendActivityAsync(replies.Message(replies.Wording.TellMeMoreNothing.Text, ReplyKinds.SmallTalk, replies.Wording.Welcome.Suggestions), cancellationToken);
            return;
        }
        last!.SentencesShown = more.SentencesShown;
        turnContext.Record.Sources.AddRange(more.PassageIds);
        await turnContext.SendActivityAsync(replies.Answer(new AnswerReply(more, AnswerSuggestions.For(replies.Wording, more.HasMore))), cancellationToken);
    }
}
