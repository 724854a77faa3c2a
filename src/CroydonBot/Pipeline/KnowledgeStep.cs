using CroydonBot.Bot;
using CroydonBot.Conversation;
using CroydonBot.Knowledge;
using CroydonBot.Knowledge.Live;
using CroydonBot.Replies;
using CroydonBot.Storage;
using CroydonBot.Text;
using Microsoft.Extensions.Options;

namespace CroydonBot.Pipeline;

/// <summary>
/// Answers from the knowledge base: the best passage as a short sourced reply (each question of a two-question
/// message answered, or the part not answered named), "Also about" buttons for close runners-up, "Did you
/// mean...?" when two different answers are equally likely, and an honest "I don't know" below the confidence
/// threshold or when the one fact asked for (an amount) is not there. A short follow-up is read against the
/// conversation's last question (<see cref="ContextualRetrieval"/>), and a dialog can ask it to answer a question
/// put in the middle of the dialog.
/// </summary>
public sealed class KnowledgeStep(IKnowledgeSource knowledge, ContextualRetrieval contextual, ReplyFactory replies, IOptions<KnowledgeOptions> options, AnswerGate? gate = null, DisguisedSpelling? spelling = null) : ITurnStep, Dialogs.IMidDialogQuestions
{
    /// <summary>Two hits within this ratio of each other are too close to call.</summary>
    private const double AmbiguityRatio = 0.97;

    /// <summary>A runner-up within this ratio of the best gets an "Also about" button.</summary>
    private const double AlsoAboutRatio = 0.9;

    /// <summary>At most this many "Also about" buttons: Teams shows only the first few buttons.</summary>
    private const int AlsoAboutMax = 2;

