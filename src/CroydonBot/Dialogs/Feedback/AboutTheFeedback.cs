using System.Globalization;
using CroydonBot.Replies;
using CroydonBot.Text;

namespace CroydonBot.Dialogs.Feedback;

/// <summary>
/// Recognises a question or wish about the feedback itself, said at any of the dialog's questions ("can this be
/// anonymous?", "u can put my name on it", "who gets to see it"), and gives the dialog's own answer from
/// dialogs/feedback.yaml (<c>aboutTheFeedback</c>). Such a reply is neither a question for the knowledge base, which
/// knows nothing of this conversation, nor the message, nor a clumsy answer to the open question.
/// </summary>
public sealed class AboutTheFeedback
{
    /// <summary>A reply longer than this is saying something else, whatever it mentions in passing.</summary>
    public const int MaxWords = 15;

    private readonly List<(string[] Phrases, string Answer)> _entries;

    public AboutTheFeedback(IEnumerable<FeedbackDialogData.AboutTheFeedbackEntry> entries, FeedbackOptions options)
    {
        var values = new Dictionary<string, string>
        {
            ["readBy"] = options.ReadBy,
            ["replyWithin"] = options.ReplyWithinWorkingDays.ToString(CultureInfo.InvariantCulture),
        };
        _entries = [.. entries.Select(e => (e.Phrases.Select(PlainWords.Of).Where(p => p.Length > 0).ToArray(), Capitalised(Placeholders.Fill(e.Answer, values))))];
    }

    /// <summary>The answer to <paramref name="text"/> when it is about the feedback itself; otherwise null.</summary>
    public string? AnswerTo(string text)
    {
        var plain = PlainWords.Of(text);
        var words = plain.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words is 0 or > MaxWords)
        {
            return null;
        }
        var padded = " " + plain + " ";
        return _entries.FirstOrDefault(e => e.Phrases.Any(p => padded.Contains(" " + p + " ", StringComparison.Ordinal))).Answer;
    }

    // "{readBy} reads it" opens a sentence with a setting written in lower case.
    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
