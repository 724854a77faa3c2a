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
public sealed partial class AboutTheFeedback
{
    /// <summary>A reply longer than this is saying something else, whatever it mentions in passing.</summary>
    public const int MaxWords = 15;

    private readonly List<(string[] Phrases, string Answer)> _entries;

    /// <summary>Every word of every phrase: the words in which the feedback itself is asked about.</summary>
    private readonly HashSet<string> _vocabulary;

    public AboutTheFeedback(IEnumerable<FeedbackDialogData.AboutTheFeedbackEntry> entries, FeedbackOptions options)
    {
        var values = new Dictionary<string, string>
        {
            ["readBy"] = options.ReadBy,
            ["replyWithin"] = options.ReplyWithinWorkingDays.ToString(CultureInfo.InvariantCulture),
        };
        _entries = [.. entries.Select(e => (e.Phrases.Select(PlainWords.Of).Where(p => p.Length > 0).ToArray(), Capitalised(Placeholders.Fill(e.Answer, values))))];
        _vocabulary = [.. _entries.SelectMany(e => e.Phrases).SelectMany(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
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
        var entry = _entries.FirstOrDefault(e => e.Phrases.Any(p => padded.Contains(" " + p + " ", StringComparison.Ordinal)));
        return entry.Answer is null || AsksSomethingElse(text, entry.Phrases) ? null : entry.Answer;
    }

    /// <summary>
    /// True when a clause of the reply asks something on its own subject that no phrase of the entry found names: "btw whats the
    /// council tax thing for care leavers, who gets it" asks about council tax, and "who gets it" points back at that, not at the
    /// feedback. A clause of a few words ("wait, who reads it?") has no subject of its own.
    /// </summary>
    private bool AsksSomethingElse(string text, string[] phrases) =>
        ClauseBreak().Split(text).Select(PlainWords.Of).Any(c =>
            c.Split(' ', StringSplitOptions.RemoveEmptyEntries) is var words && words.Length >= MinOwnSubjectWords && QuestionShape.AsksSomething(c)
            && !phrases.Any(p => (" " + c + " ").Contains(" " + p + " ", StringComparison.Ordinal))
            // "does my name go on this" asks about the feedback in words the phrases use; a subject of its own is named in others.
            && words.Count(w => w.Length >= MinSubjectWordLength && !_vocabulary.Contains(w)) >= MinOwnSubjectWords - 3);

    /// <summary>Words a clause needs to ask about a subject of its own.</summary>
    private const int MinOwnSubjectWords = 5;

    /// <summary>Shorter words ("the", "for", "who") say nothing of a subject.</summary>
    private const int MinSubjectWordLength = 4;

    [System.Text.RegularExpressions.GeneratedRegex(@"[,.;:!?\n]+")]
    private static partial System.Text.RegularExpressions.Regex ClauseBreak();

    // "{readBy} reads it" opens a sentence with a setting written in lower case.
    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
