using CroydonBot.Text;

namespace CroydonBot.Conversation;

/// <summary>
/// A short follow-up asking for the one before the thing just answered ("and before that?", "what about the one before",
/// "n the time before", "the previous one"): after an answer about a dated section (the 2024 inspection) it asks for the
/// section of the same kind dated before it, not the same section again. Its words name nothing, so read with the
/// conversation's subject they find the last answer again. "last time" at the end ("was it the same last time") asks the same:
/// the time before the one just answered, not "the last time" ofsted came, which is the newest.
/// </summary>
public static class EarlierOne
{
    /// <summary>A message longer than this says more than "the one before" ("what did i need to do before that meeting with my PA").</summary>
    private const int MaxWords = 7;

    /// <summary>
    /// Round AE (conv-ae): a question of how it was before may be longer ("n was it always like that or was it bad before"): it
    /// still names nothing but how it was, and its "before" or "always" points at the time before the one just answered.
    /// </summary>
    private const int MaxWordsAskingHowItWas = 12;

    /// <summary>Past forms that open "was it always ...", "has it always been ...": whether it held before as well.</summary>
    private static readonly HashSet<string> PastHelpers = new(StringComparer.Ordinal)
    {
        "was", "were", "has", "have", "had", "wasnt", "hasnt", "havent",
    };

    /// <summary>What "was it always" may be said of: the thing just answered.</summary>
    private static readonly HashSet<string> ThingAnswered = new(StringComparer.Ordinal) { "it", "they", "that", "this", "croydon", "its", "theyve" };

    /// <summary>What "before" may point back at: the thing just said, or a thing of its kind.</summary>
    private static readonly HashSet<string> PointedAt = new(StringComparer.Ordinal)
    {
        "that", "this", "it", "then", "them", "those", "one", "ones", "time", "inspection", "rating", "report", "visit", "grade", "judgement",
    };

    /// <summary>Words that make it the asker's own timing ("can i get it before i turn 18", "what do i do before that").</summary>
    private static readonly HashSet<string> Asker = new(StringComparer.Ordinal)
    {
        "i", "im", "me", "my", "u", "you", "your", "ur", "we", "do", "should", "can", "need", "have",
    };

