using CroydonBot.Knowledge;
using CroydonBot.Text;

namespace CroydonBot.Conversation;

/// <summary>
/// Round AG (ofsted-ag): a follow-up asking for something "else" ("what else did they say was strong", "anything else they
/// praised", "who else helped"): it asks for what the last answer did not say. Read with the conversation's subject, its
/// words find the section just answered again; the answer is the next sure section instead, when there is one.
/// </summary>
public static class SomethingElse
{
    /// <summary>A message longer than this tells more than "what else" ("is there anything else i can do if my pa never texts back about my flat").</summary>
    private const int MaxWords = 10;

    /// <summary>The share of the best passage's coverage another section must reach to be as sure an answer.</summary>
    private const double CloseCoverage = 0.8;

    /// <summary>The words "else" follows when it asks for more of the same kind ("what else", "anything else", "who else").</summary>
    private static readonly HashSet<string> Askers = new(StringComparer.Ordinal)
    {
        "what", "wat", "wot", "who", "where", "which", "anything", "anyone", "anybody", "something", "owt", "nothing", "how", "whatelse",
    };

    /// <summary>True when <paramref name="text"/> asks for something else than what was just said: "else" after a question word.</summary>
    public static bool Asks(string text)
    {
        var words = PlainWords.WordsOf(text);
        if (words.Length is 0 or > MaxWords)
        {
            return false;
        }
        for (var i = 1; i < words.Length; i++)
        {
            if (words[i] == "else" && Askers.Contains(words[i - 1]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// <paramref name="result"/> led by its first hit from a section the last answer did not quote, when its best is one the
    /// last answer quoted (<paramref name="lastPassages"/>) and that hit is sure (<paramref name="threshold"/>, or nearly the best's
    /// coverage). Null otherwise:
    /// the reading stays as it is (nothing else sure is better said again than a guess).
    /// </summary>
    public static RetrievalResult? Beyond(RetrievalResult result, IReadOnlyCollection<string> lastPassages, double threshold)
    {
        if (result.Best is not { } best || !lastPassages.Contains(best.Passage.Id))
        {
            return null;
        }
        // "else" is a word no passage says, so it lowers every passage's coverage alike: a section covering nearly as much as
        // the one just answered is as sure an answer to what else there is.
        // Of those, the one covering most of the question, the better ranked among equals: "anything else they liked" after
        // the ambassadors' praise is the list of strengths (it says "impressive" too), not what an ambassador is.
        var other = result.Hits.Where(h => !lastPassages.Contains(h.Passage.Id)
            && (h.Coverage >= threshold || h.Coverage >= best.Coverage * CloseCoverage)).MaxBy(h => h.Coverage);
        return other is null ? null : result with { Hits = [other, .. result.Hits.Where(h => !ReferenceEquals(h, other))] };
    }
}
