using System.Text.RegularExpressions;
using CroydonBot.Text;

namespace CroydonBot.Knowledge;

/// <summary>
/// The question sentences of a message that tells a story first ("I moved to Sutton last year and I'm panicking
/// about my bill. Does the council tax help still apply?"). The story's words are rarely in any guide, and counted
/// as fully as the question's they dilute how much of the message the right section covers until the bot says it
/// does not know; read as context, they still help, but the question decides.
/// </summary>
public static partial class QuestionFocus
{
    /// <summary>
    /// The sentences that ask (a question mark, or a question word first), or null when the message has no story
    /// around its question (a single sentence, no sentence that asks, or nothing but questions) or when the question
    /// points back at the story ("is that true?").
    /// </summary>
    public static string? Of(string message)
    {
        var trimmed = message.Trim();
        if (HearsayFrame.Claim(trimmed) is { } claim)
        {
            // "someone at the jobcentre mentioned the care leaver covenant. wat is it": the claim is what "it" is, so it is
            // asked about whole; only the frame is story.
            return claim;
        }
        // Most questions are one sentence: no split on every uncached question, unless a clause tells after it asks.
        var sentences = (HasInnerBoundary(trimmed) ? Boundary().Split(trimmed).Where(s => s.Any(char.IsLetterOrDigit)) : [trimmed])
            .SelectMany(AskThenTell).ToList();
        if (sentences.Count < 2)
        {
            return Framed(trimmed);
        }
        var asking = sentences.Select(Asking).OfType<string>().ToList();
        if (asking.Count == 0)
        {
            // Only when no sentence asks outright: "...this stuff, why does no one tell us" beside a real question is a moan.
            asking = sentences.Where(AsksAboutItsOwnClause).ToList();
        }
        // "Is that still how it works?" asks about the story itself: then the story is the question. A sentence whose
        // "that" points at its own first clause ("X, is that real?") does not.
        var pointsBack = asking.Any(s => PlainWords.Split(s).Any(PointsBack.Contains) && !AsksAboutItsOwnClause(s));
        if (asking.Count == 0 || asking.Count == sentences.Count || pointsBack && !AsksOnItsOwn(sentences, asking))
        {
            return null;
        }
        return string.Join(' ', asking);
    }

    /// <summary>
    /// A sentence that asks first and then tells, with only a comma or a dash between ("whats a pathway plan, my PA keeps going
    /// on about it", "how much is the bursary - my boss asked me"), as its question and its story; any other sentence whole.
    /// Young people splice the two where a full stop would go, and read as one question the story's nouns (the PA, the boss)
    /// weighed as much as the thing asked about and drew the answer to their own sections. The story must open with someone
    /// else ("my", "someone", "they", "she"), name no question word and end without a question mark: ", and who pays it" and
    /// ", can i get it?" go on asking, and what the asker says of themselves (", im 20 and dont want kids stuff", ", i finish
    /// college at 5") narrows the question or is no question at all (measured: read as story it lost answers and feedback).
    /// </summary>
    private static IEnumerable<string> AskThenTell(string sentence)
    {
        var story = TrailingStory().Match(sentence);
        if (!story.Success || !QuestionShape.OpensWithQuestionWord(sentence[..story.Index]))
        {
            return [sentence];
        }
        return [sentence[..story.Index].Trim(), story.Groups["story"].Value.Trim()];
    }

