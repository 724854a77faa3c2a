using CroydonBot.Safety;

namespace CroydonBot.Storage;

/// <summary>
/// Redacts what a dialog has collected before its state is saved, so an abandoned feedback dialog leaves no
/// name, phone number or address behind in conversation_state. The feedback message is redacted when it is
/// sent anyway, so nothing the council receives changes. Kept as typed: the contact details a young person
/// chose to give for a reply (fields named contact...), which the reply needs; they go with the state when it
/// is deleted (Retention:ConversationStateHours, 24 h).
/// </summary>
public static class DialogValueRedaction
{
    /// <summary>The prefix of the fields whose value is kept as typed.</summary>
    public const string ContactPrefix = "contact";

    public static void Apply(ConversationState state, IPersonalDataRedactor redactor)
    {
        foreach (var dialog in state.DialogStack)
        {
            foreach (var (key, value) in dialog.Values.ToList())
            {
                if (!key.StartsWith(ContactPrefix, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(value))
                {
                    dialog.Values[key] = redactor.Redact(value);
                }
            }
        }
    }
}
