using CroydonBot.Storage;
using CroydonBot.Knowledge;
using CroydonBot.Knowledge.Live;
using Microsoft.Extensions.Options;

namespace CroydonBot.Conversation;

/// <summary>
/// The seam between the conversation and the knowledge base: a follow-up is searched for as itself and,
/// enriched with the last question's ideas and years, as a longer query handed to the same retriever.
/// Ranking stays the retriever's business; this class decides which reading answers and, for a follow-up that
/// switches year or names nothing of its own, which of the reading's passages the conversation is about.
/// </summary>
public sealed partial class ContextualRetrieval(FollowUpReader reader, IOptions<KnowledgeOptions> options, TimeProvider clock, FollowUpArbiter? arbiter = null)
{
    /// <summary>How many of the last ideas a context keeps, so a long conversation does not drift.</summary>
    private const int MaxTerms = 6;

    /// <summary>
    /// The result for <paramref name="question"/>, read against <paramref name="context"/> when the
    /// question leans on it; <c>UsedContext</c> says whether it did.
    /// </summary>
    private (RetrievalResult Result, bool UsedContext) Cascade(KnowledgeSnapshot snapshot, string question, ConversationContext? context)
    {
        if (context is null || context.Terms.Count + context.Years.Count == 0 || clock.GetUtcNow() - context.At > reader.ContextLifetime)
        {
            var first = snapshot.Retrieve(question);
            return (BetweenTwoYears.FirstAsked(question, first.Best?.Passage, snapshot.Index.Passages) is { } stepBetween && SureLedBy(snapshot, stepBetween) is { } stepped
                ? stepped with { Focus = first.Plan }
                : first, false);
        }
        // "sorry i meant the uni one not apprenticeship": what a correction takes back is not what it asks about.
        question = reader.WithoutTakenBack(question, context.Terms.Concat(context.Subject));
        // "nice who do i contact": the reaction to the last answer is no word of the question.
        question = reader.WithoutAcknowledgement(question);
        // Round AJ (conv-aj): "do they pay u for it or is it like volunteering": the guess after "or" is no subject of the question.
        question = GuessedAlternative.Without(question, reader.PointsBack);
        if (SubjectSaidAgain.Read(question) is { } again && NamesTheLastPassage(snapshot, again.Named, context))
        {
            // Round AJ (conv-aj): "does the PA thing still count if im not at college" after the PA after 21 asks "does that".
            question = again.Pointed;
        }
        var alone = snapshot.Retrieve(question);
        var threshold = options.Value.ConfidenceThreshold;
        var shape = reader.Read(question);
        var pointsBack = shape == FollowUpShape.Reference;
        if (context.AskedElsewhere)
        {
            return InPlaceOfWhatWasDeclined(snapshot, question, context, alone, shape);
        }
        if (shape == FollowUpShape.NewTopic)
        {
            return (alone, false);
        }
        if (BetweenTwoYears.Asked(question) is { } span && snapshot.Index.PassageWithId(context.PassageId) is { } answered
            && BetweenTwoYears.For(snapshot.Index.Passages, answered, span.From, span.To) is { } between
            && SureLedBy(snapshot, between) is { } spanned)
        {
            // "and in between 2020 and 2024 did ofsted do anything": each year named pulls in its own section (the 2020 grades);
            // what is asked is the step of the conversation's timeline between them (the 2021 focused visit).
            return (spanned with { Focus = alone.Plan }, true);
        }
        if (shape == FollowUpShape.Continuation && reader.IsFragmentFollowUp(question) && snapshot.Index.PassageWithId(context.PassageId) is { } step
            && SubjectSwapped.For(snapshot.Index.Passages, step, NewSubjects(alone.Plan, context), p => HeadingTerms(snapshot, p)) is { } swapped
            && SureLedBy(snapshot, swapped) is { } sameOfAnother)
        {
            // "and kids in care" after what Ofsted said about care leavers in 2024: the same step of the timeline, of the subject named.
            return (sameOfAnother with { Focus = alone.Plan }, true);
        }
        if (reader.AtThatTime(question) && alone.Plan.Years.Count == 0 && ThatTime(snapshot, question, context, alone) is { } then)
        {
            // "what was wrong back then" after the 2020 inspection: 2020's section on what was wrong, not 2017's, which says
            // "wrong" in its heading.
            return (then, true);
        }
        if (reader.AtAnyTime(question) && AnotherTimeOfTheTimeline(snapshot, alone, context))
        {
            // "was it ever bad" after the 2020 grades: "ever" frees the follow-up from the last answer's year, whose words the
            // conversation would carry; read alone it finds the time its own words say ("bad": 2017's inadequate).
            return (alone, true);
        }
        if (WhenItFails.Asks(question) && NextStep(snapshot, question, context, alone) is { } next)
        {
            // "and if they dont sort it": the next step of the conversation's subject, not its first step again.
            return (next, true);
        }
        if (WhomToAsk.Asks(question) && ToWhom(snapshot, question, context) is { } whom)
        {
            // "who do i ask if mine left" after how often a PA visits: the subject's contact section (manager, duty contact).
            return (whom, true);
        }
        if (reader.PointsBack(question) && SaidAboutIt.Asks(question) && snapshot.Index.PassageWithId(context.PassageId) is { } spokenOf
            && SaidAboutIt.For(snapshot.Index.Passages, spokenOf, snapshot.Index.Analyzer.Terms(question).ToHashSet(StringComparer.Ordinal),
                context.Years, snapshot.Index.Analyzer.Terms) is { } saidAbout
            && SureLedBy(snapshot, saidAbout) is { } saidOf)
        {
            // Round AO (follow-ao): "did ofsted say anything about them" after what the young ambassadors do: the section headed
            // with what that speaker said about the subject, not the last section's passing quote (SaidAboutIt).
            return (saidOf with { Focus = alone.Plan }, true);
        }
        if (WhatMustImprove.Asks(question, alone.Plan.Concepts.Select(c => c.Surface))
            && snapshot.Index.PassageWithId(context.PassageId) is { } judged
            && WhatMustImprove.ListFor(snapshot.Index.Passages, judged, alone.Plan.Years, alone.Plan.AsksAboutNow || WhatMustImprove.SaysStill(question)) is { } list
            && SureLedBy(snapshot, list) is { } listed)
        {
            // "what do they still need to fix then" after the 2024 grades: the list of what must improve, not the grades again
            // (whose "requires improvement to be good" holds the kind asked) nor what the council is doing about the list.
            return (listed with { Focus = alone.Plan }, true);
        }
        if (reader.WithinReach(question) && alone.Plan.Years.Count == 0 && OfTheLastThing(snapshot, question, alone, context) is { } ofIt)
        {
            // Round AI (conv-ai): "wat age do u have to be" after how to become an ambassador, "how long can u do it for" after
            // Staying Put, "whats their number" after how to complain: a short question asking a fact of the thing just answered,
            // naming nothing the last section does not say, is answered from that section when it holds the fact. Read alone it
            // finds whichever section says the fact of something else (the children in care council's age groups, a pathway
            // plan's six months), with a confidence the conversation never gets to weigh.
            // The plan is the conversation's reading of the question (its words and the subject's), as the readings below keep:
            // the heading search that found the section would leave only the heading's words for the next follow-up to lean on.
            return (ofIt with { Plan = snapshot.Retrieve(EnrichedQuery(question, context, namesYear: false)).Plan, Focus = alone.Plan }, true);
        }
        if (JoiningIt.Asks(question) && ToJoinTheSubject(snapshot, question, context) is { } joining)
        {
            // Round AJ (help-aj): "h0w d0 1 s1gn up 4 1t" after "did ofsted rate it": joining is asked of the group, read with each of the
            // conversation's subjects in turn, and answered by that subject's own section on joining.
            return (joining with { Focus = alone.Plan }, true);
        }
        // A message that leans on the conversation and names nothing but question words ("since when", "when did
        // it start", "what did they give it") has no subject of its own: whatever it matches alone is chance.
        // So does one that names only an age or a year beside such words ("what changes when i turn 21" after priority need
        // for housing at 19): the number is a condition on the conversation's subject, however the message opens.
        var namesNumber = alone.Plan.Years.Count > 0 || Text.AsciiDigits.In(question);
        // A word that only says the kind of fact asked ("age" in "whats the age range", "fee") names no subject either (round AF).
        var namesNoSubject = (shape != FollowUpShape.None || namesNumber && reader.WithinReach(question))
            && !alone.Plan.Concepts.Any(c => IsOwnSubject(Text.PlainWords.Of(c.Surface)));
        if (namesNoSubject)
        {
            shape = FollowUpShape.Reference;
        }
        if (shape is FollowUpShape.None or FollowUpShape.Continuation && NamesTheLastPassagesThing(snapshot, question, alone, context))
        {
            // "(so) when can i get the money out" after an answer about a savings account: "the money" is that account's, not
            // a new subject ("College money") that a continuation naming its own section would stand alone for.
            shape = FollowUpShape.Reference;
        }
        if (shape == FollowUpShape.Reference && !namesNoSubject && OfThePointedThing(snapshot, question, context) is { } pointed)
        {
            // Round AH (conv-ah): "is it just for london" after the Care Leaver Covenant, "how long does it take" after the NI number:
            // the follow-up points back and asks where, how long, when open or what before, of the thing just answered, whose
            // section says it ("for care leavers aged 16 to 25 in England"). The place it names is the condition asked about, not
            // a new subject: read alone, "london" found the Oyster photocard, whose section is named after London.
            return (pointed with { Focus = alone.Plan }, true);
        }
        // An answer alone that lacks the one fact asked for ("how much does the card cost" finding a passage about
        // costs with no amount) is no answer: the context may know which card.
        var confident = alone.Best is not null && alone.Confidence >= threshold && !AskedFact.IsMissing(alone);
        if (confident && !namesNoSubject && reader.IsCorrection(question) && NamesNewSubject(alone, context))
        {
            // "nah wait ignore that, i meant the money for uni": the subject it names replaces the last one; its "that" is
            // what it takes back, not what it asks about.
            return (alone, false);
        }
        if (confident && !namesNoSubject && (reader.IsCondition(question) || PutsInPlaceOfTheSubject(question, context))
            && NamesSiblingSection(snapshot, alone, context) && SureLedBy(snapshot, alone.Best!.Passage) is { } sibling)
        {
            // "what about if i was in a childrens home instead" after Staying Put, "what about if i go uni" after the college
            // bursary: the circumstance the follow-up names has a section of its own beside the last one (Staying Close, the
            // university bursary), which answers the same question for it; the last section would only say it does not apply.
            // Led by that section's heading: read alone, a word of no section ("instead") can leave the subject unknown.
            return (sibling with { Focus = alone.Plan }, true);
        }
        if (confident && !namesNoSubject && !reader.OpensWithCondition(question) && !reader.AsksWhetherItStillHolds(question)
            && NamesWhatTheLastPassageLacks(snapshot, alone, context))
        {
            // "and if i went to uni" after Staying Put: the follow-up names a subject the last passage never mentions, so that
            // passage cannot answer it, while another section of the same guide (the conversation's topic) is about it and is found
            // surely alone. Kept on the last section, the conversation's words would only say the last answer again.
            return (alone, true);
        }
        if (shape == FollowUpShape.None && confident
            || confident && !namesNoSubject && HasOwnSection(alone)
                && (reader.ShortOnly(question) || shape == FollowUpShape.Continuation && alone.Best!.Passage.Id != context.PassageId))
        {
            // A message that names a subject with a section of its own ("wats an independent visitor", "and the pathway
            // plan?") stands alone: it is a new question, or the same question of a new subject, not a side of the last one.
            if (reader.WithinReach(question) && LastPassageTies(alone, context) is { } tied)
            {
                // Round AG (ent-ag): "do all councils pay that" after the setting-up-home allowance reads alone as well in the
                // council tax section ("councils", "pay") as in the allowance's, which says "councils can pay different amounts": a
                // tie the conversation settles, as SettledByTopic does between two topics. Only where the message would otherwise
                // stand alone: measured, settling ties before the conditions and kinds above lost a dozen older scripts.
                return (tied with { Focus = alone.Plan }, true);
            }
            return Kept((alone, false));
        }
        // Round AG (ent-ag): an age the asker gives ("n wat about if im 22") is a condition the subject's section answers by the
        // ages it states; searched as a word it finds the same digits said of something else (AskerAge).
        var asked = namesNoSubject && AskerAge.In(question) is not null ? AskerAge.Without(question) : question;
        var enriched = BestReading(snapshot, asked, context, alone, threshold, carryKind: namesNoSubject,
            withoutUnseen: namesNoSubject || SaysMoreThanItsUnseenWords(shape, alone));
        if (enriched?.Best is not { } best)
        {
            return Kept((alone, false));
        }
        var focused = enriched with { Focus = alone.Plan };
        var kindAsked = QuestionKinds.InConversation(asked);
        if (namesNoSubject && alone.Plan.Years.Count == 0 && !LastPassageLacks(snapshot, context, kindAsked))
        {
            // Nothing of its own and no other year: it asks about the very passage just answered, when that passage
            // is among what the enriched reading found. Not when it asks a kind of fact that passage lacks ("how often"
            // after what the care leavers forum is): another passage of the same subject says it.
            focused = LastAnswerFirst(focused, context.PassageId, threshold);
            if (focused.Best!.Passage.Id != context.PassageId && OfThePointedThing(snapshot, question, context) is { } kept)
            {
                // Round AH (conv-ah): the conversation's other words ("my new job wants it", said with the NI number question) can
                // pull the enriched reading off the subject altogether; a follow-up naming nothing of its own that asks a fact of the
                // thing just answered, which its section holds, is still about that section.
                focused = kept with { Focus = alone.Plan };
            }
        }
        else if (reader.IsCondition(question) && !(confident && AsksTheSectionBothFind(question, alone, enriched, context)))
        {
            // The same question under a condition ("even if im not at college"): the passage just answered says whether
            // the condition changes it; its new words ("college") would otherwise pull in a passage about them.
            focused = LastAnswerOnly(focused, context.PassageId, threshold);
            if (focused.Best!.Passage.Id != context.PassageId && reader.OpensWithCondition(question)
                && snapshot.Index.PassageWithId(context.PassageId) is { } last && SureLedBy(snapshot, last) is { } kept)
            {
                // "even if im working not studying" after how long a PA lasts: the condition's words ("working") are not the PA
                // passage's, so the enriched reading left it out and found the setting-up-home allowance; "even if" asks the last
                // question again, which the last passage answers. (Not "does that still count if ...": there the enriched reading
                // finding another passage was measured right more often than the last answer, which may itself have been wrong.)
                focused = kept with { Hits = [kept.Best!], Focus = alone.Plan };
            }
        }
        if (!namesNoSubject && !namesNumber && focused.Best!.Passage.Id == context.PassageId && !QuestionRole.AsksWhatWasSaid(question)
            && LedByTheNewSubject(snapshot, alone, focused, context) is { } renamed)
        {
            // "do they pay u for it" after how to join the ambassadors: payment is never said in the joining section, and the section
            // named after being paid is among the reading's hits; the conversation's words would only give the joining answer again.
            // Not with an age or a year ("is it just for 18-21s or older too"): the number is a condition on the conversation's
            // subject, as for the kinds asked. Nor when it asks what a source said ("did they say anything about care leavers in
            // prison"): what was said is the speaker's, found by the reading below and the kind machinery, not by a section's name.
            focused = renamed;
        }
        if (shape == FollowUpShape.Reference && !namesNoSubject && alone.Plan.Years.Count == 0 && focused.Best!.Passage.Id != context.PassageId
            && kindAsked == QuestionKind.General && QuestionRole.AsksWhatWasSaid(question)
            && snapshot.Index.PassageWithId(context.PassageId) is { } said && SaysEveryOwnSubject(snapshot, alone, said))
        {
            // "what did they say about independent visitors" after what Ofsted praised: the follow-up points back, and the section
            // just answered says every subject it names ("a very impressive number of independent visitors"), so that section is
            // what "they said"; the enriched reading's best (a news item, a guide on what the thing is) only mentions it elsewhere.
            // Only when it asks what was said: "whats this housing panel thing" after Ofsted on housing asks what the panel is,
            // and "how often do they meet" a kind of fact ("meet" said in passing), which the kind's own machinery finds. (Measured:
            // any pointing-back follow-up whose subjects the last section says lost four older scripts, AN, AQ, B and U.)
            var stayed = LastAnswerFirst(focused, context.PassageId, threshold);
            focused = stayed.Best!.Passage.Id == context.PassageId ? stayed
                : SureLedBy(snapshot, said) is { } kept ? kept with { Focus = alone.Plan } : focused;
        }
        // A follow-up asking a kind of fact of its own ("how often should they see me" after a bursary answer) that the
        // conversation's passage does not hold, while the question read alone confidently finds one that does, stands alone:
        // the conversation would answer the last question again. (Taking any other passage of the reading that holds the kind
        // was tried and dropped: "how often do they pay it" after the setting-up-home allowance went to a PA's visits.)
        // Not when it names an age or a year ("what changes when i turn 21"): the number is a condition on the conversation's
        // subject, and read alone it finds any passage with an age in it (measured: P's and K's priority-need scripts).
        // Nor when it names nothing but question words ("how often" after the care leavers forum): read alone, it finds
        // whatever passage has "every day" in it, a news quote (round K, batch S).
        if (kindAsked != QuestionKind.General && !namesNumber && !namesNoSubject && confident && focused.Best is { } top
            && !QuestionKinds.Holds(kindAsked, top.Passage.Text) && QuestionKinds.Holds(kindAsked, alone.Best!.Passage.Text))
        {
            // Round AG (ent-ag): not when the section just answered ties with it alone ("do all councils pay that": "councils can
            // pay different amounts" is the allowance's answer, though no sentence of it says "in England").
            return reader.WithinReach(question) && LastPassageTies(alone, context) is { } tied ? (tied with { Focus = alone.Plan }, true) : Kept((alone, false));
        }
        if (!confident || shape == FollowUpShape.Reference)
        {
            return Kept((WithKindAsked(snapshot, focused, context, kindAsked, namesNumber), true));
        }
        // A continuation that names its own subject ("and whos the mayor") keeps the context only when the
        // enriched answer still covers the new words as well as the question alone did.
        var ownCoverage = alone.Plan.Coverage(snapshot.Index.TermsOf(best.Number));
        return Kept(ownCoverage + 1e-9 >= alone.Confidence ? (WithKindAsked(snapshot, focused, context, kindAsked, namesNumber), true) : (alone, false));

        // Round AK (follow-ak): "who runs it" after the Care Leaver Covenant: the follow-up points back, asks a kind of fact the section
        // just answered holds, and names nothing that section does not say ("runs": "Spectra runs it"), yet the reading above leads
        // with another section, pulled there by the conversation's words ("scheme" in the council tax relief scheme's name). The
        // thing pointed at is the one just answered, and it holds the answer. Only where the reading would leave that section: where
        // it stays, its own choice of sentences is kept. The plan stays the conversation's reading of the question, as for
        // OfTheLastThing: the heading search's plan would leave only the heading's words for the next follow-up to lean on.
        (RetrievalResult, bool) Kept((RetrievalResult Result, bool UsedContext) reading) =>
            pointsBack && !namesNumber && reading.Result.Best?.Passage.Id != context.PassageId
            && StaysOnThePointedThing(snapshot, question, alone, context) is { } held
                ? (held with { Plan = snapshot.Retrieve(EnrichedQuery(question, context, namesYear: false)).Plan, Focus = alone.Plan }, true)
                : reading;
    }

