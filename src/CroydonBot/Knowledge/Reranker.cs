using System.Text.RegularExpressions;
using CroydonBot.Text;

namespace CroydonBot.Knowledge;

/// <summary>
/// Re-scores the candidates Lucene found with features a bag of words misses: how close the question comes
/// to one of the section's alternative questions (all of it, not just some words), whether the section
/// holds the kind of fact asked for (a date for "when", an amount for "how much"), whether it names the age
/// asked about, history against the present, and guide against raw fragment. The weights are data
/// (seeds/ranking.yaml), fitted with cross-validation on labelled development questions.
/// </summary>
public sealed partial class Reranker
{
    /// <summary>The features, in the order <see cref="Features"/> fills them.</summary>
    public static readonly string[] FeatureNames =
    [
        "lexical", "coverage", "question_match", "heading_match", "kind_fit", "age_fit",
        "history_asked_now", "history_asked_past", "history_unasked", "guide", "now_section",
        "own_year", "sentence_coverage", "question_exact", "speaker_match", "quote_fit", "shortfall_fit",
        "side_fit", "neighbour",
    ];

    private readonly KnowledgeIndex _index;
    private readonly PassageTraits[] _traits;
    private readonly HashSet<string> _questionWordTerms;
    private readonly double[] _weights;

    // Every analysed term of every passage's speaker: which roles the seeds record as speaking.
    private readonly HashSet<string> _speakerTerms;

    // Every term of the traits' sets numbered, and by number whether it is a question word.
    private readonly TermNumbers _numbers = new();
    private readonly bool[] _isQuestionWord;

    // Per passage, per alternative question: how many of its terms say a topic (not question words), counted once.
    private readonly int[][] _questionTopicTerms;

    // Per passage, the sets where a several-word way of saying a concept must stand whole to count as held: each
    // sentence, the heading and each alternative question (PlanTerms.Coverage).
    private readonly TermSet[][] _together;

    // The same questions come back again and again; analysing each as typed ran Lucene's whole chain per question.
    private readonly AnalysisCache _typed;

    // Features weighing 0 are not worked out for the bot; eval --fit asks for all of them.
    private readonly bool _sentenceCoverage;

    // Questions asked before with the passages that answered them, and each passage's key among them.
    private readonly NeighbourQuestions _neighbours;
    // Built only when the neighbours vote (their weight is not 0, or eval --fit asks for every feature): start-up skips it otherwise.
    private readonly Lazy<OwnWording> _ownWording;
    private readonly string[] _neighbourKeys;

    /// <summary>The words the seeds write as names.</summary>
    public SeedNames Names { get; }

    /// <summary>The index whose passages this re-ranker's traits describe (a rebuilt index needs its own).</summary>
    public KnowledgeIndex Index => _index;

    public Reranker(KnowledgeIndex index, QuestionWords questionWords, RankingWeights weights, EnglishWords? english = null, NeighbourQuestions? neighbours = null)
    {
        _neighbours = neighbours ?? NeighbourQuestions.None;
        _neighbourKeys = [.. index.Passages.Select(NeighbourQuestions.KeyOf)];
        _index = index;
        _weights = weights.ToArray();
        _typed = new AnalysisCache(index.Analyzer, 10_000);
        _sentenceCoverage = _weights[SentenceCoverageFeature] != 0;
        var nowWords = questionWords.Now.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        // Words that shape any question ("what", "get", "can") say nothing about which section it wants.
        _questionWordTerms = [.. questionWords.AllIgnored.SelectMany(w => index.Analyzer.Terms(w))];
        _numbers.Add(_questionWordTerms);
        var speakers = PassageSpeakers.Of(index.Passages);
        _traits = [.. index.Passages.Select((p, number) => Traits(p, number, nowWords, speakers[number]))];
        _speakerTerms = [.. _traits.SelectMany(t => t.SpeakerTerms ?? new HashSet<string>())];
        _isQuestionWord = new bool[_numbers.Count];
        foreach (var term in _questionWordTerms)
        {
            _isQuestionWord[_numbers.NumberOf(term)] = true;
        }
        _questionTopicTerms = [.. _traits.Select(t => t.QuestionTerms.Select(TopicTerms).ToArray())];
        _ownWording = new(() => new OwnWording(_traits.SelectMany(t => t.QuestionTerms.Append(t.HeadingTerms)), n => _isQuestionWord[n]));
        _together = [.. _traits.Select(t => t.SentenceTerms.Append(t.HeadingTerms).Concat(t.QuestionTerms).ToArray())];
        Names = SeedNames.Of(index, english ?? EnglishWords.None);
    }

