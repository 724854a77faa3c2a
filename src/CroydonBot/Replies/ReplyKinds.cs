namespace CroydonBot.Replies;

/// <summary>What kind of reply the bot gave, written into channelData.kind and the question log.</summary>
public static class ReplyKinds
{
    public const string Answer = "answer";
    public const string Fallback = "fallback";
    public const string Safeguarding = "safeguarding";
    public const string SmallTalk = "smalltalk";
    public const string Feedback = "feedback";
}
