namespace CroydonBot.FeedbackReplies;

/// <summary>dialogs/you-said-we-did.yaml: how young people ask what changed because of their feedback, and the wording.</summary>
public sealed class YouSaidWeDidData
{
    public const string File = "you-said-we-did.yaml";

    /// <summary>Regular expressions over the message in plain lower-case words; any one matching is the question.</summary>
    public List<string> Patterns { get; set; } = [];
    public string Intro { get; set; } = "";
    public string Nothing { get; set; } = "";
    public string More { get; set; } = "";
}
