using System.Text.RegularExpressions;
using CroydonBot.Knowledge;
using CroydonBot.Text;

namespace CroydonBot.Conversation;

/// <summary>
/// A short follow-up asking when the conversation's subject started ("when did it start", "when was that set up", "when did
/// they even begin"). It asks a date, but not any date: after what Ofsted said about a scheme, the section just answered is
/// full of the report's dates, so the kind of fact alone keeps it, and the answer says when the report came out, not when the
/// scheme began. The date asked is told with a word of beginning ("started", "began", "new in", "since").
/// </summary>
public static partial class WhenItStarted
{
    /// <summary>A message longer than this says more than "when did it start" ("when did the bursary start paying people my age").</summary>
    private const int MaxWords = 8;

    /// <summary>Words asking when a thing began.</summary>
    private static readonly HashSet<string> StartWords = new(StringComparer.Ordinal)
    {
        "start", "started", "begin", "began", "begun", "launch", "launched", "founded", "created", "introduced",
    };

    /// <summary>Words that make it the asker's own start ("when did i start getting it", "when can i start").</summary>
    private static readonly HashSet<string> Asker = new(StringComparer.Ordinal) { "i", "im", "me", "my", "u", "you", "ur", "we" };

    /// <summary>
    /// True when <paramref name="text"/> asks, in the past, when something began: "when" (or "wen"), a past "did"/"was"/"were",
    /// and a word of starting ("start", "set up", "launched"), or "since when" ("since when has that been a thing"), with no number
    /// and nothing of the asker's own.
    /// </summary>
    public static bool Asks(string text)
    {
        var words = PlainWords.WordsOf(text);
        if (words.Length is < 3 or > MaxWords || words.Any(w => AsciiDigits.In(w)) || words.Any(Asker.Contains))
        {
            return false;
        }
        var when = Array.FindIndex(words, w => w is "when" or "wen");
        var past = words.Any(w => w is "did" or "was" or "were" or "wos");
        var starts = words.Any(StartWords.Contains) || Enumerable.Range(0, words.Length - 1).Any(k => words[k] == "set" && words[k + 1] == "up");
        // "since when has that been a thing", "since when is it a thing": "since when" asks the start by itself (round AF).
        var sinceWhen = when > 0 && words[when - 1] == "since";
        return when is >= 0 and <= 2 && (past && starts || sinceWhen);
    }

    /// <summary>
    /// True when <paramref name="passage"/> tells when something began: a word of beginning and a year in the same sentence, or
    /// a word of beginning followed by a sentence with a year ("We could not confirm the day the scheme started. It was new in
    /// late 2023").
    /// </summary>
    public static bool Tells(Passage passage)
    {
        var sentences = SentenceEnd().Split(passage.Text);
        for (var i = 0; i < sentences.Length; i++)
        {
            if (Beginning().IsMatch(sentences[i]) && (Years.In(sentences[i]) || i + 1 < sentences.Length && Years.In(sentences[i + 1])))
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(?:start(?:ed)?|began|begun|launched|founded|set up|introduced|new in|since)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Beginning();
}
