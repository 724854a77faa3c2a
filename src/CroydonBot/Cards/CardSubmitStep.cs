using System.Text.Json;
using CroydonBot.Bot;
using CroydonBot.Replies;

namespace CroydonBot.Cards;

/// <summary>
/// A card button click arrives as a message whose <c>value</c> is the button's data and whose text is
/// empty (Teams, the Playground and Web Chat all do this for Action.Submit). This step turns a click into
/// the words it stands for, so the later steps (follow-up, knowledge) handle it exactly like typed text.
/// It never ends the turn itself.
/// </summary>
public sealed class CardSubmitStep(Wording wording) : ITurnStep
{
    /// <summary>The longest text a button may ask, as a typed question could be no longer in practice.</summary>
    private const int MaxTextLength = 500;

    public Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (string.IsNullOrWhiteSpace(activity.Text) && activity.Value is { ValueKind: JsonValueKind.Object } value &&
            value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.String)
        {
            var text = value.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            if (CardActions.TextFor(action.GetString()!, text, wording) is { } words)
            {
                activity.Text = words.Length <= MaxTextLength ? words : words[..MaxTextLength];
            }
        }
        return Task.FromResult(false);
    }
}
