using CroydonBot.Text;

namespace CroydonBot.Dialogs.Feedback;

/// <summary>
/// Recognises wanting a just-stopped feedback conversation back ("wait no sorry i do want to send it. can we start
/// again", "oh actually carry on"): a clause of a short sentence that ends with one of the <c>resume</c> phrases of
/// dialogs/feedback.yaml (only politeness after it). It is only asked about the message right after a stop, so the
/// phrases can be plain; ending the clause keeps out a question that merely uses the words ("how do i continue my
/// course after 21"). A sentence that also says not to send ("no dont send it, start again later") is not this.
/// </summary>
public sealed partial class ChangeBack(IEnumerable<string> phrases, IEnumerable<string> stopping, IEnumerable<string>? fillers = null)
{
    /// <summary>A sentence longer than this says something else; the phrase must not be a passing mention.</summary>
    private const int MaxSentenceWords = 14;

    private static readonly char[] SentenceEnds = ['.', '!', '?', ';', '\n'];

    private readonly string[][] _phrases = [.. phrases.Select(PlainWords.Of).Where(p => p.Length > 0).Select(p => p.Split(' '))];
    private readonly string[] _stopping = [.. stopping.Select(PlainWords.Of).Where(p => p.Length > 0)];
    private readonly HashSet<string> _fillers = [.. (fillers ?? []).Select(PlainWords.Of)];

    /// <summary>True when one of the message's short sentences asks for the stopped conversation back.</summary>
    public bool Matches(string? text) => Matches(text, out _);

    /// <summary>
    /// As <see cref="Matches(string?)"/>; <paramref name="rest"/> is what the message says besides wanting it back
    /// ("i do want to send it. she cancelled on me four times"), or null.
    /// </summary>
    public bool Matches(string? text, out string? rest)
    {
        var sentences = (text ?? "").Split(SentenceEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var asking = sentences.Where(WantsItBack).ToList();
        var others = string.Join(". ", sentences.Except(asking));
        rest = asking.Count > 0 && others.Length > 0 ? others : null;
        return asking.Count > 0;
    }

    /// <summary>
    /// True when one of the message's sentences says nothing but that the person carries on ("ok still want to send it",
    /// "yeah carry on"), politeness aside; <paramref name="rest"/> is the other sentences, or null. Strict where a
    /// conversation is open: there a sentence that merely ends with the words may be the feedback ("the youth club should
    /// carry on"), so the phrase must be the whole sentence. An "i" left out ("still want to send it") is read as said.
    /// </summary>
    public bool SaysOnly(string? text, out string? rest)
    {
        // A full stop inside a word ("sam@example.com") ends no sentence: what follows is kept whole.
        var sentences = SentenceBreak().Split(text ?? "").Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var carrying = sentences.Where(IsOnlyAPhrase).ToList();
        var others = string.Join(". ", sentences.Except(carrying));
        rest = carrying.Count > 0 && others.Length > 0 ? others : null;
        return carrying.Count > 0;
    }

    private bool IsOnlyAPhrase(string sentence)
    {
        var words = string.Join(' ', PlainWords.Of(sentence).Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Where(w => !_fillers.Contains(w)));
        return words.Length > 0 && (_bare.Contains(words) || _bare.Contains(Speaker + " " + words));
    }

    private const string Speaker = "i";

    [System.Text.RegularExpressions.GeneratedRegex(@"[.!?;]+(?=\s|$)|\n")]
    private static partial System.Text.RegularExpressions.Regex SentenceBreak();

    /// <summary>The phrases without politeness, as <see cref="IsOnlyAPhrase"/> compares them.</summary>
    private readonly HashSet<string> _bare = [.. phrases.Select(p => string.Join(' ', PlainWords.WordsOf(p)
        .Where(w => !(fillers ?? []).Select(PlainWords.Of).Contains(w)))).Where(p => p.Length > 0)];

    private bool WantsItBack(string sentence) =>
        PlainWords.WordsOf(sentence).Length is > 0 and <= MaxSentenceWords
        && !_stopping.Any(p => (" " + PlainWords.Of(sentence) + " ").Contains(" " + p + " ", StringComparison.Ordinal))
        && sentence.Split(',').Any(EndsWithPhrase);

    private bool EndsWithPhrase(string clause)
    {
        var words = PlainWords.WordsOf(clause).ToList();
        // Politeness after the phrase leaves it the clause's end: "i do want to send it actually".
        while (words.Count > 0 && _fillers.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }
        return _phrases.Any(p => p.Length <= words.Count && p.SequenceEqual(words.Skip(words.Count - p.Length)));
    }
}
