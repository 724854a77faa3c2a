using CroydonBot.Protocol;
using CroydonBot.Replies;
using CroydonBot.Text;

namespace CroydonBot.Cards;

/// <summary>
/// Turns an answer reply (text, source line, follow-up suggestions, citation) into an Adaptive Card from
/// dialogs/cards/answer.json, for channels that render cards.
/// </summary>
public sealed class AnswerCard(CardTemplate template, Wording wording)
{
    public const string TemplateFile = "answer.json";

    /// <summary>Longest plain-text summary kept in the activity's text beside the card.</summary>
    private const int SummaryLength = 140;

    /// <summary>True for a knowledge answer: it names the passages it came from.</summary>
    public static bool IsAnswer(Activity reply) =>
        reply.Type == ActivityTypes.Message && reply.Attachments is not { Count: > 0 } && ReplyChannelData.SourcesOf(reply).Count > 0;

    /// <summary>
    /// The reply as a card. PROTOCOL: Teams does not combine suggested actions with attachments, so the
    /// suggestions become the card's buttons. The text stays as a short plain summary for notifications
    /// and clients without cards; the citation becomes the card's source line and link.
    /// </summary>
    public Activity Apply(Activity reply)
    {
        var (answer, source) = Split(reply.Text ?? "");
        var buttons = reply.SuggestedActions?.Actions
            .Where(a => !string.IsNullOrWhiteSpace(a.Title))
            .Select(a => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
            {
                ["title"] = a.Title,
                ["action"] = CardActions.For(a.Title!, wording),
            })
            .ToList() ?? [];
        var url = SourceUrl(reply);
        var card = template.Expand(new Dictionary<string, object?>
        {
            ["answer"] = answer,
            ["sources"] = source.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(line => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?> { ["line"] = line })
                .ToList(),
            ["sourceUrl"] = url ?? "",
            ["hasSourceUrl"] = url is not null,
            ["buttons"] = buttons,
        });
        reply.Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = card }];
        reply.SuggestedActions = null;
        reply.Text = Summary(answer);
        // The card shows the source itself; Teams ties citation entities to [n] markers in the text, which
        // the summary no longer has.
        reply.Entities = null;
        return reply;
    }

    /// <summary>The answer and its source lines; the composer puts the sources after the last blank line.</summary>
    public static (string Answer, string Source) Split(string text)
    {
        var at = text.LastIndexOf("\n\n", StringComparison.Ordinal);
        return at < 0 ? (text.Trim(), "") : (text[..at].Trim(), text[(at + 2)..].Trim());
    }

    /// <summary>The first sentence, or the start of the answer, as plain text.</summary>
    public static string Summary(string answer)
    {
        var sentences = SentenceSplitter.Split(answer);
        var first = sentences.Count > 0 ? sentences[0] : answer;
        return first.Length <= SummaryLength ? first : first[..(SummaryLength - 1)].TrimEnd() + "…";
    }

    /// <summary>An http(s) source address from the citation entity, if the document has one.</summary>
    private static string? SourceUrl(Activity reply)
    {
        var citation = reply.Entities?.FirstOrDefault(e => e.Type == "https://schema.org/Message");
        if (citation?.Properties is not { } properties || !properties.TryGetValue("citation", out var claims) || claims.ValueKind != System.Text.Json.JsonValueKind.Array)
        {
            return null;
        }
        foreach (var claim in claims.EnumerateArray())
        {
            if (claim.TryGetProperty("appearance", out var appearance) && appearance.TryGetProperty("url", out var url) &&
                Uri.TryCreate(url.GetString(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            {
                return uri.AbsoluteUri;
            }
        }
        return null;
    }
}
