namespace CroydonBot.Replies;

/// <summary>dialogs/smalltalk.yaml: greetings, thanks, "who are you", help.</summary>
public sealed class SmallTalkData
{
    public const string File = "smalltalk.yaml";

    public List<Intent> Intents { get; set; } = [];

    public sealed class Intent
    {
        public string Name { get; set; } = "";
        public List<string> Phrases { get; set; } = [];
        public List<string> Regex { get; set; } = [];
        public List<string> Replies { get; set; } = [];
    }
}
