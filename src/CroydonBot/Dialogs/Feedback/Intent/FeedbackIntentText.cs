namespace CroydonBot.Dialogs.Feedback.Intent;

/// <summary>
/// The text the model sees, for training and prediction alike: the message plus two made-up words that
/// carry its shape, which the word and letter counts alone see only weakly. A message that ends with a
/// question mark, or opens with a question word, is usually asking rather than telling; the model learns
/// how much that counts (and that "can u pass this on" is a request all the same).
/// </summary>
public static class FeedbackIntentText
{
    private const string QuestionMark = "qqquestionmarkqq";
    private const string QuestionWord = "qqquestionwordqq";
    private const string QuestionInside = "qqquestioninsideqq";

    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "how", "hw", "hows", "what", "whats", "wat", "wats", "wot", "wut", "where", "wheres", "who", "whos", "when", "wen", "why", "which",
        "is", "are", "am", "was", "were", "does", "do", "did", "can", "could", "will", "would", "should", "has", "have",
    };

    /// <summary>Two-word openings of a question met in the middle of a message.</summary>
    private static readonly HashSet<string> InsideQuestions = new(StringComparer.Ordinal)
    {
        "am i", "can i", "do i", "will i", "is that", "is it", "is there", "are there", "does she", "does he", "does it",
        "do they", "what does", "wat does", "what is", "whats that", "how do", "how much", "how long", "when can", "who do",
        "does that", "is this", "can they", "will they", "would i", "could i", "should i",
    };

    /// <summary>True when the message reads like a question anywhere: the model must then be surer before it is feedback.</summary>
    public static bool LooksLikeQuestion(string text) => Prepare(text).Contains(" qqquestion", StringComparison.Ordinal);

    /// <summary>
    /// True when the message asks for information: a question mark, a question inside ("is there any way", "how
    /// long") or a question word first. "can u log a complaint for me" opens like a question but is a request,
    /// so the model's reading alone decides it; "can i get the bursary?" and "how long can i have one" ask.
    /// </summary>
    public static bool AsksForInformation(string text)
    {
        var prepared = Prepare(text);
        var opening = text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(LinkWords.Contains).FirstOrDefault() ?? "";
        return prepared.Contains(" " + QuestionMark, StringComparison.Ordinal) || prepared.Contains(" " + QuestionInside, StringComparison.Ordinal)
            || (prepared.Contains(" " + QuestionWord, StringComparison.Ordinal) && !RequestOpenings.Contains(opening));
    }

    /// <summary>Openings of a request as often as of a question ("can u pass this on"): the model reads which.</summary>
    private static readonly HashSet<string> RequestOpenings = new(StringComparer.Ordinal) { "can", "could", "will", "would" };

    /// <summary>
    /// True when the message ends with a question mark or one of its clauses opens with a question word ("wait
    /// actually first, how much is the bursary"); a question word inside a clause that tells ("that's what i
    /// want to complain about") does not count.
    /// </summary>
    public static bool AsksSomething(string text)
    {
        if (text.TrimEnd().EndsWith('?'))
        {
            return true;
        }
        // Dashes and brackets part clauses too ("wait first - how often is she meant to see me").
        return Clauses(text).Select((words, i) => (Words: words, First: i == 0))
            .Any(c => c.Words.Length > 0 && QuestionWords.Contains(c.Words[0]) && (c.First || !Relatives.Contains(c.Words[0]) || c.Words.Length > 1 && Auxiliaries.Contains(c.Words[1])));
    }

    /// <summary>
    /// True when a clause after the first opens as a question that is not a request ("my mate lives with me, does
    /// the council tax thing cover her share"): the situation comes first, then the question.
    /// "..., can u pass it on" is a request, which the model reads.
    /// </summary>
    public static bool AsksInALaterClause(string text) =>
        Clauses(text).Skip(1).Any(words => words.Length > 1 && QuestionWords.Contains(words[0]) && !RequestOpenings.Contains(words[0])
            && (!Relatives.Contains(words[0]) || Auxiliaries.Contains(words[1])));

    private static IEnumerable<string[]> Clauses(string text) =>
        text.ToLowerInvariant().Replace("'", "", StringComparison.Ordinal)
            .Split([',', '.', ';', '!', ':', '\n', '-', '\u2013', '\u2014', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Select(clause => clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => LinkWords.Contains(w) || ClauseOpeners.Contains(w)).ToArray());

    /// <summary>
    /// Question words that, after a comma, usually start a clause that tells ("my relief was stopped, which i'd
    /// like looked into"; "i rang the team, who never called back"): a question only with a verb after them ("who do i ask").
    /// </summary>
    private static readonly HashSet<string> Relatives = new(StringComparer.Ordinal) { "which", "who", "where", "when", "what" };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "is", "are", "am", "was", "were", "do", "does", "did", "can", "could", "will", "would", "should", "has", "have", "happens", "happened", "about",
    };

    /// <summary>Words that may come before a question in a clause without being its opening ("well", "first").</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal) { "well", "first", "one", "more", "thing", "question", "like", "wait" };

    /// <summary>
    /// True when the message ends with a question mark or opens with a question word (after "ok", "so", "wait"):
    /// a stricter test than <see cref="LooksLikeQuestion"/>, which also counts "what" or "which" inside a
    /// sentence that tells ("they keep saying my PA ends at 21, which isn't right").
    /// </summary>
    public static bool OpensLikeQuestion(string text)
    {
        var prepared = Prepare(text);
        return prepared.Contains(" " + QuestionMark, StringComparison.Ordinal) || prepared.Contains(" " + QuestionWord, StringComparison.Ordinal);
    }

    /// <summary>
    /// True when at most half the message's pieces are words (two or more letters): code, symbols, numbers
    /// and stray letters. The model learned from sentences, so on such text its guess means nothing.
    /// </summary>
    public static bool IsMostlyNotWords(string text)
    {
        var pieces = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var words = pieces.Count(p => p.Count(char.IsLetter) >= 2 && p.Count(char.IsLetter) * 2 > p.Length);
        return words * 2 <= pieces.Length;
    }

    public static string Prepare(string text)
    {
        var trimmed = text.Trim();
        var words = trimmed.ToLowerInvariant().Replace("'", "", StringComparison.Ordinal)
            .Split([' ', ',', '.', '?', '!', ';', ':'], StringSplitOptions.RemoveEmptyEntries);
        // "and whos the mayor", "ok so how much is it", "btw how much is it": a leading link word is not the question's opening.
        var opening = words.SkipWhile(w => LinkWords.Contains(w)).FirstOrDefault() ?? "";
        var inside = words.Skip(1).Any(WhWords.Contains)
            || words.Skip(1).Zip(words.Skip(2)).Any(pair => InsideQuestions.Contains(pair.First + " " + pair.Second));
        var shape = (trimmed.EndsWith('?') ? " " + QuestionMark : "") + (QuestionWords.Contains(opening) ? " " + QuestionWord : "")
            + (inside ? " " + QuestionInside : "") + MessageIntent.Marks(trimmed);
        return trimmed + shape;
    }

    private static readonly HashSet<string> LinkWords = new(StringComparer.Ordinal) { "and", "so", "but", "ok", "okay", "also", "then", "oh", "hmm", "um", "wait", "hey", "hi", "actually", "quick", "q", "btw", "sorry", "just", "erm", "lol", "right", "yo" };

    private static readonly HashSet<string> WhWords = new(StringComparer.Ordinal) { "how", "what", "whats", "wat", "wot", "wut", "when", "wen", "where", "who", "whos", "why", "which" };
}
