using System.Text.RegularExpressions;
using CroydonBot.Bot;
using CroydonBot.Replies;
using CroydonBot.Text;

namespace CroydonBot.FeedbackReplies;

/// <summary>
/// "What has the council changed because of ambassadors?": the published "You said, we did" items with their dates,
/// newest first, and nothing else: the bot says only what a manager published.
/// </summary>
public sealed class YouSaidWeDidStep(YouSaidWeDidData data, IPublishedChanges changes, ReplyFactory replies) : ITurnStep
{
    public const int Shown = 5;
    public const string Topic = "you-said-we-did";

    /// <summary>Longer messages are something else (or hostile): this question is one short sentence.</summary>
    public const int MaxLength = 300;

    // Linear-time matching: the patterns come from a data file and the text from anyone. One alternation of them all, each in
    // its own group (so an inline option stays inside it): every message is asked this, and one scan matches where any
    // pattern would, where asking each pattern in turn scanned the message once per pattern. None: nothing asks for the list
    // (an empty alternation would match every message).
    private readonly Regex? _anyPattern = data.Patterns.Count == 0 ? null
        : new(string.Join('|', data.Patterns.Select(p => $"(?:{p})")), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public async Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var message = turnContext.Activity.Text ?? "";
        if (message.Length > MaxLength || PlainWords.Of(message) is var words && _anyPattern?.IsMatch(words) != true)
        {
            return false;
        }
        var published = await changes.ListAsync(Shown, cancellationToken);
        turnContext.Record.IsQuestion = true;
        turnContext.Record.Kind = ReplyKinds.Answer;
        turnContext.Record.Topic = Topic;
        var text = published.Count == 0
            ? data.Nothing
            : data.Intro + "\n\n" + string.Join("\n", published.Select(c => $"- {c.PublishedAt.UtcDateTime:d MMMM yyyy}: {c.Summary}")) + "\n\n" + data.More;
        await turnContext.SendActivityAsync(replies.Message(text, ReplyKinds.Answer), cancellationToken);
        return true;
    }
}