    /// <summary>
    /// The conversation's reading, or, when the follow-up asks a kind of fact its best section does not hold ("who do i ask for
    /// it" finding the bursary's section again, "so is it good now" finding Staying Put through "foster carer" said in passing),
    /// the reading led by the section just answered or its neighbour that holds it (<see cref="KindNearby"/>). Not when the
    /// follow-up names a number: an age or a year is a condition on the subject, and the kind it asks is read with it.
    /// </summary>
    private RetrievalResult WithKindAsked(KnowledgeSnapshot snapshot, RetrievalResult focused, ConversationContext context, QuestionKind kindAsked, bool namesNumber)
    {
        if (kindAsked == QuestionKind.General || namesNumber || focused.Best is not { } top
            || snapshot.Index.PassageWithId(context.PassageId) is not { } last)
        {
            return focused;
        }
        if (!QuestionKinds.Holds(kindAsked, top.Passage.Text))
        {
            return KindNearby.For(snapshot.Index.Passages, last, kindAsked) is { } target && target.Id != top.Passage.Id
                && SureLedBy(snapshot, target) is { } led ? led with { Focus = focused.Focus } : focused;
        }
        // The best section holds the kind, but perhaps not of the thing the follow-up names ("how many recommendations" and a
        // section whose only numbers are dates): the sentence that says the kind of it, in the conversation's guide.
        if (focused.Focus is not { } asked)
        {
            return focused;
        }
        var analyzer = snapshot.Index.Analyzer;
        var subjects = NewSubjects(asked, context);
        // Round AF (conv-af): else the section named after the subject asked about, anywhere in the guide ("how often is the
        // pathway plan looked at" after the PA's visits, whose section only mentions the plan).
        var sayer = KindInTheGuide.For(snapshot.Index.Passages, last, top.Passage, kindAsked, subjects, context.Years,
                p => PassageWords.OfSentences(analyzer, p))
            ?? KindInTheNamedSection.For(snapshot.Index.Passages, last, top.Passage, kindAsked, subjects,
                p => PassageWords.OfHeading(analyzer, p), p => PassageWords.OfNames(analyzer, p), p => PassageWords.OfSentences(analyzer, p));
        return sayer is not null && SureLedBy(snapshot, sayer) is { } saying ? saying with { Focus = focused.Focus } : focused;
    }

    /// <summary>Below this weight an idea is the guides' own setting, said in most sections ("croydon" 0.4), not a subject of its own.</summary>
    internal const double SettingWeight = 1.0;

