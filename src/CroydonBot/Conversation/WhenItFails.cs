using CroydonBot.Text;

namespace CroydonBot.Conversation;

/// <summary>
/// A short follow-up asking what to do when what the last answer said does not happen or does not work ("and if they dont
/// sort it" after how to complain, "what if mine doesnt" after how often a PA visits, "and if that doesnt work"): it asks for
/// the next step, which the guides tell as what to do when you are still not happy, not the same answer again. Its own words
/// ("sort", "work") name nothing of the subject, so read with the subject alone they find the last answer again.
/// </summary>
public static class WhenItFails
{
    /// <summary>A message longer than this tells more than a failed step ("what if they dont sort it and i end up homeless").</summary>
    private const int MaxWords = 8;

    /// <summary>
    /// The same, when the message first asks whom to go to ("who do i ask if mine never turns up"): those words add no subject,
    /// so they may stand before the "if" and lengthen the message by as many.
    /// </summary>
    private const int MaxWordsAskingWhom = 11;

    /// <summary>The words a message asking whom to go to, or what to do, opens with before its "if" ("who do i ask", "what do i do").</summary>
    private static readonly HashSet<string> AskingWhom = new(StringComparer.Ordinal)
    {
        "and", "but", "so", "then", "who", "where", "what", "do", "should", "can", "i", "ask", "tell", "call", "ring", "phone",
        "contact", "go", "to", "speak", "talk", "complain",
    };

    /// <summary>The words the next step is told with in the guides, added to the subject to search for it.</summary>
    public const string NextStepWords = "still not happy complain what next";

    /// <summary>Who or what fails to act: not the asker ("what if i dont go to uni" is a condition of their own).</summary>
    private static readonly HashSet<string> Actors = new(StringComparer.Ordinal)
    {
        "they", "it", "that", "this", "he", "she", "mine", "thay", "nobody", "noone", "no", "the", "my", "council", "pa", "worker",
    };

    /// <summary>Saying it did not happen ("dont", "doesnt", "wont", "never", "not", "nobody").</summary>
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "dont", "doesnt", "didnt", "wont", "cant", "not", "never", "aint", "isnt", "arent", "wasnt", "werent", "havent", "hasnt",
        // No one acting says it on its own ("what if nobody replies").
        "nobody", "noone", "no",
    };

    /// <summary>
    /// True when <paramref name="text"/> is a short "if" about someone else or the thing said before, with a negation after
    /// its actor: "and if they dont sort it", "what if mine doesnt", "what if it still isnt fixed".
    /// </summary>
    public static bool Asks(string text)
    {
        var words = PlainWords.WordsOf(text);
        // Round AJ (help-aj): "and wat if mine just never replies, who do i go to": whom to go to asked after the "if" adds no subject
        // either, as before it; the "if" part is read without it.
        words = WithoutAskingWhomAfter(words);
        var ifAt = Array.IndexOf(words, "if");
        // The "if" opens the message, after at most a short link ("and", "what", "but what"), or after asking whom to go to
        // ("and who do i ask if they just dont turn up": round AA, context-aa). "where do i live if they dont" is not such an
        // opening: its verb names a subject of its own.
        var afterAskingWhom = ifAt > 2 && AsksWhomFirst(words, ifAt);
        if (words.Length < 3 || words.Length > (afterAskingWhom ? MaxWordsAskingWhom : MaxWords))
        {
            return false;
        }
        if (ifAt < 0 || ifAt > 2 && !afterAskingWhom || ifAt + 2 > words.Length || !Actors.Contains(words[ifAt + 1]))
        {
            return false;
        }
        return words.Skip(ifAt + 1).Take(4).Any(Negations.Contains);
    }

    /// <summary>
    /// The words without a closing run that only asks whom to go to or what to do ("who do i go to", "what do i do then", "who do i
    /// tell"), when something stands before it; the words unchanged otherwise.
    /// </summary>
    private static string[] WithoutAskingWhomAfter(string[] words)
    {
        var start = words.Length;
        while (start > 0 && AskingWhom.Contains(words[start - 1]))
        {
            start--;
        }
        if (start == 0 || start == words.Length || Array.IndexOf(words, "if") is var ifAt && (ifAt < 0 || ifAt >= start))
        {
            return words;
        }
        var run = words.AsSpan(start);
        return run.Contains("i") && (run.Contains("who") || run.Contains("where") || run.Contains("what")) ? words[..start] : words;
    }

    /// <summary>
    /// True when the words before the "if" at <paramref name="ifAt"/> only ask whom to go to or what to do ("who do i ask",
    /// "what do i do", "where do i go"): a question word and "i" among opening words, nothing else.
    /// </summary>
    private static bool AsksWhomFirst(string[] words, int ifAt)
    {
        var opening = words.Take(ifAt).ToList();
        return opening.Contains("i") && opening.Any(w => w is "who" or "where" or "what") && opening.All(AskingWhom.Contains);
    }
}
