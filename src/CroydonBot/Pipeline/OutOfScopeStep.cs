using CroydonBot.Bot;
using CroydonBot.Conversation;
using CroydonBot.Knowledge;
using CroydonBot.Knowledge.Live;
using CroydonBot.Replies;
using CroydonBot.Replies.OutOfScopeIntent;
using CroydonBot.Storage;
using CroydonBot.Text;
using Microsoft.Extensions.Options;

namespace CroydonBot.Pipeline;

/// <summary>
/// Says plainly what the bot cannot do (someone's records, other councils, bookings, homework...) and who
/// can, instead of letting the knowledge base find a loosely related passage. A follow-up that only sounds out
/// of scope ("i'm from another council's care tho, does it still count" after a question about Croydon's council
/// tax relief) is left to the knowledge step when the conversation's subject answers it; one that switches to an
/// out-of-scope subject ("what about lambeth") is declined. Besides the hand-written topics, a classifier learned from
/// the development batches' abstain and answer cases (<see cref="OutOfScopeClassifier"/>) declines the rest.
/// </summary>
public sealed class OutOfScopeStep(
    OutOfScopeMatcher matcher,
    OutOfScopeClassifier classifier,
    ReplyFactory replies,
    IKnowledgeSource knowledge,
    ContextualRetrieval contextual,
    IOptions<KnowledgeOptions> options,
    AnswerGate? gate = null,
    OutsideSubjectMatcher? subjects = null) : ITurnStep
{
    /// <summary>The topic (dialogs/out-of-scope.yaml) whose reply declines what the learned classifier flags.</summary>
    public const string LearnedTopic = "not-in-the-guides";

    public async Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text ?? "";
        // Where the person heard what they ask about ("someone at my college said ...") is not what they ask about.
        text = HearsayFrame.Claim(text) ?? text;
        // Nor is the other council someone else in the story lives in ("my mate in another borough got 1500, whats the minimum").
        text = SomeoneElsesCouncil.Without(text) ?? text;
        // The hand-written topics first (their replies name who can help with that very thing), then the learned
        // classifier for the classes nobody wrote a pattern for.
        var topic = matcher.Match(text) ?? OutsideTheDocuments(text);
        if (topic is null && classifier.IsOutOfScope(text) && (!FollowsOn(turnContext) || StandsApart(turnContext, text))
            && !NamesOnlyGuideSubjects(text))
        {
            topic = matcher.Named(LearnedTopic);
        }
        if (topic is null || !topic.AskedToDo && AnsweredInContext(turnContext, text) || OnlyTheAsideIs(text, topic))
        {
            return false;
        }
        turnContext.Record.IsQuestion = true;
        turnContext.Record.Kind = ReplyKinds.Fallback;
        turnContext.Record.Topic = "out-of-scope:" + topic.Name;
        RememberWhatItAsks(turnContext, text, topic);
        await turnContext.SendActivityAsync(replies.Message(topic.Reply, ReplyKinds.Fallback, replies.Wording.Fallback.Suggestions), cancellationToken);
        return true;
    }

    /// <summary>
    /// Round AD (conv-ad): a declined question that opens the conversation still names what the person is asking about, as the
    /// knowledge step's own unanswered questions do: "when is ofsted next coming to croydon" is declined (no date is known), and
    /// "ok so when was the last time then" asks the same subject something the guides answer. With nothing remembered, that
    /// follow-up was read alone and got "I don't know". Only when the conversation has no subject yet: a declined switch in the
    /// middle of one ("what about lambeth") leaves the conversation's subject where it was, as before. Not when the guides would
    /// not surely answer it read as a question: then it names nothing of theirs to go on from. Round AE (conv-ae): a question
    /// declined for being about another subject (a school, another council) is remembered as asked elsewhere
    /// (<see cref="ConversationContext.AskedElsewhere"/>): only "ok what about croydon then", which puts the guides' own setting
    /// in the other council's place, reads it; anything else is read on its own ("ok then what about croydon childrens services"
    /// must not carry the school on).
    /// </summary>
    private void RememberWhatItAsks(ITurnContext turnContext, string text, OutOfScopeData.Topic topic)
    {
        if (turnContext.State.Context is not null)
        {
            return;
        }
        var snapshot = knowledge.Current;
        var asked = snapshot.Retrieve(text);
        // Asked elsewhere, its ideas only ever break a tie for a follow-up naming Croydon alone, so they need not answer surely
        // ("how did lambeth do in their last ofsted" finds nothing sure, yet says it asks about Ofsted).
        if (topic.AnotherSubject || asked.Answers(options.Value.ConfidenceThreshold))
        {
            var context = contextual.Remember(snapshot.Index, asked, usedContext: false, previous: null, answeredFrom: null);
            context.AskedElsewhere = topic.AnotherSubject;
            turnContext.State.Context = context;
        }
    }

    /// <summary>
    /// The topic of a subject the question names that the knowledge documents never speak of, or only in passing ("what do
    /// care leavers get in wales", "what did the cqc say about adult social care"), or null. Asked of the documents in use, so
    /// the same list stays right when a section is added. A follow-up that points back ("does it work in scotland" after the
    /// Covenant) is still answered in context: such a topic is not another subject of its own.
    /// </summary>
    private OutOfScopeData.Topic? OutsideTheDocuments(string text)
    {
        if (subjects is null)
        {
            return null;
        }
        var index = knowledge.Current.Index;
        return subjects.Match(text, subject => !SubjectMentions.OnlyInPassing(index, subject))?.Topic;
    }

    /// <summary>
    /// True when what matched is an aside told before the question, not the question: "my bank balance is on life support
    /// 😭 whats the apprenticeship bursary", "i could murder a pizza rn. anyway how old do u have to be to be an
    /// ambassador". The asking part alone matches no topic, the classifier does not flag it, and the guides answer it on
    /// their own; the knowledge step then reads the aside as story around the question. A story that names another subject
    /// (another council, a school) still decides, as the question is asked about that subject.
    /// </summary>
    private bool OnlyTheAsideIs(string text, OutOfScopeData.Topic topic) =>
        !topic.AnotherSubject && !topic.AskedToDo && QuestionFocus.AskingPart(text) is { } asking && StandsAlone(asking)
        && matcher.Match(asking) is null && OutsideTheDocuments(asking) is null && !classifier.IsOutOfScope(asking)
        && AnsweredAlike(asking, text);

    /// <summary>
    /// True when the guides answer the question alone and the whole message (its aside read as story) with the same
    /// section: a bare "what do i text" after "she left me on read" finds a helpline's text number alone, and nothing
    /// sure with its story.
    /// </summary>
    private bool AnsweredAlike(string asking, string text)
    {
        var threshold = options.Value.ConfidenceThreshold;
        var alone = knowledge.Current.Retrieve(asking);
        var whole = knowledge.Current.Retrieve(text);
        return alone.Answers(threshold) && NamesAGuideSubject(alone.Plan)
            && whole.Answers(threshold) && whole.Best!.Passage.Id == alone.Best!.Passage.Id;
    }

    /// <summary>
    /// True when every idea of the message is a subject the guides know by several names, or one the answering section is
    /// named after (its heading says it: "what does ILACS mean"), and a passage holds them all, with the answer gate sure:
    /// "wats SUHA", "whats a spoc". The classifier learned from wordings, and a bare subject said by its abbreviation or in
    /// text speak is a wording it never saw ("what does X mean" is mostly slang it must decline); the guides answer it. A
    /// message with any idea of its own ("can u find out y my UC was late") is still the classifier's to decline.
    /// </summary>
    private bool NamesOnlyGuideSubjects(string text)
    {
        var snapshot = knowledge.Current;
        var result = snapshot.Retrieve(text);
        if (result.Best is not { } best || result.Plan.Concepts.Count == 0)
        {
            return false;
        }
        // Only a guide section's heading names a subject (a source fragment's is a news headline), and only a word rare in the
        // guides says which: "croydon" heads sections too, yet "the ofsted rating for croydon college" is about a college.
        var heading = best.Passage.Document.Kind == "guide"
            ? snapshot.Index.Analyzer.Terms(best.Passage.Heading).ToHashSet(StringComparer.Ordinal)
            : [];
        var setting = SettingHeading(snapshot, result);
        return result.Plan.Concepts.All(c => c.Alternatives.Count > 1 || c.Weight >= RareInTheGuides && c.IsIn(heading)
                || c.Weight < CommonInTheGuides && c.IsIn(setting))
            && result.Answers(options.Value.ConfidenceThreshold)
            && gate is not null && gate.Probability(result) >= SureGate;
    }

    // A concept's weight is how rare it is in the knowledge base: "croydon" 0.4, "ilacs" 4.5.
    private const double RareInTheGuides = 2.0;

    // Below this a word is the guides' own setting, said in most sections ("croydon" 0.4, "care" 0.6), not a subject of its own.
    private const double CommonInTheGuides = 1.0;

    /// <summary>
    /// The heading terms of the guide sections among the hits that hold every idea of the question: "whats the ofsted rating
    /// for croydon" is "What is Croydon's rating now?", so "croydon" there is the guides' own setting, not another place or
    /// thing. With any idea more ("the ofsted rating for croydon college") no section holds them all, and the word counts for
    /// nothing: a bare "croydon" beside a subject the guides do not cover is that subject's name ("croydon college").
    /// </summary>
    private static HashSet<string> SettingHeading(KnowledgeSnapshot snapshot, RetrievalResult result) =>
        result.Hits.Where(h => h.Passage.Document.Kind == "guide" && h.Coverage >= 1)
            .SelectMany(h => snapshot.Index.Analyzer.Terms(h.Passage.Heading)).ToHashSet(StringComparer.Ordinal);

    // Well above the gate's own bar (0.5): this overrules another learned model, so only a sure answer may.
    private const double SureGate = 0.9;

    /// <summary>
    /// True when the question names a subject the guides know by several names (a bursary, a PA, an ambassador), not only
    /// everyday words ("what do i text"), which a guide sentence can hold by chance.
    /// </summary>
    private static bool NamesAGuideSubject(QueryPlan plan) => plan.Concepts.Any(c => c.Alternatives.Count > 1);

    /// <summary>
    /// True when a question names its own subject: no word pointing back at the story ("is he allowed to do that", "what do i
    /// need to do to extend it") and nothing of the asker's own ("when is my next meeting"), which only their case answers.
    /// </summary>
    private static bool StandsAlone(string asking) =>
        !QuestionFocus.PointsAtTheStory(asking) && !PlainWords.Split(asking).Any(TheAskersOwn.Contains);

    // What only the asker's own case answers: "when is my next meeting", "what do i do now".
    private static readonly HashSet<string> TheAskersOwn = new(StringComparer.Ordinal) { "my", "mine", "now" };

    /// <summary>
    /// True when the conversation already has a subject. The classifier learned from questions asked alone; in a
    /// conversation, short follow-ups ("how do i join then", "whats the age cut off") read as out of scope to it, so they
    /// are left to the knowledge step, which reads them against the subject. The hand-written topics still apply. A question
    /// declined as another subject's leaves no subject to follow on from (<see cref="ConversationContext.AskedElsewhere"/>).
    /// </summary>
    private static bool FollowsOn(ITurnContext turnContext) => turnContext.State.Context is { AskedElsewhere: false };

    /// <summary>
    /// Round AH (conv-ah): true when a message in a conversation asks something of its own, which the classifier (silenced by the
    /// conversation, <see cref="FollowsOn"/>) may read again. The classifier learned from whole questions, so the message is read
    /// as the whole question it stands for, with the conversation's subject words (<see cref="ContextualRetrieval.EnrichedQuery"/>):
    /// "how much is the card" with the bus discount's words reads as the guides' question it is, while "can u check my UC claim for
    /// me" after the shared rate still reads as someone's own case. Read so, a message the classifier is sure of stands apart; one it only flags stands apart when the
    /// conversation does not surely answer it ("does it work in scotland" after the Covenant is answered from the Covenant). Never a
    /// message short enough to lean on the subject by its shortness (<see cref="ContextualRetrieval.IsElliptical"/>): "how much is
    /// it" says too little for the classifier either way.
    /// </summary>
    private bool StandsApart(ITurnContext turnContext, string text)
    {
        if (turnContext.State.Context is not { } context || contextual.IsElliptical(text))
        {
            return false;
        }
        var whole = classifier.Probability(ContextualRetrieval.EnrichedQuery(text, context, namesYear: false));
        if (whole >= SureInAConversation)
        {
            return true;
        }
        if (whole < OutOfScopeClassifier.Threshold)
        {
            return false;
        }
        var (result, usedContext) = contextual.Retrieve(knowledge.Current, text, context);
        return !usedContext || !result.Answers(options.Value.ConfidenceThreshold);
    }

    // Above the classifier's own bar (0.7): read with the conversation's words, a question of the guides' falls well below it, and
    // only someone's own case or another service stays this sure.
    private const double SureInAConversation = 0.9;

    /// <summary>
    /// True when the message points back at the conversation's subject and is answered when read against it,
    /// unless what it is out of scope for is the very subject it switches to ("wat about lambeth are they good
    /// too": "they" is Lambeth, not Croydon) or another subject its pointing clause names (a council, a school): "does it
    /// still count" in "i'm from another council's care tho, does it still count" asks about the last subject, but "how did
    /// my sister's school do in its ofsted" asks about the school, and in "whats lambeth's rating then, my mate's in care
    /// there" only a statement points back. A request the bot cannot do ("who do i tell so it gets sorted on my claim")
    /// still points back at the last subject.
    /// </summary>
    private bool AnsweredInContext(ITurnContext turnContext, string text) =>
        turnContext.State.Context is { } context && contextual.PointsBack(text, context)
        && !(contextual.SwitchedTo(text) is { } subject && matcher.Match(subject) is not null)
        // A condition of the asker's own ("and what if i moved out to sutton" after Croydon's council tax relief) names where
        // they would live, not a council they ask about: the last question still stands, asked under it.
        && (contextual.IsCondition(text) || contextual.ClausesPointingBack(text).Any(clause => matcher.Match(clause) is not { AnotherSubject: true }))
        && contextual.Retrieve(knowledge.Current, text, context).UsedContext;
}
