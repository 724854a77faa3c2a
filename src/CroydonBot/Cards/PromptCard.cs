using CroydonBot.Protocol;
using CroydonBot.Replies;

namespace CroydonBot.Cards;

/// <summary>
/// A question with set answers (the feedback dialog's topic list, yes or no, how to reply, the summary and its
/// change menu) as an Adaptive Card from dialogs/cards/choices.json, read from the question's parts
/// (<see cref="PromptReply"/>), never from its text. Each answer is a button on a row of its own, so a long title
/// is never cut short, and it sends the choice's value (<see cref="SubmittedChoice"/>) for the dialog to read as it is.
/// A summary's answers are a fact list, one per line.
/// </summary>
public sealed class PromptCard(CardTemplate template)
{
    public const string TemplateFile = "choices.json";

    /// <summary>True for a question with set answers not yet laid out as a card.</summary>
    public static bool IsPrompt(Activity reply) =>
        reply.Type == ActivityTypes.Message && reply.Attachments is not { Count: > 0 } && reply.Content is PromptReply { Choices.Count: > 0 };

    /// <summary>
    /// PROTOCOL: as for answers, the suggested actions become the card's buttons (Teams does not show both), and the
    /// text goes: the card is the whole message, so the question is not said twice. <see cref="Activity.Summary"/>
    /// keeps the question for notifications and clients without cards.
    /// </summary>
    public Activity Apply(Activity reply)
    {
        if (reply.Content is not PromptReply prompt)
        {
            return reply;
        }
        var card = template.Expand(new Dictionary<string, object?>
        {
            ["header"] = prompt.Header.Select(line => Item(("line", line))).ToList(),
            ["intro"] = prompt.Intro ?? "",
            ["hasIntro"] = prompt.Intro is { Length: > 0 },
            ["facts"] = prompt.Facts.Select(f => Item(("label", f.Label), ("value", f.Value))).ToList(),
            ["hasFacts"] = prompt.Facts.Count > 0,
            ["question"] = prompt.Question,
            ["choices"] = prompt.Choices.Select(c => Item(("title", c.Title), ("value", c.Value))).ToList(),
            ["buttons"] = prompt.Buttons.Where(b => !string.IsNullOrWhiteSpace(b)).Select(b => Item(("title", b))).ToList(),
            ["footer"] = prompt.Footer.Select(line => Item(("line", line))).ToList(),
            ["speak"] = Speak(prompt),
        });
        reply.Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = card }];
        reply.SuggestedActions = null;
        reply.Summary = prompt.Question;
        reply.Text = null;
        reply.TextFormat = null;
        return reply;
    }

    /// <summary>The card as a screen reader says it: any line put first, the summary, the question and its answers, any line under it.</summary>
    private static string Speak(PromptReply prompt) =>
        string.Join(" ", prompt.Header.Append(prompt.Intro)
            .Concat(prompt.Facts.Select(f => f.Label + ": " + f.Value + "."))
            .Append(prompt.Question)
            .Append(string.Join(", ", prompt.Choices.Select(c => c.Title).Concat(prompt.Buttons)) + ".")
            .Concat(prompt.Footer)
            .OfType<string>());

    private static IReadOnlyDictionary<string, object?> Item(params (string Key, string Value)[] fields) =>
        fields.ToDictionary(f => f.Key, f => (object?)f.Value, StringComparer.Ordinal);
}
