namespace CroydonBot.FeedbackReplies;

/// <summary>How a staff reply travelled.</summary>
public static class ReplyDelivery
{
    /// <summary>Sent proactively through the channel's connector (Teams and other Bot Framework channels).</summary>
    public const string Connector = "connector";

    /// <summary>Put straight into the live embedded Direct Line conversation (Web Chat).</summary>
    public const string LiveChat = "live-chat";

    /// <summary>Waiting for the young person's next message in the chat (the Web Chat conversation had ended).</summary>
    public const string NextVisit = "next-visit";
}
