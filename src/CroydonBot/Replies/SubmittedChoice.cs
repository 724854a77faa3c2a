using System.Text.Json;
using CroydonBot.Protocol;

namespace CroydonBot.Replies;

/// <summary>
/// The data a card's choice button sends back (Action.Submit puts it in the message's <c>value</c>):
/// <c>{"action": "choose", "choice": "&lt;value&gt;", "text": "&lt;title&gt;"}</c>. The value is the choice itself, so
/// a dialog reads the answer directly, whatever the button's title says or whatever wording it has now.
/// </summary>
public static class SubmittedChoice
{
    public const string Action = "choose";
    public const string ValueKey = "choice";

    /// <summary>The choice's value a button press carries, or null for typed text and other buttons.</summary>
    public static string? In(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.String && action.GetString() == Action
        && value.TryGetProperty(ValueKey, out var choice) && choice.ValueKind == JsonValueKind.String
            ? choice.GetString()
            : null;
}
