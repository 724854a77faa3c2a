using System.Text.RegularExpressions;
using CroydonBot.Protocol;
using CroydonBot.Replies;

namespace CroydonBot.Cards;

/// <summary>
/// The crisis reply as an Adaptive Card from dialogs/cards/crisis.json, for channels that render cards. Teams
/// renders the card's markdown (bold, the list, tel: links); a client that shows a text message's markdown as
/// it is (the Agents Playground does) would show raw asterisks. The first numbers, and every number to text,
/// also become buttons right under the list, the largest things on the card to tap.
/// </summary>
public sealed partial class CrisisCard(CardTemplate template)
{
    public const string TemplateFile = "crisis.json";

    /// <summary>How many numbers to call get a button of their own: the national lines first; more would push the suggestions off a phone screen.</summary>
    private const int CallButtons = 3;

    public static bool IsCrisis(Activity reply) =>
        reply.Type == ActivityTypes.Message && reply.Attachments is not { Count: > 0 } && ReplyChannelData.KindOf(reply) == ReplyKinds.Safeguarding;

    /// <summary>PROTOCOL: as for answers, the suggestions become the card's buttons (Teams does not show both).</summary>
    public Activity Apply(Activity reply)
    {
        var text = reply.Text ?? "";
        var links = Link().Matches(text);
        var calls = links
            .Where(m => m.Groups["url"].Value.StartsWith("tel:", StringComparison.Ordinal))
            .Take(CallButtons)
            .Select(m => Button("Call " + m.Groups["label"].Value, m.Groups["url"].Value))
            // Card renderers drop sms: links from markdown (the Agents Playground shows Shout's number as plain
            // text), but open them from Action.OpenUrl, as Teams' mobile clients do: a text line gets a button
            // titled as its line says it ("Text SHOUT to 85258").
            .Concat(links
                .Where(m => m.Groups["url"].Value.StartsWith("sms:", StringComparison.Ordinal))
                .Select(m => Button(LineUpTo(text, m), m.Groups["url"].Value)))
            .ToList();
        var buttons = reply.SuggestedActions?.Actions
            .Where(a => !string.IsNullOrWhiteSpace(a.Title))
            .Select(a => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
            {
                ["title"] = a.Title,
                ["action"] = CardActions.Ask,
            })
            .ToList() ?? [];
        var card = template.Expand(new Dictionary<string, object?>
        {
            ["text"] = text,
            ["speak"] = Plain(text),
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

    private static IReadOnlyDictionary<string, object?> Button(string title, string url) =>
        new Dictionary<string, object?> { ["title"] = title, ["url"] = url };

    /// <summary>The words of the link's line, from the list item's start to the end of the link, as plain text.</summary>
    private static string LineUpTo(string text, Match link)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, link.Index - 1)) + 1;
        var line = text[start..(link.Index + link.Length)].TrimStart(' ', '-', '*');
        return Plain(line).Trim();
    }

    /// <summary>Markdown as plain words: a link reads as its label, bold marks go.</summary>
    private static string Plain(string markdown) =>
        Link().Replace(markdown, m => m.Groups["label"].Value).Replace("**", "", StringComparison.Ordinal);

    /// <summary>A markdown link, [label](url).</summary>
    [GeneratedRegex(@"\[(?<label>[^\]]+)\]\((?<url>[^)\s]+)\)")]
    private static partial Regex Link();
}
