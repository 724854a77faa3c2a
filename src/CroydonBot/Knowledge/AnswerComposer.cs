using Microsoft.Extensions.Options;

namespace CroydonBot.Knowledge;

/// <summary>
/// Turns the best passage into a short answer: the sentences that answer the question (not the whole
/// paragraph), when the information dates from, whether it is history, and the source. It returns the answer's
/// parts (<see cref="ComposedAnswer"/>); the words around them come from dialogs/ and are Replies' to add.
/// </summary>
public sealed partial class AnswerComposer(IOptions<KnowledgeOptions> options, KnowledgeIndex index, SentenceChoice? choice = null)
{
    // Round AL (sent-al): the learned lead choice, only when switched on (KnowledgeOptions.LearnedLead).
    private readonly SentenceChoice? _choice = options.Value.LearnedLead ? choice : null;

    /// <summary>How far below the best passage another may score and still offer its best sentence.</summary>
    private const double CandidateFloor = 0.9;

    /// <summary>How close a second source's best sentence must come to the lead's to be added.</summary>
    private const double SecondSourceRatio = 0.85;

    /// <summary>A second source's sentence longer than this would make the answer a wall of text.</summary>
    private const int SecondSourceMaxWords = 40;

    /// <summary>
    /// How much a sentence's passage rank counts against how many of the question's words the sentence holds:
    /// with re-ranking, the best passage is usually the right section, and a sentence elsewhere that merely
    /// shares more words ("November" in a note about a law) should not take the lead from it.
    /// </summary>
    private const double LeadPassageWeight = 1.0;

    /// <summary>How far over the word budget a list may run so that it is shown whole.</summary>
    private const double ListBudget = 1.6;

    /// <summary>How much a sentence holding the kind of fact asked for (a date for "when") gains as the lead.</summary>
    private const double KindBonus = 0.15;

    // Made once: a method group passed at each answer is a new delegate per answer.
    private static readonly Func<string, bool> s_leavesOpen = ConfirmationAsked.LeavesOpen;

    /// <summary>
    /// What a sentence of the best-ranked section gains as the lead over sentences elsewhere: the re-ranker
    /// weighed the whole section against the whole question, so a sentence of another section must share
    /// clearly more words to take the lead ("in care for 12 months" for a question about two months in care).
    /// 0.1 from development batches A to E (0.05: +5 answers, 0.1: +6, 0.2: +6 with three lost).
    /// </summary>
    private const double TopMargin = 0.1;

    private readonly AnalysisCache _analysis = new(index.Analyzer);

    // Per passage, the terms of its title, heading and date; weak, so a rebuilt index's old passages can go.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Passage, IReadOnlySet<string>> _contextTerms = new();

