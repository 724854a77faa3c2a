namespace CroydonBot.Text;

/// <summary>
/// Whether a message is shaped like a question: a question mark, a question word first or opening a clause, a
/// question inside ("is there", "how long"). Read from the words alone, so anything that must tell asking from
/// telling (the feedback intent, a dialog's prompts) reads it the same way.
/// </summary>
public static class QuestionShape
{
    internal static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "how", "hw", "hows", "what", "whats", "wat", "wats", "wot", "wut", "where", "wher", "wheres", "who", "whos", "when", "wen", "why", "which", "wich",
        "is", "are", "r", "am", "was", "were", "does", "do", "did", "can", "could", "will", "would", "should", "has", "have",
    };

    /// <summary>Two-word openings of a question met in the middle of a message.</summary>
    private static readonly HashSet<string> InsideQuestions = new(StringComparer.Ordinal)
    {
        "am i", "can i", "do i", "will i", "is that", "is it", "is there", "are there", "does she", "does he", "does it",
        "do they", "what does", "wat does", "what is", "whats that", "how do", "how much", "how long", "when can", "who do",
        "does that", "is this", "can they", "will they", "would i", "could i", "should i",
    };

    /// <summary>
    /// Link words before a message's opening that are not the opening ("and whos the mayor", "ok so how much"); "anyway" turns
    /// from what was said to the question ("... should be more. anyway when can i take it out"). "n" is "and" typed fast ("n was the care
    /// leavers bit good too"). "since when can ..." asks when, as
    /// "when can ..." does; before anything but a question word "since" opens a story or a reason, which the next word shows.
    /// </summary>
    private static readonly HashSet<string> LinkWords = new(StringComparer.Ordinal) { "and", "n", "so", "but", "ok", "okay", "also", "then", "oh", "hmm", "um", "wait", "hey", "hi", "actually", "quick", "q", "btw", "sorry", "just", "erm", "lol", "right", "yo", "anyway", "anyways", "since" };

    /// <summary>Question words that ask whatever follows them ("wher" is "where" typed fast).</summary>
    private static readonly HashSet<string> WhWords = new(StringComparer.Ordinal) { "how", "what", "whats", "wat", "wot", "wut", "when", "wen", "where", "wher", "who", "whos", "why", "which", "wich" };

    /// <summary>
    /// Question words that, after a comma, usually start a clause that tells ("my relief was stopped, which i'd
    /// like looked into"; "i rang the team, who never called back"): a question only with a verb after them ("who do i ask").
    /// </summary>
    /// <summary>The spellings of "what" that open an exclamation before "a"/"an" ("what a shambles").</summary>
    private static readonly HashSet<string> Exclaims = new(StringComparer.Ordinal) { "what", "wat", "wot", "wut" };

    private static readonly HashSet<string> Relatives = new(StringComparer.Ordinal) { "which", "wich", "who", "where", "when", "what" };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "is", "are", "am", "was", "were", "do", "does", "did", "can", "could", "will", "would", "should", "has", "have", "happens", "happened", "about",
    };

    /// <summary>
    /// Words that may come before a question in a clause without being its opening: "well", "first", and the
    /// ways of breaking into a conversation ("hang on", "hold on", "one sec", "quick question").
    /// </summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        "well", "first", "one", "more", "thing", "question", "like", "wait", "hang", "hold", "on", "sec", "quick", "q",
    };

    /// <summary>Openings of a request as often as of a question ("can u pass this on"): what is asked decides.</summary>
    private static readonly HashSet<string> RequestOpenings = new(StringComparer.Ordinal) { "can", "could", "will", "would" };

    /// <summary>
    /// True for a word that only breaks into the conversation or leads into what follows ("oh", "wait", "hang on",
    /// "quick q"): it says nothing of whether the message tells or asks.
    /// </summary>
    public static bool IsLeadIn(string word) => IsLinkWord(word) || ClauseOpeners.Contains(word);

    /// <summary>
    /// A link word, or a long one typed a letter off ("actualy", "acutally", "anywayy"): Round AE (route-ae). "actualy wait how often is a
    /// pa meant to visit" opens as a question as "actually wait ..." does; the short link words ("so", "and", "but") are matched exactly,
    /// since one letter off they are other words.
    /// </summary>
    public static bool IsLinkWord(string word) =>
        LinkWords.Contains(word) || word.Length >= MinFuzzyLinkWord - 1 && LinkWords.Any(l => l.Length >= MinFuzzyLinkWord && OneEditApart(word, l));

    /// <summary>Link words at least this long are recognised a letter off.</summary>
    private const int MinFuzzyLinkWord = 6;

    /// <summary>True when one letter added, dropped, changed, or two letters swapped turns one word into the other.</summary>
    private static bool OneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || a == b)
        {
            return false;
        }
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }
        if (a.Length == b.Length)
        {
            var swapped = i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)..] == b[(i + 2)..];
            return swapped || a[(i + 1)..] == b[(i + 1)..];
        }
        return a.Length > b.Length ? a[(i + 1)..] == b[i..] : a[i..] == b[(i + 1)..];
    }

    /// <summary>Ends with a question mark.</summary>
    public static bool EndsWithMark(string text) => text.TrimEnd().EndsWith('?');

    /// <summary>Opens with a question word, after any link words ("ok so how much is it").</summary>
    public static bool OpensWithQuestionWord(string text) => OpensQuestion([.. Words(text).SkipWhile(IsLinkWord)], first: true);

    /// <summary>
    /// True when a clause's words open a question. A question word opens one, except where the words after it show a
    /// clause that tells: an auxiliary with its subject left out ("was on hold for an hour", "should be open later",
    /// "have never had a visit"), "do" giving an order ("do something about it"), a story's time ("when i turned 18
    /// nobody told me"), and after a comma a relative that tells ("..., which has not been looked at"). A question
    /// puts its subject after the auxiliary ("was it", "should i", "which has the"), so the word after it decides.
    /// </summary>
    private static bool OpensQuestion(string[] words, bool first)
    {
        if (words.Length == 0 || !QuestionWords.Contains(words[0]))
        {
            return false;
        }
        var next = words.Length > 1 ? words[1] : "";
        // "what a joke", "wat a mess": an exclamation, not a question (which would end with a mark, read apart from this).
        if (Exclaims.Contains(words[0]) && next is "a" or "an")
        {
            return false;
        }
        if (Relatives.Contains(words[0]))
        {
            if (words[0] is "when" && StoryTime(words) || RefersBack(words))
            {
                return false;
            }
            // After a comma "which", "who"... ask only with an auxiliary after them, and not one that goes on telling; or
            // with a thing asked about, then "did", "does", "can"... and a subject ("b4 i do, what rating did ofsted give"):
            // a relative that tells has no such inversion ("..., which people did not like" leaves out its subject).
            return first || (Auxiliaries.Contains(next) && !(words.Length > 2 && LeftOutSubject(next, words[2])))
                || AsksAboutAThing(words);
        }
        if (WhWords.Contains(words[0]))
        {
            return true;
        }
        return !LeftOutSubject(words[0], next) && !(words[0] is "do" && OrderedDone.Contains(next));
    }


    /// <summary>
    /// True when the word after an auxiliary cannot be its subject, so the auxiliary opens a statement whose subject was
    /// left out: a negation or adverb ("was never"), "be"/"been" ("should be", "have been"), wanting ("would love"); after
    /// a past or perfect auxiliary also a preposition ("was on hold") or a past participle ("was told", "were moved").
    /// "is off the record ..." names a service and "did ofsted ..." the inspectorate: a present "is" keeps its
    /// prepositions, and only a past or perfect auxiliary takes a participle.
    /// </summary>
    private static bool LeftOutSubject(string auxiliary, string word)
    {
        if (NotASubject.Contains(word))
        {
            return true;
        }
        if (auxiliary is not ("was" or "were" or "has" or "have" or "had"))
        {
            return false;
        }
        return Prepositions.Contains(word) || Participles.Contains(word)
            || (word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("eed", StringComparison.Ordinal) && word != "ofsted");
    }

    private static readonly HashSet<string> NotASubject = new(StringComparer.Ordinal)
    {
        "not", "never", "always", "still", "just", "already", "really", "so", "too", "even", "also", "literally", "actually", "totally", "definitely",
        "be", "been", "being", "nothing", "nowt", "like", "love", "prefer", "rather", "appreciate",
    };

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "on", "in", "at", "to", "for", "with", "from", "off", "out", "up", "down", "into", "over", "through",
    };

    private static readonly HashSet<string> Participles = new(StringComparer.Ordinal)
    {
        "told", "given", "sent", "left", "made", "kept", "taken", "seen", "paid", "said", "gone", "done", "put", "brought", "shown", "forgotten", "lost", "stuck",
    };

    /// <summary>What follows "do" when it gives an order rather than asks: "do something about it", "do better", "do your job".</summary>
    private static readonly HashSet<string> OrderedDone = new(StringComparer.Ordinal)
    {
        "something", "summat", "sumthin", "somethin", "anything", "more", "better", "your", "ur", "yer", "it",
    };

    private static readonly HashSet<string> Subjects = new(StringComparer.Ordinal) { "i", "we", "they", "he", "she", "my", "our", "me", "u", "you" };

    /// <summary>
    /// "what i said before, ...", "what i told u last time": "what" with the person's own saying after it points back at
    /// their words; it names them, it does not ask (a question would be "what did i say").
    /// </summary>
    private static bool RefersBack(string[] words) =>
        words.Length > 2 && Exclaims.Contains(words[0]) && words[1] is "i" or "we" && SayingVerbs.Contains(words[2]);

    private static readonly HashSet<string> SayingVerbs = new(StringComparer.Ordinal)
    {
        "said", "say", "told", "tell", "wrote", "write", "put", "typed", "mentioned", "meant", "sent", "explained",
    };

    /// <summary>Auxiliaries that only ask when they come before their subject ("what rating did ofsted give").</summary>
    private static readonly HashSet<string> InvertedAuxiliaries = new(StringComparer.Ordinal)
    {
        "do", "does", "did", "can", "could", "will", "would", "should",
    };

    /// <summary>"what rating did ofsted give", "which team do i ask": a question word, the thing asked about, an inverted auxiliary and its subject.</summary>
    private static bool AsksAboutAThing(string[] words) =>
        words.Length > 3 && words[0] is "what" or "wat" or "which" or "wich" && !Auxiliaries.Contains(words[1]) && !Subjects.Contains(words[1])
        && InvertedAuxiliaries.Contains(words[2]) && !NotASubject.Contains(words[3]) && words[3] is not ("nt" or "n't");

    /// <summary>"when i turned 18", "when we were moved": a past time in a story, not a question (which would be "when do i ...").</summary>
    private static bool StoryTime(string[] words) =>
        words.Length > 2 && Subjects.Contains(words[1])
        && (words[2] is "was" or "were" or "had" or "got" or "left" or "went" or "came" or "first" or "finally" || LeftOutSubject("was", words[2]) && words[2].EndsWith("ed", StringComparison.Ordinal));

    /// <summary>A question word or a question's two-word opening after the first word ("im 23, am i stuck on ...").</summary>
    public static bool HasQuestionInside(string text)
    {
        var words = Words(text);
        return words.Skip(1).Any(WhWords.Contains)
            || words.Skip(1).Zip(words.Skip(2)).Any(pair => InsideQuestions.Contains(pair.First + " " + pair.Second));
    }

    /// <summary>Round AH (conv2-ah): at most this many words of situation before a run-on question.</summary>
    private const int MaxSituationWords = 5;

    /// <summary>
    /// Round AH (conv2-ah): the question run on after a few words that tell, with no comma or mark between ("ok and im 22 does that
    /// still count", "right im at uni now can i still get it"): from a two-word opening that puts a verb before its subject ("does
    /// that", "can i"), found after at least two words, to the end, in lower case. Null when there is none, or it opens the text (that
    /// is a question the ordinary way). The words before it are the person's situation, not an answer to anything. Only in one
    /// clause typed without breaks: where the person puts commas or stops, the clauses are read as usual ("ok carry on. my message
    /// is ... but can they be after 5" is the message, and its "can they" a proposal in it).
    /// </summary>
    public static string? RunOnQuestion(string text)
    {
        if (text.TrimEnd().TrimEnd('?').IndexOfAny(ClauseBreaks) >= 0)
        {
            return null;
        }
        // A short situation ("ok and im 22") before the question; a long telling sentence before it is a message, not a lead-in.
        var words = Words(text);
        for (var i = 2; i + 2 < words.Length && i <= MaxSituationWords; i++)
        {
            if (InsideQuestions.Contains(words[i] + " " + words[i + 1]))
            {
                return string.Join(' ', words[i..]);
            }
        }
        return null;
    }

    /// <summary>
    /// Round AD (conv-ad): true when the text opens with one of the two-word openings that put a verb before its subject ("can i",
    /// "is there", "do they"): read at the very start, with no link words skipped.
    /// </summary>
    public static bool OpensWithInvertedQuestion(string text)
    {
        var words = Words(text);
        return words.Length > 2 && InsideQuestions.Contains(words[0] + " " + words[1]);
    }

    /// <summary>True when the message reads like a question anywhere: a mark, an opening or a question inside.</summary>
    public static bool LooksLikeQuestion(string text) => EndsWithMark(text) || OpensWithQuestionWord(text) || HasQuestionInside(text);

    /// <summary>
    /// True when the message ends with a question mark or opens with a question word (after "ok", "so", "wait"):
    /// stricter than <see cref="LooksLikeQuestion"/>, which also counts "what" or "which" inside a sentence that
    /// tells ("they keep saying my PA ends at 21, which isn't right").
    /// </summary>
    public static bool OpensLikeQuestion(string text) => EndsWithMark(text) || OpensWithQuestionWord(text);

    /// <summary>
    /// True when the message asks for information: a question mark, a question inside ("is there any way", "how
    /// long") or a question word first. "can u log a complaint for me" opens like a question but is a request,
    /// so it does not count here; "can i get the bursary?" and "how long can i have one" ask.
    /// </summary>
    public static bool AsksForInformation(string text)
    {
        var opening = text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(IsLinkWord).FirstOrDefault() ?? "";
        return EndsWithMark(text) || HasQuestionInside(text) || (OpensWithQuestionWord(text) && !RequestOpenings.Contains(opening));
    }

    /// <summary>
    /// True when the message ends with a question mark or one of its clauses opens with a question word ("wait
    /// actually first, how much is the bursary", "hang on is it part of the offer"); a question word inside a
    /// clause that tells ("that's what i want to complain about") does not count.
    /// </summary>
    public static bool AsksSomething(string text) => EndsWithMark(text) || AskingClause(text) >= 0;

    /// <summary>
    /// The question itself, without what broke into the conversation before it: "oh quick question, did ofsted
    /// rate it good?" is "did ofsted rate it good?", and "quick q before i do, how long can i have a PA" is "how
    /// long can i have a PA". The whole text when no clause opens as a question. A search reads the words of the
    /// question, and "quick", "hang on" or "before i do" only lead it astray.
    /// </summary>
    public static string QuestionPart(string text)
    {
        var clause = AskingClause(text);
        if (clause < 0)
        {
            return text.Trim();
        }
        var (start, raw) = ClauseSpans(text)[clause];
        // From the clause's question word to the end of the message: what follows belongs to the question.
        var skip = raw.TakeWhile(w => IsLinkWord(w) || ClauseOpeners.Contains(w)).Count();
        var parts = text[start..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var question = string.Join(' ', parts.Skip(skip)).Trim();
        return question.Length == 0 ? text.Trim() : question;
    }

    /// <summary>
    /// True when a clause after the first opens as a question that is not a request ("my mate lives with me, does
    /// the council tax thing cover her share"): the situation comes first, then the question.
    /// "..., can u pass it on" is a request, read by whoever asks.
    /// </summary>
    public static bool AsksInALaterClause(string text) =>
        Clauses(text).Skip(1).Any(words => words.Length > 1 && !RequestOpenings.Contains(words[0]) && OpensQuestion(words, first: false));

    /// <summary>
    /// Round AK (first-ak): true when a clause opening a condition ("if i ended up homeless at 19", "say i lost my flat") is followed
    /// by a clause that puts "would", "could", "will" or "can" before a subject that is not the one addressed ("..., would the
    /// council have to help me", "..., could they still support me"): what would happen to the person, asked. <see
    /// cref="AsksInALaterClause"/> leaves those openings out, since "..., can u pass it on" is a request; a request after a
    /// condition names whom it asks ("if u can, could u pass this on", "if possible can someone ring me").
    /// </summary>
    public static bool AsksAfterACondition(string text)
    {
        var seenCondition = false;
        foreach (var words in Clauses(text))
        {
            if (words.Length == 0)
            {
                continue;
            }
            if (seenCondition && words.Length > 2 && RequestOpenings.Contains(words[0]) && !Addressees.Contains(words[1])
                && !NotASubject.Contains(words[1]))
            {
                return true;
            }
            seenCondition |= Conditions.Contains(words[0]) && words.Length > 2;
        }
        return false;
    }

    /// <summary>Openings of a condition about the person's own case: "if", "say", "supposing", "suppose".</summary>
    private static readonly HashSet<string> Conditions = new(StringComparer.Ordinal) { "if", "say", "supposing", "suppose" };

    /// <summary>Whom a request after a condition asks: the bot or someone reading ("could u", "can someone").</summary>
    private static readonly HashSet<string> Addressees = new(StringComparer.Ordinal)
    {
        "u", "you", "ya", "yu", "someone", "somebody", "anyone", "anybody", "sum1", "some1", "any1", "yall",
    };

    /// <summary>
    /// True when the question part asks someone else to do something ("can someone from the council sort it with them
    /// pls", "could they ring my landlord?"): a request to act, which is what feedback asks for, not a question to
    /// answer. Not when the asker is the subject ("can i get the bursary"), nor when it asks to be told something
    /// ("can you tell me when it opens", "could u explain how it works", or a question word anywhere after the opening).
    /// </summary>
    public static bool AsksOthersToAct(string text)
    {
        var all = Words(QuestionPart(text));
        var words = AfterOpeners(all);
        if (words.Length <= 2 || !RequestOpenings.Contains(words[0]) || words.Skip(2).Any(w => WhWords.Contains(w) || TellingVerbs.Contains(w) || w is "if" or "whether"))
        {
            return false;
        }
        // "can u get money for uni" asks about anyone in general; "can u pass it on pls" asks the bot to act: with "you"
        // or "they" the request needs its politeness.
        return SomeoneToAct.Contains(words[1]) || YouOrThey.Contains(words[1]) && all.Any(Politeness.Contains);
    }

    /// <summary>
    /// True when the question proposes a change rather than asks ("could the forum be in the evenings sometimes", "would
    /// you make the forms shorter"): "could" or "would", then who or what should change ("you", "they", "the ...", "your
    /// ...", "there"), and no asking to be told ("could you tell me ...") nor a question word near the start ("could you
    /// say when ..."). Read only where the person has said they have a suggestion: elsewhere "could they kick me out" asks.
    /// </summary>
    public static bool ProposesAChange(string text)
    {
        var words = AfterOpeners(Words(QuestionPart(text)));
        return words.Length > 3 && (words[0] is ("could" or "would") && ProposalSubjects.Contains(words[1]) || OrdersSomethingDone(text, words))
            && !words.Skip(2).Any(TellingVerbs.Contains)
            && !words.Skip(2).Take(ProposalQuestionReach).Any(w => WhWords.Contains(w) || w is "if" or "whether");
    }

    /// <summary>
    /// True when the question part opens with a modal ("can", "could", "would", "should") whose subject is someone or
    /// something other than the asker ("can it be on saturdays sometimes", "could we have some online", "should they do one for
    /// younger kids"): the shape a change proposed takes, as often as a question. "can i get the bursary" asks about the asker,
    /// and "could you tell me when ..." asks to be told; neither is this.
    /// </summary>
    public static bool AsksWhetherOthersCould(string text) => OthersCouldSubject(text) is not null;

    /// <summary>
    /// True when <see cref="AsksWhetherOthersCould"/> holds and its subject points back ("could it stay open later", "can we have
    /// online ones", "could they do one for younger kids"): at what was named before, so the question cannot stand alone for a search.
    /// </summary>
    public static bool AsksWhetherWhatWasNamedCould(string text) =>
        OthersCouldSubject(text) is "it" or "they" or "we" or "that" or "this";

    /// <summary>The subject after the modal of <see cref="AsksWhetherOthersCould"/>'s shape; null when the question is not of it.</summary>
    private static string? OthersCouldSubject(string text)
    {
        var words = AfterOpeners(Words(QuestionPart(text)));
        return words.Length > 2 && ProposalModals.Contains(words[0]) && words[1] is not ("i" or "me")
            && !words.Skip(2).Take(ProposalQuestionReach).Any(w => TellingVerbs.Contains(w) || WhWords.Contains(w) || w is "if" or "whether")
            ? words[1]
            : null;
    }

    /// <summary>The words from the first that asks or proposes: link words, clause openers and politeness ("so", "ok", "pls") skipped.</summary>
    private static string[] AfterOpeners(IEnumerable<string> words) =>
        [.. words.SkipWhile(w => IsLinkWord(w) || ClauseOpeners.Contains(w) || Politeness.Contains(w))];

    /// <summary>The modals a change is proposed with ("could it ...", "can we ...", "should they ..."); "will" asks what is going to happen.</summary>
    private static readonly HashSet<string> ProposalModals = new(StringComparer.Ordinal) { "can", "could", "would", "should" };

    /// <summary>
    /// True when a message with no question mark opens, in its first clause, with "do" and then an amount of a thing to do
    /// ("do some sessions online, i live in birmingham now", "do a cooking class", "do extra trips"): an order, which is a
    /// suggestion's shape. "do they ...", "do the ambassadors ...", "do care leavers get ..." and "quick q, do ..." ask.
    /// Read only where the person has said they have a suggestion.
    /// </summary>
    private static bool OrdersSomethingDone(string text, string[] words) =>
        !EndsWithMark(text) && AskingClause(text) == 0 && words[0] is "do" && OrderedAmounts.Contains(words[1]);

    /// <summary>What follows "do" in an order to do more of something: "do some ...", "do a ...", "do extra ...".</summary>
    private static readonly HashSet<string> OrderedAmounts = new(StringComparer.Ordinal) { "some", "a", "an", "extra", "more", "regular", "proper" };

    /// <summary>Who or what a proposal asks to change: the council ("you", "they") or a thing named ("the forum", "your forms").</summary>
    private static readonly HashSet<string> ProposalSubjects = new(StringComparer.Ordinal) { "you", "u", "ya", "they", "the", "your", "ur", "there" };

    /// <summary>A question word this close to the start asks ("could you say when it opens"); later it only describes ("those of us who work").</summary>
    private const int ProposalQuestionReach = 4;

    private static readonly HashSet<string> Politeness = new(StringComparer.Ordinal) { "please", "pls", "plz" };

    /// <summary>Who a request asks to act, whatever else it says.</summary>
    private static readonly HashSet<string> SomeoneToAct = new(StringComparer.Ordinal) { "someone", "somebody", "anyone", "anybody", "sum1", "some1" };

    /// <summary>Who may be asked to act, or may be anyone in general ("can u get ...", "can they kick me out").</summary>
    private static readonly HashSet<string> YouOrThey = new(StringComparer.Ordinal) { "you", "u", "ya", "they" };

    /// <summary>Verbs that ask to be told rather than for something to be done ("can you tell me ...").</summary>
    private static readonly HashSet<string> TellingVerbs = new(StringComparer.Ordinal)
    {
        "tell", "explain", "say", "show", "know", "find", "check", "remind", "confirm", "help",
    };

    /// <summary>The index of the first clause that opens as a question, or -1.</summary>
    private static int AskingClause(string text)
    {
        var clauses = Clauses(text).ToList();
        for (var i = 0; i < clauses.Count; i++)
        {
            if (OpensQuestion(clauses[i], first: i == 0))
            {
                return i;
            }
        }
        return -1;
    }

    private static readonly char[] ClauseBreaks = [',', '.', ';', '!', ':', '\n', '-', '\u2013', '\u2014', '(', ')'];

    // Dashes and brackets part clauses too ("wait first - how often is she meant to see me").
    private static IEnumerable<string[]> Clauses(string text) =>
        ClauseSpans(text).Select(c => c.Words.SkipWhile(w => IsLinkWord(w) || ClauseOpeners.Contains(w)).ToArray());

    /// <summary>Each clause's start in the text and its words, one for each space-separated piece (lower case, apostrophes gone).</summary>
    private static List<(int Start, string[] Words)> ClauseSpans(string text)
    {
        var spans = new List<(int, string[])>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && Array.IndexOf(ClauseBreaks, text[i]) < 0)
            {
                continue;
            }
            var clause = Contractions(text[start..i]);
            var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.ToLowerInvariant().Replace("'", "", StringComparison.Ordinal).Replace("\u2019", "", StringComparison.Ordinal)).ToArray();
            if (words.Length > 0)
            {
                spans.Add((start, words));
            }
            start = i + 1;
        }
        return spans;
    }

    /// <summary>The words of the message as the model's shape markers read them: lower case, apostrophes gone.</summary>
    private static string[] Words(string text) =>
        Contractions(text.Trim()).ToLowerInvariant().Replace("'", "", StringComparison.Ordinal)
            .Split([' ', ',', '.', '?', '!', ';', ':'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// "we're", "they're", "you're" spelt out: without the apostrophe "we're all ambassadors" would open with "were", a question
    /// word. Only with the apostrophe typed; "were" on its own is read as written.
    /// </summary>
    public static string Contractions(string text) => text.Replace("'re ", " are ", StringComparison.OrdinalIgnoreCase).Replace("\u2019re ", " are ", StringComparison.OrdinalIgnoreCase);
}
