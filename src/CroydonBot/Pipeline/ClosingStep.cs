using CroydonBot.Bot;
using CroydonBot.Replies;

namespace CroydonBot.Pipeline;

/// <summary>
/// Thanks and goodbyes ("thank you very much, that is everything. goodbye") close the conversation kindly. They run
/// before the feedback intent, which reads warm words about the help as praise to send to the council; the reply is
/// the small-talk step's own.
/// </summary>
public sealed class ClosingStep(SmallTalkMatcher matcher, SmallTalkStep smallTalk) : ITurnStep
{
    public Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        matcher.Match(turnContext.Activity.Text ?? "") is { } intent && SmallTalkMatcher.Closings.Contains(intent.Name)
            ? smallTalk.TryHandleAsync(turnContext, cancellationToken)
            : Task.FromResult(false);
}
