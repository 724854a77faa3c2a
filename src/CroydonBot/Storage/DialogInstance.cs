namespace CroydonBot.Storage;

/// <summary>One dialog on the stack: which dialog, which step, and the values collected so far.</summary>
public sealed class DialogInstance
{
    public string Id { get; set; } = "";
    public int Step { get; set; }
    public Dictionary<string, string> Values { get; set; } = [];

    /// <summary>How many times the current prompt has been re-asked, so a stuck user is offered a way out.</summary>
    public int Retries { get; set; }
}
