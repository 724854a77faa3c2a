using CroydonBot.Bot;
using CroydonBot.Text;

namespace CroydonBot.Pipeline;

/// <summary>
/// Reads a message typed in disguised spelling ("h0w d0 1 @pply", "c a r e  l e a v e r s") in plain words for the
/// question path that follows (feedback status, follow-ups, closings, feedback intent, small talk, out of scope,
/// knowledge), as Bot Builder's translation middleware rewrites the activity's text for the steps after it. The
/// safeguarding check and an open dialog run before it and read the message as typed; the typed words stay on
/// <see cref="TurnRecord.TypedText"/> for the question log and for a dialog started from this message, which quotes them.
/// Never ends the turn.
/// </summary>
public sealed class PlainSpellingStep(DisguisedSpelling spelling) : ITurnStep
{
    public Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Text is { Length: > 0 } typed && spelling.Read(typed) is var plain && !ReferenceEquals(plain, typed))
        {
            // The digits step may have kept the typed words already; they are the ones to quote.
            turnContext.Record.TypedText ??= typed;
            turnContext.Activity.Text = plain;
        }
        return Task.FromResult(false);
    }
}
