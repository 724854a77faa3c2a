using CroydonBot.Protocol;

namespace CroydonBot.IntegrationTests.Infrastructure;

/// <summary>
/// One conversation with the running app in which every message gets exactly one reply: a knowledge question and its
/// follow-ups. Each instance is its own conversation, so tests can share one app (<c>BotHostFixture</c>).
/// </summary>
public sealed class OneReplyConversation(HttpClient client)
{
    private readonly string _id = Guid.NewGuid().ToString("N");

    public async Task<Activity> ReplyAsync(string text) => (await client.AskAsync(text, _id)).Single();
}
