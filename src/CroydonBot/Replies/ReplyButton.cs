namespace CroydonBot.Replies;

/// <summary>A follow-up button under a reply: its title from dialogs/ wording and what it does.</summary>
public sealed record ReplyButton(string Title, ButtonAction Action = ButtonAction.Ask);