    /// <summary>
    /// True when <paramref name="text"/> asks for the one before what was said: "before" next to a word pointing back at it
    /// ("before that", "the one before", "the inspection before"), or "previous"/"earlier" before such a word, with no year
    /// or age of its own and nothing of the asker's own timing.
    /// </summary>
    public static bool Asks(string text)
    {
        var words = AskedPart(text);
        if (words.Length is 0 || words.Any(w => AsciiDigits.In(w)) || words.Any(Asker.Contains))
        {
            return false;
        }
        if (words.Length <= MaxWordsAskingHowItWas && AsksHowItWas(words))
        {
            return true;
        }
        if (words.Length > MaxWords)
        {
            return false;
        }
        for (var i = 0; i < words.Length; i++)
        {
            var next = i + 1 < words.Length ? words[i + 1] : null;
            var previous = i > 0 ? words[i - 1] : null;
            if (words[i] == "before" && (next is not null && PointedAt.Contains(next) || previous is not null && PointedAt.Contains(previous)))
            {
                return true;
            }
            if (words[i] is "previous" or "earlier" or "prior" && next is not null && PointedAt.Contains(next))
            {
                return true;
            }
            if (words[i] == "last" && next == "time" && i + 2 == words.Length && previous is not "the")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Round AG (ofsted-ag): words that open the asker's reason or story after the question ("was it always like that tho my
    /// foster carer said it used to be bad", "and before that cos my sw said"): what follows tells why they ask, not what.
    /// </summary>
    private static readonly HashSet<string> StoryOpeners = new(StringComparer.Ordinal)
    {
        "tho", "though", "cos", "coz", "cuz", "because", "bc", "cause", "coss",
    };

    /// <summary>Text speak for "before" that holds a digit ("b4", "n b4 that"), read as the word it stands for.</summary>
    private static readonly Dictionary<string, string> SaidForBefore = new(StringComparer.Ordinal) { ["b4"] = "before", ["bfore"] = "before", ["b4re"] = "before" };

    /// <summary>
    /// The words of <paramref name="text"/> that ask: up to a word opening the asker's story (<see cref="StoryOpeners"/>) when
    /// at least two words come before it, with "b4" read as "before". The story's "my" and "i" are the asker's own words about
    /// someone else's say-so, not the asker's own timing.
    /// </summary>
    private static string[] AskedPart(string text)
    {
        var words = PlainWords.WordsOf(text)
            .Select(w => SaidForBefore.TryGetValue(w, out var plain) ? plain : w).ToArray();
        var story = Array.FindIndex(words, StoryOpeners.Contains);
        return story >= 2 ? words[..story] : words;
    }

    /// <summary>
    /// Round AE (conv-ae): true when the words ask how the thing just answered was before it: "before" closing a question of
    /// what it was ("was it bad before", "what was it like before?"), or "always" after a past helper and the thing
    /// ("was it always like that", "has it always been good"). Both ask for the time before the one just answered; read with
    /// the conversation's subject, their words found the last answer again. A present "is it always" asks how often.
    /// </summary>
    private static bool AsksHowItWas(string[] words)
    {
        var pastQuestion = words.Any(PastHelpers.Contains);
        if (pastQuestion && words[^1] == "before" && words.Length > 2)
        {
            return true;
        }
        for (var i = 2; i < words.Length; i++)
        {
            if (words[i] == "always" && ThingAnswered.Contains(words[i - 1]) && PastHelpers.Contains(words[i - 2]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Words after "always" that say no state of its own ("was it always like that", "has it always been the same").</summary>
    private static readonly HashSet<string> NoState = new(StringComparer.Ordinal)
    {
        "like", "that", "this", "the", "same", "so", "been", "be", "a", "an", "there", "around", "nah", "not", "really", "way",
    };

    /// <summary>Words that may close "before 2017" without saying more ("wat was it before 2017 tho").</summary>
    private static readonly HashSet<string> Closers = new(StringComparer.Ordinal) { "then", "tho", "though", "too", "again" };

    /// <summary>
    /// Round AI (ofsted-ai): the year a short follow-up asks for the time before ("and before 2017?", "wat was it like before
    /// 2020"): "before" and a year closing the question, nothing of the asker's own timing ("can i get it before 2025"). Null
    /// otherwise. The step back is from that year's section of the timeline, whichever the last answer was.
    /// </summary>
    public static int? YearAskedBefore(string text)
    {
        var words = AskedPart(text);
        if (words.Length is 0 or > MaxWordsAskingHowItWas || words.Any(Asker.Contains))
        {
            return null;
        }
        var before = Array.IndexOf(words, "before");
        if (before < 0 || before + 1 >= words.Length || words[before + 1] is not { Length: 4 } year || !year.All(char.IsAsciiDigit)
            || year[..2] is not ("19" or "20") || !words.Skip(before + 2).All(Closers.Contains))
        {
            return null;
        }
        return int.Parse(year, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Round AI (ofsted-ai): true when <paramref name="text"/> asks how it was before with "always" ("was it always like that",
    /// "has it always been this way"): whether it was ever otherwise, not merely the time before.
    /// </summary>
    public static bool AsksAlways(string text) => Asks(text) && AskedPart(text).Contains("always", StringComparer.Ordinal);

    /// <summary>
    /// Round AF (conv-af): the state "always" asks about in a question of how it was before ("n was it always good or nah": "good";
    /// "has it always been bad": "bad"), or null when it names none ("was it always like that") or asks no such thing. "Was it
    /// always good" asks whether it was ever not: the time before when it was no longer so, not merely the time before.
    /// </summary>
    public static string? StateAlwaysAsked(string text)
    {
        var words = AskedPart(text);
        if (!Asks(text))
        {
            return null;
        }
        var always = Array.IndexOf(words, "always");
        if (always < 0)
        {
            return null;
        }
        // The first word after "always" that says a state, within its own clause: "or"/"and" open another ("was it always like that
        // or was it bad before" names no state of its own after "always").
        var state = words.Skip(always + 1).TakeWhile(w => w is not ("or" or "and" or "n")).FirstOrDefault(w => !NoState.Contains(w));
        return state is { Length: >= 3 } && !NoState.Contains(state) && state.All(char.IsLetter) ? state : null;
    }
}