    public async Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text ?? "";
        var record = turnContext.Record;
        if (PlainWords.Of(text) == PlainWords.Of(replies.Wording.Buttons.NoneOfThese))
        {
            record.Kind = ReplyKinds.Fallback;
            await turnContext.SendActivityAsync(replies.Fallback(), cancellationToken);
            return true;
        }
        return await AnswerAsync(turnContext, text, null, Mode.Always, turnContext.State.Context, cancellationToken);
    }

    /// <summary>How sure the knowledge base must be to answer.</summary>
    private enum Mode
    {
        /// <summary>The knowledge step's own reply: an answer, "Did you mean", or "I don't know".</summary>
        Always,

        /// <summary>A question asked in a dialog: the best answer or "I don't know"; no "Did you mean" buttons to mix with the dialog's.</summary>
        InDialog,

        /// <summary>Only a sure answer; otherwise nothing is sent.</summary>
        OnlyIfConfident,
    }

    /// <summary>
    /// Answers a question asked in the middle of a dialog before the dialog asks its own again: only when the
    /// knowledge base is sure of one answer, unless the question was plainly asked (<see cref="Dialogs.MidDialogQuestion.Asked"/>).
    /// A question that leans on what the dialog is about is read against it (<see cref="Dialogs.MidDialogQuestion.About"/>).
    /// </summary>
    public Task<bool> TryAnswerAsync(ITurnContext turnContext, Dialogs.MidDialogQuestion question, CancellationToken cancellationToken)
    {
        var context = turnContext.State.Context;
        // A dialog hears the message as typed (it may quote it); the question in it is read in plain spelling.
        var text = spelling?.Read(question.Text) ?? question.Text;
        if (question.About is { } about && contextual.LeansOnContext(text))
        {
            // "did ofsted say anything about that service?" in the middle of a complaint about the out-of-hours line:
            // "that" is what the dialog is about, not the last answer the conversation gave.
            var snapshot = knowledge.Current;
            var subject = snapshot.Retrieve(about);
            if (!subject.Plan.IsEmpty)
            {
                context = contextual.Remember(snapshot.Index, subject, usedContext: false, previous: null, answeredFrom: null);
            }
        }
        else if (question.SaidWith is { } with && contextual.LeansOnContext(text))
        {
            // Round AG (route-ag): "tbh forget it i dont wanna get my PA in trouble. can u just tell me how often theyre supposed to see
            // me": the feedback was just dropped, so "they" is the PA the same message names, not the feedback's opening (the leaving
            // care team's phone), which the conversation held. Only when the whole message surely finds a section: otherwise the
            // conversation's subject stands.
            var snapshot = knowledge.Current;
            var whole = snapshot.Retrieve(spelling?.Read(with) ?? with);
            if (whole.Best is not null && whole.Confidence >= options.Value.ConfidenceThreshold)
            {
                context = contextual.Remember(snapshot.Index, whole, usedContext: false, previous: null, answeredFrom: null);
            }
        }
        return AnswerAsync(turnContext, text, question.Preface, question.Asked ? Mode.InDialog : Mode.OnlyIfConfident, context, cancellationToken);
    }

    /// <inheritdoc />
    public bool PointsBack(string text) => contextual.PointsBack(spelling?.Read(text) ?? text);

    /// <inheritdoc />
    public bool AsksOn(string text) => contextual.AsksOnAfterALink(spelling?.Read(text) ?? text);

    /// <inheritdoc />
    public bool PutsACondition(string text) => contextual.PutsAConditionAfterALink(spelling?.Read(text) ?? text);

    private async Task<bool> AnswerAsync(ITurnContext turnContext, string text, string? preface, Mode mode, ConversationContext? context, CancellationToken cancellationToken)
    {
        var record = turnContext.Record;
        var state = turnContext.State;
        // One snapshot for the whole turn: staff may swap in a rebuilt index while this question runs.
        var snapshot = knowledge.Current;
        var answers = snapshot.Answers;
        var questions = QuestionSplitter.Split(text);
        var threshold = options.Value.ConfidenceThreshold;
        var lastPassages = state.LastAnswer?.PassageIds;
        if (questions.Count == 1 && contextual.EarliestAskedBefore(snapshot, questions[0], context, lastPassages) is { } earliest)
        {
            // "and before that?" after the 2012 inspection: the sources go back no further, and saying so is the answer;
            // the conversation stays where it was.
            record.Kind = ReplyKinds.Answer;
            record.IsQuestion = true;
            var noFurther = replies.Wording.NothingEarlier.Replace("{date}", earliest.DateLabel, StringComparison.Ordinal);
            await turnContext.SendActivityAsync(replies.Message(noFurther, ReplyKinds.Answer, []), cancellationToken);
            return true;
        }
        // "and before that?" after the 2024 inspection: the section of the same kind dated before the one just answered ("and
        // after?", "and now": after it, the newest).
        // "when did it start" after what Ofsted said of a scheme: the section telling when the scheme began.
        var (result, usedContext) = questions.Count == 1 && contextual.StepAlong(snapshot, questions[0], context, lastPassages) is { } moved
            ? (moved, true)
            : questions.Count == 1 && contextual.WhenItBegan(snapshot, questions[0], context) is { } began
            ? (began, true)
            : contextual.Retrieve(snapshot, questions[0], context);
        if (questions.Count == 1 && contextual.SpokenByLastNamed(snapshot, questions[0], context, state.LastAnswer?.People) is { } spoken)
        {
            // "what did he say about the report" after an answer naming the mayor: his words, not the report again.
            (result, usedContext) = (spoken, true);
        }
        if (questions.Count == 1 && lastPassages is { Count: > 0 } && SomethingElse.Asks(questions[0])
            && SomethingElse.Beyond(result, lastPassages, threshold) is { } beyond)
        {
            // "what else did they say was strong" after the young ambassadors' praise: it asks for what that answer did not say,
            // so the section just answered gives way to the next sure one.
            result = beyond;
        }
        // In the middle of a dialog a message is a question only when the threshold rule is sure: the gate learned from
        // questions asked alone, and read a complaint's next turn ("they never ring back either") as one to answer.
        if (mode == Mode.OnlyIfConfident && (!result.Answers(threshold) || Ambiguous(result) is not null))
        {
            return false;
        }
        if (questions.Count == 1 && !usedContext && contextual.PointsAtNothing(result, questions[0], context))
        {
            // "is it still a thing?" with nothing said before: ask what "it" is rather than answer a guess.
            record.Kind = ReplyKinds.SmallTalk;
            await turnContext.SendActivityAsync(replies.Message(contextual.Clarify, ReplyKinds.SmallTalk, replies.Wording.Welcome.Suggestions), cancellationToken);
            return true;
        }
        record.IsQuestion = true;
        // Round AR (abstain-ar): a message the guides cannot answer whatever section it finds: the asker says the group they are
        // written for is not theirs, or asks about a year no source speaks of. Read on the whole message: "not the care leaver
        // one" is often a part of its own after the question.
        var outOfReach = BeyondTheSources(snapshot, text);
        string? unanswered = null;
        // The conversation after a question and a told part both answered: the question's (below).
        ConversationContext? askedContext = null;
        if (questions.Count == 2 && ToldCondition.IsOnly(questions[1]) && Answerable(result, threshold))
        {
            // Round AJ (help-aj): "..., is that right? im 23 and a care leaver": the told part only says who asks, the condition
            // the question's own section answers; it is no second question, and its answer must not become the conversation.
            questions = [questions[0]];
        }
        if (questions.Count > 1 && outOfReach is null)
        {
            var second = RetrieveSecond(snapshot, questions[1], questions[0], threshold, QuestionSplitter.JoinedByAnd(text));
            var (firstOk, secondOk) = (Answerable(result, threshold), Answerable(second, threshold));
            if (!firstOk && secondOk)
            {
                // The first question is beyond us; the second is not. Say which part had no answer.
                (unanswered, result, usedContext, questions) = (questions[0], second, false, [questions[1]]);
            }
            else if (firstOk && !secondOk)
            {
                (unanswered, questions) = (questions[1], [questions[0]]);
            }
            else if (firstOk && secondOk && (second.Best!.Passage.Id != result.Best!.Passage.Id || SaysMore(answers, result, second)))
            {
                // Two questions, two answers: the first without buttons, the second with them.
                var firstAnswer = answers.Compose(result);
                record.Sources.AddRange(firstAnswer.PassageIds);
                // The first answer is the conversation's until the second gives one of its own: a second part that only gets
                // "Did you mean" ("is there money if i go uni? im a care leaver") leaves "is that every year?" about the first.
                state.Context = contextual.Remember(snapshot.Index, result, usedContext, context, result.Best);
                if (!QuestionShape.LooksLikeQuestion(questions[1]) && !contextual.PointsBack(ClaimCheck.Without(questions[0])))
                {
                    // Round AH (conv-ah): "how do i get a national insurance number?? never got one and my new job wants it": the told
                    // part still gets its answer (what is told often narrows the question: "my social worker is always changing"), but
                    // the conversation stays with what was asked. Remembered from the told part's answer (a news quote found through
                    // "job"), "how long does it take" was read against the quote and answered about housing. Not after a question
                    // pointing back ("did ofsted say anything about that? workers changing all the time"), where what is told says
                    // what "that" is. (Answering the question alone lost four quality questions whose told part was answered right.)
                    askedContext = state.Context;
                }
                state.LastAnswer = Remembered(snapshot, firstAnswer, offeredFeedback: false);
                await turnContext.SendActivityAsync(replies.Answer(new AnswerReply(firstAnswer, [])), cancellationToken);
                (result, usedContext, questions) = (second, false, [questions[1]]);
            }
            else if (firstOk && secondOk)
            {
                // One section answers both parts and the second's answer would open as the first's: one answer, which must say
                // what each part asks, or the second part goes unanswered ("whats it cost and does it work on the tube as well").
                // The first part still chooses the lead: the whole message read as one moved it off the first part's fact.
                result = result with { AlsoAsked = second.Focus ?? second.Plan };
            }
        }
        if (questions.Count == 1 && outOfReach is null && !Answerable(result, threshold) && unanswered is null
            && contextual.AnsweredByTheLastSection(snapshot, questions[0], context, result, usedContext) is { } lastSection)
        {
            // Round AT (follow-at): "so can i just tick a box at the chemist" after free prescriptions, "and when i hit 25?" after
            // the council tax relief: refused by a test made for questions asked alone, while the section just answered answers
            // it (TheLastSectionAnswers). Only in place of "I don't know".
            (result, usedContext) = (lastSection, true);
        }
        record.Confidence = result.Confidence;
        if (result.Best is not { } best || outOfReach is not null
            || !Answerable(result, threshold) && !(usedContext && TheLastSectionAnswers.Vouches(result, context?.PassageId, threshold)))
        {
            record.Kind = ReplyKinds.Fallback;
            state.LastAnswer = null;
            if (!result.Plan.IsEmpty)
            {
                // Even unanswered, the question names what the person is asking about ("what about croydon" next).
                state.Context = contextual.Remember(snapshot.Index, result, usedContext, context, null);
            }
            // Why the sources cannot answer, said first when it is known: the group they are for is not the asker's, or the
            // year asked about is in none of them.
            if (outOfReach is not null)
            {
                preface = preface is null ? outOfReach : preface + "\n\n" + outOfReach;
            }
            // An amount asked and none found for it ("how much is a passport" finds the ID section): said plainly, so the
            // person knows the guides hold no figure rather than that the bot misread them. Not for a count of people (round
            // AQ, FigureOfAnotherThing): no amount was asked, only how many.
            else if (AskedFact.Missing(result) == MissingFigure.Amount)
            {
                preface = preface is null ? replies.Wording.NoAmount : preface + "\n\n" + replies.Wording.NoAmount;
            }
            // A dialog's preface ("OK, nothing was sent.") and the Give feedback button each change the plain fallback:
            // one message carries both, so neither drops the other.
            var fallback = preface is null && !record.OfferFeedback
                ? replies.Fallback(result.Confidence)
                : replies.Message((preface is null ? "" : preface + "\n\n") + replies.Wording.Fallback.Text, ReplyKinds.Fallback,
                    record.OfferFeedback ? replies.Wording.Fallback.Suggestions.Prepend(replies.Wording.Buttons.GiveFeedback) : replies.Wording.Fallback.Suggestions,
                    result.Confidence);
            await turnContext.SendActivityAsync(fallback, cancellationToken);
            return true;
        }
        var choices = mode == Mode.Always ? Ambiguous(result) : null;
        if (choices is not null && questions.Count == 1
            && contextual.SettledByTopic(snapshot, questions[0], result, context) is { } settled)
        {
            // "what did care leavers get" after when the 2024 report came out: a tie between what Ofsted said about care leavers
            // and who counts as one is no question to ask back; the conversation is about Ofsted, and its words lead there.
            (result, best, choices) = (settled, settled.Best!, null);
        }
        if (choices is not null)
        {
            record.Kind = ReplyKinds.Answer;
            record.Topic = best.Passage.Document.Topic;
            var suggestions = choices.Append(replies.Wording.Buttons.NoneOfThese);
            await turnContext.SendActivityAsync(replies.Message(replies.Wording.DidYouMean.Text, ReplyKinds.Answer, suggestions, result.Confidence), cancellationToken);
            return true;
        }
        var answer = answers.Compose(result);
        // A follow-up answered with the last answer again, or with any of its sentences and nothing of the kind of fact it
        // asks ("when can i take it out": no age; "at what age should it be sorted" retelling the last answer from its second
        // sentence), is answered anew.
        if (usedContext && questions.Count == 1 && state.LastAnswer?.Said is { Count: > 0 } said
            && (RepeatedAnswer.Repeats(answer, said)
                || RepeatedAnswer.Overlaps(answer, said) && result.Focus is { } asked && !answers.HoldsAskedKind(answer, asked)))
        {
            (result, answer) = AnswerAnew(snapshot, questions[0], context!, result, answer, said, state.LastAnswer.PassageIds);
            best = result.Best!;
        }
        state.Context = askedContext ?? contextual.Remember(snapshot.Index, result, usedContext, context, best);
        record.Kind = ReplyKinds.Answer;
        record.Topic = answer.Topic;
        record.Sources.AddRange(answer.PassageIds);
        state.LastAnswer = Remembered(snapshot, answer, record.OfferFeedback);
        var buttons = AnswerSuggestions.For(replies.Wording, answer.HasMore, offerFeedback: record.OfferFeedback)
            .Concat(answer.Buttons.Concat(AlsoAbout(result, answer)).Select(title => new ReplyButton(title))).ToList();
        // Half an answer must say which half is missing, never pass for the whole (Unanswered).
        var reply = new AnswerReply(answer, buttons) { Preface = preface, Unanswered = unanswered };
        await turnContext.SendActivityAsync(replies.Answer(reply), cancellationToken);
        return true;
    }

    /// <summary>What the conversation keeps of an answer it gave, for the next turn's follow-up.</summary>
    private static LastAnswer Remembered(KnowledgeSnapshot snapshot, ComposedAnswer answer, bool offeredFeedback) => new()
    {
        PassageIds = [.. answer.PassageIds],
        SentencesShown = answer.SentencesShown,
        Said = RepeatedAnswer.SaidBy(answer),
        People = SpokenBy.PeopleNamed(snapshot.Index, answer.Parts.Select(p => p.Body)),
        OfferedFeedback = offeredFeedback,
    };

    /// <summary>
    /// A follow-up whose answer would repeat the last one word for word: led instead by the sentence that answers what it
    /// asks itself (<see cref="RecentAnswers.Refocus"/>), or, when it names nothing of its own ("how many"), answered from
    /// the section its subject alone finds, without the side the last question asked. The same answer stays when neither
    /// finds something new: then it is the answer to this question too.
    /// </summary>
    private (RetrievalResult Result, ComposedAnswer Answer) AnswerAnew(KnowledgeSnapshot snapshot, string question, ConversationContext context,
        RetrievalResult result, ComposedAnswer answer, IReadOnlyList<string> said, IReadOnlyList<string> lastPassages)
    {
        if (snapshot.Answers.Refocus(result, said) is { } refocused)
        {
            return (result, refocused);
        }
        // The pronoun (or the missing subject) read as one of the conversation's subjects: "what do they actually do" after
        // what Ofsted thought of the ambassadors asks what the ambassadors do.
        if (contextual.ResolvedSide(snapshot, question, context, result, lastPassages) is { } resolved
            && snapshot.Answers.Compose(resolved) is var resolvedAnswer && !RepeatedAnswer.Repeats(resolvedAnswer, said))
        {
            return (resolved, resolvedAnswer);
        }
        // Another side of the same subject is in the same document (the timeline's section on the visits beside the one on
        // the 2017 report); a passage elsewhere that the subject's words happen to find is no answer to it.
        if (contextual.AnotherSide(snapshot, question, context) is { Best: { } other } side && !lastPassages.Contains(other.Passage.Id)
            && other.Passage.Document.File == result.Best!.Passage.Document.File
            && snapshot.Answers.Compose(side) is var sideAnswer && !RepeatedAnswer.Repeats(sideAnswer, said))
        {
            return (side, sideAnswer);
        }
        // A condition of the asker's own that no sentence names ("and what if i moved out to sutton" after the council tax
        // relief, "im 19 tho" after the college bursary): the whole rule, with the limits the summary left out (who is covered,
        // up to what age, wherever they live).
        if (contextual.IsCondition(question) && snapshot.Answers.WholeRule(result, said) is { } rest)
        {
            return (result, rest);
        }
        return (result, answer);
    }

    /// <summary>
    /// True when the second question, answered from the same section as the first, leads with a sentence the first
    /// answer does not say: "is there a forum and how often does it meet" needs the meeting times as well as what
    /// the forum is.
    /// </summary>
    private static bool SaysMore(RecentAnswers answers, RetrievalResult first, RetrievalResult second)
    {
        var said = answers.Compose(first).Parts;
        var lead = answers.Compose(second).Parts[0].Lead;
        return !said.Any(part => part.Body.Contains(lead, StringComparison.Ordinal));
    }

    /// <summary>
    /// What to say first when <paramref name="text"/> is beyond the sources whatever they find (<see cref="AskerOutsideTheCoveredGroup"/>,
    /// <see cref="YearNoSourceCovers"/>); null when it is not.
    /// </summary>
    private string? BeyondTheSources(KnowledgeSnapshot snapshot, string text) =>
        AskerOutsideTheCoveredGroup.Says(text)
            ? replies.Wording.OutsideTheCoveredGroup
            : YearNoSourceCovers.Asked(text, year => YearNoSourceCovers.Names(snapshot.Index, year)) is { } year
            ? replies.Wording.YearNotCovered.Replace("{year}", year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            : null;

    // The learned gate decides a question asked alone; a follow-up read against the conversation keeps the threshold rule.
    private bool Answerable(RetrievalResult result, double threshold) => (gate ?? AnswerGate.None).Answers(result, threshold);

    /// <summary>
    /// The second question of a message, alone or, when it points back at the first in the same sentence ("and how
    /// often does it meet?") or alone finds nothing ("and do u get paid for it?"), with the first question's words for what "it"
    /// is about.
    /// </summary>
    /// <summary>A second part pointing back in at most this many words asks about the first, whatever sentence it is in.</summary>
    private const int MaxPointingBackWords = 4;

    private RetrievalResult RetrieveSecond(KnowledgeSnapshot snapshot, string second, string first, double threshold, bool joined)
    {
        var alone = snapshot.Retrieve(second);
        // Only a part that points back within the same sentence or has at most one idea of its own leans on the
        // first; "how many swans are in the park" is its own question, and borrowing the first's words would
        // answer something else.
        // A part of a few words pointing back ("is that real", "is it free tho") leans on the first even in a sentence of its own:
        // it has no room to name a subject, so whatever its one word finds alone ("real": a quote on a "real difference") is
        // chance, and answered apart it became the conversation's subject, so the next follow-up went on from the quote.
        // Only a question: a note of a few words ("my college mentioned it") tells where the asker heard of it, and read with the
        // first it moved the answer off what the first asked.
        var leans = (joined || PlainWords.Split(second).Count() <= MaxPointingBackWords && QuestionShape.LooksLikeQuestion(second)) && contextual.PointsBack(second)
            || alone.Confidence < threshold && alone.Plan.Concepts.Count <= 1;
        // Read with the first, its own words still choose the kind of fact to lead with ("when did he start").
        return leans ? snapshot.Retrieve(second + " " + first) with { Focus = alone.Plan } : alone;
    }

    /// <summary>
    /// Buttons for the guide sections that scored close to the answer's but are about something else: when
    /// the ranking is nearly a tie, the section the young person wanted is one tap away.
    /// </summary>
    private IEnumerable<string> AlsoAbout(RetrievalResult result, ComposedAnswer answer)
    {
        var top = result.Hits[0];
        var headings = new HashSet<string>(StringComparer.Ordinal) { top.Passage.Heading };
        foreach (var hit in result.Hits.Skip(1))
        {
            if (headings.Count > AlsoAboutMax || hit.Score < top.Score * AlsoAboutRatio)
            {
                yield break;
            }
            if (hit.Passage.Document.Kind == "guide" && !hit.Passage.IsHistorical && hit.Passage.Heading.Length > 0
                && !answer.PassageIds.Contains(hit.Passage.Id) && headings.Add(hit.Passage.Heading))
            {
                yield return replies.Wording.AlsoAbout.Replace("{heading}", hit.Passage.Heading, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>
    /// The guide headings to offer when the two best passages score almost the same but are about
    /// different things; null when the best answer is clear.
    /// </summary>
    private static IReadOnlyList<string>? Ambiguous(RetrievalResult result)
    {
        // Only a one-idea question ("housing?", "money") is too vague to answer when two topics tie.
        // Nor is a question that says one of the best section's own alternative questions whole.
        if (result.Hits.Count < 2 || result.Plan.Concepts.Count > 1 || result.Hits[0].QuestionMatch >= Reranker.ExactQuestionMatch)
        {
            return null;
        }
        var (first, second) = (result.Hits[0], result.Hits[1]);
        var close = second.Score >= first.Score * AmbiguityRatio;
        var different = first.Passage.Document.Kind == "guide" && second.Passage.Document.Kind == "guide"
            && first.Passage.Heading.Length > 0 && second.Passage.Heading.Length > 0
            && first.Passage.Heading != second.Passage.Heading
            && first.Passage.Document.Topic != second.Passage.Document.Topic;
        return close && different ? [first.Passage.Heading, second.Passage.Heading] : null;
    }
}
