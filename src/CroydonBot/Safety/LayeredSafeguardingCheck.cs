using System.Text.RegularExpressions;
using CroydonBot.Caching;
using CroydonBot.Knowledge;
using CroydonBot.Safety.Learned;
using CroydonBot.Text;
using Microsoft.Extensions.Options;

namespace CroydonBot.Safety;

/// <summary>
/// The whole safeguarding check. First the patterns (explainable, and what staff extend), then the learned
/// layer for wording nobody wrote a pattern for; each on the message alone and then with the same person's
/// previous messages, so a crisis split over messages ("my foster carer" / "hits me with a belt") is seen.
/// Housing questions that are not crises are marked so the answer can add the "nowhere to sleep tonight" route.
/// </summary>
public sealed class LayeredSafeguardingCheck
{
    /// <summary>Round AC (safe-ac): words by which a message speaks of its writer (<see cref="TellsOfThemselves"/>).</summary>
    private static readonly HashSet<string> FirstPerson = new(StringComparer.Ordinal) { "i", "im", "me", "my", "ive", "id", "ill", "myself", "mine", "meself" };

    private static readonly char[] SentenceEnds = ['.', '!', '?', '\n', ';'];

    private readonly ISafeguardingDetector _patterns;
    private readonly SafeguardingClassifier _classifier;
    private readonly SafeguardingText _text;
    private readonly SafeguardingOptions _options;
    private readonly Regex[] _housing;
    private readonly Regex[] _refersBack;
    private readonly EverydayQuestions _everyday;
    private readonly FiguresOfSpeech _figures;
    private readonly FeedbackToTheService _feedback;
    private readonly HashSet<string> _answeredAfter;
    private readonly Dictionary<string, Regex[]> _checkInWords;
    private readonly RecentTexts<SafeguardingAssessment> _alone = new(RememberingSafeguardingDetector.DefaultCapacity);

    // Whether a message leans on the ones before it is a pure function of its words, asked of nearly every message with
    // earlier ones (the window check) and costing an undisguised reading plus a pass of every pattern: remembered, as
    // the verdict alone is.
    private readonly RecentTexts<bool> _refersBackTo = new(RememberingSafeguardingDetector.DefaultCapacity);