    /// <summary>
    /// Picks the sentence that best answers the question from the top passages (a specific quote can beat a
    /// summary of the same facts) and builds the reply from its passage; when another document has a
    /// sentence nearly as good, it is added as a second, separately cited source.
    /// </summary>
    /// <param name="plan">The question as searched.</param>
    /// <param name="hits">The passages found, best first.</param>
    /// <param name="focus">
    /// What a follow-up asked, when <paramref name="plan"/> is the follow-up read against the conversation: its kind
    /// of question picks the lead sentence, so "since when" after the setting-up-home allowance leads with a date.
    /// </param>
    /// <param name="alsoAsked">The second part of a message the same section answers (<see cref="RetrievalResult.AlsoAsked"/>): its ideas are said too.</param>
    /// <param name="leadOverride">
    /// Round AM (lead-am): the trainer's reply-level labels only: the index of the top section's sentence to lead with, whatever
    /// the hand rules or the learned table choose, so the reply each candidate lead makes is composed exactly as the bot would.
    /// </param>
    public ComposedAnswer Compose(QueryPlan plan, IReadOnlyList<ScoredPassage> hits, QueryPlan? focus = null, QueryPlan? alsoAsked = null, int leadOverride = -1)
    {
        // The kind of fact asked comes from what was just asked: the conversation's ideas added to a follow-up
        // ("£3,000" after "since when") must not turn a "when" into a "how much".
        // A follow-up that asks no particular kind ("how do they pay it" after "is the apprenticeship bursary still a
        // grand") carries on the conversation's.
        var kind = focus is null ? QuestionKinds.Of(plan.Question)
            : QuestionKinds.InConversation(focus.Question) is var own && own != QuestionKind.General ? own : QuestionKinds.InConversation(plan.Question);
        // A grade asked, in the question or in a second part the same section answers ("... about care leavers? was that good
        // too"), is led by a sentence giving it (below).
        // Round AG (ofsted-ag): "how come croydon got rated inadequate" names the grade to ask why; the reasons lead, not a grade.
        var gradeAsked = kind == QuestionKind.General && focus is null && !ReasonPrecedence.Asks(plan.Question)
            && (QuestionKinds.AsksARating(plan.Question) || alsoAsked is not null && QuestionKinds.AsksARating(alsoAsked.Question));
        bool GivesAGrade(ScoredPassage hit) => _analysis.Sentences(hit.Passage.Text).Any(s => _analysis.Holds(s, QuestionKind.Rating));
        if (hits.Count > 1 && (hits[0].QuestionMatch >= Reranker.ExactQuestionMatch || hits[0].AnswersBroadly)
            // Said whole, the section's own question may still leave the grade asked beside it to the section that gives it.
            && !(gradeAsked && !GivesAGrade(hits[0])))
        {
            // The question says one of the best section's own questions whole (a button, a phrasing staff
            // approved), or asks as broadly as the overview that leads: that section answers it, not a sentence
            // elsewhere that happens to share more words ("what do i get when i leave care" is not the £3,000 allowance).
            hits = [hits[0]];
        }
        // An age the question names ("im 22 n homeless", "what about when im 23") leads with the sentence whose rule
        // covers it: a section often gives one rule per age group, and the first group's sentence is not the asker's.
        var ages = focus is null ? SentenceAges.AskedNow(plan.Question) : SentenceAges.AskedIn(focus.Question);
        // "when can i take it out" asks about the asker's own timeline: an age answers it as well as a date does.
        var alsoAge = kind == QuestionKind.When && QuestionKinds.AsksAboutAsker((focus ?? plan).Question);
        // Someone's own words are wanted only about what was asked: a quotation in a sentence that names none of the question's
        // ideas ("checks by managers have 'significantly improved'") is not the words "used about staff".
        // "who led it" asks for the person in that role, not any name the passage holds (the council's director, the mayor):
        // when a candidate sentence names the role, only such sentences are what was asked.
        var role = kind == QuestionKind.Who ? RoleAsked.In((focus ?? plan).Question) : null;
        if (role is not null && !hits.Any(h => _analysis.Sentences(h.Passage.Text).Any(role.IsMatch)))
        {
            role = null;
        }
        bool Wanted(string sentence) => kind == QuestionKind.Words
            ? _analysis.Holds(sentence, kind) && NamesAnIdea(plan, TermsOf(sentence))
            : _analysis.Holds(sentence, kind) && (role is null || role.IsMatch(sentence)) || alsoAge && _analysis.Holds(sentence, QuestionKind.Age);
        // The lead already weighs the asked age (BestSentence, within the top section); what follows the lead must keep the
        // asker's own rule too, or a lead that is the section's general opening lets the word budget cut it ("what about if im 22").
        // A "still"/"now" question answered from a current passage wants the sentence that says what holds now ("Now 80% of
        // staff are permanent" for "do they still use loads of agency staff"): the passage's opening may only set the scene.
        var asksNow = (focus ?? plan).AsksAboutNow && !(focus ?? plan).AsksAboutHistory;
        bool WantedAfterLead(string sentence) => Wanted(sentence) || ages.Any(a => SentenceAges.Covers(sentence, a))
            || asksNow && CurrentPosition.Says(sentence);
        var leadHits = LeadCandidates(hits, kind);
        // Round AK (sent-ak): the words naming the kind asked ("hours" in "what hours is that") are said by every sentence holding
        // that kind ("weekdays 5pm to 9am"), so they pick no lead by themselves ("open 24 hours a day" of other helplines).
        var credited = KindWords.CreditedBy(plan, kind);
        var lead = GuideOverFragment(plan, hits, BestSentence(plan, leadHits, Wanted, ages: ages, credited: credited), kind, Wanted, ages, credited);
        if (gradeAsked && lead.Sentence is { } led && !_analysis.Holds(led, QuestionKind.Rating) && hits.Any(GivesAGrade))
        {
            // "whats the ofsted rating for croydon" asks for the judgement: a press line that says "this rating" without
            // giving it must not lead over the sentence that says "rated good". Only when the lead gives no judgement and a
            // candidate sentence does: "which one didn't get a good" is led by the part that fell short, which gives one.
            // The grade must lead, not a sentence the kind's bonus could not lift over the top section's opening ("in 2020 what
            // did ofsted say about care leavers? was that good too": the year's care-leaver findings hold no grade, the year's
            // grades section just below does).
            kind = QuestionKind.Rating;
            var graded = BestSentence(plan, leadHits, Wanted, (_, sentence, _) => Wanted(sentence), ages);
            lead = GuideOverFragment(plan, hits, graded.Hit is null ? BestSentence(plan, leadHits, Wanted, ages: ages) : graded, kind, Wanted, ages, 0);
        }
        // Round AL (sent-al): within the top section the learned choice picks the lead (what the question asks against what each
        // sentence holds, fitted on every development answer turn). A still/now question keeps a lead saying what holds now.
        // Not over a hand lead that holds the kind asked (a "what if i move out" lead saying where the rule holds), nor over a
        // lead-in whose list follows it (the list is what answers; the table learned single sentences).
        // Round AM (lead-am): the trainer's forced lead stands in for the learned one exactly where the learned one may lead, so a
        // reply it labels is a reply the bot could give (under the guards above, every forced lead makes the hand rules' reply).
        if ((_choice is not null || leadOverride >= 0) && ReferenceEquals(lead.Hit, hits[0]) && lead.Hit.Passage.Buttons.Count == 0
            && !(asksNow && CurrentPosition.Says(lead.Sentence)) && !(kind != QuestionKind.General && Wanted(lead.Sentence))
            && !lead.Sentence.TrimEnd().EndsWith(':'))
        {
            var sentenceCount = _analysis.Sentences(lead.Hit.Passage.Text).Count;
            // Round AM (lead-am): only when the table is surer of its own lead than of the hand lead by the margin.
            var learned = leadOverride >= 0 ? (leadOverride < sentenceCount ? leadOverride : -1)
                : LearnedLead(plan, AskedOf((focus ?? plan).Question, kind, asksNow), lead.Hit.Passage, Wanted, ages, credited, lead.Index, options.Value.LearnedLeadMargin);
            if (learned >= 0 && learned != lead.Index)
            {
                lead = (lead.Hit, learned, _analysis.Sentences(lead.Hit.Passage.Text)[learned], lead.Score);
            }
        }
        var passage = lead.Hit.Passage;
        var all = _analysis.Sentences(passage.Text);
        if (passage.Buttons.Count > 0)
        {
            // An overview is read from its start: its lead-in and list are the answer, its buttons the detail.
            lead = (lead.Hit, 0, all[0], lead.Score);
        }
        // A limit of the rule that settles a condition the question says ("I was in a children's home" against "only for foster
        // care", "I'm 19" against "you must be 16 to 18", "it's law now" against "had not started") comes right after the lead.
        // The condition is an idea of the question, story included, that the section's heading does not name: the heading's
        // ideas are the rule itself ("Staying Put"), which every sentence of the section is about.
        // A question whether something is law ("is it a legal right now") is settled by the limit saying the law has not started:
        // a sentence naming the law ("a new law was passed") holds the kind asked, and the answer stopped before its status.
        var headingTerms = TermsOf(passage.Heading);
        // "i never got one, why not" asks which limit left them out, whichever it is.
        var asksTheLaw = kind == QuestionKind.Legal;
        var asksWhyNot = focus is null && RuleLimits.AsksWhyNot(plan.Question);
        bool Limits(string sentence) => asksWhyNot ? RuleLimits.SaysWhoIsLeftOut(sentence) : _analysis.SaysALimit(sentence)
            && (ages.Any(a => RuleLimits.RulesOutAge(sentence, a)) || SaysWhatTheHeadingDoesNot(plan, TermsOf(sentence), headingTerms)
                || asksTheLaw && QuestionKinds.Holds(QuestionKind.Legal, sentence));
        // A second kind of fact asked in a later part ("how much is it and when can i take it out"): the lead holds the first.
        // The message split in two ("<second part>" answered by the same section) says it as alsoAsked.
        var alsoWanted = focus is null ? SecondKindWanted(alsoAsked?.Question ?? QuestionKinds.LaterAsking(plan.Question), kind) : null;
        // Round AJ (conv-aj): a follow-up asking to confirm ("so croydon def gives 3 grand yeah") also hears what the section could
        // not confirm ("We could not confirm Croydon's amount, so ask your personal adviser"), wherever the section says it.
        if (focus is not null && ConfirmationAsked.In(focus.Question))
        {
            alsoWanted = s_leavesOpen;
        }
        var chosen = Choose(alsoAsked is null ? plan : plan.WithIdeasOf(alsoAsked), all, options.Value.AnswerWords, TermsOf, lead.Index, WantedAfterLead, Limits, alsoWanted);
        var parts = new List<(Passage Passage, IReadOnlyList<string> Sentences)> { (passage, Dated(passage, chosen.Select(i => all[i]))) };
        var leadBody = string.Join(' ', parts[0].Sentences);
        // Another source's sentence is added only when it is about the same thing: it must hold the most
        // telling idea of the question that the lead's passage holds, not merely share a word ("paid").
        var topic = TopConcept(plan, index.TermsOf(lead.Hit.Number));
        // A follow-up switching year ("and in 2020?") asks about that year: its own plan says whether it asks about the past,
        // not the conversation's words added to it ("last", "now"), and that year's finding leads, not today's position.
        var asked = focus is { Years.Count: > 0 } ? focus : plan;
        var second = BestSentence(plan, hits, Wanted, (hit, sentence, score) =>
            hit.Passage.Document.File != passage.Document.File
            // Near enough on the question's own words: a passage the neighbour questions' votes alone brought close (a PA's
            // "every two months" for a question about Ofsted's monitoring visits, because labelled "how often" questions
            // wanted it) may lead when it wins, but is not added beside another passage's answer.
            && score - LeadPassageWeight * hit.NeighbourLift / hits[0].Score >= lead.Score * SecondSourceRatio
            && WordCount(sentence) <= SecondSourceMaxWords
            && !leadBody.Contains(sentence, StringComparison.Ordinal)
            && !SameWords(leadBody, sentence)
            && (topic is null || topic.IsIn(TermsOf(sentence), ContextTerms(hit.Passage))
                && HoldsEveryIdeaAsTelling(plan, topic, ContextTerms(passage), index.TermsOf(hit.Number), ContextTerms(hit.Passage)))
            // An extra sentence from history, on its own, reads as if it were true now ("not all care leavers
            // knew..." from 2017): history comes as a second source only when the question asks about it.
            && (!hit.Passage.IsHistorical || asked.AsksAboutHistory));
        if (second.Hit is not null)
        {
            parts.Add((second.Hit.Passage, Dated(second.Hit.Passage, [second.Sentence])));
        }
        else if (OtherHalf(plan, hits, passage, chosen.Select(i => all[i]).ToList(), topic, Wanted, asked) is { } half)
        {
            parts.Add((half.Passage, Dated(half.Passage, half.Sentences)));
        }
        // History answers a question that does not ask about the past only after the current position: "croydon got
        // inadequate didnt they" asks what holds, whatever its tense, as much as "is croydon still inadequate".
        return Build(parts, lead.Hit.Coverage, chosen.Max() + 1, chosen.Max() + 1 < all.Count,
            ReferenceEquals(asked, focus) ? focus.AsksAboutNow : plan.AsksAboutNow || !plan.AsksAboutHistory);
    }