    /// <summary>
    /// Round AE (conv-ae): after a question declined for being about another place ("is sutton good on ofsted"), a follow-up
    /// naming nothing but the guides' own setting in its place ("ok what about croydon then") asks the declined question of
    /// Croydon. Read alone, "croydon" is said by every section and the two sections it finds best tie, so the bot asked which was
    /// meant ("What is Croydon's rating now?" or the Croydon Cares app); the declined question's ideas settle the tie: the one of
    /// the two covering clearly more of them leads, and the other is dropped, with every runner-up covering clearly less.
    /// (Searching with those ideas instead found a news item's sentence: the declined question's everyday words, "thinking of
    /// moving", outweigh the place.) Any other message is read on its own, as if nothing had been said: the declined question's
    /// words must not carry on to a question of its own.
    /// </summary>
    private (RetrievalResult Result, bool UsedContext) InPlaceOfWhatWasDeclined(KnowledgeSnapshot snapshot, string question,
        ConversationContext context, RetrievalResult alone, FollowUpShape shape)
    {
        var concepts = alone.Plan.Concepts;
        if (shape is FollowUpShape.None or FollowUpShape.NewTopic || concepts.Count == 0 || concepts.Any(c => c.Weight >= SettingWeight)
            || alone.Hits.Count < 2)
        {
            return (alone, false);
        }
        var (first, second) = (alone.Hits[0], alone.Hits[1]);
        var declined = snapshot.Plan(question.TrimEnd() + " " + string.Join(' ', context.Terms));
        var firstRead = declined.Coverage(snapshot.Index.TermsOf(first.Number));
        var secondRead = declined.Coverage(snapshot.Index.TermsOf(second.Number));
        var (chosen, dropped) = firstRead >= secondRead ? (first, second) : (second, first);
        var (chosenRead, droppedRead) = (Math.Max(firstRead, secondRead), Math.Min(firstRead, secondRead));
        if (chosenRead == 0 || droppedRead >= chosenRead * TieBrokenBelow)
        {
            return (alone, false);
        }
        // Every runner-up covering clearly less of the declined question goes with the one dropped: left in, the next of them ("What
        // is Croydon's local offer?") ties with the one chosen as the app did.
        var floor = chosenRead * TieBrokenBelow;
        return (alone with
        {
            Hits = [chosen, .. alone.Hits.Where(h => !ReferenceEquals(h, chosen) && !ReferenceEquals(h, dropped)
                && declined.Coverage(snapshot.Index.TermsOf(h.Number)) >= floor)],
        }, true);
    }

    /// <summary>
    /// Round AD (conv-ad): the reading led by the section of the conversation's guide that the follow-up's new subjects name
    /// (<see cref="NewSubjectNearby"/>), when the last section never mentions them; null otherwise. The new subjects are the
    /// follow-up's own (<see cref="IsOwnSubject"/>), not the conversation's, and unsaid in any word of any of their names in the
    /// last section: "what about if im at uni" after the PA, whose section says "education", stays there. Round AP (follow-ap): a
    /// subject the last section gives only as one item of a list counts as unsaid by it (<see cref="OwnedBeyondItsList"/>).
    /// </summary>
    private RetrievalResult? LedByTheNewSubject(KnowledgeSnapshot snapshot, RetrievalResult alone, RetrievalResult focused, ConversationContext context)
    {
        if (snapshot.Index.PassageWithId(context.PassageId) is not { } last)
        {
            return null;
        }
        // What the last section says or is asked by (its labelled questions): a subject it is asked about is its own.
        // Round AP (follow-ap): not a subject it gives only as an item of a list ("and care leavers, were we good" after the four
        // things Ofsted says must improve, one of them housing for care leavers): picked out of the list, it is asked about, and the
        // section named after it says more of it than the list does.
        var lastTerms = NamesOf(snapshot, last).Union(OwnedBeyondItsList(snapshot, last)).ToHashSet(StringComparer.Ordinal);
        var named = NewSubjects(alone.Plan, context);
        var fresh = named.Where(c => !c.Alternatives.Any(a => a.Any(lastTerms.Contains))).ToList();
        // A follow-up that also names the last section's own thing ("whats coram voice's hours" after the advocacy services) asks
        // about that thing: the section named after its other word ("hours", the phone lines') is about something else.
        if (fresh.Count < named.Count)
        {
            return null;
        }
        if (NewSubjectNearby.For(focused.Hits, last, fresh, p => NamesOf(snapshot, p), h => snapshot.Index.TermsOf(h.Number)) is not { } hit)
        {
            return null;
        }
        return SureLedBy(snapshot, hit.Passage) is { } led ? led with { Focus = focused.Focus }
            : focused with { Hits = [hit, .. focused.Hits.Where(h => !ReferenceEquals(h, hit))] };
    }

    /// <summary>
    /// Round AP (follow-ap): every word <paramref name="passage"/> mentions but those it says only in its list items
    /// (<see cref="PassageWords.OfListItems"/>), even where its prose says them again in summing the list up.
    /// </summary>
    private static IEnumerable<string> OwnedBeyondItsList(KnowledgeSnapshot snapshot, Passage passage)
    {
        var items = PassageWords.OfListItems(snapshot.Index.Analyzer, passage);
        return PassageWords.Mentioned(snapshot.Index.Analyzer, passage).Where(t => !items.Contains(t));
    }

    /// <summary>What a section is named and asked by (<see cref="PassageWords.OfNames"/>), analysed once per passage.</summary>
    private static IReadOnlySet<string> NamesOf(KnowledgeSnapshot snapshot, Passage passage) =>
        PassageWords.OfNames(snapshot.Index.Analyzer, passage);

    /// <summary>
    /// The ideas of <paramref name="plan"/> that name a subject (<see cref="IsOwnSubject"/>) the conversation has not named and
    /// that are not only the telling (<see cref="QueryConcept.Context"/>): what a follow-up asks a new fact about.
    /// </summary>
    private List<QueryConcept> NewSubjects(QueryPlan plan, ConversationContext context)
    {
        var said = SaidIdeas(context);
        return [.. plan.Concepts.Where(c => !c.Context && Text.PlainWords.Of(c.Surface) is var idea && IsOwnSubject(idea) && !said.Contains(idea))];
    }

    /// <summary>
    /// The reading led by <paramref name="target"/> searched by its heading alone, when it covers that heading surely; null
    /// otherwise. Its heading alone: the section was chosen by where it stands (beside the last one, or holding the kind of
    /// fact asked), and the conversation's words said in passing ("my foster carer mentioned it") would only lower its cover.
    /// </summary>
    private RetrievalResult? SureLedBy(KnowledgeSnapshot snapshot, Passage target) =>
        LedBy(snapshot, target, []) is { } led && led.Best!.Coverage >= options.Value.ConfidenceThreshold ? led : null;

    /// <summary>
    /// The reading led by <paramref name="target"/>, found by searching its heading with the conversation's subject (so its
    /// runners-up are about the same thing); null when the search does not find it.
    /// </summary>
    private static RetrievalResult? LedBy(KnowledgeSnapshot snapshot, Passage target, IEnumerable<string> subject)
    {
        var reading = snapshot.Retrieve(target.Heading + " " + string.Join(' ', subject));
        return reading.Hits.FirstOrDefault(h => h.Passage.Id == target.Id) is { } hit
            ? reading with { Hits = [hit, .. reading.Hits.Where(h => !ReferenceEquals(h, hit))] }
            : null;
    }

    /// <summary>
    /// "what did he say about it": the reading led by a passage giving the words of the person the last answer named
    /// (<see cref="SpokenBy"/>), while the conversation is fresh; null otherwise.
    /// </summary>
    public RetrievalResult? SpokenByLastNamed(KnowledgeSnapshot snapshot, string question, ConversationContext? context, IReadOnlyList<string>? people) =>
        context is null || people is not { Count: > 0 } || clock.GetUtcNow() - context.At > reader.ContextLifetime
            ? null
            : SpokenBy.Retrieve(snapshot, question, people, options.Value.ConfidenceThreshold);

    /// <summary>The conversation's words break a tie when the other side covers less than this share of what its own side covers.</summary>
    private const double TieBrokenBelow = 0.9;

    /// <summary>
    /// A tie between two topics settled by the conversation: when the two sections a question finds equally well are of
    /// different topics, only one is the topic of the answer just given, and the question read with the conversation's words
    /// covers clearly more in that one (<see cref="TieBrokenBelow"/>), while that answer is fresh: the result led by it
    /// ("what did care leavers get" after when the 2024 inspection report came out: what Ofsted said about care leavers, not who
    /// counts as a care leaver). Null when there is no fresh conversation, it takes neither side or both, or its words do not
    /// part them: the big guide is the topic of most answers, and "how did care leavers do" after the bus photocard is not
    /// about who counts as a care leaver either (neither section says "bus fare", nor "setting up home allowance").
    /// </summary>
    public RetrievalResult? SettledByTopic(KnowledgeSnapshot snapshot, string question, RetrievalResult result, ConversationContext? context)
    {
        if (context?.Topic is not { } topic || clock.GetUtcNow() - context.At > reader.ContextLifetime || result.Hits.Count < 2)
        {
            return null;
        }
        var (first, second) = (result.Hits[0], result.Hits[1]);
        var firstOurs = first.Passage.Document.Topic == topic;
        if (firstOurs == (second.Passage.Document.Topic == topic))
        {
            return null;
        }
        var (ours, theirs) = firstOurs ? (first, second) : (second, first);
        // How much of the question read with the conversation's words each side covers: not their rank in that reading, where
        // sections saying only the conversation's words ("when the report came out") push both out of the few hits kept.
        // Only the reading's plan is weighed (a search's plan is the planner's, whatever it finds), so it is planned, not searched.
        var plan = snapshot.Plan(EnrichedQuery(question, context, namesYear: result.Plan.Years.Count > 0));
        var oursRead = plan.Coverage(snapshot.Index.TermsOf(ours.Number));
        var theirsRead = plan.Coverage(snapshot.Index.TermsOf(theirs.Number));
        if (oursRead == 0 || theirsRead >= oursRead * TieBrokenBelow)
        {
            return null;
        }
        return firstOurs ? result : result with { Hits = [second, first, .. result.Hits.Skip(2)] };
    }

    /// <summary>
    /// True when a message the feedback intent would offer as feedback is the next question about the answer just given:
    /// a short correction or continuation with nothing of the person's own in it ("n the most recent one", "sorry i meant the
    /// uni one not apprenticeship", <see cref="FollowUpReader.IsFragmentFollowUp"/>) that the conversation answers
    /// confidently. A wrong "Shall I send this as your feedback?" hides the answer it wanted; feedback that tells something
    /// ("my PA never does that") is left to the intent.
    /// </summary>
    public bool ContinuesLastAnswer(KnowledgeSnapshot snapshot, string text, ConversationContext? context)
    {
        if (context?.PassageId is null || clock.GetUtcNow() - context.At > reader.ContextLifetime || !reader.IsFragmentFollowUp(text))
        {
            return false;
        }
        var (result, usedContext) = Retrieve(snapshot, text, context);
        return (usedContext || reader.IsCorrection(text)) && IsSure(result);
    }

    /// <summary>
    /// Round AC (ctx-ac): true when <paramref name="text"/> opens with a continuation and then as a question or a condition ("n was
    /// the care leaver bit good too" after the 2024 grades, "and if they just ignore it" after how to complain) and the conversation's reading of it is
    /// sure: it asks on about the conversation, though it is longer than a fragment and lands on another passage than the last
    /// answer (the grades, after a news report's words on them). The feedback intent had offered such a question back as praise.
    /// </summary>
    public bool AsksOnInContext(KnowledgeSnapshot snapshot, string text, ConversationContext? context)
    {
        if (context?.PassageId is null || clock.GetUtcNow() - context.At > reader.ContextLifetime || !reader.AsksOnAfterALink(text))
        {
            return false;
        }
        // Read against the conversation, whether or not its words were needed: "and if the council just ignores my complaint" names
        // its own subject, and is still the next question.
        var (result, _) = Retrieve(snapshot, text, context);
        return IsSure(result);
    }

    /// <summary>
    /// Round AD (conv-ad): true when the message opens with a continuation and goes on as a question or a condition, by its shape
    /// alone (<see cref="FollowUpReader.AsksOnAfterALink"/>); whether it lands anywhere is for the caller's search to say.
    /// </summary>
    public bool AsksOnAfterALink(string text) => reader.AsksOnAfterALink(text);

