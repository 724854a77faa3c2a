using CroydonBot.Safety;
using CroydonBot.Storage;

namespace CroydonBot.Dialogs;

/// <summary>
/// Redacts what a dialog has collected before its state is saved, so an abandoned feedback dialog leaves no
/// name, phone number or address behind in conversation_state. The feedback message is redacted when it is
/// sent anyway, so nothing the council receives changes. Kept as typed: the contact details a young person
/// chose to give for a reply (fields named contact...), which the reply needs; they go with the state when it
/// is deleted (Retention:ConversationStateHours, 24 h). Also kept: the numbers the bot itself publishes in its
/// dialog texts (<see cref="PublishedNumbers"/>), which a saved prompt holds in its own words.
/// </summary>
public sealed class DialogValueRedaction(IPersonalDataRedactor redactor, PublishedNumbers? published = null) : IConversationStateRedaction
{
    /// <summary>The prefix of the fields whose value is kept as typed.</summary>
    public const string ContactPrefix = "contact";

    public void Apply(ConversationState state)
    {
        // A dialog just stopped is kept for one message, and redacted the same way.
        foreach (var dialog in state.StoppedDialog is { } stopped ? state.DialogStack.Append(stopped) : state.DialogStack)
        {
            foreach (var (key, value) in dialog.Values.ToList())
            {
                if (!key.StartsWith(ContactPrefix, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(value))
                {
                    dialog.Values[key] = published is null ? redactor.Redact(value) : published.RedactKeeping(value, redactor.Redact);
                }
            }
        }
    }
}