    [GeneratedRegex(@"(?:[,;\u2013\u2014]|\s-+)\s*(?<story>(?:my|someone|somebody|sum1|some1|ppl|people|everyone|everybody|they|theyre|they're|she|shes|she's|he|hes|he's)\b(?!.*\b(?:what|whats|what's|wat|how|when|wen|where|who|whos|which|why)\b)[^?]*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingStory();

    /// <summary>
    /// The part of a message that asks, apart from what frames it: each sentence that opens as a question, the
    /// question clause of a sentence that frames it first ("before i write a complaint, what rating did ofsted give?"),
    /// a sentence with a question mark; null when the whole message is that part or nothing asks. Unlike
    /// <see cref="Of"/>, a question pointing back ("is that something i should have had?") is still the asking part:
    /// this says only where the question is, not how much the story weighs.
    /// </summary>
    public static string? AskingPart(string message)
    {
        var trimmed = message.Trim();
        var sentences = HasInnerBoundary(trimmed)
            ? Boundary().Split(trimmed).Where(s => s.Any(char.IsLetterOrDigit)).ToList()
            : [trimmed];
        var parts = new List<string>();
        foreach (var sentence in sentences)
        {
            if (QuestionShape.OpensWithQuestionWord(sentence))
            {
                parts.Add(sentence);
            }
            else if (sentence.IndexOfAny(ClauseBreaks) >= 0 && QuestionShape.AsksInALaterClause(sentence))
            {
                parts.Add(QuestionShape.QuestionPart(sentence));
            }
            else if (QuestionShape.EndsWithMark(sentence))
            {
                parts.Add(MarkedClause(sentence));
            }
            else if (Embedded(sentence) is { } embedded)
            {
                parts.Add(embedded);
            }
        }
        var asking = string.Join(' ', parts);
        return parts.Count == 0 || asking.Length >= trimmed.Length ? null : asking;
    }

    /// <summary>
    /// The clause of a sentence with a question mark that opens with a question word ("before i write a complaint,
    /// what grade did ofsted give?"), with what follows it; the whole sentence when no later clause opens so.
    /// <see cref="QuestionShape.AsksInALaterClause"/> reads "what grade" after a comma as a relative that may tell;
    /// the mark at the end says it asks.
    /// </summary>
    private static string MarkedClause(string sentence)
    {
        var starts = new List<int>();
        for (var i = 0; i < sentence.Length; i++)
        {
            if (Array.IndexOf(ClauseBreaks, sentence[i]) >= 0)
            {
                starts.Add(i + 1);
            }
        }
        foreach (var start in starts)
        {
            var clause = sentence[start..].Trim();
            var first = PlainWords.Split(clause).FirstOrDefault();
            if (first is not null && ClauseQuestionWords.Contains(first))
            {
                return clause;
            }
        }
        return sentence;
    }

    /// <summary>
    /// A later clause in which the asker asks what they may do or get ("im 22 now and doing well, can i still get a PA"), or
    /// null. <see cref="QuestionShape.AsksInALaterClause"/> leaves out every clause opening "can" or "could", as "..., can u
    /// pass it on" asks someone to act; with "i" or "we" after it, the asker is the subject and it is a question.
    /// </summary>
    private static string? AskersClause(string sentence)
    {
        var match = AskerAsks().Match(sentence);
        return match.Success ? OwnQuestion(sentence[match.Groups["question"].Index..].Trim()) : null;
    }

    /// <summary>The question, or null when it points back at the story around it ("can i still get it", "if that's why").</summary>
    private static string? OwnQuestion(string question) =>
        PointsAtTheStory(question) ? null : question;

    /// <summary>True when a question has a word pointing back at what was told before it ("is that true", "can she get it").</summary>
    public static bool PointsAtTheStory(string question) =>
        PlainWords.Split(question).Any(w => PointsBack.Contains(w) || Pronouns.Contains(w));

    [GeneratedRegex(@"[,;:\u2013\u2014-]\s*(?:(?:and|so|but|ok|also|then|just)\s+)*(?<question>(?:can|could|will|would|do|should|am)\s+(?:i|we)\b.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AskerAsks();

    /// <summary>
    /// The question told inside a statement of wanting to know ("ugh im dying to know how much the setting up home allowance
    /// is", "been wondering when the forum meets"): from its question word on, or null. Not knowing is not wanting to know:
    /// "i dont know how im going to afford anything" tells a worry. The wanting ("dying", "ugh") names no
    /// subject, and weighed like the question's words it sank the right section under the threshold.
    /// </summary>
    private static string? Embedded(string sentence)
    {
        var match = WantsToKnow().Match(sentence);
        if (!match.Success || match.Index == 0)
        {
            return null;
        }
        // "i keep wondering if that's why" asks about the story: then the story is the question.
        return OwnQuestion(sentence[match.Groups["question"].Index..].Trim());
    }

    [GeneratedRegex(@"\b(?:(?:dying|want|wanna|need|needa|like|love|trying|tryna|desperate|keen)\s+(?:to\s+)?(?:know|knw|kno|find out)|wondering|wonderin|i wonder)\s+(?<question>(?:how|what|whats|when|where|who|whether|if|which|why)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WantsToKnow();

    private static readonly HashSet<string> ClauseQuestionWords = new(StringComparer.Ordinal)
    {
        "what", "whats", "which", "who", "whos", "how", "when", "where", "why", "is", "are", "was", "were", "do", "does", "did",
        "can", "could", "will", "would", "should", "has", "have",
    };

    /// <summary>
    /// The question of a sentence that frames it first ("not complaining just curious, what did ofsted rate croydon",
    /// "so annoyed at bus fares, is there a discount for care leavers"), or null when the sentence opens as a question
    /// or asks nothing. The framing's words ("complaining", "ambassador") drew the answer to their own sections.
    /// </summary>
    private static string? Framed(string sentence)
    {
        if (QuestionShape.OpensWithQuestionWord(sentence))
        {
            return null;
        }
        if (sentence.IndexOfAny(ClauseBreaks) < 0 || !QuestionShape.AsksInALaterClause(sentence))
        {
            return AskersClause(sentence) ?? Embedded(sentence);
        }
        var part = QuestionShape.QuestionPart(sentence);
        // "..., which was annoying" goes on telling: after a comma "which" asks only with a question mark.
        if (part.StartsWith("which ", StringComparison.OrdinalIgnoreCase) && !QuestionShape.EndsWithMark(part))
        {
            return null;
        }
        // "..., does she get it" asks about the clause before it: then that clause is the question's subject, not its frame.
        return part.Length < sentence.Length && !PointsAtTheStory(part) ? part : null;
    }

    /// <summary>
    /// What a sentence of a story asks: all of it when it opens as a question, its question when a clause frames it.
    /// A sentence whose later clause asks about the clause before it ("i saw on the news care leavers get free
    /// prescriptions, is that real?") is the question when no other sentence asks: read as story, its subject weighed
    /// as little as the asthma and the hours around it, and the bot said it did not know.
    /// </summary>
    private static string? Asking(string sentence) =>
        QuestionShape.OpensLikeQuestion(sentence) ? sentence
        : AfterASwitch(sentence) is { } question && QuestionShape.OpensLikeQuestion(question) ? question
        : Framed(sentence);

    /// <summary>
    /// The sentence after the words that switch to a new question ("unrelated but how long can i keep my PA", "ngl
    /// random q, whats the local offer"), or null when it opens with none. The story before such a sentence is an aside.
    /// </summary>
    private static string? AfterASwitch(string sentence)
    {
        var match = Switch().Match(sentence);
        return match.Success && match.Length < sentence.Length ? sentence[match.Length..].Trim() : null;
    }

    [GeneratedRegex(@"^\s*(?:(?:unrelated|random|separate|seperate|separately|different|diff|other|another|side|totally|completely|ps|also|ngl|tbh|lowkey|honestly|haha|lol|lmao|omg|ugh|anyhow|anyway|anyways|but|and|so|ok|okay|oh|q|question|qn|note|thing)\b[\s,:-]*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Switch();

    /// <summary>True when a sentence asks in a later clause that points back at its first ("..., is that true", "..., does it include me").</summary>
    private static bool AsksAboutItsOwnClause(string sentence)
    {
        if (sentence.IndexOfAny(ClauseBreaks) < 0 || !QuestionShape.AsksInALaterClause(sentence))
        {
            return false;
        }
        var part = QuestionShape.QuestionPart(sentence);
        return part.Length < sentence.Length && PointsAtTheStory(part);
    }

    /// <summary>
    /// True when a question that points back ("is it still that bad?") still asks on its own words: after a long story
    /// (two sentences or more of telling) whose last sentence before it tells no one's claim. "...I got moved six
    /// times. I'm scared it'll be the same. Is it still that bad?" weighed every story word (moved, six, scared) in
    /// full and fell under the threshold, though its own words ask the whole question; "My mate said X. Is that still
    /// how it works?" asks about the claim just before it, which only the story names. The planner keeps the story
    /// whole anyway when the question names no idea of its own ("is that true?").
    /// </summary>
    private static bool AsksOnItsOwn(List<string> sentences, List<string> asking)
    {
        var first = sentences.FindIndex(s => s.Contains(asking[0], StringComparison.Ordinal));
        return sentences.Count - asking.Count >= LongStory && first > 0 && !PlainWords.Split(sentences[first - 1]).Any(ReportsAClaim.Contains);
    }

    private const int LongStory = 2;

    // The words that report what someone said: a question pointing back right after them asks about that claim.
    internal static readonly HashSet<string> ReportsAClaim = new(StringComparer.Ordinal) { "said", "says", "say", "told", "tells", "tell", "heard", "hear", "reckons", "reckon", "claims", "claimed", "warned", "saying", "telling" };

    private static readonly char[] ClauseBreaks = [',', ';', ':', '-', '\u2013', '\u2014'];

    private static bool HasInnerBoundary(string text)
    {
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (text[i] == '\n' || text[i] is '.' or '!' or '?' && char.IsWhiteSpace(text[i + 1]) || IsEmoji(text[i]) && i > 0)
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> PointsBack = new(StringComparer.Ordinal) { "that", "thats", "this", "these", "those" };

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "it", "its", "she", "he", "they", "them", "her", "him" };

    /// <summary>An emoji (a surrogate half or another symbol): young people end a sentence with one instead of a full stop.</summary>
    private static bool IsEmoji(char c) =>
        char.IsSurrogate(c) || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherSymbol;

    // Young people rarely capitalise, so any end mark followed by a space ends a sentence, as does a new line or an emoji.
    [GeneratedRegex(@"(?<=[.!?])\s+|\n+|\s*[\p{Cs}\p{So}\uFE0F\u200D]+\s*")]
    private static partial Regex Boundary();
}