    /// <summary>
    /// True when a sentence after the lead of the answer's first part holds the kind of fact <paramref name="focus"/> asks (an
    /// amount for "how much", an age for "when can I ..."), or the question asks no particular kind: then the answer may well
    /// hold what was asked, though it opens as the last one did. The lead does not count: it led the last answer too, and the
    /// follow-up asks because it did not answer ("12 months in care" is no age to take the money out at). A fact said in
    /// passing before does count ("the fee is £20" for "how much is the card"): saying it again is the answer.
    /// </summary>
    public bool HoldsAskedKind(ComposedAnswer answer, QueryPlan focus)
    {
        var kind = QuestionKinds.InConversation(focus.Question);
        if (kind == QuestionKind.General || answer.Parts.Count == 0)
        {
            return true;
        }
        // "when can i take it out" asks the asker's own timeline: an age answers it, the date of a rule does not.
        var wanted = kind == QuestionKind.When && QuestionKinds.AsksAboutAsker(focus.Question) ? QuestionKind.Age : kind;
        return answer.Parts[0].Supporting.Any(s => _analysis.Holds(s, wanted));
    }

    /// <summary>
    /// A follow-up's answer led by the sentence that answers what the follow-up itself asks (its kind of fact, an age it
    /// names, its own words), read from the passage the usual answer comes from, then the sentences after it: used when the usual
    /// answer would say again, word for word, what the last answer said ("what about when im 22" after the rule for 19,
    /// "how often are they meant to see me" after what a PA is). Null when no sentence holds anything of the follow-up's
    /// own, or the best one already led the last answer: then saying it again is the answer.
    /// </summary>
    /// <param name="result">The follow-up read against the conversation, with its own plan as <see cref="RetrievalResult.Focus"/>.</param>
    /// <param name="said">The sentences the last answer said, as it said them.</param>
    public ComposedAnswer? Refocus(RetrievalResult result, IReadOnlyList<string> said)
    {
        if (result.Focus is not { } focus || result.Hits.Count == 0 || said.Count == 0)
        {
            return null;
        }
        var kind = QuestionKinds.InConversation(focus.Question);
        var ages = SentenceAges.AskedIn(focus.Question);
        var alsoAge = kind == QuestionKind.When && QuestionKinds.AsksAboutAsker(focus.Question);
        // Round AK (sent-ak): "what hours is that" is answered by the hours of the service just named, not by a sentence saying "hours".
        var credited = KindWords.CreditedBy(focus, kind);
        // Within the passage just answered: the follow-up asks another fact of the same topic, and a sentence of another
        // passage that happens to hold its kind of fact ("every two months" for "is it every year") answers something else.
        var top = result.Hits[0];
        (ScoredPassage Hit, int Index, double Score) best = default;
        foreach (var hit in result.Hits.Take(1))
        {
            var sentences = _analysis.Sentences(hit.Passage.Text);
            // Round AQ (follow-aq): a follow-up asking a kind of fact answers only with a sentence holding it, when the section
            // has one; see AskedKindDecides.
            var mustHold = AskedKindDecides(sentences, kind, alsoAge);
            for (var i = 0; i < sentences.Count; i++)
            {
                if (mustHold && !HoldsAsked(sentences[i], kind, alsoAge))
                {
                    continue;
                }
                // "when can i take it out" asks the asker's own timeline: an age ("from 18") answers it better than a date.
                var holdsKind = _analysis.Holds(sentences[i], kind);
                var kindBonus = alsoAge && _analysis.Holds(sentences[i], QuestionKind.Age) ? KindBonus
                    : holdsKind ? (alsoAge ? KindBonus * 2 / 3 : KindBonus) : 0;
                var own = 0.5 * focus.CoverageCrediting(TermsOf(sentences[i]), null, holdsKind ? credited : 0) + kindBonus
                    + (ages.Any(a => SentenceAges.Covers(sentences[i], a)) ? KindBonus : 0);
                // What the follow-up asks decides; the sentence's place only breaks ties (a sentence said before may well be
                // the answer: then it leads, and what follows it is new).
                var score = own - 0.001 * i;
                if (own > 0 && (best.Hit is null || score > best.Score))
                {
                    best = (hit, i, score);
                }
            }
        }
        if (best.Hit is null)
        {
            return null;
        }
        // Round AL (sent-al): not the learned choice here: it led "when can i take it out" with the Junior ISA's dated opening
        // the last answer said (AA-m-20, AB-m-19 lost); the follow-up's own words decide, as above.
        var passage = best.Hit.Passage;
        var all = _analysis.Sentences(passage.Text);
        if (Dated(passage, [all[best.Index]])[0] == said[0])
        {
            return null;
        }
        // The lead, then what follows it (as "Tell me more" would), so the answer opens with what was just asked.
        // A lead that points back opens with what it points at, as Choose's lead does; one that limits the sentence before it
        // ("There is no discount on the Tube") opens with the rule it is an exception to.
        var first = OpeningFor(all, best.Index);
        first = first == best.Index && first > 0 && IsLimitOnTheSentenceBefore(all[first]) ? first - 1 : first;
        var chosen = new List<int>();
        var words = 0;
        for (var i = first; i < all.Count && (i <= best.Index || words < options.Value.AnswerWords); i++)
        {
            chosen.Add(i);
            words += WordCount(all[i]);
        }
        return Build([(passage, Dated(passage, chosen.Select(i => all[i])))], best.Hit.Coverage, chosen[^1] + 1, chosen[^1] + 1 < all.Count, focus.AsksAboutNow);
    }

