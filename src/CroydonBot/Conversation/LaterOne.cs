using CroydonBot.Text;

namespace CroydonBot.Conversation;

/// <summary>
/// A short follow-up asking for what came after the thing just answered ("and after?", "and then?", "what happened after
/// that", "the next one") or for how it is now ("and now", "what about now?"). Like <see cref="EarlierOne"/>, its words name
/// nothing, so read with the conversation's subject they find the last answer again; after a dated section (the 2017
/// inspection) they ask for a later section of the timeline.
/// </summary>
public static class LaterOne
{
    /// <summary>A message longer than this says more than "the one after" ("what do i do after that meeting with my PA tomorrow").</summary>
    private const int MaxWords = 8;

    /// <summary>Words that only link a follow-up to the last answer or point back at it: none names a subject.</summary>
    private static readonly HashSet<string> Link = new(StringComparer.Ordinal)
    {
        "and", "n", "so", "ok", "okay", "what", "whats", "wat", "about", "how", "hows", "is", "was", "it", "its", "that", "this",
        "the", "one", "ones", "then", "tho", "though", "like", "came", "come", "comes", "rn", "right", "at", "moment", "these",
        "days", "there", "time", "or", "not", "still",
    };

    /// <summary>At most this many words of its own beside "after" ("so it went downhill after that"): more is a question of its own.</summary>
    private const int MaxOwnWordsAfter = 2;

    /// <summary>At most this many words of its own beside "now" ("so is it good now"): more is a question of its own.</summary>
    private const int MaxOwnWordsNow = 2;

    /// <summary>Words that ask for the next one.</summary>
    private static readonly HashSet<string> Next = new(StringComparer.Ordinal) { "after", "afterwards", "next", "later" };

    /// <summary>Words that ask how it is now.</summary>
    private static readonly HashSet<string> Now = new(StringComparer.Ordinal) { "now", "nowadays", "today", "currently" };

    /// <summary>Words that make it the asker's own timing ("what do i do after that", "can i get it now").</summary>
    private static readonly HashSet<string> Asker = new(StringComparer.Ordinal)
    {
        "i", "im", "me", "my", "u", "you", "your", "ur", "we", "do", "should", "can", "need", "have",
    };

    /// <summary>
    /// True when <paramref name="text"/> asks what came next: "after", "next" or "later", or "then" on its own after a link word
    /// ("and then?"), with nothing of the asker's own, no number, and besides link words at most words the guide's headings may
    /// share ("what happened after that", "so it went downhill after that": <see cref="OwnWords"/>).
    /// </summary>
    public static bool AsksAfter(string text)
    {
        var words = Words(text);
        if (words is null)
        {
            return false;
        }
        // "and then?" / "n then what": "then" asks what came next only with nothing but link words beside it.
        var bareThen = words.Contains("then") && words.All(w => Link.Contains(w));
        return (words.Any(Next.Contains) || bareThen && words.Length > 1) && !words.Any(Now.Contains)
            && words.Count(w => !Link.Contains(w) && !Next.Contains(w)) <= MaxOwnWordsAfter;
    }

    /// <summary>
    /// True when <paramref name="text"/> asks how it is now: "now" with link words ("and now", "what about now?", "hows it now"),
    /// and at most a word or two of its own ("so is it good now or not"), which <see cref="OwnWords"/> gives: the newest
    /// section saying them answers it.
    /// </summary>
    public static bool AsksNow(string text) =>
        Words(text) is { } words && words.Any(Now.Contains) && words.Count(w => !Link.Contains(w) && !Now.Contains(w)) <= MaxOwnWordsNow;

    /// <summary>
    /// The words of a follow-up asking what came after that are neither link words nor "after" ("happened" in "what happened after
    /// that"): a later section whose heading says them ("what happened next") is what it asks for.
    /// </summary>
    public static IReadOnlyList<string> OwnWords(string text) =>
        [.. (Words(text) ?? []).Where(w => !Link.Contains(w) && !Next.Contains(w) && !Now.Contains(w))];

    private static string[]? Words(string text)
    {
        var words = PlainWords.WordsOf(text);
        return words.Length is 0 or > MaxWords || words.Any(w => AsciiDigits.In(w)) || words.Any(Asker.Contains) ? null : words;
    }
}
