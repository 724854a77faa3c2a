namespace CroydonBot.Knowledge;

/// <summary>
/// Which sense a question's "complain" (or "moan", "criticise") has, read from who complains. The asker
/// complaining ("how do i complain about my PA", "who do i complain to") asks for the complaints process;
/// a third party complaining ("what did ofsted complain about", "did young people complain to the inspectors",
/// "people moan that PAs are stretched, did ofsted say that?") asks what was criticised or found, which the
/// seeds write as what must improve. Without the reading, the complaint word's rarity drew every such question
/// to the Complaints Resolution Team.
/// </summary>
public static class ComplaintSense
{
    /// <summary>The word the findings sense is searched by: one of the "what needs to improve" synonym group.</summary>
    public const string FindingsWord = "weaknesses";

    /// <summary>
    /// The question's plain words with each complaint word said of a third party replaced by <see cref="FindingsWord"/>;
    /// the same list when the asker complains or nobody is named.
    /// </summary>
    public static List<string> Resolve(List<string> words)
    {
        if (!words.Any(ComplaintWords.Contains) || words.Any(AskerWords.Contains))
        {
            // The asker (or a generic "you") complaining, or no complaint word: the process sense stands.
            return words;
        }
        var asksWhatWasSaid = AsksWhatWasSaid(words);
        List<string>? resolved = null;
        for (var i = 0; i < words.Count; i++)
        {
            // "did ofsted say anything about complaints", "did ofsted say care leavers can get help to complain": the complaint
            // comes after the saying, as what was said about, and the finding on complaints is the answer. "what did ofsted
            // complain about" says it as the saying itself, and "did ofsted say people moan about PAs" names who complains.
            if (ComplaintWords.Contains(words[i]) && (asksWhatWasSaid && !SaidAbout(words, i) || ThirdPartyBefore(words, i)))
            {
                resolved ??= [.. words];
                resolved[i] = FindingsWord;
            }
        }
        return resolved ?? words;
    }

    /// <summary>
    /// The complaint word's subject, skipping the adverbs and auxiliaries between ("people always moan",
    /// "ofsted did not criticise"), is someone other than the asker.
    /// </summary>
    private static bool ThirdPartyBefore(List<string> words, int at)
    {
        for (var i = at - 1; i >= 0 && i >= at - 4; i--)
        {
            if (ThirdParties.Contains(words[i]))
            {
                return true;
            }
            if (!Between.Contains(words[i]))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// True when the complaint word at <paramref name="at"/> is the topic of a saying before it: "about" between them ("say
    /// anything about complaints"), or complaining as something people may do ("able to complain", "help to complain"). "did
    /// ofsted find any complaints about it" has the complaints as what was found, someone's criticism.
    /// </summary>
    private static bool SaidAbout(List<string> words, int at)
    {
        for (var i = 0; i < at; i++)
        {
            if (SayWords.Contains(words[i]) && !ComplaintWords.Contains(words[i]))
            {
                return words[at - 1] == "to" || words.Skip(i + 1).Take(at - i - 1).Contains("about");
            }
        }
        return false;
    }

    /// <summary>
    /// "did ofsted say that", "what did the inspectors find": the question asks what an inspection or report said,
    /// so a complaint it mentions is someone's criticism, not the asker's.
    /// </summary>
    private static bool AsksWhatWasSaid(List<string> words)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var who = words[i + 1] == "the" && i + 2 < words.Count ? i + 2 : i + 1;
            if (words[i] is "did" or "does" or "do" or "has" or "have"
                && Inspectors.Contains(words[who])
                && words.Skip(who + 1).Take(3).Any(SayWords.Contains))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True for a word of complaint ("complain", "complaint", "moan", "criticise" and their forms).</summary>
    public static bool IsComplaintWord(string word) => ComplaintWords.Contains(word);

    private static readonly HashSet<string> ComplaintWords =
    [
        "complain", "complains", "complained", "complaining", "complaint", "complaints",
        "moan", "moans", "moaned", "moaning",
        "criticise", "criticises", "criticised", "criticising", "criticize", "criticizes", "criticized", "criticizing",
        "criticism", "criticisms",
    ];

    // "you" is the generic asker ("can you complain about a PA"): the process sense.
    private static readonly HashSet<string> AskerWords = ["i", "im", "ive", "id", "me", "my", "mine", "myself", "we", "us", "our", "you", "your", "u", "ur"];

    private static readonly HashSet<string> Inspectors = ["ofsted", "inspectors", "inspector", "inspection", "report", "they"];

    private static readonly HashSet<string> SayWords = ["say", "said", "find", "found", "mention", "mentioned", "write", "wrote", "note", "noted", "agree", "report", "raise", "raised", "complain", "criticise", "criticize"];

    private static readonly HashSet<string> ThirdParties =
    [
        "ofsted", "inspectors", "inspector", "inspection", "report", "watchdog",
        "people", "leavers", "kids", "children", "ambassadors", "others", "everyone", "everybody", "someone", "somebody",
        "they", "families", "parents", "carers", "staff", "councillors", "mayor", "government", "lot", "loads", "many", "some",
    ];

    private static readonly HashSet<string> Between =
    [
        "did", "do", "does", "didnt", "dont", "doesnt", "not", "ever", "always", "often", "still", "really", "actually",
        "all", "also", "even", "just", "usually", "constantly", "keep", "kept", "have", "has", "had", "to",
    ];
}