    /// <summary>
    /// Round AQ (follow-aq): whether, in <see cref="Refocus"/>, the kind of fact a follow-up asks decides which sentences may
    /// lead, rather than weighing beside its words: true when it asks a particular kind and some sentence of the section holds
    /// it. "how much is the card" after the photocard's answer (which opened "...which costs £20") is answered by a sentence
    /// giving an amount, not by "The card lasts until..." because it says "card": a sentence without the kind asked does not
    /// answer the question, however many of its words it shares. When no sentence holds the kind, words alone decide, as before.
    /// </summary>
    internal bool AskedKindDecides(IReadOnlyList<string> sentences, QuestionKind kind, bool alsoAge) =>
        kind != QuestionKind.General && sentences.Any(s => HoldsAsked(s, kind, alsoAge));

    /// <summary>A sentence holds the kind asked; "when can i take it out" (<paramref name="alsoAge"/>) is answered by an age too.</summary>
    private bool HoldsAsked(string sentence, QuestionKind kind, bool alsoAge) =>
        _analysis.Holds(sentence, kind) || alsoAge && _analysis.Holds(sentence, QuestionKind.Age);

    /// <summary>
    /// What a sentence must hold to answer the second kind of fact a question asks in its later part (<see
    /// cref="QuestionKinds.LaterAsking"/>, or the second of two questions one section answers), or null when that part asks no
    /// kind, or the first part's. "when can i take it out" asks about the asker's own timeline, which an age answers: the date a
    /// rule started ("from April 2023") is not when they can do it.
    /// </summary>
    private Func<string, bool>? SecondKindWanted(string? later, QuestionKind first)
    {
        if (later is null || QuestionKinds.Of(later) is var kind && (kind == QuestionKind.General || kind == first))
        {
            return null;
        }
        var own = kind == QuestionKind.When && QuestionKinds.AsksAboutAsker(later) ? QuestionKind.Age : kind;
        return sentence => _analysis.Holds(sentence, own);
    }

    /// <summary>
    /// The part of a question its lead section leaves unanswered, from another section: the kind of fact asked when no
    /// sentence said holds it ("what's the care leavers forum and how often does it meet": the forum's section says what it
    /// is, the groups' section "every month"), or the other side of a comparison ("the difference between a former relevant
    /// and a qualifying care leaver": each has its own section). The sentence must hold the lead's most telling idea (or,
    /// for a comparison, the side not yet said), so it is about the same thing. Null when nothing is left unanswered.
    /// </summary>
    private (Passage Passage, IReadOnlyList<string> Sentences)? OtherHalf(QueryPlan plan, IReadOnlyList<ScoredPassage> hits, Passage lead, IReadOnlyList<string> said,
        QueryConcept? topic, Func<string, bool> wanted, QueryPlan asked)
    {
        var saidTerms = TermsOf(string.Join(' ', said));
        Func<ScoredPassage, string, bool>? fits = null;
        var floor = OtherHalfFloor;
        QueryConcept? side = null;
        if (!said.Any(wanted) && QuestionKinds.Of(plan.Question) != QuestionKind.General && topic is not null)
        {
            // The kind asked, said of the same thing: "every two months" of a PA's visits is no answer to how often Ofsted's
            // monitoring visits come (HoldsEveryIdeaAsTelling).
            fits = (hit, sentence) => wanted(sentence) && topic.IsIn(TermsOf(sentence), ContextTerms(hit.Passage))
                && HoldsEveryIdeaAsTelling(plan, topic, ContextTerms(lead), index.TermsOf(hit.Number), ContextTerms(hit.Passage));
        }
        else if (Compares().IsMatch(plan.Question) && plan.Concepts.FirstOrDefault(c => !c.Context && c.Weight >= 1 && !c.IsIn(saidTerms, ContextTerms(lead))) is { } missing)
        {
            fits = (hit, sentence) => missing.IsIn(TermsOf(sentence), ContextTerms(hit.Passage));
            side = missing;
            // The other side of a comparison ranks low for the question as a whole, which names the lead's side too.
            floor = ComparedSideFloor;
        }
        if (fits is null)
        {
            return null;
        }
        var top = hits[0].Score;
        // "when did they start it again" asks a date in the past: a history section's date answers it, and says its year.
        var dateInThePast = side is null && QuestionKinds.AsksWhenItHappened(plan.Question);
        (Passage Passage, int Index, double Score)? best = null;
        foreach (var hit in hits)
        {
            // Well ranked for the question as a whole, and not history unless the question asks about it.
            // Ranked well by the question's own words, not by the neighbour questions' votes alone (as for a second source).
            if (ReferenceEquals(hit.Passage, lead) || hit.OwnScore < top * floor || hit.Passage.IsHistorical && !asked.AsksAboutHistory && !dateInThePast)
            {
                continue;
            }
            var sentences = _analysis.Sentences(hit.Passage.Text);
            for (var i = 0; i < sentences.Count; i++)
            {
                if (WordCount(sentences[i]) > SecondSourceMaxWords || !fits(hit, sentences[i]))
                {
                    continue;
                }
                // The other side of a comparison is best told by the section about it (its heading names it).
                var score = plan.Coverage(TermsOf(sentences[i]), ContextTerms(hit.Passage)) + hit.Score / top - 0.01 * i
                    + (side is not null && side.IsIn(ContextTerms(hit.Passage)) ? 1 : 0);
                if (best is null || score > best.Value.Score)
                {
                    best = (hit.Passage, i, score);
                }
            }
        }
        if (best is not { } b)
        {
            return null;
        }
        var all = _analysis.Sentences(b.Passage.Text);
        // A side of a comparison is said with the sentence after its first (a section's opening names it, the next defines it).
        return side is not null && b.Index + 1 < all.Count && WordCount(all[b.Index]) + WordCount(all[b.Index + 1]) <= SecondSourceMaxWords
            ? (b.Passage, [all[b.Index], all[b.Index + 1]])
            : (b.Passage, [all[b.Index]]);
    }

    /// <summary>How far below the best passage the section holding the unanswered part may rank.</summary>
    private const double OtherHalfFloor = 0.6;

    /// <summary>How far below the best passage the other side of a comparison may rank.</summary>
    private const double ComparedSideFloor = 0.5;

    // "what's the difference between X and Y", "how is X different from Y", "X compared to Y", "X vs Y".
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(difference|differences|different|differ|differs|compared?|comparison|versus|vs)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Compares();

    /// <summary>
    /// The passages the lead sentence may come from. When a guide section ranks first, someone's own words ranked below it (a
    /// councillor welcoming the report, in the minutes) do not lead: they share the question's words ("changing", "social
    /// workers") while saying what the speaker thinks, and the section says what was found. They may still be added as a second
    /// source. A question asking for someone's words, or who someone is, reads every passage.
    /// </summary>
    internal static IReadOnlyList<ScoredPassage> LeadCandidates(IReadOnlyList<ScoredPassage> hits, QuestionKind kind) =>
        kind is QuestionKind.Words or QuestionKind.Who || hits.Count < 2 || hits[0].Passage.Document.Kind != "guide"
            || !hits.Skip(1).Any(h => h.QuotesSomeone)
            ? hits
            : [hits[0], .. hits.Skip(1).Where(h => !h.QuotesSomeone)];

