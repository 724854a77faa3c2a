using CroydonBot.Protocol;
using CroydonBot.Replies;
using CroydonBot.Text;

namespace CroydonBot.Cards;

/// <summary>
/// Lays a knowledge answer out as an Adaptive Card from dialogs/cards/answer.json, for channels that render
/// cards. It reads the answer's parts that travel with the reply (<see cref="AnswerReply"/>), rendered in the
/// same words as the text every other channel gets; it never parses the reply's text.
/// </summary>
public sealed class AnswerCard(CardTemplate template, ReplyFactory replies)
{
    public const string TemplateFile = "answer.json";

    /// <summary>Longest plain-text summary kept in the activity's summary.</summary>
    private const int SummaryLength = 140;

    /// <summary>True for a knowledge answer not yet laid out as a card.</summary>
    public static bool IsAnswer(Activity reply) =>
        reply.Type == ActivityTypes.Message && reply.Attachments is not { Count: > 0 } && reply.Content is AnswerReply;

    /// <summary>
    /// The reply as a card. PROTOCOL: Teams does not combine suggested actions with attachments, so the
    /// suggestions become the card's buttons. The card is the whole message: text beside it would show as a
    /// second bubble repeating the answer's first sentence, so a short plain summary goes in the activity's
    /// <c>summary</c> (notifications, clients without cards) instead; the citation becomes the card's source line and link.
    /// </summary>
    public Activity Apply(Activity reply)
    {
        if (reply.Content is not AnswerReply answer)
        {
            return reply;
        }
        var rendered = replies.Render(answer);
        // What is read: any line put before the reply, the preface, the answer, the part not answered and any line added under it.
        var text = string.Join("\n\n", answer.Header.Concat(new[] { rendered.Preface, rendered.Body, rendered.Note }.OfType<string>()).Concat(answer.Footer));
        var url = answer.Answer.Parts.Select(p => p.Citation.Link).FirstOrDefault(l => l is not null);
        var card = template.Expand(new Dictionary<string, object?>
        {
            ["answer"] = text,
            // A source line's addresses become links (TextBlock renders markdown links), so every source opens.
            ["sources"] = rendered.SourceLines
                .Select(line => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?> { ["line"] = MarkdownText.From(line) })
                .ToList(),
            ["sourceUrl"] = url ?? "",
            ["hasSourceUrl"] = url is not null,
            ["buttons"] = answer.Buttons
                .Where(b => !string.IsNullOrWhiteSpace(b.Title))
                .Select(b => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
                {
                    ["title"] = b.Title,
                    ["action"] = CardActions.For(b.Action),
                })
                .ToList(),
        });
        reply.Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = card }];
        reply.SuggestedActions = null;
        reply.Summary = Summary(rendered.Preface ?? rendered.Body);
        reply.Text = null;
        reply.TextFormat = null;
        // The card shows the source itself; Teams ties citation entities to [n] markers in the text, which
        // the summary no longer has.
        reply.Entities = null;
        return reply;
    }

    /// <summary>The first sentence, or the start of the answer, as plain text.</summary>
    public static string Summary(string answer)
    {
        var sentences = SentenceSplitter.Split(answer);
        var first = sentences.Count > 0 ? sentences[0] : answer;
        return first.Length <= SummaryLength ? first : first[..(SummaryLength - 1)].TrimEnd() + "…";
    }
}
