using CroydonBot.Text;

namespace CroydonBot.Conversation;

/// <summary>
/// Round AN (follow-an, part 2): a follow-up asking whom to go to when someone the conversation is about does not do their part
/// ("what if mine just never turns up who do i even tell", "mine never answers my msgs who do i go to", "who do i ask if mine
/// left"). It asks for the subject's contact section (how to reach them, who covers when they are away), which the subject's
/// words alone do not find: read with them it finds what the subject is again (the PA up to 25).
/// </summary>
public static class WhomToAsk
{
    /// <summary>A message longer than this says more than whom to ask about a failure (a question of its own).</summary>
    private const int MaxWords = 14;

    /// <summary>The words the guides tell how to reach someone, and who covers for them, with: added to the subject to search.</summary>
    public const string ContactWords = "how to reach contact";

    /// <summary>Verbs of going to someone ("who do i ask", "who do i tell", "where do i go").</summary>
    private static readonly HashSet<string> GoingTo = new(StringComparer.Ordinal)
    {
        "ask", "tell", "contact", "go", "talk", "speak", "call", "ring", "phone", "message",
    };

    /// <summary>Someone else, who is meant to act: not the asker.</summary>
    private static readonly HashSet<string> Others = new(StringComparer.Ordinal)
    {
        "mine", "they", "she", "he", "shes", "hes", "theyre", "pa", "worker", "adviser",
    };

    /// <summary>Saying they did not do their part: a negation, or being gone ("left", "away", "cancelled").</summary>
    private static readonly HashSet<string> Failing = new(StringComparer.Ordinal)
    {
        "dont", "doesnt", "didnt", "wont", "never", "not", "aint", "isnt", "hasnt", "havent", "left", "away", "off", "cancelled",
        "cancels", "ignores", "ignoring", "gone",
    };

    /// <summary>
    /// True when <paramref name="text"/> asks whom to go to ("who"/"where" with "i" and a verb of going to someone), says someone
    /// else ("mine", "she", "my pa") and that they failed or are gone, and says nothing of a complaint (which has its own next
    /// step, <see cref="WhenItFails"/>).
    /// </summary>
    public static bool Asks(string text)
    {
        var words = PlainWords.WordsOf(text);
        return words.Length is >= 4 and <= MaxWords
            && words.Any(w => w is "who" or "where") && words.Contains("i") && words.Any(GoingTo.Contains)
            && words.Any(Others.Contains) && words.Any(Failing.Contains)
            && !words.Any(w => w.StartsWith("complain", StringComparison.Ordinal));
    }
}
