using CroydonBot.Bot;
using CroydonBot.Protocol;

namespace CroydonBot.Eval;

/// <summary>
/// Talks to the real bot in-process, the way a channel would with expectReplies, so the command line
/// gives exactly the replies a young person would get.
/// </summary>
public sealed class BotConsole(BotAdapter adapter)
{
    public const string ChannelId = "cli";

    /// <summary>Asks one question in a fresh conversation and returns the bot's replies.</summary>
    public async Task<IReadOnlyList<Activity>> AskAsync(string question, CancellationToken cancellationToken, string? conversationId = null)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = ChannelId,
            ServiceUrl = "http://localhost/cli",
            Conversation = new ConversationAccount { Id = conversationId ?? Guid.NewGuid().ToString("N") },
            From = new ChannelAccount { Id = "cli-user" },
            Recipient = new ChannelAccount { Id = "croydonbot" },
            Text = question,
            DeliveryMode = DeliveryModes.ExpectReplies,
            Timestamp = DateTimeOffset.UtcNow,
        };
        var replies = await adapter.ProcessActivityAsync(activity, cancellationToken);
        return replies?.Activities ?? [];
    }
}
