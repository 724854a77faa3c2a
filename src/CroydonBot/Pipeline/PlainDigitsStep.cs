using CroydonBot.Bot;
using CroydonBot.Text;

namespace CroydonBot.Pipeline;

/// <summary>
/// Writes digits typed in another script ("١٨", "１８") as 0-9 for every step after it, safety and an open dialog included:
/// the readers of years, ages and amounts parse 0-9 only (Text/WesternDigits). The typed words stay on
/// <see cref="TurnRecord.TypedText"/> for the question log. Never ends the turn.
/// </summary>
public sealed class PlainDigitsStep : ITurnStep
{
    public Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Text is { Length: > 0 } typed && WesternDigits.Of(typed) is var plain && !ReferenceEquals(plain, typed))
        {
            turnContext.Record.TypedText = typed;
            turnContext.Activity.Text = plain;
        }
        return Task.FromResult(false);
    }
}
