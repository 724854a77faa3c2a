using System.Text.RegularExpressions;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Protocol;
using CroydonBot.Replies;

namespace CroydonBot.IntegrationTests.Dialogs;

/// <summary>One young person's conversation with the bot over /api/messages (expectReplies).</summary>
public sealed partial class FeedbackConversation(HttpClient client, string? conversationId = null, string userId = "user-1")
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
    public Task<FeedbackConversation> ReachSummaryAsync(string message) =>
        StartAtAsync(FeedbackStep.Summary, new FeedbackWalk { Start = "feedback", Topic = "Housing", Message = message, WantsReply = "no" });

    /// <summary>
    /// Starts the feedback conversation and answers each question before <paramref name="step"/> as the walk says
    /// (<see cref="FeedbackWalk.Usual"/> unless given), every reply marked as feedback; then checks that question is
    /// the one asked.
    /// </summary>
    public async Task<FeedbackConversation> StartAtAsync(FeedbackStep step, FeedbackWalk? walk = null)
    {
        walk ??= FeedbackWalk.Usual;
        await AnswerAsync(walk.Start);
        return await GoOnAsync(FeedbackStep.Topic, step, walk);
    }

    /// <summary>
    /// Answers the open question, <paramref name="from"/>, and each one after it before <paramref name="to"/>, as the
    /// walk says; then checks <paramref name="to"/> is the question asked.
    /// </summary>
    public async Task<FeedbackConversation> GoOnAsync(FeedbackStep from, FeedbackStep to, FeedbackWalk? walk = null)
    {
        walk ??= FeedbackWalk.Usual;
        for (var step = from; step < to; step++)
        {
            if (!walk.Skips(step))
            {
                await AnswerAsync(walk.AnswerTo(step));
            }
        }
        Assert.Contains(walk.QuestionAt(to), Replies[^1].Text);
        return this;
    }

    /// <summary>Sends from the summary and gives the reference the confirmation names.</summary>
    public async Task<string> SendAsync(string words = "Send it")
    {
        await AnswerAsync(words);
        return ReferenceIn(Text);
    }

    /// <summary>The feedback reference in a reply (FB-2026-000123); fails the test when there is none.</summary>
    public static string ReferenceIn(string text)
    {
        var match = Reference().Match(text);
        Assert.True(match.Success, $"No reference in: {text}");
        return match.Value;
    }

    [GeneratedRegex(@"FB-\d{4}-\d{6}")]
    private static partial Regex Reference();
}