    /// <summary>
    /// The lead sentence <paramref name="lead"/>, or a close guide section's sentence when it says as much of the question
    /// (<see cref="FragmentSupport"/>): a fragment supports, and leads only when it says more.
    /// </summary>
    private (ScoredPassage Hit, int Index, string Sentence, double Score) GuideOverFragment(QueryPlan plan, IReadOnlyList<ScoredPassage> hits,
        (ScoredPassage Hit, int Index, string Sentence, double Score) lead, QuestionKind kind, Func<string, bool> wanted, IReadOnlyList<int> ages, ulong credited)
    {
        if (lead.Hit is null || FragmentSupport.IsGuide(lead.Hit) || FragmentSupport.GuidesBeside(hits, kind, CandidateFloor) is not { Count: > 0 } guides)
        {
            return lead;
        }
        var guide = BestSentence(plan, guides, wanted, ages: ages, credited: credited);
        if (guide.Hit is null)
        {
            return lead;
        }
        double Covers(ScoredPassage hit, string sentence) => plan.Coverages(TermsOf(sentence), ContextTerms(hit.Passage)).Coverage;
        return FragmentSupport.GuideLeads(Covers(guide.Hit, guide.Sentence), Covers(lead.Hit, lead.Sentence), wanted(guide.Sentence), wanted(lead.Sentence),
            guide.Hit.Passage.IsHistorical, lead.Hit.Passage.IsHistorical, plan.AsksAboutHistory)
            ? guide
            : lead;
    }

    /// <summary>True when every word of <paramref name="sentence"/> is in <paramref name="body"/>: the same sentence quoted by two sources.</summary>
    private bool SameWords(string body, string sentence)
    {
        var words = TermsOf(sentence);
        return words.Count > 0 && words.IsSubsetOf(TermsOf(body));
    }

