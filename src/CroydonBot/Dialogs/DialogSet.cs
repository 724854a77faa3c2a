using CroydonBot.Bot;

namespace CroydonBot.Dialogs;

/// <summary>The dialogs the bot knows, by id; creates the <see cref="DialogContext"/> for a turn.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet(IEnumerable<Dialog> dialogs)
    {
        foreach (var dialog in dialogs)
        {
            Add(dialog);
        }
    }

    public DialogSet Add(Dialog dialog)
    {
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new InvalidOperationException($"Two dialogs have the id '{dialog.Id}'.");
        }
        return this;
    }

    public Dialog? Find(string id) => _dialogs.GetValueOrDefault(id);

    /// <summary>A context over the conversation's persisted stack.</summary>
    public DialogContext CreateContext(ITurnContext turnContext) => new(this, turnContext, turnContext.State.DialogStack);
}
