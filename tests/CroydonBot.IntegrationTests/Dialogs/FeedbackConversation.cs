using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Protocol;
using CroydonBot.Replies;

namespace CroydonBot.IntegrationTests.Dialogs;

/// <summary>One young person's conversation with the bot over /api/messages (expectReplies).</summary>
public sealed class FeedbackConversation(HttpClient client, string? conversationId = null, string userId = "user-1")
{
    public string Id { get; } = conversationId ?? Guid.NewGuid().ToString("N");

    /// <summary>The replies to the last message.</summary>
    public IReadOnlyList<Activity> Replies { get; private set; } = [];

    /// <summary>All reply texts of the last message, joined.</summary>
    public string Text => string.Join("\n\n", Replies.Select(r => r.Text));

    /// <summary>The buttons under the last reply.</summary>
    public IReadOnlyList<string> Buttons => Replies.LastOrDefault()?.SuggestedActions?.Actions.Select(a => a.Title ?? "").ToList() ?? [];

    public async Task<FeedbackConversation> SayAsync(string text)
    {
        Replies = await client.AskAsync(text, Id, userId);
        Assert.NotEmpty(Replies);
        return this;
    }

    /// <summary>Says something inside the feedback dialog and checks every reply is marked as feedback.</summary>
    public async Task<FeedbackConversation> AnswerAsync(string text)
    {
        await SayAsync(text);
        Assert.All(Replies, r => Assert.Equal(ReplyKinds.Feedback, ReplyChannelData.KindOf(r)));
        return this;
    }

    /// <summary>Answers up to the summary: housing, the message, not an ambassador, no reply, consent.</summary>
    public async Task<FeedbackConversation> ReachSummaryAsync(string message)
    {
        await AnswerAsync("feedback");
        await AnswerAsync("Housing");
        await AnswerAsync(message);
        await AnswerAsync("no");
        await AnswerAsync("no");
        await AnswerAsync("yes");
        Assert.Contains("Shall I send it?", Text);
        return this;
    }
}