    /// <summary>True when <paramref name="terms"/> hold one of the question's own ideas (not one only its story names).</summary>
    private static bool NamesAnIdea(QueryPlan plan, IReadOnlySet<string> terms)
    {
        for (var c = 0; c < plan.Concepts.Count; c++)
        {
            if (!plan.Concepts[c].Context && plan.Concepts[c].IsIn(terms))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when <paramref name="terms"/> say an idea of the question (a weighty one, the story's included) the heading's do not.</summary>
    private static bool SaysWhatTheHeadingDoesNot(QueryPlan plan, IReadOnlySet<string> terms, IReadOnlySet<string> headingTerms)
    {
        foreach (var concept in plan.Concepts)
        {
            if (concept.Weight >= 1 && !concept.Unknown && concept.IsIn(terms) && !concept.IsIn(headingTerms))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>How near the top concept's weight another idea the lead holds must come to be as telling of what is asked.</summary>
    private const double AsTellingRatio = 0.9;

    /// <summary>
    /// Round AI (ofsted-ai): true when a second source's passage (<paramref name="terms"/>, <paramref name="context"/>) holds
    /// as typed every phrase of the question that names what the lead's section is about as typed (its title and heading,
    /// <paramref name="leadContext"/>), is about as telling as the top one (<paramref name="topic"/>), and that it holds at all:
    /// one it holds only in another wording is another thing. A PA's "visit at least once every two months" holds "monitoring
    /// visits" only as "ofsted ... visit", beside the "monitoring visits" the lead's heading names. Ideas the lead's text only
    /// happens to say ("placed" for "took place") are not asked of it, nor ideas the other source lacks altogether (the mayor's
    /// words beside a news quote).
    /// </summary>
    private static bool HoldsEveryIdeaAsTelling(QueryPlan plan, QueryConcept topic, IReadOnlySet<string> leadContext,
        IReadOnlySet<string> terms, IReadOnlySet<string> context)
    {
        for (var c = 0; c < plan.Concepts.Count; c++)
        {
            var concept = plan.Concepts[c];
            // As typed: "ofsted visit" stands for "monitoring visits" in search, and a PA's section naming Ofsted and a visit
            // holds it that way, yet is about another visit.
            // A phrase only ("monitoring visits"): its words' synonyms combine loosely, where one word's ("watchdog" for "ofsted") do not.
            if (!concept.Context && concept.Surface.Contains(' ', StringComparison.Ordinal) && concept.Weight >= topic.Weight * AsTellingRatio && concept.IsInAsTyped(leadContext)
                && concept.Holds(terms, context) is (true, false))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The question's weightiest concept that <paramref name="terms"/> hold, or null when they hold none.</summary>
    private static QueryConcept? TopConcept(QueryPlan plan, IReadOnlySet<string> terms)
    {
        QueryConcept? top = null;
        for (var c = 0; c < plan.Concepts.Count; c++)
        {
            var concept = plan.Concepts[c];
            if ((top is null || concept.Weight > top.Weight) && concept.IsIn(terms))
            {
                top = concept;
            }
        }
        return top;
    }

    /// <summary>
    /// The sentences to say. A sentence from history carries its year in the sentence itself, so a
    /// sentence read on its own (quoted, shown in a card, read aloud) never passes for the present.
    /// </summary>
    private static IReadOnlyList<string> Dated(Passage passage, IEnumerable<string> sentences) =>
        [.. passage.IsHistorical ? sentences.Select(s => Dated(s, passage.Year)) : sentences];

    /// <summary>
    /// The sentence with "(year)" before its final full stop, unless it already names a year. A bullet of
    /// several sentences gets its year in each, since a card or a quote may show any of them alone.
    /// </summary>
    public static string Dated(string sentence, string year)
    {
        if (sentence.StartsWith("- ", StringComparison.Ordinal))
        {
            var inner = CroydonBot.Text.SentenceSplitter.Split(sentence[2..]);
            if (inner.Count > 1)
            {
                return "- " + string.Join(' ', inner.Select(s => DatedOne(s, year)));
            }
        }
        return DatedOne(sentence, year);
    }

    private static string DatedOne(string sentence, string year)
    {
        if (Text.Years.In(sentence))
        {
            return sentence;
        }
        // Before the closing punctuation and quotes, so the year stays inside the sentence: "in place (2018).'"
        var trimmed = sentence.TrimEnd();
        var end = trimmed.Length;
        while (end > 0 && trimmed[end - 1] is '.' or '!' or '?' or ':' or '\'' or '"' or '\u2019' or '\u201D')
        {
            end--;
        }
        return $"{trimmed[..end]} ({year}){trimmed[end..]}";
    }

    /// <summary>
    /// The best sentence of the candidate passages that <paramref name="accept"/> takes (any, when null): the
    /// first of the highest-scoring in passage then sentence order, as the first match of a stable sort by
    /// score would be, without building and sorting a list of every sentence.
    /// </summary>
    private (ScoredPassage Hit, int Index, string Sentence, double Score) BestSentence(QueryPlan plan, IReadOnlyList<ScoredPassage> hits, Func<string, bool> wanted, Func<ScoredPassage, string, double, bool>? accept = null, IReadOnlyList<int>? ages = null, ulong credited = 0)
    {
        var top = hits[0];
        (ScoredPassage Hit, int Index, string Sentence, double Score) best = default;
        for (var h = 0; h < hits.Count; h++)
        {
            var hit = hits[h];
            if (hit.Score < top.Score * CandidateFloor)
            {
                continue;
            }
            var context = ContextTerms(hit.Passage);
            var sentences = _analysis.Sentences(hit.Passage.Text);
            // An age picks a sentence within what the question is about, not another section's rule for that age
            // ("after 21 do i keep my PA" is not answered by Staying Put's "until age 21").
            bool OnTopic(ScoredPassage candidate) => ReferenceEquals(candidate, top) || candidate.Coverage >= top.Coverage;
            for (var i = 0; i < sentences.Count; i++)
            {
                // The cached term sets are read together, never copied: a set per sentence was most of composing's memory.
                var terms = TermsOf(sentences[i]);
                // Earlier sentences win ties: guides and news put the key fact first.
                // A sentence holding the kind of fact asked for (a date for "when", an amount for "how much") leads.
                var isWanted = wanted(sentences[i]);
                var (coverage, typed) = plan.CoveragesCrediting(terms, context, isWanted && h == 0 ? credited : 0);
                var score = 0.5 * coverage + LeadPassageWeight * hit.Score / top.Score + 0.1 * typed - 0.01 * i
                    + (isWanted ? KindBonus : 0) + (h == 0 ? TopMargin : 0)
                    + (ages is { Count: > 0 } && OnTopic(hit) && ages.Any(a => SentenceAges.Covers(sentences[i], a)) ? KindBonus : 0);
                if ((best.Hit is null || score > best.Score) && (accept is null || accept(hit, sentences[i], score)))
                {
                    best = (hit, i, sentences[i], score);
                }
            }
        }
        return best;
    }

    /// <summary>Terms every sentence of a passage shares: its document title, its heading and the date it speaks from.</summary>
    private IReadOnlySet<string> ContextTerms(Passage passage)
    {
        // Asked for every candidate of every answer: the joined text was made each time only to find the cached terms.
        if (!_contextTerms.TryGetValue(passage, out var terms))
        {
            terms = TermsOf(passage.Document.Title + " " + passage.Heading + " " + passage.SpeaksFrom);
            _contextTerms.AddOrUpdate(passage, terms);
        }
        return terms;
    }

    /// <summary>
    /// The best passage read from its start, the sentences the last answer left out included, up to twice the usual length:
    /// the answer to a condition of the asker's own ("im 19 tho", "and what if i moved out") when the usual answer would say
    /// the same summary again. A condition asks whether the rule holds under it, and the rule's limits (who is covered, up to
    /// what age, wherever they live) are often in the sentences the summary left out. After a first condition a second gets
    /// the whole rule again, not the shorter summary. Null only when there is no passage.
    /// </summary>
    /// <param name="result">The follow-up read against the conversation: its best passage is the last answer's.</param>
    /// <param name="said">The sentences the last answer said, as it said them.</param>
    public ComposedAnswer? WholeRule(RetrievalResult result, IReadOnlyList<string> said)
    {
        if (result.Hits.Count == 0)
        {
            return null;
        }
        var hit = result.Hits[0];
        var all = _analysis.Sentences(hit.Passage.Text);
        var dated = Dated(hit.Passage, all);
        var chosen = new List<int>();
        var words = 0;
        for (var i = 0; i < all.Count && (chosen.Count == 0 || words < 2 * options.Value.AnswerWords); i++)
        {
            chosen.Add(i);
            words += WordCount(all[i]);
        }
        return Build([(hit.Passage, chosen.Select(i => dated[i]).ToList())], hit.Coverage, chosen[^1] + 1, chosen[^1] + 1 < all.Count, false);
    }

    /// <summary>"Tell me more": the sentences after those already shown.</summary>
    public ComposedAnswer? Continue(Passage passage, int sentencesShown, double confidence)
    {
        var sentences = _analysis.Sentences(passage.Text);
        if (sentencesShown >= sentences.Count)
        {
            return null;
        }
        var words = 0;
        var next = new List<int>();
        for (var i = sentencesShown; i < sentences.Count && (next.Count == 0 || words < options.Value.AnswerWords); i++)
        {
            next.Add(i);
            words += WordCount(sentences[i]);
        }
        return Build([(passage, Dated(passage, next.Select(i => sentences[i])))], confidence, next[^1] + 1, next[^1] + 1 < sentences.Count, false);
    }

    /// <summary>
    /// Picks the sentence that covers most of the question, then neighbours or the next best until about
    /// <paramref name="wordBudget"/> words, kept in document order so the reply reads naturally.
    /// </summary>
    /// <remarks>
    /// <c>limits</c> picks sentences limiting the rule in a way the question's own condition asks (<see cref="RuleLimits"/>):
    /// the best of them comes straight after the lead and the fact asked. <c>alsoWanted</c> picks sentences holding a second kind
    /// of fact a later part of the question asks; the best of them comes after the first kind's.
    /// </remarks>
    public static IReadOnlyList<int> Choose(QueryPlan plan, IReadOnlyList<string> sentences, int wordBudget, Func<string, IReadOnlySet<string>> termsOf, int? lead = null, Func<string, bool>? wanted = null, Func<string, bool>? limits = null, Func<string, bool>? alsoWanted = null)
    {
        var count = sentences.Count;
        if (count == 0)
        {
            return [0];
        }
        // Arrays and loops, not LINQ: this runs for every answer, over passages of up to a few hundred
        // sentences, and the sets and lists it built were most of an uncached answer's garbage.
        var scores = new double[count];
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            // A sentence holding the kind of fact asked for comes in before others that only share words.
            scores[i] = plan.Coverage(termsOf(sentences[i])) + (wanted is not null && wanted(sentences[i]) ? 0.25 : 0);
            order[i] = i;
        }
        // Best first; equal scores keep document order, as a stable sort would.
        Array.Sort(order, (x, y) => scores[y] != scores[x] ? scores[y].CompareTo(scores[x]) : x.CompareTo(y));
        // When no sentence holds the question's words (the passage matched on its heading), lead with its start.
        var first = lead ?? (scores[order[0]] > 0 ? order[0] : 0);
        var chosen = new bool[count];
        var considered = new bool[count];
        chosen[first] = considered[first] = true;
        var words = WordCount(sentences[first]);
        // "She spoke for the council..." read alone names nobody: the sentence before says who she is.
        for (var k = OpeningFor(sentences, first); k < first; k++)
        {
            chosen[k] = considered[k] = true;
            words += WordCount(sentences[k]);
        }
        // A lead-in ending with ':' means nothing without the line after it, and vice versa.
        if (sentences[first].EndsWith(':') && first + 1 < count)
        {
            chosen[first + 1] = considered[first + 1] = true;
            words += WordCount(sentences[first + 1]);
            // A short list after its lead-in ("The grades were:") is one answer: half a list misleads.
            for (var i = first + 2; i < count && sentences[i].StartsWith("- ", StringComparison.Ordinal) && words + WordCount(sentences[i]) <= wordBudget * ListBudget; i++)
            {
                chosen[i] = considered[i] = true;
                words += WordCount(sentences[i]);
            }
        }
        // A lead that does not say the kind of fact asked ("hw much is the oyster card") is followed by the best
        // sentence that does (the fee), before the sentences that only share the question's words fill the answer.
        if (wanted is not null && !wanted(sentences[first]))
        {
            for (var k = 0; k < count; k++)
            {
                if (!chosen[order[k]] && wanted(sentences[order[k]]))
                {
                    Consider(order[k]);
                    break;
                }
            }
        }
        // Then the second kind of fact a later part of the question asks, unless a chosen sentence holds it: "how much is it and
        // when can i take it out" is answered by the amount and by "take it out from 18", wherever the section says it.
        if (alsoWanted is not null && !Enumerable.Range(0, count).Any(i => chosen[i] && alsoWanted(sentences[i])))
        {
            for (var k = 0; k < count; k++)
            {
                if (!chosen[order[k]] && alsoWanted(sentences[order[k]]))
                {
                    Consider(order[k]);
                    break;
                }
            }
        }
        // Then a limit of the rule the question's condition meets, unless a chosen sentence already says one: "I was in a
        // children's home, does Staying Put work for me" is answered by "only for foster care", said at the section's end.
        if (limits is not null && !Enumerable.Range(0, count).Any(i => chosen[i] && limits(sentences[i])))
        {
            for (var k = 0; k < count; k++)
            {
                if (!chosen[order[k]] && limits(sentences[order[k]]))
                {
                    Consider(order[k]);
                    break;
                }
            }
        }
        // Then the sentences that say an idea of the question the answer does not yet say, most first: "whats it cost and does it
        // work on the tube as well" is answered by the fee and by "no discount on the Tube", and the sentence after the lead or one
        // sharing the lead's own words ("Oyster", "care leavers") would leave the second part unanswered. Before the sentence
        // after the lead, or a long one leaves no room (measured: after it, nothing gained overall).
        var full = AddUnsaid();
        // Then the sentence after the lead (it usually explains it), then others that match the question,
        // then the rest of the passage in order, until the answer is about the word budget.
        full = full || Consider(first + 1);
        for (var k = 0; !full && k < count; k++)
        {
            full = scores[order[k]] > 0 && Consider(order[k]);
        }
        for (var i = first + 2; !full && i < count; i++)
        {
            full = Consider(i);
        }
        // A sentence that points back ("She spoke for the council ...") chosen as a neighbour, not as the lead, needs the
        // sentence before it as much as a lead does: without it the answer named nobody ("who runs children's services"
        // got "She spoke ..." because the lead was the next sentence). From the end, so a chain of them is followed back.
        BringTheSentencesBefore(limits: false);
        // A sentence that limits the one before it ("There is no discount on the Tube or trains", "But you may ...", "This does
        // not apply to full-time students") chosen without it tells only what is not covered: "does it work on the tube" got
        // "There is no discount on the Tube" without the bus and tram fares it is an exception to.
        BringTheSentencesBefore(limits: true);
        var result = new List<int>();
        for (var i = 0; i < count; i++)
        {
            if (chosen[i])
            {
                result.Add(i);
            }
        }
        return result;

        // Adds sentence i if it fits; true once the answer has enough words.
        bool Consider(int i)
        {
            if (i >= count || considered[i])
            {
                return false;
            }
            considered[i] = true;
            if (words >= wordBudget * 0.85)
            {
                return true;
            }
            if (words + WordCount(sentences[i]) <= wordBudget * 1.25)
            {
                chosen[i] = true;
                words += WordCount(sentences[i]);
                if (sentences[i].EndsWith(':'))
                {
                    // "The grades were:" said without its list answers nothing: the list comes with it, whole.
                    var list = ListAfter(i);
                    if (words + list.Words <= wordBudget * ListBudget)
                    {
                        for (var k = i + 1; k <= list.Last; k++)
                        {
                            chosen[k] = considered[k] = true;
                        }
                        words += list.Words;
                    }
                    else
                    {
                        chosen[i] = false;
                        words -= WordCount(sentences[i]);
                    }
                }
            }
            return false;
        }

        // Adds, one at a time, the sentence saying the most weight of the question's ideas no chosen sentence says yet, until
        // none says any or the answer is full; true once it is full. An idea a bullet of the passage names as its head ("- Eligible
        // child: ...") is said only by that bullet: "the difference between an eligible and a relevant child" is not answered by
        // the relevant child's bullet, which names an eligible child only in passing.
        bool AddUnsaid()
        {
            var concepts = plan.Concepts;
            var said = new bool[concepts.Count];
            var headed = new bool[concepts.Count];
            for (var i = 0; i < count; i++)
            {
                if (HeadOf(sentences[i]) is { } head)
                {
                    var terms = termsOf(head);
                    for (var c = 0; c < concepts.Count; c++)
                    {
                        headed[c] = headed[c] || concepts[c].IsIn(terms);
                    }
                }
            }
            for (var i = 0; i < count; i++)
            {
                if (chosen[i])
                {
                    MarkSaid(i);
                }
            }
            while (true)
            {
                var (best, gain) = (-1, 0.0);
                for (var k = 0; k < count; k++)
                {
                    var i = order[k];
                    if (considered[i])
                    {
                        continue;
                    }
                    var adds = 0.0;
                    for (var c = 0; c < concepts.Count; c++)
                    {
                        if (!said[c] && Asked(c) && Says(i, c))
                        {
                            adds += concepts[c].Weight;
                        }
                    }
                    // Ties go to the better sentence for the whole question (order is best first).
                    if (adds > gain)
                    {
                        (best, gain) = (i, adds);
                    }
                }
                if (best < 0)
                {
                    return false;
                }
                if (Consider(best))
                {
                    return true;
                }
                if (chosen[best])
                {
                    MarkSaid(best);
                }
            }

            // Only what the question itself asks, and telling: a story's words ("picked up late one night") or a word every
            // section says ("Croydon") would bring in a sentence that merely shares it, in place of the one after the lead.
            bool Asked(int c) => !concepts[c].Context && concepts[c].Weight >= 1;

            bool Says(int i, int c) => headed[c]
                ? HeadOf(sentences[i]) is { } head && concepts[c].IsIn(termsOf(head))
                : concepts[c].IsIn(termsOf(sentences[i]));

            void MarkSaid(int i)
            {
                for (var c = 0; c < concepts.Count; c++)
                {
                    said[c] = said[c] || Says(i, c);
                }
            }
        }

        // Adds the sentence before each chosen one that needs it: one pointing back to a person, or (limits) one limiting the
        // rule before it, unless that is a lead-in to a list. It may run over the usual budget as a list does: a sentence
        // naming nobody, or an exception without its rule, is worse than a longer answer.
        void BringTheSentencesBefore(bool limits)
        {
            for (var i = count - 1; i > 0; i--)
            {
                if (chosen[i] && !chosen[i - 1]
                    && (limits ? IsLimitOnTheSentenceBefore(sentences[i]) && !sentences[i - 1].EndsWith(':') : StartsWithPersonalPronoun(sentences[i]))
                    && words + WordCount(sentences[i - 1]) <= wordBudget * ListBudget)
                {
                    chosen[i - 1] = true;
                    words += WordCount(sentences[i - 1]);
                }
            }
        }

        // The bullets right after sentence i: the last one's index and their words.
        (int Last, int Words) ListAfter(int i)
        {
            var (last, listWords) = (i, 0);
            for (var k = i + 1; k < count && sentences[k].StartsWith("- ", StringComparison.Ordinal); k++)
            {
                (last, listWords) = (k, listWords + WordCount(sentences[k]));
            }
            return (last, listWords);
        }
    }

    /// <summary>
    /// The head of a bullet that names what it is about before a colon ("Eligible child" of "- Eligible child: you are 16 or 17
    /// ..."), or null for any other sentence. A head is a name, so a few words: a colon further on introduces a list or a quote.
    /// </summary>
    private static string? HeadOf(string sentence)
    {
        if (!sentence.StartsWith("- ", StringComparison.Ordinal))
        {
            return null;
        }
        var colon = sentence.IndexOf(':', StringComparison.Ordinal);
        return colon > 2 && WordCount(sentence[2..colon]) <= MaxHeadWords ? sentence[2..colon] : null;
    }

    /// <summary>The most words a bullet's head may have ("Children who need help and protection" has six).</summary>
    private const int MaxHeadWords = 6;

    /// <summary>
    /// True when a sentence opens with a pronoun for a person ("She", "They"): who it is, the sentence before says. "It costs
    /// £20" is most often the passage's own topic, said in every sentence, so it is not followed back.
    /// </summary>
    private static bool StartsWithPersonalPronoun(string sentence)
    {
        var space = sentence.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? sentence : sentence[..space];
        return first is "She" or "He" or "They" or "Her" or "His" or "Their";
    }

    /// <summary>
    /// True when a sentence opens by limiting or contradicting what was just said ("There is no discount on the Tube", "But",
    /// "However", "This does not apply to ..."): it is an exception, and the rule it is an exception to is the sentence before.
    /// </summary>
    private static bool IsLimitOnTheSentenceBefore(string sentence) =>
        LimitOpenings.Any(o => sentence.StartsWith(o, StringComparison.Ordinal));

    /// <summary>How a sentence opens when it limits the one before it.</summary>
    private static readonly string[] LimitOpenings =
        ["There is no ", "There are no ", "But ", "However", "This does not ", "This doesn't ", "It does not ", "It doesn't ", "That does not "];

    /// <summary>
    /// True when a sentence opens by pointing back: a pronoun ("She", "They", "This"), or, after a linking word, an opening
    /// phrase naming something by "that", "this", "these" or "those" ("During that inspection, officers found ...",
    /// "However, these last two inspections ..."). Alone, it says nothing of who or when: "that inspection" was 2017's,
    /// and without the sentence before, a 2017 finding read as the news article's own year, 2024.
    /// </summary>
    internal static bool StartsWithPronoun(string sentence)
    {
        var words = sentence.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }
        if (words[0] is "She" or "He" or "They" or "It" or "This" or "These" or "Those" or "Her" or "His" or "Their" or "Its" or "That")
        {
            return true;
        }
        var from = words[0].TrimEnd(',') is "However" or "But" or "And" or "So" or "Yet" ? 1 : 0;
        // The opening phrase: up to its comma, in the first few words ("During that inspection,", "In those years,").
        for (var i = from; i < Math.Min(words.Length, from + 4); i++)
        {
            var word = words[i].TrimEnd(',').ToLowerInvariant();
            if (word is "that" or "this" or "these" or "those")
            {
                return i < words.Length - 1 && !IsConjunctionThat(words, i);
            }
            if (words[i].EndsWith(','))
            {
                break;
            }
        }
        return false;
    }

    /// <summary>
    /// The sentence an answer led by <c>sentences[lead]</c> opens with: the lead itself, or, when it points back
    /// (<see cref="StartsWithPronoun"/>), the sentence it points at. A chain of them ("However, these last two inspections ..."
    /// before "During that inspection ...") is followed back <see cref="MaxPointingBack"/> sentences at most, so a passage of
    /// pronouns does not pull in its whole start. Choose and Refocus open a lead the same way.
    /// </summary>
    internal static int OpeningFor(IReadOnlyList<string> sentences, int lead)
    {
        var k = lead;
        while (k > 0 && k > lead - MaxPointingBack && StartsWithPronoun(sentences[k]))
        {
            k--;
        }
        return k;
    }

    /// <summary>How many sentences back a lead that points back is followed.</summary>
    private const int MaxPointingBack = 2;

    // "... said that ..." or "so that" join a clause: "that" there points forward, not back.
    private static bool IsConjunctionThat(string[] words, int i) =>
        words[i].Equals("that", StringComparison.OrdinalIgnoreCase) && i > 0 && words[i - 1].ToLowerInvariant() is "said" or "so" or "found" or "says" or "means";

    // Sentences are matched with the index's own analyzer, so they meet the question's stems exactly.
    private IReadOnlySet<string> TermsOf(string sentence) => _analysis.Terms(sentence);

    /// <summary>
    /// The answer's parts: each with its citation number, the history note for a part from a document that
    /// is now history, and what has happened since (said once, after the parts). When the question asks
    /// about now ("still", "any more"), or does not ask about the past, and the answer is history, the current
    /// position is said first (<paramref name="nowFirst"/>).
    /// </summary>
    private static ComposedAnswer Build(IReadOnlyList<(Passage Passage, IReadOnlyList<string> Sentences)> chosen, double confidence, int shown, bool hasMore, bool nowFirst)
    {
        var parts = new List<AnswerPart>(chosen.Count);
        string? sinceThen = null;
        for (var n = 0; n < chosen.Count; n++)
        {
            var (passage, sentences) = chosen[n];
            HistoryNote? history = null;
            if (passage.IsHistorical)
            {
                string? currentFirst = null;
                if (n == 0 && nowFirst && passage.SinceThen is { } now)
                {
                    // "Is Croydon still inadequate?": the answer is what holds now; the old finding follows as history.
                    var current = now.Replace("Since then", "Since " + passage.Year, StringComparison.Ordinal);
                    currentFirst = char.ToUpperInvariant(current[0]) + current[1..];
                }
                else
                {
                    sinceThen ??= passage.SinceThen;
                }
                history = new HistoryNote(passage.DateLabel, currentFirst);
            }
            parts.Add(new AnswerPart(sentences[0], [.. sentences.Skip(1)], CitationOf(passage, n + 1, string.Join(' ', sentences)), history));
        }
        return new ComposedAnswer(
            parts, [.. chosen.Select(p => p.Passage.Id).Distinct()], confidence, shown, hasMore, chosen[0].Passage.Document.Topic, chosen[0].Passage.Buttons,
            // A seed's "Now:" line may start in lower case ("the 2017 rating no longer applies"); said after the parts, it is a sentence.
            string.IsNullOrWhiteSpace(sinceThen) ? null : char.ToUpperInvariant(sinceThen[0]) + sinceThen[1..]);
    }

    /// <summary>The citation of a passage: its document, the date its facts speak from and, for a guide section, its original sources.</summary>
    private static Citation CitationOf(Passage passage, int position, string body)
    {
        var document = passage.Document;
        var isGuide = document.Kind == "guide";
        return new Citation(position, document.Title, document.Publisher, document.Url, passage.DateLabel, body,
            isGuide, isGuide ? document.CheckedOn : null, isGuide ? passage.Sources : null, isGuide ? passage.DatedLabel : null);
    }

    /// <summary>The words of <paramref name="s"/> split at spaces, counted without splitting it.</summary>
    private static int WordCount(string s)
    {
        var words = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != ' ' && (i == 0 || s[i - 1] == ' '))
            {
                words++;
            }
        }
        return words;
    }
}