    /// <summary>Round AC (ctx-ac): true when the message puts a condition on what was just said ("and if they ignore it").</summary>
    public bool PutsAConditionAfterALink(string text) => reader.PutsAConditionAfterALink(text);

    /// <summary>
    /// Round AB (dialog-ab): true when <paramref name="text"/>, read against the conversation, surely lands on the passage (or the
    /// section) the last answer came from: it goes on about what was just answered ("my mate only got 1000 tho was he mugged off" after the
    /// apprenticeship bursary, "nice so at 24 i can get the 1 bed rate" after the shared-room rate), whatever its length. Whether
    /// such a message is a follow-up or feedback about the answer is for the caller to decide from its shape.
    /// </summary>
    public bool ReturnsToLastAnswer(KnowledgeSnapshot snapshot, string text, ConversationContext? context)
    {
        if (context?.PassageId is null || clock.GetUtcNow() - context.At > reader.ContextLifetime)
        {
            return false;
        }
        var (result, _) = Retrieve(snapshot, text, context);
        // The same section counts as the same passage: a guide section is split into passages, and the one that answers the
        // reaction best may be the one next to the one just quoted.
        return IsSure(result) && result.Best!.Passage is var best
            && (best.Id == context.PassageId || context.Section is not null && best.Heading == context.Section && best.Document.Topic == context.Topic);
    }

    /// <summary>
    /// True when <paramref name="question"/> may lean on what was said before: it points back ("did ofsted say
    /// anything about that"), opens like a continuation or is too short to have a subject of its own.
    /// </summary>
    public bool LeansOnContext(string question) => reader.Read(question) != FollowUpShape.None;

    /// <summary>True when a message is no longer than a follow-up that leans on the subject by being short ("how much is it").</summary>
    public bool IsElliptical(string question) => reader.IsShort(question);

    /// <summary>True when <paramref name="question"/> points back at something said before it ("how often does it meet").</summary>
    public bool PointsBack(string question) => reader.Read(question) == FollowUpShape.Reference;

    /// <summary>
    /// True when <paramref name="question"/> points back at the recent subject ("does it still count"); a mere
    /// continuation ("and can you tell me the weather") names its own subject.
    /// </summary>
    public bool PointsBack(string question, ConversationContext context) =>
        context.Terms.Count + context.Years.Count > 0 && clock.GetUtcNow() - context.At <= reader.ContextLifetime
        && reader.Read(question) == FollowUpShape.Reference;

    /// <summary>
    /// The follow-up read against the whole context, and against the subject of the conversation alone (the
    /// ideas of the question that opened it): the reading whose best passage covers more of what was just asked
    /// (its own subject, not its numbers and question words) wins, the whole context on a tie. Null when neither reading answers.
    /// </summary>
    private RetrievalResult? BestReading(KnowledgeSnapshot snapshot, string question, ConversationContext context, RetrievalResult alone, double threshold, bool carryKind, bool withoutUnseen)
    {
        var namesYear = alone.Plan.Years.Count > 0;
        // A follow-up naming nothing of its own asks the conversation's question again ("and in 2020?"): the kind of fact
        // asked (a grade, an amount) comes with it when it asks none itself.
        // A yes-or-no question asks a kind of its own ("so is it good now" after when the report came out asks for the
        // judgement, not a date), so nothing is carried to it.
        var kind = carryKind && QuestionKinds.InConversation(question) == QuestionKind.General && !AsksYesOrNo(question)
            ? QuestionKinds.WordsFor(KindOf(context)) : null;
        // A follow-up naming nothing of its own leaves out the words no passage says ("was it lower before"): no reading can
        // cover them, and weighed as unseen subjects they sank every reading below the bar, so the follow-up got "I don't know".
        // So does one that still points back or names a known subject once they are gone (<see cref="SaysMoreThanItsUnseenWords"/>).
        var own = withoutUnseen ? WithoutWords(question, alone.Plan.Concepts.Where(c => c.Unknown).Select(c => c.Surface)) : question;
        var asked = kind is null ? own : own.TrimEnd() + " " + kind;
        var readings = new List<RetrievalResult> { snapshot.Retrieve(EnrichedQuery(asked, context, namesYear)) };
        if (context.Subject.Count > 0 && !context.Subject.SequenceEqual(context.Terms))
        {
            var subject = new ConversationContext { Terms = context.Subject, Years = context.Years, At = context.At };
            readings.Add(snapshot.Retrieve(EnrichedQuery(asked, subject, namesYear)));
        }
        var newYears = alone.Plan.Years.Where(y => !context.Years.Contains(y)).ToList();
        // The readings are told apart by the follow-up's own subject: a number, a question word or the kind of fact asked is
        // matched by chance ("23" in "23 December" for "what about when im 23"; "age" in a passage of age groups for "what age
        // are they supposed to sort it by"), so it does not count.
        var ownPlan = alone.Plan with
        {
            Concepts = [.. alone.Plan.Concepts.Where(c => !reader.NamesNoSubject([c.Surface]) && QuestionKinds.InConversation(c.Surface) == QuestionKind.General)],
        };
        return readings.Select(r => newYears.Count > 0 ? SpeakingFrom(r, newYears) : r)
            .Where(r => r.Best is not null && r.Confidence >= threshold && !AskedFact.IsMissing(r))
            .Select((r, i) => (Reading: r, Order: i, Own: ownPlan.Coverage(snapshot.Index.TermsOf(r.Best!.Number))))
            .OrderByDescending(r => r.Own).ThenBy(r => r.Order)
            .Select(r => r.Reading).FirstOrDefault();
    }

    /// <summary>
    /// True when a follow-up says a word no passage of the knowledge base says ("can i ask for it sooner" after the pathway plan,
    /// "so do i still have to pay at the chemist" after free prescriptions, "wat about my boyfriend, he lives with me" after the
    /// council tax relief) and, without it, still leans on the conversation: it points back ("it", "that"), or names a subject the
    /// knowledge base knows ("pay", "lives"). Such a word cannot lead to another section, since none says it; it can only sink
    /// every reading, and with it the answer the conversation's section gives ("you can ask for it to be checked at any time",
    /// "other people in your home do not get the relief"). A follow-up that names nothing but an unseen word ("what about narnia")
    /// is left as it was: that word is its whole question, and no section answers it. So is one saying several such words ("can u do
    /// my english homework its on macbeth": "its" points back by chance): together they name a subject of their own.
    /// </summary>
    private bool SaysMoreThanItsUnseenWords(FollowUpShape shape, RetrievalResult alone) =>
        alone.Plan.Concepts.Count(c => c.Unknown) == 1 && alone.Plan.Concepts.Any(c => c.Unknown && !c.Context)
        && (shape == FollowUpShape.Reference || alone.Plan.Concepts.Any(c => !c.Unknown && IsOwnSubject(Text.PlainWords.Of(c.Surface))));

    /// <summary><paramref name="question"/> without <paramref name="words"/>, each taken out wherever it stands as a whole word.</summary>
    private static string WithoutWords(string question, IEnumerable<string> words) =>
        words.Where(w => w.Length > 0).Aggregate(question, (q, w) =>
            System.Text.RegularExpressions.Regex.Replace(q, $@"\b{System.Text.RegularExpressions.Regex.Escape(w)}\b", " ", System.Text.RegularExpressions.RegexOptions.IgnoreCase));

    /// <summary>
    /// A follow-up that names nothing of its own ("how many", "n the time before that"), read against
    /// the conversation's subject without the side the last question asked (its kind of fact, "what age"), nor that
    /// kind carried on: the reading to try when the usual one would answer the last question again. Null when the
    /// follow-up names a subject of its own, or the subject alone says nothing new.
    /// </summary>
    public RetrievalResult? AnotherSide(KnowledgeSnapshot snapshot, string question, ConversationContext context)
    {
        var alone = snapshot.Retrieve(question);
        if (!reader.NamesNoSubject(alone.Plan.Concepts.Select(c => c.Surface)) || alone.Plan.Years.Count > 0)
        {
            return null;
        }
        var subject = (context.Subject.Count > 0 ? context.Subject : context.Terms)
            .Where(t => QuestionKinds.InConversation(t) == QuestionKind.General && !reader.NamesNoSubject([t])).ToList();
        if (subject.Count == 0)
        {
            return null;
        }
        var reading = snapshot.Retrieve(EnrichedQuery(question, new ConversationContext { Terms = subject, Years = context.Years, At = context.At }, namesYear: false));
        return IsSure(reading) ? reading with { Focus = alone.Plan } : null;
    }