    public static int FeatureCount => FeatureNames.Length;

    /// <summary>Where "question_match" is in the features.</summary>
    public const int QuestionMatchFeature = 2;

    private const int SentenceCoverageFeature = 12;

    private static readonly Dictionary<string, double> NoShares = [];

    /// <summary>Where "neighbour" is in the features.</summary>
    public const int NeighbourFeature = 18;

    /// <summary>The traits of passage number <paramref name="number"/>.</summary>
    public PassageTraits TraitsOf(int number) => _traits[number];

    /// <summary>A candidate's score: the weighted features.</summary>
    public double Score(ReadOnlySpan<double> features)
    {
        var score = 0.0;
        for (var i = 0; i < features.Length; i++)
        {
            score += _weights[i] * features[i];
        }
        return score;
    }

    /// <summary>The part of <see cref="Score"/> the neighbour questions' votes add (0 while their weight is 0).</summary>
    public double NeighbourLift(ReadOnlySpan<double> features) => _weights[NeighbourFeature] * features[NeighbourFeature];

    /// <summary>
    /// The question's facts the features compare with each candidate, worked out once per question. <paramref name="withoutBatch"/>
    /// leaves that batch's questions out of the neighbours (eval scores a batch as if never seen); <paramref name="all"/> works
    /// out the features weighing 0 too.
    /// </summary>
    public QuestionFacts Facts(QueryPlan plan, string? withoutBatch = null, bool all = false)
    {
        var terms = new PlanTerms(plan, _numbers, _questionWordTerms);
        var ages = new List<int>();
        var ageSlots = new List<int>();
        foreach (Match m in Age().Matches(plan.Question))
        {
            ages.Add(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            ageSlots.Add(terms.SlotOf(ages[^1].ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        var typed = new List<int>();
        var topic = new List<int>();
        var topicNumbered = true;
        foreach (var term in _typed.Terms(plan.Question.ToLowerInvariant()))
        {
            var number = _numbers.NumberOf(term);
            if (number >= 0)
            {
                typed.Add(number);
            }
            if (!_questionWordTerms.Contains(term))
            {
                topicNumbered &= number >= 0;
                if (number >= 0)
                {
                    topic.Add(number);
                }
            }
        }
        var role = RoleConcepts(plan);
        var typedTopic = TermSet.Of(topic);
        return new QuestionFacts(terms, QuestionKinds.Of(plan.Question), ages, ageSlots, TermSet.Of(typed), typedTopic, topicNumbered)
        {
            Role = role,
            Side = JudgementSides.Asked(plan.Question),
            SideOfTheWhole = JudgementSides.OfTheWhole(plan.Concepts.Select(c => c.Surface.ToLowerInvariant()))
                && !JudgementSides.AsksInGradeWords(plan.Question.ToLowerInvariant()),
            // "what did the mayor say" wants the mayor's own words; "what did ofsted say" asks what the report found, and Ofsted
            // speaks in no passage of minutes or news: only a speaker the seeds record has words to quote.
            // The role first: without one (most questions) the "what did they say" pattern is not run a second time.
            AsksForWords = role is not null && QuestionRole.AsksWhatWasSaid(plan.Question) && role.Any(c => c.IsIn(_speakerTerms)),
            // Read only with a role asked (SpeakerMatch): most questions name none, and the set was 0.6% of a turn's CPU.
            Words = role is null ? null : new HashSet<string>(CroydonBot.Text.PlainWords.Split(plan.Question), StringComparer.Ordinal),
            // Round Y (near-y2): a question in a section's own words (its heading, as an "Also about" button says it, or one
            // of its questions) has named its answer; the neighbours, asked in other words, do not vote against it.
            NeighbourShares = !all && _weights[NeighbourFeature] == 0 ? null
                : topicNumbered && _ownWording.Value.Says(typedTopic) ? NoShares
                : _neighbours.Shares(TopicTerms(plan.Question), withoutBatch),
        };
    }

    /// <summary>
    /// The distinct analysed words of <paramref name="question"/> as typed, without the words that shape any question: what
    /// the neighbour questions are compared by (<see cref="NeighbourQuestions"/>), and what they are stored as.
    /// </summary>
    public IReadOnlyCollection<string> TopicTerms(string question)
    {
        var terms = new List<string>();
        foreach (var term in _typed.Terms(question.ToLowerInvariant()))
        {
            if (!_questionWordTerms.Contains(term))
            {
                terms.Add(term);
            }
        }
        // In a fixed order: similarities summed in a set's order (string hashes differ per process) differed in the last
        // bit from run to run, and a near tie between two neighbours then went either way.
        terms.Sort(StringComparer.Ordinal);
        return terms;
    }

    /// <summary>
    /// The question's ideas that name the speaker or role it asks about (<see cref="QuestionRole"/>): the story's ideas when it
    /// names the speaker by a pronoun ("what did he say", after a story about the mayor); null when it asks about none.
    /// </summary>
    private static IReadOnlyList<QueryConcept>? RoleConcepts(QueryPlan plan)
    {
        if (QuestionRole.Of(plan.Question) is not { } role)
        {
            return null;
        }
        if (role.Count == 0)
        {
            // "he" points back at the story before the question ("the mayor always takes credit ... what did he say"): without
            // a story, "what did they think of the placements" asks about no speaker.
            var story = plan.Concepts.Where(c => c.Context).ToList();
            return story.Count == 0 ? null : story;
        }
        var words = new HashSet<string>(role, StringComparer.Ordinal);
        var concepts = plan.Concepts.Where(c => c.Surface.Split(' ').All(words.Contains)).ToList();
        return concepts.Count == 0 ? null : concepts;
    }

    /// <summary>
    /// 1 when a sentence of the passage quotes someone's words and names a topic word of the question (the mayor's "This is a
    /// good report, but ..." for "what did the mayor say about the ofsted result"), else 0: asked what someone said, a note that
    /// they spoke is not the answer. Not for "what words did ofsted use" (measured: a quotation about something else won).
    /// </summary>
    private static double QuoteFit(QuestionFacts facts, PassageTraits traits)
    {
        foreach (var i in traits.QuotingSentences)
        {
            if (facts.Terms.HeldTopicTerms(facts.Terms.Held(traits.SentenceTerms[i])) > 0)
            {
                return 1;
            }
        }
        return 0;
    }

    /// <summary>
    /// How much of the speaker or role asked about is who speaks in the passage, 0 to 1: "the cabinet member for children"
    /// is the Cabinet Member's paragraph, not the shadow cabinet member's (a qualifier the question does not say makes
    /// another role). Asked by a pronoun, any idea of the story naming the speaker counts whole.
    /// </summary>
    private static double SpeakerMatch(QuestionFacts facts, PassageTraits traits, QueryPlan plan)
    {
        if (facts.Role is not { } role || traits.SpeakerTerms is not { } speaker || traits.SpeakerQualifiers.Any(q => facts.Words?.Contains(q) != true))
        {
            return 0;
        }
        var (held, total) = (0.0, 0.0);
        foreach (var concept in role)
        {
            total += concept.Weight;
            if (concept.IsIn(speaker))
            {
                held += concept.Weight;
            }
        }
        return total <= 0 ? 0 : role.All(c => c.Context) ? (held > 0 ? 1 : 0) : held / total;
    }

    /// <summary>Fills <paramref name="features"/> (length <see cref="FeatureCount"/>) for one candidate.</summary>
    public void Features(QueryPlan plan, QuestionFacts facts, int number, double lexical, double coverage, Span<double> features, bool all = false)
    {
        var passage = _index.Passages[number];
        var traits = _traits[number];
        var terms = facts.Terms;
        var questionMatch = 0.0;
        var saidWhole = false;
        var topicTerms = _questionTopicTerms[number];
        for (var q = 0; q < traits.QuestionTerms.Length; q++)
        {
            questionMatch = Math.Max(questionMatch, QuestionMatch(facts, traits.QuestionTerms[q], topicTerms[q]));
            saidWhole |= SaidWhole(facts, traits.QuestionTerms[q]);
        }
        var ageFit = 0.0;
        for (var a = 0; a < facts.Ages.Count; a++)
        {
            var age = facts.Ages[a];
            var named = traits.Numbers.Contains(age);
            for (var r = 0; !named && r < traits.AgeRanges.Count; r++)
            {
                named = age >= traits.AgeRanges[r].From && age <= traits.AgeRanges[r].To;
            }
            ageFit = Math.Max(ageFit, named ? 1 : -1);
        }
        var historical = passage.IsHistorical;
        features[0] = lexical;
        features[1] = coverage;
        features[2] = questionMatch;
        features[3] = traits.HeadingTerms.Count == 0 ? 0 : terms.Coverage(terms.Held(traits.HeadingTerms));
        features[4] = facts.Kind == QuestionKind.General ? 0 : traits.Holds[(int)facts.Kind] ? 1 : -1;
        features[5] = ageFit;
        // Only a history section with a "Now:" line may answer a "now" question: it is said after the current
        // position. An old document without one would read as present.
        features[6] = historical && plan.AsksAboutNow && passage.Now is not null ? 1 : 0;
        features[7] = historical && plan.AsksAboutHistory ? 1 : 0;
        features[8] = historical && !plan.AsksAboutNow && !plan.AsksAboutHistory ? 1 : 0;
        features[9] = passage.Document.Kind == "guide" ? 1 : 0;
        features[10] = plan.AsksAboutNow && traits.IsAboutNow ? 1 : 0;
        features[11] = OwnYear(plan, traits);
        var sentenceCoverage = 0.0;
        for (var i = 0; (all || _sentenceCoverage) && i < traits.SentenceTerms.Length && sentenceCoverage < 1; i++)
        {
            sentenceCoverage = Math.Max(sentenceCoverage, terms.Coverage(terms.Held(traits.SentenceTerms[i])));
        }
        features[12] = sentenceCoverage;
        features[13] = saidWhole ? 1 : 0;
        features[14] = SpeakerMatch(facts, traits, plan);
        features[15] = facts.AsksForWords ? QuoteFit(facts, traits) : 0;
        // Round R: the weak part of a good inspection is asked with the words of the grade ("which bit got requires
        // improvement"), so the overall "judged good" sections meet it as well as the list of what must improve; only this
        // question's kind tells them apart. kind_fit weighs 0 (fitted), so this one kind has its own feature, set by design.
        features[16] = facts.Kind == QuestionKind.Shortfall && traits.Holds[(int)QuestionKind.Shortfall] ? 1 : 0;
        // The praise and the shortfalls of one report share their words, so the side asked is weighed against the
        // side the heading says (JudgementSides), set by design like shortfall_fit.
        features[17] = JudgementSides.Fit(facts.Side, traits.Side, facts.SideOfTheWhole);
        features[NeighbourFeature] = facts.NeighbourShares is { } shares ? shares.GetValueOrDefault(_neighbourKeys[number]) : 0;
        // "question_match" reads 1 only for a question said whole, so callers can trust it as "this section's own question".
        features[QuestionMatchFeature] = saidWhole ? 1 : Math.Min(questionMatch, ExactQuestionMatch - 0.01);
    }

    /// <summary>
    /// True when the question says <paramref name="alternative"/> whole: every word of it, and nothing more
    /// than words that shape any question ("what stuff am i entitled to" says "what am i entitled to?").
    /// </summary>
    private static bool SaidWhole(QuestionFacts facts, TermSet alternative) =>
        // A word typed that no passage has (TypedTopicNumbered false) cannot be in the alternative either.
        alternative.Count > 0 && facts.TypedTopicNumbered && alternative.IsSubsetOf(facts.Typed) && facts.TypedTopic.IsSubsetOf(alternative);

    /// <summary>
    /// How much of the question passage <paramref name="number"/> covers (<see cref="QueryPlan.Coverage"/>). An age
    /// the question names ("im 23") counts as held when the passage covers it with an age range ("11 to 16", "up to
    /// age 25") rather than by saying the number: a 23 year old asking about a PA is asking about "up to age 25".
    /// </summary>
    public double Coverage(QuestionFacts facts, int number)
    {
        var terms = facts.Terms;
        var held = terms.Held(_traits[number].Terms);
        var ranges = _traits[number].AgeRanges;
        for (var a = 0; a < facts.Ages.Count; a++)
        {
            var age = facts.Ages[a];
            for (var r = 0; r < ranges.Count; r++)
            {
                if (age >= ranges[r].From && age <= ranges[r].To)
                {
                    if (facts.AgeSlots[a] >= 0)
                    {
                        held[facts.AgeSlots[a]] = true;
                    }
                    break;
                }
            }
        }
        return terms.Coverage(held, _traits[number].Terms, _together[number]);
    }

    /// <summary>
    /// The question's own telling ideas (not the story's, weight 1 or more) that a guide section says it is about: those its
    /// heading or the one alternative question holding most of the question holds. A guide section is written around that
    /// subject; a raw fragment declares none (empty).
    /// </summary>
    public IReadOnlyList<QueryConcept> DeclaredSubject(QueryPlan plan, QuestionFacts facts, int number)
    {
        var passage = _index.Passages[number];
        if (passage.Document.Kind != "guide")
        {
            return [];
        }
        var traits = _traits[number];
        var terms = facts.Terms;
        var (best, line) = (traits.HeadingTerms.Count == 0 ? 0 : terms.Coverage(terms.Held(traits.HeadingTerms)), passage.Heading);
        for (var q = 0; q < traits.QuestionTerms.Length; q++)
        {
            var said = terms.Coverage(terms.Held(traits.QuestionTerms[q]));
            if (said > best)
            {
                (best, line) = (said, passage.Questions[q]);
            }
        }
        if (best <= 0)
        {
            return [];
        }
        var lineTerms = _typed.Terms(line.ToLowerInvariant());
        return [.. plan.Concepts.Where(c => !c.Context && c.Weight >= 1 && c.IsIn(lineTerms))];
    }

    /// <summary>True when passage <paramref name="number"/> is a guide section whose heading or an alternative question names <paramref name="concept"/>.</summary>
    public bool Declares(int number, QueryConcept concept)
    {
        var passage = _index.Passages[number];
        return passage.Document.Kind == "guide"
            && (concept.IsIn(_typed.Terms(passage.Heading.ToLowerInvariant())) || passage.Questions.Any(q => concept.IsIn(_typed.Terms(q.ToLowerInvariant()))));
    }

    /// <summary>A question this close to one of a section's alternative questions says it whole.</summary>
    public const double ExactQuestionMatch = 0.99;

    /// <summary>+1 when the passage speaks from a year the question names, -1 when from another year, 0 when no year is asked.</summary>
    private static double OwnYear(QueryPlan plan, PassageTraits traits)
    {
        if (plan.Years.Count == 0 || traits.OwnYears.Count == 0)
        {
            return 0;
        }
        for (var y = 0; y < plan.Years.Count; y++)
        {
            if (traits.OwnYears.Contains(plan.Years[y]))
            {
                return 1;
            }
        }
        return -1;
    }

    /// <summary>
    /// How well the question and one alternative question say the same thing, 0 to 1: the harmonic mean of
    /// how much of the question's meaning the alternative holds and how much of the alternative's topic words
    /// the question holds, so a long question sharing one word with a short alternative scores low.
    /// </summary>
    private static double QuestionMatch(QuestionFacts facts, TermSet alternative, int topic)
    {
        var held = facts.Terms.Held(alternative);
        var inQuestion = facts.Terms.Coverage(held);
        if (inQuestion <= 0)
        {
            return 0;
        }
        // The question's terms are distinct, so the topic terms it shares with the alternative are the held ones.
        var shared = facts.Terms.HeldTopicTerms(held);
        if (topic == 0 || shared == 0)
        {
            return 0;
        }
        var inAlternative = (double)shared / topic;
        return 2 * inQuestion * inAlternative / (inQuestion + inAlternative);
    }

    /// <summary>How many of <paramref name="alternative"/>'s terms are not question words.</summary>
    private int TopicTerms(TermSet alternative)
    {
        var topic = 0;
        foreach (var number in alternative.Numbers)
        {
            if (!_isQuestionWord[number])
            {
                topic++;
            }
        }
        return topic;
    }

    private PassageTraits Traits(Passage passage, int number, HashSet<string> nowWords, string? speaker)
    {
        var text = passage.Heading + "\n" + passage.Text;
        var holds = new bool[Enum.GetValues<QuestionKind>().Length];
        foreach (var kind in Enum.GetValues<QuestionKind>())
        {
            holds[(int)kind] = QuestionKinds.Holds(kind, text);
        }
        return new PassageTraits
        {
            // Who speaks is part of what a passage says: a paragraph of minutes that goes on with the cabinet member's report,
            // or a quotation after "Executive Mayor of Croydon, Jason Perry, expressed ...:", is the cabinet member's or the mayor's.
            Terms = _numbers.Add(speaker is null ? _index.TermsOf(number) : _index.TermsOf(number).Concat(_index.Analyzer.Terms(speaker))),
            QuestionTerms = [.. passage.Questions.Select(q => _numbers.Add(_index.Analyzer.Terms(q)))],
            HeadingTerms = _numbers.Add(_index.Analyzer.Terms(passage.Heading)),
            Holds = holds,
            Side = JudgementSides.OfHeading(passage.Heading),
            AgeRanges = [.. AgeRange().Matches(text).Select(m => (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))),
                .. UpToAge().Matches(text).Select(m => (LeavingCareAge, int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)))],
            Numbers = TwoDigits().Matches(text).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet(),
            SentenceTerms = [.. SentenceSplitter.Split(passage.Text).Select(t => _numbers.Add(_index.Analyzer.Terms(t)))],
            QuotingSentences = [.. SentenceSplitter.Split(passage.Text).Select((t, i) => (t, i)).Where(x => QuestionKinds.Holds(QuestionKind.Words, x.t)).Select(x => x.i)],
            OwnYears = OwnYears(passage),
            Speaker = speaker,
            SpeakerTerms = speaker is null ? null : new HashSet<string>(_index.Analyzer.Terms(speaker), StringComparer.Ordinal),
            SpeakerQualifiers = speaker is null ? [] : [.. CroydonBot.Text.PlainWords.Split(speaker).Where(QuestionRole.Qualifiers.Contains)],
            IsAboutNow = passage.Heading.ToLowerInvariant().Split([' ', '?', ',', ':'], StringSplitOptions.RemoveEmptyEntries).Any(nowWords.Contains),
        };
    }

    private static HashSet<int> OwnYears(Passage passage)
    {
        var text = passage.Heading + " " + (passage.DatedLabel ?? "") + " " + (passage.Document.Kind == "guide" ? "" : passage.Document.DateLabel);
        return [.. Years.All(text)];
    }

    // An age in a question: "im 22", "at 21", "after 18", "till 25", "i'm 19".
    [GeneratedRegex(@"(?<![0-9£.,])\b([4-9]|1[0-9]|2[0-6])\b(?![0-9,.]?[0-9])(?!\s*(weeks?|days?|months?|%|k\b|grand|pounds))", RegexOptions.IgnoreCase)]
    private static partial Regex Age();

    [GeneratedRegex(@"\b([0-9]{1,2}) (?:to|-) ([0-9]{2})\b")]
    private static partial Regex AgeRange();

    // "up to age 25", "until 21", "to age 25": a care leaver's entitlement from leaving care to that age.
    [GeneratedRegex(@"\b(?:up to (?:the )?(?:age )?|until (?:age )?|till (?:age )?|to age )([0-9]{2})\b(?!\s*(?:January|February|March|April|May|June|July|August|September|October|November|December|%|per\b|weeks|months|years|days))")]
    private static partial Regex UpToAge();

    /// <summary>The age a young person can leave care from: where "up to age 25" starts.</summary>
    private const int LeavingCareAge = 16;

    [GeneratedRegex(@"(?<![0-9£,.])\b[0-9]{2}\b(?![0-9,.]?[0-9])")]
    private static partial Regex TwoDigits();
}
