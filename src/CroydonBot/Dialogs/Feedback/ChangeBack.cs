using CroydonBot.Text;

namespace CroydonBot.Dialogs.Feedback;

/// <summary>
/// Recognises wanting a just-stopped feedback conversation back ("wait no sorry i do want to send it. can we start
/// again", "oh actually carry on"): a short sentence with a clause that holds one of the <c>resume</c> phrases of
/// dialogs/feedback.yaml. It is only asked about the message right after a stop, so the phrases can be plain.
/// A clause that also says not to send ("no dont send it, start again later") is not wanting it back.
/// </summary>
public sealed class ChangeBack(IEnumerable<string> phrases, IEnumerable<string> stopping)
{
    /// <summary>A sentence longer than this says something else; the phrase must not be a passing mention.</summary>
    private const int MaxSentenceWords = 14;

    private static readonly char[] SentenceEnds = ['.', '!', '?', ';', '\n'];

    private readonly string[] _phrases = [.. phrases.Select(PlainWords.Of).Where(p => p.Length > 0)];
    private readonly string[] _stopping = [.. stopping.Select(PlainWords.Of).Where(p => p.Length > 0)];

    /// <summary>True when one of the message's short sentences asks for the stopped conversation back.</summary>
    public bool Matches(string? text) =>
        (text ?? "").Split(SentenceEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => " " + PlainWords.Of(s) + " ")
            .Where(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is > 0 and <= MaxSentenceWords)
            .Any(s => Holds(s, _phrases) && !Holds(s, _stopping));

    private static bool Holds(string padded, string[] phrases) =>
        phrases.Any(p => padded.Contains(" " + p + " ", StringComparison.Ordinal));
}