    /// <summary>
    /// A follow-up pointing back at the time of the last answer (<see cref="FollowUpReader.AtThatTime"/>) read against the
    /// conversation with only the passages speaking from that year: the year of the passage just answered when it has one
    /// of its own (a dated section, a report), else the conversation's years. Null when there is no such year or nothing sure.
    /// </summary>
    private RetrievalResult? ThatTime(KnowledgeSnapshot snapshot, string question, ConversationContext context, RetrievalResult alone)
    {
        var last = snapshot.Index.PassageWithId(context.PassageId);
        var when = last is null ? null : SectionTimeline.WhenOf(last, snapshot.Index.Passages);
        IReadOnlyList<int> years = last is not null && (last.Document.Kind != "guide" || SectionTimeline.DateOf(last) is not null) && when is { } w
            ? [w / 100] : context.Years;
        if (years.Count == 0)
        {
            return null;
        }
        var withYears = new ConversationContext { Terms = [.. context.Terms.Where(IsSubjectWord)], Subject = context.Subject, Years = [.. years], At = context.At };
        var reading = SpeakingFrom(snapshot.Retrieve(EnrichedQuery(question, withYears, namesYear: false)), years);
        return IsSure(reading) && years.Any(y => (reading.Best!.Passage.Heading + " " + reading.Best.Passage.SpeaksFrom).Contains(y.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
            ? reading with { Focus = alone.Plan } : null;
    }

    /// <summary>
    /// True when the follow-up read alone surely finds a dated section of the guide the last answer came from (another time of
    /// the same timeline), when the last answer was itself from a dated section of it.
    /// </summary>
    private bool AnotherTimeOfTheTimeline(KnowledgeSnapshot snapshot, RetrievalResult alone, ConversationContext context) =>
        IsSure(alone) && snapshot.Index.PassageWithId(context.PassageId) is { } last && SectionTimeline.DateOf(last) is not null
        && alone.Best!.Passage.Id != last.Id && alone.Best.Passage.Document.File == last.Document.File
        && SectionTimeline.DateOf(alone.Best.Passage) is not null;

    /// <summary>
    /// Whom to go to when someone of the conversation's subject fails (<see cref="WhomToAsk"/>): the subject searched with the
    /// words the guides tell how to reach someone in, when that surely finds a guide section other than the last answer's.
    /// </summary>
    private RetrievalResult? ToWhom(KnowledgeSnapshot snapshot, string question, ConversationContext context)
    {
        var reading = WithSubject(snapshot, question, WhomToAsk.ContactWords, context);
        return IsSure(reading) && reading.Best!.Passage.Document.Kind == "guide" && reading.Best.Passage.Id != context.PassageId
            ? reading with { Focus = snapshot.Plan(question) } : null;
    }

    /// <summary>
    /// <paramref name="question"/> searched with <paramref name="kindWords"/> (the words the guides tell that kind of section with)
    /// and the conversation's subject words, so the section found is that kind of section of the subject.
    /// </summary>
    private RetrievalResult WithSubject(KnowledgeSnapshot snapshot, string question, string kindWords, ConversationContext context)
    {
        var subject = (context.Subject.Count > 0 ? context.Subject : context.Terms).Where(IsSubjectWord);
        return snapshot.Retrieve(question.TrimEnd() + " " + kindWords + " " + string.Join(' ', subject));
    }

    /// <summary>
    /// What to do when the conversation's subject fails (<see cref="WhenItFails"/>): the subject searched with the words the
    /// guides tell the next step in. Null when it finds nothing sure.
    /// </summary>
    private RetrievalResult? NextStep(KnowledgeSnapshot snapshot, string question, ConversationContext context, RetrievalResult alone)
    {
        var reading = WithSubject(snapshot, question, WhenItFails.NextStepWords, context);
        if (reading.Best?.Passage.Id == context.PassageId
            && reading.Hits.Skip(1).FirstOrDefault(h => h.Passage.Id != context.PassageId && h.Coverage >= options.Value.ConfidenceThreshold) is { } other)
        {
            // "who do i ask if mine never turns up" after how often a PA visits: the subject's words ("PA") find the section just
            // answered again, which says what should happen, not what to do when it does not; the next sure one says that.
            reading = reading with { Hits = [other, .. reading.Hits.Where(h => !ReferenceEquals(h, other))] };
        }
        return IsSure(reading) ? reading with { Focus = alone.Plan } : null;
    }

    /// <summary>
    /// A short follow-up moving along a dated timeline (<see cref="Moves"/>) after an answer from a dated passage: the reading
    /// led by the section it moves to, found by searching the conversation's subject with that section's heading. "and before
    /// that?" after the 2024 inspection is the section of the same kind dated before it (<see cref="SectionTimeline.Before"/>),
    /// "and after?" the next one (<see cref="SectionTimeline.After"/>), "and now" the newest (<see cref="SectionTimeline.Latest"/>).
    /// Null when the question moves nowhere, the conversation is stale, the last answer (<paramref name="lastPassages"/>, its
    /// main passage first) had no dated passage, the timeline has nothing that way, or the search does not find that section.
    /// </summary>
    public RetrievalResult? StepAlong(KnowledgeSnapshot snapshot, string question, ConversationContext? context, IReadOnlyList<string>? lastPassages)
    {
        // Round AN (follow-an): "wat happened after that did the goverment take over or sumthin" moves as "wat happened after
        // that": the hedged guess is offered, not asked.
        question = HedgedGuess.Without(question);
        var move = Moves(reader.WithoutAcknowledgement(question));
        // Round AI (ofsted-ai): "and before 2017?" steps back from that year's section, as "and before that?" from the last one.
        var yearBefore = move == TimelineMove.None ? EarlierOne.YearAskedBefore(reader.WithoutAcknowledgement(question)) : null;
        if (yearBefore is not null)
        {
            move = TimelineMove.Before;
        }
        if (context is null || move == TimelineMove.None || clock.GetUtcNow() - context.At > reader.ContextLifetime
            || LastDated(snapshot, context, lastPassages) is not { } last)
        {
            return null;
        }
        if (yearBefore is { } year)
        {
            // Only the conversation's own timeline: a question naming a subject of its own ("what was the pa rule before 2018")
            // is read as asked.
            var spoken = SaidWords(context);
            if (!snapshot.Plan(question).Concepts.All(c => reader.NamesNoSubject([c.Surface]) || spoken.Contains(Text.PlainWords.Of(c.Surface))
                    || QuestionKinds.InConversation(c.Surface) != QuestionKind.General)
                || SectionTimeline.AlikeInYear(last, year, snapshot.Index.Passages) is not { } fromYear)
            {
                return null;
            }
            last = fromYear;
        }
        if (yearBefore is null && move != TimelineMove.Latest
            && GradeNamedSection.Of(last, SaidWords(context), snapshot.Index.Passages) is { } named && named.Id != last.Id)
        {
            // Round AN (follow-an): the step starts from the judgement the conversation's own words name ("when was it
            // inadequate": 2017), not from the dated passage of an answer that mentioned it in passing (the rating now, 2024).
            last = named;
        }
        var subject = context.Terms.Concat(context.Subject).Where(IsSubjectWord).Distinct(StringComparer.Ordinal).ToList();
        // Round AG (ofsted-ag): "what did ofsted rate croydon" names only the setting and a kind ("rate"), no subject; searched
        // with nothing, the rating now (undated) found no dated section to stand for it, and "what about before that" got the
        // rating now again. Its own words still find the sections it was about.
        var bySubject = snapshot.Retrieve(string.Join(' ', subject.Count > 0 ? subject : context.Terms));
        var passages = snapshot.Index.Passages;
        // The conversation's own subject said again ("so is croydon still like that now") is no word of the follow-up's own:
        // every section of the timeline says it.
        var said = SaidWords(context);
        var own = LaterOne.OwnWords(question).Where(w => !said.Contains(w)).ToList();
        var target = move switch
        {
            TimelineMove.Before => SectionTimeline.Before(last, passages, bySubject.Hits),
            TimelineMove.After => SectionTimeline.After(last, passages, own),
            _ => SectionTimeline.Latest(last, passages, bySubject.Hits, own),
        };
        if (target is null && yearBefore is not null)
        {
            // "and before 2017?" after the 2017 recommendations: nothing earlier of that kind, so the time before it, its judgement first.
            target = passages.Where(p => p.Document.File == last.Document.File && SectionTimeline.DateOf(p) is { } d && d / 100 < yearBefore)
                .OrderByDescending(p => SectionTimeline.DateOf(p)! / 100).ThenByDescending(GradeSaid.HeadingGivesOne).ThenBy(p => p.Ordinal).FirstOrDefault();
        }
        if (target is null)
        {
            return null;
        }
        if (move == TimelineMove.Before && (EarlierOne.StateAlwaysAsked(question) ?? AlwaysLikeThat(question, last)) is { } state)
        {
            // Round AI (ofsted-ai): a state is a judgement, so the walk goes along the judgements: from a section of what came of
            // one ("February 2020: what needed to improve", the one most like the rating now) to that year's own judgement.
            if (!GradeSaid.HeadingGivesOne(target))
            {
                target = GradedThatYear(target, passages) ?? target;
            }
            // Round AF (conv-af): "n was it always good or nah" after the 2024 grades asks whether it was ever not good: back along
            // the timeline past every section whose heading still says it ("February 2020: judged good"), to the first that does
            // not ("2017: judged inadequate"). A heading says what its section is; a grade said in passing in the text does not.
            for (var steps = 0; steps < MaxStepsBack && HeadingSays(target, state) && SectionTimeline.Before(target, passages, bySubject.Hits) is { } earlier
                && earlier.Id != target.Id; steps++)
            {
                target = earlier;
            }
        }
        // The kind of fact the follow-up asks ("so is it good now": a grade), else, when it says nothing of its own, the
        // conversation's ("what happened after that" asks what its heading says, not the last question's grade again).
        var asks = QuestionKinds.InConversation(question);
        var kind = asks != QuestionKind.General ? asks : move == TimelineMove.Before || own.Count == 0 ? KindOf(context) : QuestionKind.General;
        if (kind != QuestionKind.General && !QuestionKinds.Holds(kind, target.Text)
            && SectionTimeline.SameYear(target, passages).FirstOrDefault(p => p.Id != last.Id && QuestionKinds.Holds(kind, p.Text)) is { } holding)
        {
            // "was it the same last time" after how care leavers were graded in 2024: the conversation asks a grade, which 2020's
            // section on care leavers does not give and that year's judgements do.
            target = holding;
        }
        return LedBy(snapshot, target, subject) is { } led ? led with { Focus = snapshot.Plan(question) } : null;
    }

    /// <summary>
    /// Round AI (ofsted-ai): the state "was it always like that" asks about when it names none: the grade the last answer gave
    /// ("rated good" in the rating now; "2017: judged inadequate"). Null when the question says no "always" or the last answer
    /// gave no grade: "was it always like that" after a list of weaknesses is only a step back.
    /// </summary>
    private static string? AlwaysLikeThat(string question, Passage last) =>
        EarlierOne.AsksAlways(question) ? GradeSaid.Of(last) : null;

    /// <summary>The section of <paramref name="section"/>'s year whose heading gives a grade (that year's judgement); null when none does.</summary>
    private static Passage? GradedThatYear(Passage section, IReadOnlyList<Passage> passages) =>
        SectionTimeline.SameYear(section, passages).FirstOrDefault(GradeSaid.HeadingGivesOne);

    /// <summary>How far back "was it always good" walks the timeline at most: a timeline has a handful of dated steps.</summary>
    private const int MaxStepsBack = 6;

    /// <summary>True when <paramref name="passage"/>'s heading says <paramref name="word"/> as a whole word.</summary>
    private static bool HeadingSays(Passage passage, string word) =>
        Text.PlainWords.Of(passage.Heading).Split(' ').Contains(word, StringComparer.Ordinal)
        || word.Contains(' ', StringComparison.Ordinal) && GradeSaid.In(passage.Heading) == word;

    /// <summary>
    /// A short follow-up asking when the conversation's subject started (<see cref="WhenItStarted"/>), after an answer from a
    /// section that does not tell it: the reading led by the section that does, the first of the subject's own reading that
    /// answers surely and tells a beginning with a date, one of the same guide first. "when did it start" after what Ofsted said
    /// about the young ambassadors is what a young ambassador is ("new in late 2023"), not the report's date again. Null when the
    /// question asks no start, the conversation is stale, the section just answered tells the start itself, or no section does.
    /// </summary>
    public RetrievalResult? WhenItBegan(KnowledgeSnapshot snapshot, string question, ConversationContext? context)
    {
        if (context?.PassageId is null || clock.GetUtcNow() - context.At > reader.ContextLifetime || !WhenItStarted.Asks(question)
            || snapshot.Index.PassageWithId(context.PassageId) is not { } last || WhenItStarted.Tells(last))
        {
            return null;
        }
        var subject = context.Subject.Concat(context.Terms).Where(IsSubjectWord).Distinct(StringComparer.Ordinal).ToList();
        if (subject.Count == 0)
        {
            return null;
        }
        return SubjectsSectionThat(snapshot, question, last, subject, WhenItStarted.Tells);
    }

    /// <summary>
    /// The reading led by the first section of the subject's own reading, other than <paramref name="last"/>, that answers surely
    /// and is what <paramref name="fits"/> asks for; one of the same guide as <paramref name="last"/> first. Null when none fits.
    /// </summary>
    private RetrievalResult? SubjectsSectionThat(KnowledgeSnapshot snapshot, string question, Passage last, List<string> subject, Func<Passage, bool> fits)
    {
        var threshold = options.Value.ConfidenceThreshold;
        var bySubject = snapshot.Retrieve(string.Join(' ', subject));
        var fitting = bySubject.Hits.Where(h => h.Passage.Id != last.Id && h.Coverage >= threshold && fits(h.Passage)).ToList();
        var target = fitting.FirstOrDefault(h => h.Passage.Document.File == last.Document.File) ?? fitting.FirstOrDefault();
        if (target is null)
        {
            return null;
        }
        // Searched by its heading with the subject, so its runners-up are about the same thing; else led by it in the subject's reading.
        var led = LedBy(snapshot, target.Passage, subject) ?? bySubject with { Hits = [target, .. bySubject.Hits.Where(h => !ReferenceEquals(h, target))] };
        return led with { Focus = snapshot.Plan(question) };
    }

    /// <summary>Which way a short follow-up moves along a timeline: back ("and before that?"), on ("and then?") or to now ("and now").</summary>
    public static TimelineMove Moves(string question) =>
        EarlierOne.Asks(question) ? TimelineMove.Before
        : LaterOne.AsksNow(question) ? TimelineMove.Latest
        : LaterOne.AsksAfter(question) ? TimelineMove.After
        : TimelineMove.None;

    /// <summary>
    /// The dated guide section the last answer came from, when <paramref name="question"/> asks for the one before it
    /// (<see cref="EarlierOne"/>) and nothing in its guide is dated before it: better said plainly than answered with the same
    /// section again. Null otherwise.
    /// </summary>
    public Passage? EarliestAskedBefore(KnowledgeSnapshot snapshot, string question, ConversationContext? context, IReadOnlyList<string>? lastPassages) =>
        context is not null && LastDatedAskedBefore(snapshot, question, context, lastPassages) is { } last
        && SectionTimeline.IsEarliest(last, snapshot.Index.Passages) ? last : null;

    /// <summary>The last answer's dated passage (<see cref="LastDated"/>) when a fresh conversation asks for the one before it.</summary>
    private Passage? LastDatedAskedBefore(KnowledgeSnapshot snapshot, string question, ConversationContext context, IReadOnlyList<string>? lastPassages) =>
        EarlierOne.Asks(question) && clock.GetUtcNow() - context.At <= reader.ContextLifetime ? LastDated(snapshot, context, lastPassages) : null;

    /// <summary>
    /// The passage of the last answer that says when it speaks from: its first dated guide section (the main passage, else one
    /// it quoted beside it), else its main passage (an undated guide section speaks of now, a news report from its date).
    /// </summary>
    private static Passage? LastDated(KnowledgeSnapshot snapshot, ConversationContext context, IReadOnlyList<string>? lastPassages) =>
        (context.PassageId is null ? [] : new[] { context.PassageId }).Concat(lastPassages ?? [])
            .Select(snapshot.Index.PassageWithId)
            .Where(p => p is not null).Cast<Passage>()
            .OrderByDescending(p => p.Document.Kind == "guide" && SectionTimeline.DateOf(p) is not null)
            .FirstOrDefault(p => SectionTimeline.WhenOf(p, snapshot.Index.Passages) is not null);

    /// <summary>
    /// Round AJ (help-aj): the follow-up asking how to join (<see cref="JoiningIt"/>) read with one of the conversation's subjects, the
    /// opening question's first: the first sure reading led by a guide section whose labelled questions ask how to join; null when none.
    /// </summary>
    private RetrievalResult? ToJoinTheSubject(KnowledgeSnapshot snapshot, string question, ConversationContext context)
    {
        foreach (var subject in context.Subject.Concat(context.Terms).Where(IsSubjectWord).Distinct(StringComparer.Ordinal).Take(MaxAntecedents))
        {
            var reading = snapshot.Retrieve(question.TrimEnd() + " " + subject);
            if (IsSure(reading) && reading.Best!.Passage.Document.Kind == "guide" && JoiningIt.Declares(reading.Best.Passage))
            {
                return reading;
            }
        }
        return null;
    }

    /// <summary>The conversation's subjects a pronoun may stand for, the last question's first: no question word, kind or number.</summary>
    private List<string> Antecedents(ConversationContext context) =>
        [.. context.Terms.Where(IsSubjectWord).Distinct(StringComparer.Ordinal).Take(MaxAntecedents)];

    /// <summary>A word of the conversation that names its subject: no question word, kind of fact or number.</summary>
    private bool IsSubjectWord(string term) =>
        term.Length > 0 && !Text.AsciiDigits.In(term) && QuestionKinds.InConversation(term) == QuestionKind.General
        && !reader.NamesNoSubject([term]);

    /// <summary>A reading sure enough to answer with: a passage, above the confidence threshold, holding the fact asked.</summary>
    private bool IsSure(RetrievalResult reading) =>
        reading.Best is not null && reading.Confidence >= options.Value.ConfidenceThreshold && !AskedFact.IsMissing(reading);

    /// <summary>How many of the conversation's subjects a pronoun is tried as (each is one more search).</summary>
    private const int MaxAntecedents = 3;

    /// <summary>
    /// The follow-up read with one of the conversation's subjects in place of its pronoun, or after it when it has none
    /// ("how old do u have 2 be" after whether ambassadors get paid: "... ambassadors"): the reading to try when the usual one
    /// would answer the last question again. It answers only from another passage than the last ones, and only when it
    /// holds what the follow-up asks: the kind of fact it asks (an age) that the usual reading lacks, or, asking no kind,
    /// a section's own question said near whole ("what do they actually do" as "what do young ambassadors actually do").
    /// Null otherwise.
    /// </summary>
    public RetrievalResult? ResolvedSide(KnowledgeSnapshot snapshot, string question, ConversationContext context, RetrievalResult usual, IReadOnlyList<string> lastPassages)
    {
        var kind = QuestionKinds.InConversation(question);
        // Asking no kind of fact, only what the thing is or does resolves its pronoun: "did they fix it" or "what was it
        // before that" read as a subject's own section's question matched loosely sections about something else (measured).
        if (kind != QuestionKind.General && usual.Best is { } top && QuestionKinds.Holds(kind, top.Passage.Text)
            || kind == QuestionKind.General && !reader.AsksWhatItIsOrDoes(question))
        {
            return null;
        }
        var threshold = options.Value.ConfidenceThreshold;
        var alone = snapshot.Retrieve(question);
        return Antecedents(context)
            .Select(subject => snapshot.Retrieve(reader.WithPronounAs(FollowUpReader.AsWhatTheyDo(question), subject) ?? question.TrimEnd() + " " + subject))
            .Where(r => r.Best is { } best && r.Confidence >= threshold && !AskedFact.IsMissing(r) && !lastPassages.Contains(best.Passage.Id)
                && (kind == QuestionKind.General ? best.QuestionMatch >= ResolvedQuestionMatch : QuestionKinds.Holds(kind, best.Passage.Text)))
            .OrderByDescending(r => kind == QuestionKind.General ? r.Best!.QuestionMatch : r.Confidence)
            .Select(r => r with { Focus = alone.Plan })
            .FirstOrDefault();
    }

    /// <summary>How near a section's own question a resolved follow-up asking no kind of fact must come to be that question.</summary>
    private const double ResolvedQuestionMatch = 0.85;

    /// <summary>True when the question, after its opening link words ("so", "and", "ok"), asks yes or no ("so is it good now").</summary>
    private static bool AsksYesOrNo(string question) =>
        QuestionKinds.IsYesNo(string.Join(' ', Text.PlainWords.WordsOf(question).SkipWhile(Text.QuestionShape.IsLeadIn)));

    /// <summary>The kind of fact the conversation asks for, as stored.</summary>
    private static QuestionKind KindOf(ConversationContext context) =>
        Enum.TryParse<QuestionKind>(context.Kind, out var kind) ? kind : QuestionKind.General;

    /// <summary>
    /// True when the best passage's heading names every idea of the question that is a subject ("independent visitor"
    /// in "Independent visitors"): the question asks what that section is about.
    /// </summary>
    private bool HasOwnSection(RetrievalResult alone)
    {
        var heading = " " + Text.PlainWords.Of(alone.Best!.Passage.Heading) + " ";
        // The kind of fact asked ("age" in "up to wat age tho" after Staying Put) is no subject: a section about ages is not
        // what such a follow-up is about.
        var own = OwnSubjects(alone.Plan);
        return own.Count > 0 && own.All(c => heading.Contains(" " + c, StringComparison.Ordinal));
    }

    /// <summary>
    /// True when the follow-up read alone finds a section other than the last one that is its sibling (their headings share a
    /// telling word: "Staying Put ..." and "Staying Close ...", "College money: the 16 to 19 bursary" and "University bursary")
    /// and whose heading names one of the follow-up's own subjects ("childrens home", "uni"): the same kind of help for the
    /// circumstance the follow-up names. A section that only shares the conversation's subject ("what about if im at uni" after
    /// how long a PA lasts finds the university bursary, no sibling of the PA's section) leaves the follow-up a condition.
    /// </summary>
    private bool NamesSiblingSection(KnowledgeSnapshot snapshot, RetrievalResult alone, ConversationContext context)
    {
        if (OtherSectionOfTheSameGuide(snapshot, alone, context) is not { } last
            // A dated section's sibling is the same year's other side or another year's same side: the timeline's own moves.
            || SectionTimeline.DateOf(last) is not null || SectionTimeline.DateOf(alone.Best!.Passage) is not null)
        {
            return false;
        }
        // One of its own subjects is what tells the sibling's heading from the last one's, in any of its words ("care home" for
        // "children's home"). Said before in passing ("apprenticeship or uni im not sure yet", then "what about if i go uni"), it
        // still tells them apart: the last section is not about it.
        var heading = HeadingTerms(snapshot, alone.Best.Passage);
        var lastHeading = HeadingTerms(snapshot, last);
        return alone.Plan.Concepts.Any(c => IsOwnSubject(Text.PlainWords.Of(c.Surface)) && c.IsIn(heading) && !c.IsIn(lastHeading))
            && HeadingWords(last.Heading).Overlaps(HeadingWords(alone.Best.Passage.Heading));
    }

    /// <summary>
    /// The passage just answered, when the follow-up read alone found another section of the same guide: the ground both the
    /// sibling and the new-subject moves stand on. Null when there is no last passage, the same one was found, or the found
    /// passage is no guide section or is in another file.
    /// </summary>
    private static Passage? OtherSectionOfTheSameGuide(KnowledgeSnapshot snapshot, RetrievalResult alone, ConversationContext context) =>
        context.PassageId is not null && alone.Best!.Passage.Id != context.PassageId && alone.Best.Passage.Document.Kind == "guide"
        && snapshot.Index.PassageWithId(context.PassageId) is { } last && last.Document.File == alone.Best.Passage.Document.File
            ? last
            : null;

    /// <summary>The analysed terms of a section's heading, to test whether a concept of the question names it.</summary>
    private static IReadOnlySet<string> HeadingTerms(KnowledgeSnapshot snapshot, Passage passage) =>
        PassageWords.OfHeading(snapshot.Index.Analyzer, passage);

    /// <summary>
    /// True when the follow-up names a subject of its own (<see cref="IsOwnSubject"/>) that the passage just answered never
    /// mentions, in any of its words, and the section the follow-up finds alone, in the same guide, is about it (its heading
    /// names one such subject, its text holds them all): "uni" after Staying Put finds the university bursary. Not when the
    /// last passage mentions it ("what about if im at uni" after the PA, whose section says "whether or not you are in
    /// education"): that passage says whether it changes the answer.
    /// </summary>
    private bool NamesWhatTheLastPassageLacks(KnowledgeSnapshot snapshot, RetrievalResult alone, ConversationContext context)
    {
        if (OtherSectionOfTheSameGuide(snapshot, alone, context) is not { } last)
        {
            return false;
        }
        // Any word of any of its names counts as a mention: the PA's "education" speaks to "uni" ("higher education").
        var lastTerms = PassageWords.Mentioned(snapshot.Index.Analyzer, last);
        var fresh = alone.Plan.Concepts
            .Where(c => IsOwnSubject(Text.PlainWords.Of(c.Surface)) && !c.Alternatives.Any(a => a.Any(lastTerms.Contains))).ToList();
        // A new subject must be what the found section is about, in its heading: a verb said in passing ("does it work on
        // trains", "what if they ignore it") names no section, and a section that only mentions it is a guess. The others
        // ("where do i stay in the holidays" beside "uni") need only be in that section.
        var heading = HeadingTerms(snapshot, alone.Best!.Passage);
        var found = snapshot.Index.TermsOf(alone.Best.Number);
        return fresh.Any(c => c.IsIn(heading)) && fresh.All(c => c.IsIn(found));
    }

    /// <summary>
    /// True when the message puts what it names in place of the conversation's subject: it says "instead", or "not" before one of
    /// the conversation's words ("what about my mate who was in a childrens home not foster care" after Staying Put).
    /// </summary>
    private static bool PutsInPlaceOfTheSubject(string question, ConversationContext context)
    {
        var words = Text.PlainWords.WordsOf(question);
        var said = SaidWords(context);
        return words.Contains("instead") || Enumerable.Range(0, words.Length - 1).Any(k => words[k] == "not" && said.Contains(words[k + 1]));
    }

    /// <summary>The telling words of a heading: long enough to name something, and not the words every section of the guides says.</summary>
    private static HashSet<string> HeadingWords(string heading) =>
        [.. Text.PlainWords.WordsOf(heading).Where(w => w.Length >= 5 && !CommonHeadingWords.Contains(w))];

    /// <summary>Words that many headings share without being about the same thing.</summary>
    private static readonly HashSet<string> CommonHeadingWords = ["leaver", "leavers", "croydon", "croydons", "after", "about", "their", "where", "which", "ofsted", "children", "childrens", "young", "people", "services", "council"];

    /// <summary>
    /// True when the message names a subject of its own (not a question word, a kind of fact such as an age, or a number)
    /// and none of the conversation's ideas: "i meant the money for uni" after the leaving care grant, not "no i meant what
    /// age" or "i mean what does croydon do for care leavers with it".
    /// </summary>
    private bool NamesNewSubject(RetrievalResult alone, ConversationContext context)
    {
        var own = OwnSubjects(alone.Plan);
        return own.Count > 0 && !own.Any(SaidIdeas(context).Contains);
    }

    /// <summary>
    /// The ideas of <paramref name="plan"/> that name a subject (<see cref="IsOwnSubject"/>), in plain words.
    /// </summary>
    private List<string> OwnSubjects(QueryPlan plan) => [.. plan.Concepts.Select(c => Text.PlainWords.Of(c.Surface)).Where(IsOwnSubject)];

    /// <summary>
    /// True when an idea (in plain words) names a subject: not a question word, a number, or a kind of fact asked ("age" in
    /// "up to wat age tho" is no subject, and a section about ages is not what the follow-up is about).
    /// </summary>
    private bool IsOwnSubject(string idea) =>
        idea.Length > 0 && !reader.NamesNoSubject([idea]) && QuestionKinds.InConversation(idea) == QuestionKind.General;

    /// <summary>The conversation's ideas (its last terms and its subject), in plain words: "children s home" as said.</summary>
    private static HashSet<string> SaidIdeas(ConversationContext context) =>
        context.Terms.Concat(context.Subject).Select(Text.PlainWords.Of).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every word of the conversation's ideas: a follow-up saying one again ("not foster care") names nothing new by it.</summary>
    private static HashSet<string> SaidWords(ConversationContext context) =>
        context.Terms.Concat(context.Subject).SelectMany(t => Text.PlainWords.Of(t).Split(' ')).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// True when a short question names every subject of its own as "the ..." of the passage just answered ("when can i get
    /// the money out" after the Junior ISA: "money" is in that passage): it asks about that passage's thing.
    /// </summary>
    private bool NamesTheLastPassagesThing(KnowledgeSnapshot snapshot, string question, RetrievalResult alone, ConversationContext context)
    {
        var own = alone.Plan.Concepts.Select(c => Text.PlainWords.Of(c.Surface)).Where(c => c.Length > 0 && !reader.NamesNoSubject([c])).ToList();
        // Only a question asking a particular fact of it ("when", "how much"): "wats the out of hours thing about" asks what
        // that thing is, which a passage of its own says better than the one that named it.
        if (own.Count == 0 || context.PassageId is null || QuestionKinds.InConversation(question) == QuestionKind.General
            || !reader.NamesDefinitely(question, own))
        {
            return false;
        }
        var last = snapshot.Index.PassageWithId(context.PassageId);
        var text = last is null ? "" : " " + Text.PlainWords.Of(last.Heading + " " + last.Text) + " ";
        return last is not null && own.All(c => text.Contains(" " + c + " ", StringComparison.Ordinal));
    }

    /// <summary>
    /// True when a condition-shaped follow-up asks the section that both its readings find, alone (the caller makes sure it
    /// is confident) and against the conversation, when that is not the one just answered: "what if im still not happy after"
    /// after how to complain opens like a condition of the asker's own, yet both readings find what happens after you
    /// complain. Not when that section is the follow-up's own thing (<see cref="HasOwnSection"/>: "what about if im at uni"
    /// after how long a PA lasts asks whether uni changes the PA), nor when it opens with a condition ("even if im working not
    /// studying" after how long a PA lasts: <see cref="FollowUpReader.OpensWithCondition"/>) or asks whether the last answer
    /// still holds ("does that still apply if im a student", <see cref="FollowUpReader.AsksWhetherItStillHolds"/>): those stay
    /// conditions on the last answer.
    /// </summary>
    private bool AsksTheSectionBothFind(string question, RetrievalResult alone, RetrievalResult enriched, ConversationContext context) =>
        enriched.Best is { } found && found.Passage.Id == alone.Best!.Passage.Id && found.Passage.Id != context.PassageId
        && !HasOwnSection(alone) && !reader.OpensWithCondition(question) && !reader.AsksWhetherItStillHolds(question);

    /// <summary>
    /// True when the follow-up names at least one subject of its own (<see cref="OwnSubjects"/>) and <paramref name="passage"/>
    /// says every one of them: it asks about something that passage speaks of.
    /// </summary>
    private bool SaysEveryOwnSubject(KnowledgeSnapshot snapshot, RetrievalResult alone, Passage passage)
    {
        var own = alone.Plan.Concepts.Where(c => IsOwnSubject(Text.PlainWords.Of(c.Surface))).ToList();
        return EveryIdeaIsATermOf(snapshot, own, passage);
    }

    /// <summary>
    /// Round AJ (conv-aj): true when every idea of <paramref name="words"/> (a subject said again: "pa", read as the personal
    /// adviser) is a term of the passage just answered. Planned only for the rare message that says a subject again.
    /// </summary>
    private static bool NamesTheLastPassage(KnowledgeSnapshot snapshot, IReadOnlyList<string> words, ConversationContext context)
    {
        return snapshot.Index.PassageWithId(context.PassageId) is { } last
            && EveryIdeaIsATermOf(snapshot, snapshot.Plan(string.Join(' ', words)).Concepts, last);
    }

    /// <summary>True when there is at least one idea in <paramref name="ideas"/> and <paramref name="passage"/> holds every one as a term.</summary>
    private static bool EveryIdeaIsATermOf(KnowledgeSnapshot snapshot, IReadOnlyList<QueryConcept> ideas, Passage passage)
    {
        var number = IndexOf(snapshot.Index.Passages, passage);
        return ideas.Count > 0 && number >= 0 && ideas.All(c => c.IsIn(snapshot.Index.TermsOf(number)));
    }

    /// <summary>The place of <paramref name="passage"/> in <paramref name="passages"/>, or -1.</summary>
    private static int IndexOf(IReadOnlyList<Passage> passages, Passage passage)
    {
        for (var i = 0; i < passages.Count; i++)
        {
            if (ReferenceEquals(passages[i], passage))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>
    /// Round AH (conv-ah): the reading led by the passage just answered, when the follow-up asks a kind of fact that is only ever
    /// asked of the thing being talked about (<see cref="AskedOfTheThingItself"/>) and that passage holds it; null otherwise.
    /// </summary>
    private RetrievalResult? OfThePointedThing(KnowledgeSnapshot snapshot, string question, ConversationContext context) =>
        QuestionKinds.InConversation(question) is var kind && AskedOfTheThingItself.Contains(kind)
        && snapshot.Index.PassageWithId(context.PassageId) is { } last && QuestionKinds.Holds(kind, last.Text)
            ? SureLedBy(snapshot, last)
            : null;

    /// <summary>
    /// Round AK (follow-ak): the reading led by the passage just answered, for a follow-up that points back
    /// (<see cref="FollowUpShape.Reference"/>), when it asks a kind of fact (<see cref="StaysForKind"/>) that passage holds and
    /// every idea of its own is a term of that passage; null otherwise, or when the follow-up, read alone, surely finds a section
    /// named after its own ideas (<see cref="HasOwnSection"/>: a new subject, not the pointed one). Weighs the pointed thing
    /// against a fresh reading by what each holds: the last passage holds the kind and every word asked, so a reading elsewhere
    /// was pulled there by the conversation's words, not by the follow-up.
    /// </summary>
    private RetrievalResult? StaysOnThePointedThing(KnowledgeSnapshot snapshot, string question, RetrievalResult alone, ConversationContext context)
    {
        var kind = QuestionKinds.InConversation(question);
        if (!StaysForKind.Contains(kind) || alone.Plan.Years.Count > 0
            || snapshot.Index.PassageWithId(context.PassageId) is not { } last || !QuestionKinds.Holds(kind, last.Text))
        {
            return null;
        }
        var own = alone.Plan.Concepts.Where(c => IsOwnSubject(Text.PlainWords.Of(c.Surface))).ToList();
        var number = IndexOf(snapshot.Index.Passages, last);
        if (number < 0)
        {
            return null;
        }
        foreach (var idea in own)
        {
            if (!idea.IsIn(snapshot.Index.TermsOf(number)))
            {
                return null;
            }
        }
        var confident = alone.Best is { } best && best.Coverage >= options.Value.ConfidenceThreshold;
        return own.Count > 0 && confident && alone.Best!.Passage.Id != last.Id && HasOwnSection(alone) ? null : SureLedBy(snapshot, last);
    }

    /// <summary>
    /// The kinds of fact a pointing follow-up asks of the thing just answered (<see cref="StaysOnThePointedThing"/>): who runs or
    /// leads it, whom to ask, its age rule, amount, count, length, hours, number, where it holds, whether it is law. Not when,
    /// earlier, how often, a rating, its shortfall or words: those move along the inspections' timeline ("when was the one before")
    /// or are held by any section in passing ("at any time" for how often), and have machinery of their own.
    /// </summary>
    private static readonly HashSet<QuestionKind> StaysForKind =
    [
        QuestionKind.Who, QuestionKind.WhoToAsk, QuestionKind.Age, QuestionKind.HowMuch, QuestionKind.HowMany, QuestionKind.HowLong,
        QuestionKind.Hours, QuestionKind.Phone, QuestionKind.Coverage, QuestionKind.Legal,
    ];

    /// <summary>
    /// Round AI (conv-ai): the reading led by the passage just answered, when the question asks one of
    /// <see cref="FactsOfTheLastThing"/>, that passage holds it, every subject of the question's own is a word that passage says
    /// ("young" in "am i too young at 15" after "Young people aged 14 to 25 can become young ambassadors") and the question does not
    /// find, alone and surely, a section named after its own subjects (<see cref="HasOwnSection"/>: "how much is the university
    /// bursary" after a section that mentions it is the bursary's question); null otherwise.
    /// </summary>
    private RetrievalResult? OfTheLastThing(KnowledgeSnapshot snapshot, string question, RetrievalResult alone, ConversationContext context)
    {
        var kind = QuestionKinds.InConversation(question);
        // An age only when asked in words ("what age", "too young"): an age the asker tells ("im 20 now ... how do i find it") is a
        // condition on some other question, which the readings below weigh.
        if (!FactsOfTheLastThing.Contains(kind) || kind == QuestionKind.Age && !QuestionKinds.AsksAnAgeInWords(question)
            || snapshot.Index.PassageWithId(context.PassageId) is not { } last || !QuestionKinds.Holds(kind, last.Text))
        {
            return null;
        }
        var own = alone.Plan.Concepts.Where(c => IsOwnSubject(Text.PlainWords.Of(c.Surface))).ToList();
        var number = IndexOf(snapshot.Index.Passages, last);
        if (number < 0 || own.Any(c => !c.IsIn(snapshot.Index.TermsOf(number))))
        {
            return null;
        }
        var confident = alone.Best is { } best && best.Coverage >= options.Value.ConfidenceThreshold;
        return own.Count > 0 && confident && alone.Best!.Passage.Id != last.Id && HasOwnSection(alone) ? null : SureLedBy(snapshot, last);
    }

    /// <summary>
    /// The kinds of fact a short follow-up asks of the thing just answered (<see cref="OfTheLastThing"/>): its age rule, how long it
    /// lasts, its number, its hours, where it applies, how much. Not when or who: in a conversation about inspections they move
    /// along a timeline (the report before, the inspector of another year), which machinery of its own reads. Not how often: a
    /// section "holds" a frequency by any "at any time" or "once" (measured: "how often should i see them" after when a PA stops
    /// lost the PA's "every two months" to the after-21 section's "at any time", AK-m-04 and three more).
    /// </summary>
    private static readonly HashSet<QuestionKind> FactsOfTheLastThing =
        [QuestionKind.Age, QuestionKind.HowLong, QuestionKind.Phone, QuestionKind.Hours, QuestionKind.Coverage, QuestionKind.HowMuch];

    /// <summary>
    /// The kinds whose words name a condition of the thing, not a thing: where it applies ("in scotland", "just for london"), how
    /// long it takes, when it is open, what it was before. An amount or an age can be asked of a new thing ("how much is the
    /// oyster card"), so those stay with the readings above.
    /// </summary>
    private static readonly HashSet<QuestionKind> AskedOfTheThingItself =
        [QuestionKind.Coverage, QuestionKind.HowLong, QuestionKind.Hours, QuestionKind.Earlier, QuestionKind.Phone];

    /// <summary>True when the question asks a kind of fact (how often, how much) that the passage just answered does not hold.</summary>
    private static bool LastPassageLacks(KnowledgeSnapshot snapshot, ConversationContext context, QuestionKind kind) =>
        kind != QuestionKind.General && snapshot.Index.PassageWithId(context.PassageId) is { } last
        && !QuestionKinds.Holds(kind, last.Text);

    /// <summary>
    /// Round AG (ent-ag): the reading alone led by the passage just answered, when that passage is not its best but covers as much of
    /// the question and scores within <see cref="TieBrokenBelow"/> of it; null otherwise. A short message found as well in the
    /// conversation's section as in another is about the conversation's.
    /// </summary>
    private static RetrievalResult? LastPassageTies(RetrievalResult alone, ConversationContext context)
    {
        if (alone.Best is not { } best || best.Passage.Id == context.PassageId
            || alone.Hits.FirstOrDefault(h => h.Passage.Id == context.PassageId) is not { } last
            || last.Coverage + 1e-9 < best.Coverage || last.Score < best.Score * TieBrokenBelow)
        {
            return null;
        }
        return alone with { Hits = [last, .. alone.Hits.Where(h => !ReferenceEquals(h, last))] };
    }

    /// <summary>The result with the passage <paramref name="passageId"/> first, when it is among its hits and answers.</summary>
    private static RetrievalResult LastAnswerFirst(RetrievalResult result, string? passageId, double threshold)
    {
        var last = result.Hits.FirstOrDefault(h => h.Passage.Id == passageId && h.Coverage >= threshold);
        return last is null || ReferenceEquals(last, result.Hits[0]) ? result : result with { Hits = [last, .. result.Hits.Where(h => !ReferenceEquals(h, last))] };
    }

    /// <summary>The result with only the passage <paramref name="passageId"/>, when it is among its hits and answers.</summary>
    private static RetrievalResult LastAnswerOnly(RetrievalResult result, string? passageId, double threshold) =>
        result.Hits.FirstOrDefault(h => h.Passage.Id == passageId && h.Coverage >= threshold) is { } last ? result with { Hits = [last] } : result;

    /// <summary>
    /// The result with only the passages that speak from one of <paramref name="years"/> (a section about that
    /// year's inspection, a report dated then), when there are any: "and in 2020?" after a question about 2024 asks the
    /// same thing as of 2020, which a 2024 article that only mentions 2020 does not answer.
    /// </summary>
    private static RetrievalResult SpeakingFrom(RetrievalResult result, IReadOnlyList<int> years)
    {
        bool SpeaksFrom(ScoredPassage hit) => years.Any(y =>
            (hit.Passage.Heading + " " + hit.Passage.SpeaksFrom).Contains(y.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        var hits = result.Hits.Where(SpeaksFrom).ToList();
        return hits.Count == 0 ? result : result with { Hits = hits };
    }

    /// <summary>
    /// True when <paramref name="question"/> points back at a subject ("is it still a thing?") but there is no
    /// recent one to point at, and it names none itself: better to ask than to guess what "it" is.
    /// </summary>
    public bool PointsAtNothing(RetrievalResult alone, string question, ConversationContext? context) =>
        (context is null || context.Terms.Count + context.Years.Count == 0 || clock.GetUtcNow() - context.At > reader.ContextLifetime)
        && reader.PointsBackWithoutSubject(question, alone.Plan.Concepts.Select(c => c.Surface));

    /// <summary>
    /// True when <paramref name="question"/> puts a condition of the asker's own on the last question ("and what if i moved out
    /// to sutton", "im 19 tho"): what it names is the asker's circumstance, not a new subject.
    /// </summary>
    public bool IsCondition(string question) => reader.IsCondition(question);

    /// <summary>The clauses of a message that ask about something said before ("does it still count").</summary>
    public IEnumerable<string> ClausesPointingBack(string question) => reader.ClausesPointingBack(question);

    /// <summary>The words a message switches the subject to ("what about lambeth ..."), or null.</summary>
    public string? SwitchedTo(string question) => reader.SwitchedTo(question);

    /// <summary>What to say when a message points at nothing.</summary>
    public string Clarify => reader.Clarify;

    /// <summary>
    /// The follow-up with the last subject's ideas that it does not already name, and its years unless the
    /// follow-up names its own ("and in 2020?" asks about 2020, not 2024).
    /// </summary>
    public static string EnrichedQuery(string question, ConversationContext context, bool namesYear)
    {
        var said = question.ToLowerInvariant();
        IEnumerable<string> years = namesYear ? [] : context.Years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // A follow-up naming a number of its own ("what about once im 21" after a question at 19) asks again with
        // it in place of the old one.
        var namesNumber = Text.AsciiDigits.In(said);
        var extra = context.Terms.Where(t => !said.Contains(t, StringComparison.Ordinal) && !(namesNumber && Text.AsciiDigits.In(t)))
            .Concat(years.Where(y => !said.Contains(y, StringComparison.Ordinal)));
        return question.TrimEnd() + " " + string.Join(' ', extra);
    }

    /// <summary>
    /// The ideas of a question without those of its story (<see cref="QueryConcept.Context"/>) that the passage answering it
    /// never says: the conversation is about what the answer was about. A story word the answer does not cover ("my foster
    /// carer told me" beside whether Croydon is inadequate) was only the telling; carried on, it would pull the next follow-up
    /// ("so is it good now or not") to a section about the story (Staying Put, through "foster carer"). A story word the
    /// answer says stays (its section took it up), and so does every idea when there is no answer or nothing else is left.
    /// Only the story's words: dropping every idea the answer does not say (the asker's age, "the council") was measured
    /// and lost as many scripts as it fixed.
    /// </summary>
    private static IEnumerable<QueryConcept> AboutTheAnswer(KnowledgeIndex index, List<QueryConcept> ideas, ScoredPassage? answeredFrom)
    {
        if (answeredFrom is null)
        {
            return ideas;
        }
        var covered = index.TermsOf(answeredFrom.Number);
        var about = ideas.Where(c => !c.Context || c.IsIn(covered)).ToList();
        return about.Count > 0 ? about : ideas;
    }

    /// <summary>
    /// The context after a question: its own ideas first, then (when it was read against the old context)
    /// the old ones it carried on, so "how much is it" then "is that every year?" still know it is the bursary.
    /// </summary>
    public ConversationContext Remember(KnowledgeIndex index, RetrievalResult result, bool usedContext, ConversationContext? previous, ScoredPassage? answeredFrom)
    {
        // Only ideas the knowledge base itself uses are kept: a name or an address someone typed is in no seed,
        // so it never reaches the stored state (the state is not redacted like the question log).
        var unknown = index.Idf("\u0000");
        var known = result.Plan.Concepts
            .Where(c => c.Alternatives.Any(a => a.Count > 0 && a.All(t => index.Idf(t) < unknown))).ToList();
        var terms = AboutTheAnswer(index, known, answeredFrom).Select(c => c.Surface).Where(s => s.Length > 0);
        var years = result.Plan.Years.AsEnumerable();
        var own = terms.Distinct(StringComparer.Ordinal).Take(MaxTerms).ToList();
        var subject = own;
        var kind = QuestionKinds.InConversation((result.Focus ?? result.Plan).Question);
        // Round AE (conv-ae): a question declined as another place's is no subject to carry on: once "ok what about croydon then"
        // is answered, the conversation is about the answer, not about "thinking of moving" said of the other council.
        if (usedContext && previous is { AskedElsewhere: false })
        {
            kind = kind == QuestionKind.General ? KindOf(previous) : kind;
            // A follow-up naming its own year ("nah i meant 2017" after 2020) moves the conversation there: the old year said
            // as an idea ("2020") would pull the next follow-up ("when did that report come out") back to the old report.
            terms = terms.Concat(result.Plan.Years.Count > 0 ? previous.Terms.Where(t => !Text.AsciiDigits.In(t)) : previous.Terms);
            years = years.Any() ? years : previous.Years;
            subject = previous.Subject.Count > 0 ? previous.Subject : previous.Terms;
        }
        return new ConversationContext
        {
            Subject = subject,
            Terms = [.. terms.Distinct(StringComparer.Ordinal).Take(MaxTerms)],
            Years = [.. years.Distinct().Take(2)],
            Topic = answeredFrom?.Passage.Document.Topic,
            Section = answeredFrom?.Passage.Heading,
            PassageId = answeredFrom?.Passage.Id,
            Earlier = EarlierPassages(previous, answeredFrom?.Passage.Id),
            Kind = kind == QuestionKind.General ? null : kind.ToString(),
            At = clock.GetUtcNow(),
        };
    }

    /// <summary>How many sections answered before the last one a conversation keeps (round AM, stay-am).</summary>
    private const int MaxEarlier = 3;

    /// <summary>The earlier answers' passages after this turn: the last answer's, then the ones before it, without the new one.</summary>
    internal static List<string> EarlierPassages(ConversationContext? previous, string? now)
    {
        var earlier = new List<string>(MaxEarlier);
        if (previous is null)
        {
            return earlier;
        }
        if (previous.PassageId is { } last && last != now)
        {
            earlier.Add(last);
        }
        foreach (var id in previous.Earlier)
        {
            if (earlier.Count < MaxEarlier && id != now && !earlier.Contains(id))
            {
                earlier.Add(id);
            }
        }
        return earlier;
    }
}
