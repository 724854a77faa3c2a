namespace CroydonBot.Replies;

/// <summary>dialogs/smalltalk.yaml: greetings, thanks, "who are you", help.</summary>
public sealed class SmallTalkData
{
    public const string File = "smalltalk.yaml";

    public List<Intent> Intents { get; set; } = [];

    /// <summary>The word classes a closing is read by (<see cref="ClosingRecogniser"/>).</summary>
    public ClosingWords Closings { get; set; } = new();

    public sealed class ClosingWords
    {
        /// <summary>Thanks and goodbyes: a closing has at least one.</summary>
        public List<string> Markers { get; set; } = [];

        /// <summary>Reactions to the help that close on their own ("perfect", "sorted", "helpful").</summary>
        public List<string> Reactions { get; set; } = [];

        /// <summary>Phrases of being done ("that's all i needed", "no more questions"), read whole: their "no" is no complaint.</summary>
        public List<string> Done { get; set; } = [];

        /// <summary>Words that fill a closing but say nothing alone ("so", "actually", "mate", "everything").</summary>
        public List<string> Words { get; set; } = [];

        /// <summary>The first person opening a next step ("i", "ill", "im gonna").</summary>
        public List<string> FirstPerson { get; set; } = [];

        /// <summary>Next steps someone names before leaving ("ask", "ring", "check").</summary>
        public List<string> NextSteps { get; set; } = [];

        /// <summary>Whom a next step names when nothing else says goodbye ("ill ring my PA then"): people and teams.</summary>
        public List<string> Whom { get; set; } = [];

        /// <summary>Words that turn thanks into something else: a contrast, a negation, a complaint ("but", "not", "nothing").</summary>
        public List<string> Against { get; set; } = [];
    }

    public sealed class Intent
    {
        public string Name { get; set; } = "";
        public List<string> Phrases { get; set; } = [];
        public List<string> Regex { get; set; } = [];
        public List<string> Replies { get; set; } = [];
    }
}
