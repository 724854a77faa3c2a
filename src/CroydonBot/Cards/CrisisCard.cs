using System.Text.RegularExpressions;
using CroydonBot.Protocol;
using CroydonBot.Replies;

namespace CroydonBot.Cards;

/// <summary>
/// The crisis reply as an Adaptive Card from dialogs/cards/crisis.json, for channels that render cards. Teams
/// renders the card's markdown (bold, the list, tel: links); a client that shows a text message's markdown as
/// it is (the Agents Playground does) would show raw asterisks. The first numbers also become call buttons, the
/// largest thing on the card to tap.
/// </summary>
public sealed partial class CrisisCard(CardTemplate template)
{
    public const string TemplateFile = "crisis.json";

    /// <summary>How many numbers get a button of their own: Teams shows at most a handful of actions in a row.</summary>
    private const int CallButtons = 3;

    public static bool IsCrisis(Activity reply) =>
        reply.Type == ActivityTypes.Message && reply.Attachments is not { Count: > 0 } && ReplyChannelData.KindOf(reply) == ReplyKinds.Safeguarding;

    /// <summary>PROTOCOL: as for answers, the suggestions become the card's buttons (Teams does not show both).</summary>
    public Activity Apply(Activity reply)
    {
        var text = reply.Text ?? "";
        var calls = Link().Matches(text)
            .Where(m => m.Groups["url"].Value.StartsWith("tel:", StringComparison.Ordinal))
            .Take(CallButtons)
            .Select(m => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
            {
                ["title"] = "Call " + m.Groups["label"].Value,
                ["url"] = m.Groups["url"].Value,
            })
            .ToList();
        var buttons = reply.SuggestedActions?.Actions
            .Where(a => !string.IsNullOrWhiteSpace(a.Title))
            .Select(a => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
            {
                ["title"] = a.Title,
                ["action"] = CardActions.Ask,
            })
            .ToList() ?? [];
        var plain = Link().Replace(text, m => m.Groups["label"].Value).Replace("**", "", StringComparison.Ordinal);
        var card = template.Expand(new Dictionary<string, object?>
        {
            ["text"] = text,
            ["speak"] = plain,
            ["calls"] = calls,
            ["buttons"] = buttons,
        });
        reply.Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = card }];
        reply.SuggestedActions = null;
        // No text beside the card: clients show it as a second message, and the helplines must be read once, in
        // order. The card's "speak" holds the whole reply as plain words for screen readers.
        reply.Text = null;
        reply.TextFormat = null;
        return reply;
    }

    /// <summary>A markdown link, [label](url).</summary>
    [GeneratedRegex(@"\[(?<label>[^\]]+)\]\((?<url>[^)\s]+)\)")]
    private static partial Regex Link();
}