    // english: real English words, for reading disguised words as the patterns do (SafeguardingText, round AQ).
    public LayeredSafeguardingCheck(ISafeguardingDetector patterns, SafeguardingClassifier classifier, SafeguardingData data, IOptions<SafeguardingOptions> options, EnglishWords? english = null)
    {
        _patterns = patterns;
        _classifier = classifier;
        _text = new SafeguardingText(data, english);
        _options = options.Value;
        _answeredAfter = [.. data.Categories.Where(c => c.AnswersQuestionAfter).Select(c => c.Name)];
        _checkInWords = data.Categories.Where(c => c.CheckInWords.Count > 0)
            .ToDictionary(c => c.Name, c => c.CheckInWords.Select(w => new Regex("^(?:" + w + ")$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))).ToArray());
        _housing = WholeWords(data.HousingQuestions);
        _refersBack = WholeWords(data.RefersBack);
        _everyday = new EverydayQuestions(data);
        _figures = new FiguresOfSpeech(data);
        _feedback = new FeedbackToTheService(data);
    }

    /// <summary>
    /// Judges <paramref name="message"/>, then (if that finds no crisis) it with <paramref name="earlier"/>
    /// messages, oldest first. <paramref name="afterCrisis"/>: this person was given the crisis reply earlier in
    /// the conversation, so what they say next ("actually it was the whole box") is read with more care: a
    /// lower score then gets the crisis reply again. <paramref name="rightAfterCrisis"/>: their last message got the
    /// crisis reply for its own words, so this one gets it again whatever it says: someone who has just said they
    /// took an overdose or are on a roof and then asks about prescriptions or the ambassadors is still at risk, and
    /// the numbers come first; a question is answered after them (<see cref="SafeguardingAssessment.AnswerAfter"/>).
    /// <paramref name="followsAnswer"/>: the person's last message was answered (not with the crisis reply), so a short message
    /// now may be a follow-up read against the topic just answered (<see cref="SoftenedFollowUp"/>).
    /// </summary>
    public SafeguardingAssessment Assess(string message, IReadOnlyList<string> earlier, bool afterCrisis = false, bool rightAfterCrisis = false, bool followsAnswer = false)
    {
        // The same words alone always get the same verdict, and the same messages come again and again.
        var alone = _alone.GetOrAdd(message, AssessAlone);
        if (rightAfterCrisis && alone.Tier != SafeguardingTier.Crisis)
        {
            return alone with
            {
                Tier = SafeguardingTier.Crisis,
                Layer = "right-after-crisis",
                Repeated = true,
                AnswerAfter = QuestionShape.LooksLikeQuestion(message),
            };
        }
        if (afterCrisis && alone.Tier != SafeguardingTier.Crisis && alone.Score >= _options.AfterCrisisThreshold)
        {
            return alone with { Tier = SafeguardingTier.Crisis, Layer = "classifier+after-crisis" };
        }
        // After a crisis reply the window is emptied, so "too late, i already did" after a question about mixing pills
        // has nothing to be read with: a message that points back at what was said ("already did", "mine does") is then
        // itself a crisis again.
        if (afterCrisis && alone.Tier != SafeguardingTier.Crisis && RefersBack(message))
        {
            return alone with { Tier = SafeguardingTier.Crisis, Layer = "patterns+after-crisis" };
        }
        if (followsAnswer && !afterCrisis && SoftenedFollowUp(message, earlier, alone) is { } followUp)
        {
            return followUp;
        }
        if (!afterCrisis && FeedbackCarriedOn(message, earlier, alone) is { } feedback)
        {
            return feedback;
        }
        if (alone.Tier == SafeguardingTier.Crisis || earlier.Count == 0)
        {
            return alone;
        }
        // The window is read only when the new message itself leans towards risk: the second half of a split
        // crisis ("hits me with a belt") does; a dialog answer ("no", "send it") or an ordinary question does not,
        // and skipping it keeps an ordinary message's cost to one reading. A message that only means something with
        // the ones before it ("mine does", "too late i already did") is read with them whatever it scores alone.
        if (alone.Score < _options.WindowLean && !RefersBack(message))
        {
            return alone;
        }
        var window = Window.Join([.. earlier, message]);
        if (_patterns.Detect(window) is { Signal: true } match)
        {
            return new SafeguardingAssessment(SafeguardingTier.Crisis, 1, "patterns+window", match.Category);
        }
        var score = _classifier.Score(_text.Undisguised(window));
        return score >= _options.CrisisThreshold
            ? new SafeguardingAssessment(SafeguardingTier.Crisis, score, "classifier+window", null)
            : score > alone.Score && score >= _options.UncertainThreshold && alone.Tier != SafeguardingTier.Uncertain
                ? new SafeguardingAssessment(SafeguardingTier.Uncertain, score, "classifier+window", null)
                : alone;
    }

    /// <summary>
    /// A short follow-up to an answer ("what if mine doesnt want me to" after Staying Put) that only the learned layer, reading
    /// it alone, took for a crisis, under <see cref="SafeguardingOptions.FollowUpCeiling"/>, and that read with the person's
    /// earlier messages scores under the crisis threshold: it gets the answer with the safety line (Uncertain) instead of the
    /// crisis reply. Read alone, such a message has lost its subject ("mine" is the
    /// foster carer just asked about), and the words that remain ("doesnt want me", "unsafe", "what if") are ones the learned
    /// layer met in crises. A pattern's crisis, alone or with the earlier messages, is never softened, nor is one the learned
    /// layer is very sure of, nor a longer message that tells something of its own. Null when the message is not such a case.
    /// </summary>
    private SafeguardingAssessment? SoftenedFollowUp(string message, IReadOnlyList<string> earlier, SafeguardingAssessment alone)
    {
        var words = message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        if (alone is not { Tier: SafeguardingTier.Crisis, Layer: "classifier" } || alone.Score >= _options.FollowUpCeiling || earlier.Count == 0
            || words > (QuestionShape.OpensWithQuestionWord(message) ? _options.FollowUpQuestionWords : _options.FollowUpWords))
        {
            return null;
        }
        var window = Window.Join([.. earlier, message]);
        // A crisis split over messages whose last part is short ("my carer" / "keeps hitting me") is still the patterns' to see.
        if (_patterns.Detect(window) is { Signal: true } match)
        {
            return new SafeguardingAssessment(SafeguardingTier.Crisis, 1, "patterns+window", match.Category);
        }
        // Read with what came before, as it was meant: a crisis told as the end of a conversation ("is sertraline dangerous
        // with alcohol" / "ive had a bottle of wine" / "and about 30 of the tablets") stays one (0.99 in the window), while a
        // question about the topic just answered reads as the ordinary question it is (Staying Put, then "what if mine doesnt
        // want me to": 0.004). Only then is the crisis reply softened.
        if (_classifier.Score(_text.Undisguised(window)) >= _options.CrisisThreshold)
        {
            return null;
        }
        return alone with { Tier = SafeguardingTier.Uncertain, Layer = "classifier+follow-up" };
    }

    /// <summary>
    /// Round AP (safe-ap): a message only the learned layer took for a crisis (no pattern, alone or with the earlier messages),
    /// under <see cref="SafeguardingOptions.FeedbackCeiling"/>, that carries on feedback the person began in their last messages
    /// ("can i leave feedback" / "about the housing panel" / "they were kind and sorted me quick"): read with them it says it is
    /// feedback for a service (<see cref="FeedbackToTheService"/>, whose guard against harm, low mood and despair then covers
    /// every message read), so it gets the answer (the feedback dialog) with the safety line. Null when it is not such a case.
    /// </summary>
    private SafeguardingAssessment? FeedbackCarriedOn(string message, IReadOnlyList<string> earlier, SafeguardingAssessment alone)
    {
        if (alone is not { Tier: SafeguardingTier.Crisis, Layer: "classifier" or "classifier+sentence" } || alone.Score >= _options.FeedbackCeiling
            || earlier.Count == 0)
        {
            return null;
        }
        var window = Window.Join([.. earlier, message]);
        if (_patterns.Detect(window) is { Signal: true })
        {
            return null;
        }
        var plain = string.Join(' ', earlier.Append(message).Select(_text.Undisguised));
        return _feedback.Tells(plain) ? alone with { Tier = SafeguardingTier.Uncertain, Layer = "classifier+feedback-window" } : null;
    }

    private SafeguardingAssessment AssessAlone(string message)
    {
        var match = _patterns.Detect(message);
        if (match is { Signal: true })
        {
            return new SafeguardingAssessment(SafeguardingTier.Crisis, 1, "patterns", match.Category) { AnswerAfter = AsksAfterAHomeOrMoneyRisk(match, message) };
        }
        var plain = _text.Undisguised(message);
        // One word ("no", "send it") carries too little for a statistical judgement: the patterns decide those alone.
        var score = plain.Contains(' ') ? _classifier.Score(plain) : 0;
        if (match is not null)
        {
            // Only a topic was named ("homeless", "county lines"), which questions about housing and the news
            // do too: the learned layer decides between the crisis reply and the answer with a safety line.
            if (score >= _options.UncertainThreshold && WeighedEverydayQuestion(match, plain, score))
            {
                // Round AF (safe-af): a signal the message itself weighs ("if im ever in danger", a date ahead, a past) inside an
                // everyday question ("what number do i ring ... just want it saved for the future") is answered with the safety
                // line, as a learned-layer-only score is (below): the learned layer's lean alone does not make it the crisis reply.
                return new SafeguardingAssessment(_housing.Any(h => h.IsMatch(plain)) ? SafeguardingTier.Housing : SafeguardingTier.Uncertain, score, "patterns+everyday", match.Category);
            }
            if (score >= _options.UncertainThreshold && score < _options.EverydayQuestionCeiling && OnlyThroughAFigure(plain, _options.UncertainThreshold))
            {
                // Round AL (safe-al): only a topic (or a weighed signal) was named, and what tipped the learned layer over the line
                // was a figure of speech or the question's own frame ("not happening rn but if i got kicked out at 19 would the
                // council have to house me": 0.72 with the frame, 0.31 without). The learned layer decides a topic, and read
                // without the figure it says no crisis: the answer comes with the safety (or housing) line, as for a figure
                // without a pattern. A very sure score is not softened.
                return new SafeguardingAssessment(_housing.Any(h => h.IsMatch(plain)) ? SafeguardingTier.Housing : SafeguardingTier.Uncertain, score, "patterns+figure", match.Category);
            }
            if (score >= _options.UncertainThreshold)
            {
                return new SafeguardingAssessment(SafeguardingTier.Crisis, score, "patterns+classifier", match.Category) { AnswerAfter = AsksAfterAHomeOrMoneyRisk(match, message) };
            }
            // A topic told in one sentence of a long ordinary question ("... is it 3k now? ive started cutting again, every
            // night now. anyway does it affect my UC"): the sentences around it drown it out when the whole is read, as they
            // do a crisis no pattern saw (below). Not for a signal the message itself says is over ("3 years clean now"):
            // that sign may sit in another sentence than the one read alone.
            if (!match.Weighed && SentenceScore(message) is var topicSentence && topicSentence >= _options.SentenceCrisisThreshold
                && !(_everyday.Asks(plain) && topicSentence < _options.EverydayQuestionCeiling))
            {
                return new SafeguardingAssessment(SafeguardingTier.Crisis, topicSentence, "patterns+sentence", match.Category);
            }
            if (ChecksIn(match, message, plain))
            {
                // Round AC (safe-ac): the risk named and nothing asked ("suicidal. dont know who else to tell"): no answer could
                // carry the safety line, so the feedback dialog or "I don't know" would have come first. The check-in instead;
                // tentative, so the next message is read for itself (with the after-crisis care), not given the reply again.
                return new SafeguardingAssessment(SafeguardingTier.Crisis, score, "patterns+check-in", match.Category) { CheckIn = true, Tentative = true };
            }
            return new SafeguardingAssessment(_housing.Any(h => h.IsMatch(plain)) ? SafeguardingTier.Housing : SafeguardingTier.Uncertain, score, "patterns", match.Category);
        }
        if (score >= _options.CrisisThreshold && score < _options.EverydayQuestionCeiling && OnlyThroughAFigure(plain, _options.CrisisThreshold))
        {
            // No pattern saw risk, and the words that made the learned layer sure were a figure of speech ("its so unfair it
            // makes me sick"): read without them the message is no crisis, but it was read as one, so the safety line stays.
            // As with an everyday question, a learned layer that is very sure is not softened.
            return new SafeguardingAssessment(SafeguardingTier.Uncertain, score, "classifier+figure", null);
        }
        if (score >= _options.CrisisThreshold)
        {
            // No pattern saw risk, and the message asks about an everyday matter ("is chicken from 4 days ago safe to
            // eat", "how do i get a passport"): the learned layer's score comes from words it learned from crises, so the
            // answer comes with the safety line rather than the crisis reply, unless the learned layer is very sure. The
            // window is not softened this way: a crisis split over messages may end with such a question.
            return score < _options.EverydayQuestionCeiling && _everyday.Asks(plain)
                ? new SafeguardingAssessment(SafeguardingTier.Uncertain, score, "classifier+everyday", null)
                : score < _options.FeedbackCeiling && _feedback.Tells(plain)
                ? new SafeguardingAssessment(SafeguardingTier.Uncertain, score, "classifier+feedback", null)
                : new SafeguardingAssessment(SafeguardingTier.Crisis, score, "classifier", null) { Tentative = score < _options.RepeatAfterLearnedFloor };
        }
        if (SentenceScore(message) is var sentence && sentence >= _options.SentenceCrisisThreshold)
        {
            // One sentence of a long message is a crisis the rest of it drowns out when the whole is read; unless that
            // sentence was one only through a figure of speech ("it winds me up so much i want to scream").
            if (SentenceScore(message, _figures.Without) < _options.SentenceCrisisThreshold)
            {
                return new SafeguardingAssessment(SafeguardingTier.Uncertain, sentence, "classifier+sentence+figure", null);
            }
            return _everyday.Asks(plain) && sentence < _options.EverydayQuestionCeiling
                ? new SafeguardingAssessment(SafeguardingTier.Uncertain, sentence, "classifier+sentence+everyday", null)
                : _feedback.Tells(plain) && sentence < _options.FeedbackCeiling
                ? new SafeguardingAssessment(SafeguardingTier.Uncertain, sentence, "classifier+sentence+feedback", null)
                : new SafeguardingAssessment(SafeguardingTier.Crisis, sentence, "classifier+sentence", null);
        }
        if (TopicClause(message) is { } clause)
        {
            // A clause in which the patterns see a danger ("ive had nothing to eat since tuesday") inside a longer sentence
            // that asks something else; the learned layer is very sure of it read alone. Only such clauses: read alone, a
            // short ordinary clause ("no bed no pots nothing", "quick q before i do") scores as high, but names no danger.
            return new SafeguardingAssessment(SafeguardingTier.Crisis, clause.Score, "patterns+clause", clause.Category);
        }
        if (score >= _options.UncertainThreshold)
        {
            return new SafeguardingAssessment(SafeguardingTier.Uncertain, score, "classifier", null);
        }
        return _housing.Any(h => h.IsMatch(plain))
            ? new SafeguardingAssessment(SafeguardingTier.Housing, score, "patterns", "housing")
            : SafeguardingAssessment.None(score);
    }

    /// <summary>
    /// The highest score the learned layer gives one of the message's sentences read alone; 0 for one sentence.
    /// <paramref name="reading"/> changes each sentence's undisguised form before it is scored (figures of speech left out).
    /// </summary>
    private double SentenceScore(string message, Func<string, string>? reading = null)
    {
        var best = 0.0;
        foreach (var sentence in ChatSentences.Of(message))
        {
            var plain = _text.Undisguised(sentence);
            best = Math.Max(best, _classifier.Score(reading is null ? plain : reading(plain)));
        }
        return best;
    }

    /// <summary>
    /// The first clause (<see cref="ChatSentences.ClausesOf"/>) in which the patterns, reading it alone, see a danger that
    /// the learned layer, reading it alone without its figures of speech, scores at least
    /// <see cref="SafeguardingOptions.SentenceCrisisThreshold"/>; null when there is none.
    /// </summary>
    private (double Score, string Category)? TopicClause(string message)
    {
        foreach (var clause in ChatSentences.ClausesOf(message))
        {
            if (_patterns.Detect(clause) is { } match
                && _classifier.Score(_figures.Without(_text.Undisguised(clause))) is var score && score >= _options.SentenceCrisisThreshold)
            {
                return (score, match.Category);
            }
        }
        return null;
    }

    /// <summary>
    /// Round AF (safe-af): a signal weighed by the message's own words (told as past, a joke, a date ahead or a danger asked about
    /// for a day that may come: <see cref="SafeguardingMatch.Weighed"/>) in a message that asks an everyday question
    /// (<see cref="EverydayQuestions"/>), which the learned layer leans to but is not very sure of (under
    /// <see cref="SafeguardingOptions.EverydayQuestionCeiling"/>). An unweighed signal is never softened this way.
    /// </summary>
    private bool WeighedEverydayQuestion(SafeguardingMatch match, string plain, double score) =>
        match.Weighed && score < _options.EverydayQuestionCeiling && _everyday.Asks(plain);

    /// <summary>
    /// True when <paramref name="plain"/> holds a figure of speech and, read without it, the learned layer scores it under
    /// <paramref name="line"/>: the crisis threshold for a message the layer alone made a crisis, the uncertain threshold (round AL,
    /// safe-al) for a topic the layer tipped over the line.
    /// </summary>
    private bool OnlyThroughAFigure(string plain, double line) =>
        _figures.Without(plain) is var without && without != plain && _classifier.Score(without) < line;

    private bool RefersBack(string message) => _refersBackTo.GetOrAdd(message, ReadsAsReferringBack);

    private bool ReadsAsReferringBack(string message)
    {
        var plain = _text.Undisguised(message);
        return _refersBack.Any(r => r.IsMatch(plain));
    }

    private static Regex[] WholeWords(IEnumerable<string> patterns) =>
        [.. patterns.Select(p => new Regex(@"(?<![a-z0-9])(?:" + p + @")(?![a-z0-9])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))];

    /// <summary>
    /// Round AC (safe-ac): a topic that is one of its category's crisis words (<see cref="SafeguardingData.Category.CheckInWords"/>), not
    /// weighed or told as a past, a joke or a date ahead, in a message that asks nothing (<see cref="QuestionShape.AsksSomething"/>:
    /// "dont know who else to tell" tells) and tells of the writer. A question about the topic ("is self harm common in care") is answered with the safety line as before.
    /// </summary>
    private bool ChecksIn(SafeguardingMatch match, string message, string plain) =>
        !match.Weighed && !match.ToldAsNotNow && _checkInWords.TryGetValue(match.Category, out var words) && words.Any(w => w.IsMatch(match.MatchedText))
        && !Asks(message) && TellsOfThemselves(match, plain);

    /// <summary>A question anywhere: a mark, a clause or a sentence that opens as one ("... awareness. what local support is there").</summary>
    private static bool Asks(string message) =>
        QuestionShape.AsksSomething(message) || message.Split(SentenceEnds, StringSplitOptions.RemoveEmptyEntries).Any(QuestionShape.OpensWithQuestionWord);

    /// <summary>
    /// The risk is the writer's own: the message opens with it ("suicidal. dont know who else to tell") or speaks in the first
    /// person. "songs like suicidal by ynw melly" names it of nobody.
    /// </summary>
    private static bool TellsOfThemselves(SafeguardingMatch match, string plain) =>
        plain.StartsWith(match.MatchedText, StringComparison.Ordinal) || plain.Split(' ').Any(FirstPerson.Contains);

    /// <summary>
    /// A risk to a home or to money (nowhere to sleep, homeless, no food) told together with a question ("the council
    /// said i'm not priority, is that right?"): the crisis reply comes first and the question is answered after it.
    /// The category comes from the patterns, so a crisis only the learned layer saw is never answered after.
    /// </summary>
    private bool AsksAfterAHomeOrMoneyRisk(SafeguardingMatch match, string message) =>
        _answeredAfter.Contains(match.Category) && QuestionShape.LooksLikeQuestion(message);
}
