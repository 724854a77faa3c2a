using System.Text.RegularExpressions;

namespace CroydonBot.Knowledge;

/// <summary>
/// Finds two questions in one message ("what's a PA? and can I get money for uni?"), so the bot can answer
/// the first and offer the second.
/// </summary>
public static partial class QuestionSplitter
{
    private const int MinWords = 3;

    public static IReadOnlyList<string> Split(string text)
    {
        var parts = Separator().Split(text)
            .Select(p => Leading().Replace(p.Trim(), ""))
            .Where(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinWords)
            // The second question comes back as a button: markup or control characters are never echoed.
            .Where(p => !p.Any(c => c is '<' or '>' || char.IsControl(c)))
            .ToList();
        // A fragment after a question that neither asks nor tells ("n before that? like 2017") says which thing the
        // question meant: one question. A sentence that tells ("my PA keeps saying it") stays apart, as before: read with
        // the question, its story words steered the question to other sections (tried in round P: 6 cases lost, 0 won).
        if (parts.Count >= 2 && (IsFragment(parts[1]) || IsAskerNote(parts[1])))
        {
            return [text.Trim()];
        }
        if (parts.Count >= 2 && IsClaimNote(parts[1]))
        {
            // "did croydon fail its ofsted? my foster dad told me it did": the note on who said it is no second question, and
            // read with the question its story words pull it off (measured: "my foster mum said it was proper bad" beside 2017
            // found 2017's care leavers). The question is asked alone.
            return [parts[0]];
        }
        return parts.Count >= 2 ? parts.Take(2).ToList() : [text.Trim()];
    }

    /// <summary>Words of a clause that has a person in it: it tells something rather than narrowing the question.</summary>
    private static readonly HashSet<string> Persons = new(StringComparer.Ordinal)
    {
        "i", "im", "ive", "id", "ill", "my", "me", "mine", "he", "she", "his", "her", "him", "it", "its", "they", "their", "them", "theyre",
        "we", "our", "us", "you", "u", "your", "ur", "youre", "this", "that", "thats",
    };

    /// <summary>Openings of a fragment that narrows what was asked: "like 2017", "say in 2020", "or the year before".</summary>
    private static readonly HashSet<string> Narrowing = new(StringComparer.Ordinal) { "like", "say", "eg", "or", "as", "specifically", "especially", "namely", "for" };

    /// <summary>
    /// True when <paramref name="part"/> is no question, has no person in it and names a number or opens by narrowing:
    /// "like 2017 or wateva"; "so stressed rn cant sleep" tells how someone feels and stays apart.
    /// </summary>
    private static bool IsFragment(string part)
    {
        var words = Text.PlainWords.Split(part).ToList();
        return !Text.QuestionShape.LooksLikeQuestion(part) && !words.Any(Persons.Contains)
            && (words.Any(w => Text.AsciiDigits.In(w)) || words.Count > 0 && Narrowing.Contains(words[0]));
    }

    /// <summary>Openings of a note on who asks or why ("asking as a foster carer", "just wondering for my nan").</summary>
    private static readonly HashSet<string> AskerNotes = new(StringComparer.Ordinal) { "asking", "wondering", "enquiring", "inquiring", "checking" };

    /// <summary>
    /// True when <paramref name="part"/> is no question and says who is asking or why ("asking as a foster carer", "just
    /// wondering coz my mate said"): the question before it is the whole message, and the note is no second question
    /// to answer from whatever its words find (a foster carer's note found Staying Put).
    /// </summary>
    private static bool IsAskerNote(string part)
    {
        var words = Text.PlainWords.Split(part).ToList();
        var start = words.Count > 1 && words[0] is "just" or "im" or "only" ? 1 : words.Count > 2 && words[0] is "i" && words[1] is "am" or "was" ? 2 : 0;
        return !Text.QuestionShape.LooksLikeQuestion(part) && words.Count > start && AskerNotes.Contains(words[start]);
    }

    /// <summary>
    /// True when <paramref name="part"/> is no question and reports what someone said ("my foster carer said so", "my mate
    /// keeps telling me that"): answered as a second question, the note's words found a section about the teller (Staying
    /// Put, through "foster carer"), which then became the conversation's subject.
    /// </summary>
    private static bool IsClaimNote(string part)
    {
        var words = Text.PlainWords.Split(part).ToList();
        var claim = words.FindIndex(QuestionFocus.ReportsAClaim.Contains);
        // Only a note that says nothing but who said it ("... said so", "... told me it did"): one that tells what was said
        // ("i heard about a new law", "my mate reckons the council knew ages before") narrows the question, and answered
        // apart it was measured right (quality B and W).
        return !Text.QuestionShape.LooksLikeQuestion(part) && claim >= 0 && words.Skip(claim + 1).All(PointsBackAtTheQuestion.Contains);
    }

    /// <summary>Words after a claim that only point back at the question ("so", "me it did", "that", "i could").</summary>
    private static readonly HashSet<string> PointsBackAtTheQuestion = new(StringComparer.Ordinal)
    {
        "so", "that", "this", "it", "me", "us", "i", "you", "u", "did", "does", "do", "is", "was", "are", "were", "can", "could",
        "would", "will", "too", "aswell", "as", "well", "tho", "though", "lol", "innit", "once",
    };

    /// <summary>
    /// True when the message's first two questions are one sentence joined by "and" ("is there a forum and how often
    /// does it meet"): there a pronoun of the second points at the first. Two sentences ("Is it big? Is it just me?")
    /// each say what they are about more often than not.
    /// </summary>
    public static bool JoinedByAnd(string text)
    {
        var first = Separator().Matches(text.TrimEnd().TrimEnd('?')).FirstOrDefault();
        return first is not null && !first.Value.Contains('?') && !first.Value.Contains('.');
    }

    // A question mark ends a question; "also" after a full stop starts another; so does "and" (or its text speak
    // "n", "&") followed by a question word, typed out or not ("how much is the bursary and what is staying put",
    // "how old do u have to be n wen did it start"), with "also" between or not ("how much is the grant and also can i
    // get the bursary": the second question was left unsplit, and the two together found neither section).
    [GeneratedRegex(@"\?+\s*|\.\s+(?=also\b)|,?\s+(?:and|n|&)\s+(?:also\s+)?(?=(?:what|whats|wat|wats|wot|how|hw|when|wen|who|whos|where|wer|why|can|could|do|does|did|is|are|will)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(and|also|plus|oh and)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Leading();
}
