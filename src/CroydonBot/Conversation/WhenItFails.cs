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
        var words = PlainWords.Of(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 3 or > MaxWords)
        {
            return false;
        }
        var ifAt = Array.IndexOf(words, "if");
        // The "if" opens the message, after at most a short link ("and", "what", "but what").
        if (ifAt is < 0 or > 2 || ifAt + 2 > words.Length || !Actors.Contains(words[ifAt + 1]))
        {
            return false;
        }
        return words.Skip(ifAt + 1).Take(4).Any(Negations.Contains);
    }
}
