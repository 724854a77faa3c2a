using System.Globalization;
using CroydonBot.Replies;
using CroydonBot.Storage;

namespace CroydonBot.FeedbackReplies;

/// <summary>
/// What the young person reads when staff answer, and when they ask about a reference: the wording is in
/// dialogs/feedback-replies.yaml, so it can be changed without a build, like the rest of the bot's words.
/// </summary>
public sealed class FeedbackReplyWording(FeedbackReplyWordingData data)
{
    public string Reply(string reference, string text) =>
        Placeholders.Fill(data.Reply, new Dictionary<string, string> { ["reference"] = reference, ["text"] = text });

    public string Status(FeedbackItem item, FeedbackReply? latest)
    {
        var reply = latest is null
            ? data.NoReply
            : Placeholders.Fill(data.LatestReply, new Dictionary<string, string>
            {
                ["date"] = latest.SentAt.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
                ["text"] = latest.Text,
            });
        return Placeholders.Fill(data.Status, new Dictionary<string, string>
        {
            ["reference"] = item.Reference,
            ["status"] = data.Statuses.GetValueOrDefault(item.Status, item.Status),
            ["reply"] = reply,
        });
    }

    public string NotYours => data.NotYours;
}
