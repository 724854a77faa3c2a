using System.Text.RegularExpressions;
using CroydonBot.Caching;
using CroydonBot.Dialogs.Feedback.Intent;
using CroydonBot.Replies;
using CroydonBot.Text;

namespace CroydonBot.Dialogs.Feedback;

/// <summary>
/// Decides whether a message starts the feedback conversation. The commands in dialogs/feedback.yaml
/// (the "Give feedback" button, Teams' "feedback" command) start it as they are; anything else is read by
/// the learned feedback intent model (dialogs/feedback-intent/): wanting to tell the council something
/// starts it, with the message offered as the feedback when it already holds some; asking about feedback
/// or complaints ("how do I complain?") is a question for the knowledge base, answered with a
/// "Give feedback" button.
/// </summary>
public sealed partial class FeedbackTriggers
{
    /// <summary>Longer messages are not read by the model.</summary>
    public const int MaxReadLength = 2_000;

    /// <summary>See <see cref="RegexLimits"/>: load must not change what a message is read as.</summary>
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(RegexLimits.MatchMilliseconds);
    private readonly HashSet<string> _start;
    private readonly RecentTexts<FeedbackTrigger?> _recent = new(2_000);
    private readonly Regex[] _labelled;
    private readonly Regex[] _ambassador;
    private readonly FeedbackIntentModel _model;
    private readonly FeedbackRoutingBars _bars;
    private readonly SmallTalkMatcher? _smallTalk;

    /// <param name="data">The commands, labels and ambassador patterns of dialogs/feedback.yaml.</param>
    /// <param name="model">The learned feedback intent.</param>
    /// <param name="bars">How sure the model must be, by the message's shape; the fitted defaults when null.</param>
    /// <param name="smallTalk">
    /// What small talk reads whole (thanks, goodbye, a closing: dialogs/smalltalk.yaml); such a message is neither
    /// feedback nor a question. Null reads every message with the model.
    /// </param>
    public FeedbackTriggers(FeedbackTriggerData data, FeedbackIntentModel model, FeedbackRoutingBars? bars = null, SmallTalkMatcher? smallTalk = null)
    {
        _bars = bars ?? FeedbackRoutingBars.Default;
        _smallTalk = smallTalk;
        _start = [.. data.Start.Select(PlainWords.Of)];
        _labelled = Compile(data.Labelled);
        _ambassador = Compile(data.Ambassador);
        _model = model;
    }

    /// <summary>
    /// The trigger, or null when the message is not about feedback at all. A trigger that does not
    /// <see cref="FeedbackTrigger.Starts"/> asks about feedback: answer it, and offer the button.
    /// </summary>
    public FeedbackTrigger? Match(string? text) =>
        // Every message is checked; the same words always give the same trigger, so common ones are remembered.
        text is null ? Evaluate(text) : _recent.GetOrAdd(text, Evaluate);

    private FeedbackTrigger? Evaluate(string? text)
    {
        try
        {
            return Read(text);
        }
        catch (RegexMatchTimeoutException)
        {
            // A 100 KB paste on a busy server can outlast the timeout: not feedback, rather than a failed turn.
            return null;
        }
    }

    private FeedbackTrigger? Read(string? text)
    {
        // Teams puts "<at>CroydonBot</at>" before a command in group chats.
        var plain = Mention().Replace(text ?? "", " ").Replace('\u2019', '\'').Trim();
        var normalised = PlainWords.Of(plain);
        if (normalised.Length == 0)
        {
            return null;
        }
        var ambassador = _ambassador.Any(r => r.IsMatch(plain));
        if (_start.Contains(normalised))
        {
            return new FeedbackTrigger(null, ambassador);
        }
        // Feedback with a label in front ("suggestion: more youth clubs") says what it is, like a command:
        // it is offered without its label.
        if (_labelled.Select(r => r.Match(plain)).FirstOrDefault(m => m.Success)?.Groups["message"] is { Success: true } labelled)
        {
            return new FeedbackTrigger(labelled.Value.Trim(), ambassador);
        }
        // A report of a child at risk goes to the children's front door (Pipeline/ChildAtRiskStep), never into the inbox,
        // however much it reads like "i want to report ..." feedback.
        if (ChildAtRiskReport.Matches(plain))
        {
            return null;
        }
        // The model learned from messages of a sentence or two; a paste longer than a feedback message may
        // be (2,000 characters), or text that is mostly symbols and numbers, is read as a question, not guessed at.
        if (plain.Length > MaxReadLength || FeedbackIntentText.IsMostlyNotWords(plain))
        {
            return null;
        }
        // "Thank you very much, that is everything. Goodbye." or "ok ill ask my PA then. thanks, bye" closes the
        // conversation: thanks said to the bot are not praise to pass on, and a closing asks nothing. Neither the
        // confirmation nor the button: small talk answers it.
        if (_smallTalk?.Match(plain) is not null)
        {
            return null;
        }
        // Round Z (route-z): "how do i send feedback to the council?", "log a complaint for me": the dialog is what is asked for,
        // started at its first question with nothing offered; read before the endings that ask how to act, which answer with the button.
        if (AsksForTheDialog.Matches(plain))
        {
            return new FeedbackTrigger(null, ambassador);
        }
        // Round AA (route-aa): "this bot is useless it never understands what i type": a verdict on the bot or the app itself can only
        // be feedback (the guides say nothing about how well the bot works), so it is offered back whatever the model reads.
        if (VerdictOnTheBot.Matches(plain))
        {
            return new FeedbackTrigger(plain, ambassador);
        }
        var reading = _model.Predict(plain);
        // Round AH (rank-ah): "she was proper rude on the phone. can i send this somewhere", "the drop in is brilliant. is there somewhere i
        // can send that": something told that reads as feedback, then only asking leave to send it on, points back at what was told and
        // wants to give it; the dialog is where it goes. Read before asking how to act, which would answer with the complaints procedure.
        if (TellsThenAsksToSendItOn(plain))
        {
            return new FeedbackTrigger(plain, ambassador);
        }
        // "this service is a JOKE. my PA cancelled 3 times. who do i complain to": what the message does last decides, and asking how
        // to act (whom to go to, the next step) asks for the process, which the guides hold, however the story before it reads. It is
        // answered, with the button for the story.
        // Round W: so does ending by asking where or how to put a complaint in ("... nobody listens. where do i even send a complaint"):
        // the procedure is the answer, and the button is there for the rant.
        // Round AA (route-aa): so does opening by asking how to complain ("how do i complain about the hub. they never ring back and
        // i just want someone to help"): the story after it is why they ask, and every eval message that opens so is labelled answer.
        if (SpeechAct.EndsAskingHowToAct(plain) || EndsAskingHowToComplain(plain) || OpensAskingHowToComplain(plain))
        {
            return reading.Feedback >= _bars.Start || reading.About >= _bars.About ? new FeedbackTrigger(null, ambassador, Starts: false) : null;
        }
        // Round Y (route-y): "this is a suggestion: do a drop in in the evenings cos some of us work 9-5", "this is a complaint. my PA told
        // me the wrong thing ... i want someone to look at it": a message that opens by saying it is an item of feedback is that item,
        // whatever shape what follows has (an imperative reads as a "do ...?" question, a story as the situation before one).
        if (AnnouncesItselfThenTells(plain) && reading.Feedback >= _bars.Start && reading.Feedback > reading.About)
        {
            return new FeedbackTrigger(plain, ambassador);
        }
        // Round AC (route-ac): "this is a complaint about council tax", "just an idea for the forum": a message that is only the announcement
        // of an item of feedback has told nothing yet, but says it wants to give one, whatever the model reads ("complaint about X" reads as
        // near asking about complaints as giving one). Started with its first question. Not when it asks how to complain.
        if (Clauses(plain) is [var only] && SelfAnnouncement.Opens(only) && !MessageShape.IsQuestion(only) && !AsksForTheComplaintsProcedure(plain))
        {
            return new FeedbackTrigger(null, ambassador);
        }
        // Shape first: a message that asks something (or a clause that asks after a situation told, "my mate lives
        // with me, does the council tax thing cover her") needs a surer reading than one that tells.
        // Round AL (rank-al): so does going back to a topic and asking about it ("ok back to the foster thing can it go past 21").
        var question = MessageShape.IsQuestion(plain) || SpeechAct.AsksInARunOnClause(plain) || TopicReturn.Asks(plain);
        // "the letter says im not eligible but i am. im fuming. someone needs to sort this": a message that tells something and ends
        // demanding that someone hear or act on it is feedback for the council, however the model reads the story; a "why ..."
        // beside it is the complaint's rhetoric. Offered as the text, so "no" still sends nothing.
        if (EndsDemandingAction(plain) && !MessageShape.PutsAQuestionFirst(plain))
        {
            return new FeedbackTrigger(plain, ambassador);
        }
        // "the welcome pack was lovely. who made it?? tell them thank u", "why does nobody ring back?? six voicemails. i want to complain
        // properly": a story that ends asking for it to be passed on, or saying the person wants to complain, is feedback; the "who" or
        // "why" before it sets it up. The last clause, read alone, must read as feedback at the bar for a clause.
        if (EndsAskingToBeHeard(plain) && !MessageShape.PutsAQuestionFirst(plain))
        {
            return new FeedbackTrigger(plain, ambassador);
        }
        // "i have a suggestion for the app, can u add a bit where u message ur PA": a suggestion announced, then proposed as a request or a
        // question, is the suggestion. What follows must not ask how, where or what ("i have an idea, where do i send it" asks), and the
        // whole must read as feedback at the bar for a question ("i got an idea for a business, can u help me plan it" asks for help).
        if (AnnouncesThenProposes(plain) && reading.Feedback >= _bars.QuestionStart && reading.Feedback > reading.About)
        {
            return new FeedbackTrigger(plain, ambassador);
        }
        // "got an idea - a careers fair just for care leavers. who do i send that to": the idea told, then whom to send it to, is
        // wanting to give it; the question points back at what was told, so it needs only the bar of a statement.
        if (AnnouncesThenAsksWhereToSendIt(plain) && reading.Feedback >= _bars.Start && reading.Feedback > reading.About)
        {
            return new FeedbackTrigger(plain, ambassador);
        }
        // Round X (route-x): so is asking leave to send what was announced ("i have a complaint and a suggestion, can i send both",
        // "got a compliment for the hub staff - can i give it here"): it points back at the item announced and asks nothing else. What
        // the items are is still to be told, so the dialog starts with its first question rather than offering these words.
        if (AnnouncesThenAsksLeaveToSendIt(plain) && reading.Feedback >= _bars.Start && reading.Feedback > reading.About)
        {
            return new FeedbackTrigger(null, ambassador);
        }
        // Round AC (route-ac): "hi im 20, id like to give some feedback on how my review went, who does it go to": saying one wants to tell,
        // then asking only where it goes or who reads it, wants to give it; the dialog is where it goes. Started with its first question:
        // what is named after "feedback on" is the subject, not yet the message.
        if (WantsToTellThenAsksWhereItGoes(plain) && reading.Feedback >= _bars.Start && reading.Feedback > reading.About)
        {
            return new FeedbackTrigger(null, ambassador);
        }
        // Round AK (first-ak): "if i lost my flat at 20, would the council have to help me" asks, as a later clause opening "does" does.
        var asks = question || QuestionShape.AsksInALaterClause(plain) || QuestionShape.AsksAfterACondition(plain);
        var threshold = asks ? _bars.QuestionStart : _bars.Start;
        // "i want to feed back at some point but first, what is their complaints team called": the feedback is put off and
        // the question asked first; it is answered, with the button for when they are ready.
        if (MessageShape.PutsAQuestionFirst(plain))
        {
            return reading.Feedback >= _bars.Start || reading.About >= _bars.About ? new FeedbackTrigger(null, ambassador, Starts: false) : null;
        }
        // "can i send feedback without my name on it", "could i complain by email": asking leave to tell on a condition, with nothing
        // told, asks how the process works (anonymity, age, the way to send), which the guides answer; the button is for when they are
        // ready. "can i give feedback anonymously? the hostel staff are rude" tells as well and is read as usual.
        // Round Y (route-y): except leave to tell without a name ("can i tell the council something anonymous"), which wants to tell
        // and is started, with nothing offered: the dialog lets them leave their name out.
        if (AsksOnlyLeaveToTellWithoutAName(plain))
        {
            return new FeedbackTrigger(null, ambassador);
        }
        if (AsksOnlyLeaveOnACondition(plain))
        {
            return reading.Feedback >= _bars.Start || reading.About >= _bars.About ? new FeedbackTrigger(null, ambassador, Starts: false) : null;
        }
        // "can i put in a comment about the local offer, it doesnt say anything about driving lessons", "not happy with my review. can
        // u pass that on": asking for what is told to be relayed, logged or put in is what the dialog does, however low the model reads
        // the words; nothing else may be asked beside it but the rhetoric of a "why".
        if (AsksOnlyForARelay(plain))
        {
            return new FeedbackTrigger(ToldClauses(plain).Any() ? plain : null, ambassador);
        }
        // A few words read as feedback already given ("the ambassador thing") are a topic named, not a message to send.
        var tooShortToOffer = normalised.Split(' ').Length < MinOfferWords && reading.Offer * 2 > reading.Feedback;
        // "rubbish service": a verdict of a few words is a moan, which the model cannot tell from a topic named ("the
        // ambassador thing", read alike); the judgement word is what it lacks. It starts the dialog with its first
        // question, the words not offered as the message.
        if (tooShortToOffer && !question && reading.Feedback >= _bars.Start && Verdict().IsMatch(normalised))
        {
            return new FeedbackTrigger(null, ambassador);
        }
        var holdsFeedback = HoldsFeedback(reading);
        // A long message whose question, read alone, is about something else ("... How do I get involved?") asks that.
        if (reading.Feedback >= threshold && reading.Feedback > reading.About && !tooShortToOffer && (!question || AsksHowToTell(plain)))
        {
            // "i want to tell the council something" starts with the first question; a statement that holds
            // feedback is offered whole ("Shall I send this as your feedback?"). A question is offered only as below.
            if (!holdsFeedback)
            {
                // "how can i send feedback on my worker, she has been brilliant": the feedback is in a clause of its own.
                // The dialog starts either way, so the clause needs only the bar of a statement to be kept as the text.
                return new FeedbackTrigger(ToldClauses(plain).Any(c => _model.Predict(c).Feedback >= _bars.Start) ? plain : null, ambassador);
            }
            if (!question)
            {
                return new FeedbackTrigger(plain, ambassador);
            }
        }
        // Round AS (route-as): the one way a question is offered as feedback already said (rounds before AR offered one asking how to
        // tell, round AR one whose asked clauses tell; two blocks, two ways in, which is how an exclusion in one of them missed).
        if (question && !tooShortToOffer && IsSureFeedbackPutAsAQuestion(plain, reading))
        {
            return new FeedbackTrigger(plain, ambassador);
        }
        // "can i give feedback to the council on here?": asking whether this chat takes feedback is wanting to give it here, so
        // the dialog is the answer; "how do i give feedback" without naming this chat is still answered, with the button.
        if (ThisChat.AsksToTellHere(plain) && (reading.Feedback >= _bars.Start || reading.About >= _bars.About))
        {
            return new FeedbackTrigger(ToldClauses(plain).Any(c => _model.Predict(c).Feedback >= _bars.Clause) ? plain : null, ambassador);
        }
        // The uncertain zone. "how do i feed back about my advocate, she was amazing": asking how to give feedback
        // while giving it is giving it, when a clause that tells reads as feedback on its own; so is a statement
        // whose telling clause does. A situation told before a question that is not about feedback ("i read the
        // council might lose it, is that happening") stays a question.
        // A question counts here only when what it asks is how to tell: "people always complain their worker keeps changing,
        // are most of them agency" reads as about complaints from its told clause, but asks something else.
        var aboutFeedback = reading.About >= _bars.About;
        // "my PA never answers, how do i make a complaint": a message that ends by asking how to complain asks for the
        // complaints procedure, which the guides hold (the dialog itself sends formal complaints there); it is answered,
        // with the button. A told clause after the question ("... how do i complain about her, she missed three visits")
        // is still the feedback given.
        var asksHowToTell = question && AsksHowToTell(plain) && !AsksForTheComplaintsProcedure(plain);
        if (((aboutFeedback && (!question || asksHowToTell)) || (!asks && reading.Feedback >= _bars.Start) || asksHowToTell)
            && ToldClauses(plain).Any(c => _model.Predict(c).Feedback >= _bars.Clause))
        {
            return new FeedbackTrigger(plain, ambassador);
        }
        // "how do i let them know my meeting was rubbish?", "my carer deserves a medal. how do i tell the council that": asking how
        // to tell while saying what is what issue 13 calls feedback with its content. A bare "how do i give feedback" has none and
        // keeps the answer and the button.
        if (question && !AsksForTheComplaintsProcedure(plain) && AsksHowToTellWithContent(plain))
        {
            return new FeedbackTrigger(plain, ambassador);
        }
        // Round AF (route-af): "hiya im one of the ambassadors, can i feed something back from our session last night", "can i say something
        // about my PA": asking leave to tell, with nothing else asked, wants to tell, and the dialog is the yes, however low the model reads
        // the words around it, when nothing before has started it (every "can i give/leave/send feedback ..." eval line is labelled feedback). Asking leave to complain is not
        // this (the complaints procedure, which the guides hold), nor leave on a condition (read above).
        if (!question && AsksLeaveToTellAndNothingElse(plain))
        {
            // Who the person is ("im one of the ambassadors") is not the feedback: only a told clause that reads as feedback is offered.
            return new FeedbackTrigger(ToldClauses(plain).Any(c => _model.Predict(c).Feedback >= _bars.Start) ? plain : null, ambassador);
        }
        // A question is answered (or declined), with the "Give feedback" button under it: the confirmation is for
        // statements, and a wrong "Shall I send this?" to a question hides its answer. So is a question beside an opinion
        // ("the grant is a joke. how much is it meant to be now?"): it is answered, and the opinion has its way in.
        return aboutFeedback || (question && reading.Feedback >= _bars.Start) || (asks && ToldClauses(plain).Any(c => _model.Predict(c).Feedback >= _bars.Clause))
            ? new FeedbackTrigger(null, ambassador, Starts: false)
            : null;
    }

    /// <summary>
    /// True when a message shaped as a question is feedback already said, put as a question: the model is sure of the whole (feedback at
    /// the question-offer bar, more than asking about feedback, the offer at least half of it), and either every asked clause asks how to
    /// tell (<see cref="AsksHowToTell"/>: "how do i let the council know my PA has been amazing") or something is told beside the question
    /// and every asked clause, read alone, is itself feedback (<see cref="AskedClausesAreFeedback"/>, round AR: "i turned up and no one was
    /// there", "can the council know the IV thing is amazing"). Round AS (route-as): never when a clause asks what the person should say
    /// to someone (<see cref="MessageIntent.AsksWhatToSay"/>: "anything i should tell my work coach at the jobcentre? first appointment
    /// tmrw"): the person wants advice for a conversation of their own, which the guides give; the model reads such messages as feedback
    /// (0.9 and more) because they name telling and a person, but nothing is said to the council.
    /// </summary>
    private bool IsSureFeedbackPutAsAQuestion(string plain, FeedbackIntentReading reading) =>
        reading.Feedback >= _bars.QuestionOffer && reading.Feedback > reading.About && HoldsFeedback(reading)
        && (AsksHowToTell(plain) || (ToldClauses(plain).Any() && AskedClausesAreFeedback(plain)));

    /// <summary>
    /// Round AR (route-ar): true when every clause of the message that asks (<see cref="MessageShape.IsQuestion"/>), read alone, reads as
    /// feedback at the statement bar and more than asking about feedback, and none asks for the complaints procedure, what comes next, a
    /// contact detail, help to complain or which of two is so (facts and support the guides hold), nor what the person should say to someone
    /// (<see cref="MessageIntent.AsksWhatToSay"/>, round AS). A message whose clauses alone ask nothing counts as well: only its whole read as a question.
    /// Round AT (route-at): the asking-what-to-say exclusion is read here and in <see cref="AsksHowToTell"/>, each clause once, as the
    /// other exclusions are; it was also checked over every clause before both, which decided nothing they did not.
    /// </summary>
    private bool AskedClausesAreFeedback(string text) =>
        Clauses(text).Where(MessageShape.IsQuestion).All(c => _model.Predict(c) is var r && r.Feedback >= _bars.Start && r.Feedback > r.About
            && !AsksForTheComplaintsProcedure(c) && !MessageIntent.AsksWhatComesNext(c) && !MessageIntent.AsksForContactDetails(c)
            && !MessageIntent.AsksForHelpToComplain(c) && !MessageShape.AsksWhichOfTwo(c) && !MessageIntent.AsksWhatToSay(c));

    /// <summary>True when the model reads the feedback as already said (offer) at least as much as only wanted (start).</summary>
    private static bool HoldsFeedback(FeedbackIntentReading reading) => reading.Offer >= reading.Feedback - reading.Offer;

    /// <summary>
    /// True when every clause of the message that asks, read alone, is about telling or giving feedback ("how do i let
    /// the council know ..."), not about something else ("can i get a PA again").
    /// </summary>
    private bool AsksHowToTell(string text)
    {
        var asked = Clauses(text).Where(MessageShape.IsQuestion).ToList();
        // Asking to tell reads as 'about' or 'start'; an asked clause read as feedback already given ('offer': "someone
        // told me the exemption ends at 22") is a claim to check, not a way of telling.
        // "is that something providers have to tell you about" asks what others must tell the person: being told, not telling.
        // "what's the number for the complaints team? need to complain": asking for a contact detail asks for a fact the guides hold,
        // so the answer (with the button) serves better than taking the reason given as the feedback.
        // "can someone help me make a complaint?" asks for support to complain (an advocate), which the guides answer.
        // "recommend me a film like ...": a recommendation asked of the bot is for the person, not a way of telling (route-w2).
        // Round AC (route-ac): "i complained ages ago and heard nothing, can i take it further than the council" asks what comes next in
        // the complaints stages (the guides' answer, with the button), however much its words name complaining and the council.
        // "could being an ambassador help me get a job after? need something for my cv": the model read the asked clause as wanting to
        // start (the ambassador scheme is where views are given), but it names no way of telling and no one to tell, so it asks a fact.
        // Round AS (route-as): "what should i tell my work coach tmrw" asks advice for the person's own conversation, not how to tell the council.
        return asked.Count > 0 && asked.All(c => MessageIntent.NamesTellingOrWhomToTell(c) && !MessageIntent.AsksWhatToSay(c) && !MessageIntent.AsksForARecommendation(c) && !MessageIntent.AsksAboutADutyToTell(c) && !MessageIntent.AsksForContactDetails(c) && !MessageIntent.AsksForHelpToComplain(c) && !MessageIntent.AsksWhatComesNext(c) && _model.Predict(c) is var r && r.Feedback - r.Offer + r.About >= AskedAboutTelling);
    }

    /// <summary>
    /// True when a clause that asks opens with a frame of telling (<see cref="HowToTellFrame"/>) and the content, the words after
    /// the frame or a clause that tells, reads as feedback on its own (the statement bar, more than asking about feedback).
    /// Content of three words or fewer ("feedback", "a complaint") is a topic, not a message.
    /// </summary>
    private bool AsksHowToTellWithContent(string text)
    {
        // "my carer hit me when i was 12, how do i tell the council it wasnt ok" tells of harm: the guides' answer, not the inbox.
        if (ChildAtRiskReport.TellsOfHarm(text))
        {
            return false;
        }
        var clauses = Clauses(text);
        var asked = clauses.Where(MessageShape.IsQuestion).ToList();
        // "is it possible to send a message to the people in charge? we need more X": the frame names only the kind of thing to send,
        // so it has no remainder, but the clause that tells is the content. A bare "how do i send a message to them" has none.
        if (!asked.Any(HowToTellFrame.Opens))
        {
            return false;
        }
        var remainders = asked.Select(HowToTellFrame.Remainder).ToList();
        var content = remainders.OfType<string>().Where(r => r.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 3).Concat(ToldClauses(text));
        return content.Any(c => _model.Predict(c) is var r && r.Feedback >= _bars.Start && r.Feedback > r.About);
    }

    /// <summary>
    /// True when the message opens by saying it is an item of feedback (<see cref="SelfAnnouncement.Opens"/>) and a clause after the
    /// opening tells something (three words or more, not a question that only asks where to send it). Not when the message asks how to
    /// complain (the procedure) or asks something of its own after the opening ("i have a complaint, how long does it take to get a
    /// reply"). An imperative or a proposal after it is the item, not a question. An opening followed only by "can i send it in" has told
    /// nothing yet, and is read as before.
    /// </summary>
    private static bool AnnouncesItselfThenTells(string text)
    {
        var clauses = Clauses(text);
        if (clauses.Count < 2 || !SelfAnnouncement.Opens(clauses[0]) || AsksForTheComplaintsProcedure(text))
        {
            return false;
        }
        var after = clauses.Skip(1).ToList();
        bool AsksWhereToSendIt(string c) => MessageShape.IsQuestion(c) && SelfAnnouncement.AsksOnlyWhereToSendIt(c);
        return !after.Any(c => AsksWhatOrHow().IsMatch(c) && !AsksWhereToSendIt(c) && !DemandToAct.AsksWhy(c))
            && after.Any(c => !AsksWhereToSendIt(c) && c.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3);
    }

    /// <summary>
    /// True when the message's last clause demands that someone hear or act on what was told (<see cref="DemandToAct"/>), after at least
    /// one clause of three words or more that tells it, and any clause that asks only asks "why".
    /// </summary>
    private static bool EndsDemandingAction(string text)
    {
        var clauses = Clauses(text);
        // Round Y (route-y): "... someone up there needs to hear this, sort it out": a short order to act after the demand repeats it.
        if (clauses.Count >= 3 && DemandToAct.OrdersToAct(clauses[^1]) && DemandToAct.Matches(clauses[^2]))
        {
            clauses = clauses[..^1];
        }
        if (clauses.Count < 2 || !DemandToAct.Matches(clauses[^1]))
        {
            return false;
        }
        var before = clauses[..^1];
        var asked = before.Where(MessageShape.IsQuestion).ToList();
        // "my PA never calls, how do i complain? someone needs to sort this" still asks for the procedure. A word alone with a mark
        // ("honestly??", "seriously?") asks nothing: it is how the complaint opens.
        return asked.All(c => DemandToAct.AsksWhy(c) || c.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 1)
            && (asked.Count > 0 || before.Any(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3));
    }

    /// <summary>
    /// True when the message's last clause asks for what was told to be passed on ("tell them thank u") or says the person wants to
    /// tell or complain ("i want to complain properly this time") and reads, alone, as feedback at the clause bar; before it at
    /// least one clause of three words or more tells something (or a "why" asked says it), and any clause that asks only asks "why" or "who" (the rhetoric
    /// of a moan, or whom to thank). "how much is the grant? i want to complain" still asks "how" and is answered, with the button.
    /// </summary>
    private bool EndsAskingToBeHeard(string text)
    {
        var clauses = Clauses(text);
        if (clauses.Count < 2)
        {
            return false;
        }
        var last = clauses[^1];
        if (MessageShape.IsQuestion(last) || !(MessageShape.AsksToPassOn(last) || MessageIntent.SaysWantingToTell(last)))
        {
            return false;
        }
        var before = clauses[..^1];
        var asked = before.Where(MessageShape.IsQuestion).ToList();
        // "could the council do drop ins in the evening?? i work 9-5. can u send that": what a request to pass on points back at may be a
        // change proposed as a question; it is the suggestion to send, not a question for the guides.
        var passesOn = MessageShape.AsksToPassOn(last);
        bool Rhetorical(string c) => DemandToAct.AsksWhy(c) || (passesOn && Proposal.Matches(c));
        // "Why do I have to tell my story again every time? It's exhausting. Please send this on": a "why" asked there is the complaint
        // itself, told as a question, as it is before a demand to act (EndsDemandingAction).
        return asked.All(c => Rhetorical(c) || AsksWho().IsMatch(c))
            && (asked.Any(Rhetorical) || before.Any(c => !MessageShape.IsQuestion(c) && c.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3))
            && ReadsAsFeedbackToPassOn(text, last);
    }

    /// <summary>
    /// True when the wish to be heard reads as feedback. A request to pass on what it points back at ("can u send that", "please send
    /// this to whoever is in charge") carries the message before it, so it or the whole message must read as feedback at the bar of a
    /// statement; alone its few words may say little ("can u send that" reads 0.15). Saying one wants to complain may still ask about complaining, so that
    /// clause, read alone, needs the clause bar.
    /// </summary>
    private bool ReadsAsFeedbackToPassOn(string text, string last)
    {
        var pointsBack = MessageShape.AsksToPassOn(last) && PointsBack().IsMatch(last);
        string[] read = pointsBack ? [last, text] : [last];
        return read.Any(t => _model.Predict(t) is var r && r.Feedback >= (pointsBack ? _bars.Start : _bars.Clause) && r.Feedback > r.About);
    }

    [GeneratedRegex(@"\b(?:this|that|it|these|those)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PointsBack();

    /// <summary>A clause that opens by asking who did or made something: "who made that", "whoever sorted it".</summary>
    [GeneratedRegex(@"^(?:(?:so|and|but|like|hey)\s+)*(?:who|whoever)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksWho();

    /// <summary>Words of judgement, good or bad, that make a few words a verdict on a service.</summary>
    [GeneratedRegex(@"\b(?:rubbish|useless|terrible|shocking|dreadful|awful|appalling|poor|crap|pants|disgraceful|disgrace|joke|shambles|worst|bad|brilliant|amazing|excellent|fantastic|great|best|outstanding)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Verdict();

    /// <summary>The message's clauses, trimmed, empty ones left out.</summary>
    private static List<string> Clauses(string text) => [.. ClauseBreak().Split(text).Select(c => c.Trim()).Where(c => c.Length > 0)];

    /// <summary>
    /// True when the message opens by announcing a suggestion or idea (<see cref="Proposal.Announces"/>) and goes on, in the same
    /// message, with what it is: a proposal, an imperative ("do some sessions in the evenings") or a statement, not a question word
    /// ("how", "where", "what", "who", "is", "do you" ...) nor another request to the bot ("can u help me write a plan").
    /// </summary>
    private static bool AnnouncesThenProposes(string text)
    {
        var clauses = Clauses(text);
        return clauses.Count >= 2 && Proposal.Announces(clauses[0]) && !AsksWhatOrHow().IsMatch(clauses[1])
            && clauses[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3
            && (Proposal.Matches(clauses[1]) || SpeechAct.Proposes(clauses[1]) || !MessageShape.IsQuestion(clauses[1]));
    }

    [GeneratedRegex(@"^(?:(?:so|and|but)\s+)?(?:how|what|whats|where|wheres|who|whos|when|which|is|are|(?:does|do|did)\s+(?:i|you|u|we|they|he|she|it|anyone|any1|people))\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksWhatOrHow();

    /// <summary>
    /// True when the message announces a suggestion (<see cref="Proposal.Announces"/>), tells it in a clause of its own, and only then
    /// asks whom or where to send it ("who do i send that to", "where should i take this"). "i have an idea, where do i send it" has
    /// told nothing, and is answered with the button.
    /// </summary>
    private static bool AnnouncesThenAsksWhereToSendIt(string text)
    {
        var clauses = Clauses(text);
        return clauses.Count >= 3 && Proposal.Announces(clauses[0]) && !MessageShape.IsQuestion(clauses[1])
            && clauses[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3
            && clauses.Skip(2).Any(c => WhereToSendIt().IsMatch(c));
    }

    [GeneratedRegex(@"^(?:(?:so|and|but|ok)\s+)?(?:who|where|whoever)\s+(?:do|can|should|would|could)\s+(?:i|we)\s+(?:send|give|take|pass|pitch|bring|tell|email)\b.*\b(?:it|that|this|them)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhereToSendIt();

    /// <summary>
    /// True when the message's first clause announces an item of feedback (<see cref="AnnouncedItem"/>: "i have a complaint and a
    /// suggestion", "got a compliment for the hub staff") and its last asks only leave to send it ("can i send both", "can i give it
    /// here"), with nothing told or asked between: the person wants to give what they announced.
    /// </summary>
    /// <remarks>
    /// Round AF (route-af): what the items are may be told between ("got a complaint and a compliment. compliment: my PA. complaint: the
    /// housing officer. can i send both"), as long as nothing there asks; leave may be asked as whether it is still possible ("is it too
    /// late to say it", "can i still send it"); and a wish after it that points back at it ("i want to") asks nothing more. Feedback
    /// announced without an article ("i got feedback about my placement") is an item as "a complaint" is.
    /// </remarks>
    private static bool AnnouncesThenAsksLeaveToSendIt(string text)
    {
        var clauses = Clauses(text);
        if (clauses.Count > 2 && WishPointingBack().IsMatch(clauses[^1]))
        {
            clauses = clauses[..^1];
        }
        return clauses.Count >= 2 && LeaveToSendIt().IsMatch(clauses[^1]) && !clauses[1..^1].Any(MessageShape.IsQuestion)
            && (AnnouncedItem().IsMatch(clauses[0]) || clauses[..^1].Any(c => !MessageShape.IsQuestion(c) && UnsaidThing().IsMatch(c)));
    }

    /// <summary>
    /// True when the last clause only asks leave to send on what was told (<see cref="SendItOn"/>: "can i send this somewhere", "can this
    /// go to someone", "is there somewhere i can send that"), no clause before it asks, and a clause before it reads alone as feedback at
    /// the bar for a statement. "my PA never rings back. where do i send a complaint" asks where complaints go, not to send this, and is
    /// answered as before.
    /// </summary>
    private bool TellsThenAsksToSendItOn(string text)
    {
        var clauses = Clauses(text);
        if (clauses.Count == 1 && RunOnLeaveToSend(clauses[0]) is int leave)
        {
            // Round AJ (help-aj): "the drop in at the turnaround centre was actually really helpful can i tell someone that": the leave
            // typed straight on after what was told, with no comma, is the same two clauses.
            clauses = [clauses[0][..leave].TrimEnd(), clauses[0][leave..]];
        }
        return clauses.Count >= 2 && SendItOn().IsMatch(clauses[^1]) && !clauses[..^1].Any(MessageShape.IsQuestion)
            && clauses[..^1].Any(c => _model.Predict(c) is var r && r.Feedback >= _bars.Start && r.Feedback > r.About);
    }

    /// <summary>
    /// Round AJ (help-aj): what was told before a leave to send it on typed straight on with no comma ("... was really helpful can i tell
    /// someone that", "my PA sorted my flat in a week could the team be told"), or null. The leave must run to the end and match
    /// <see cref="SendItOn"/> whole; what is told before it must be at least <see cref="MinToldWords"/> words, so "can i tell someone that"
    /// alone, or "ok can i send this somewhere", is no story. The index where the leave opens.
    /// </summary>
    private static int? RunOnLeaveToSend(string clause)
    {
        foreach (var m in RunOnLeaveOpening().EnumerateMatches(clause))
        {
            if (WordCount(clause.AsSpan(0, m.Index)) >= MinToldWords && SendItOn().IsMatch(clause.AsSpan(m.Index)))
            {
                return m.Index;
            }
        }
        return null;
    }

    /// <summary>How many words a story told before a run-on leave to send it needs ("the drop in was helpful" is four).</summary>
    private const int MinToldWords = 4;

    private static int WordCount(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            count += letter && !inWord ? 1 : 0;
            inWord = letter;
        }
        return count;
    }

    // Where a leave to send on can open inside a clause: "can i", "could we", "may i", "is there", "can the team", "could she".
    [GeneratedRegex(@"(?<=\s)(?:can|could|may|is)\s+(?=\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RunOnLeaveOpening();

    // "can i send this somewhere", "could we pass it on to someone", "can this go somewhere", "is there anywhere i can send that": leave to
    // send on what was just told (it, this, that), to a place or person not named. Sending it "here" is LeaveToSendIt's. So is asking that
    // the people concerned hear it ("can the team be told", "could the council be made aware") or that the person praised be recognised
    // ("can she get recognised or something", "could he be thanked"). Round AI (route-ai): or leave to tell someone it ("... was really
    // helpful, can i tell someone that", "could we let the team know this").
    [GeneratedRegex(@"^(?:(?:so|and|but|ok|like|just)\s+)*(?:(?:can|could|may)\s+(?:i|we)\s+(?:just\s+|still\s+|actually\s+)?(?:send|pass|forward|take|give|report|get)\s+(?:it|this|that|them|all\s+this|all\s+that)(?:\s+on)?\s+(?:somewhere|anywhere|to\s+(?:someone|somebody|anyone|anybody|some1|sum1))|(?:can|could)\s+(?:it|this|that)\s+(?:go|get\s+sent|be\s+sent|be\s+passed\s+on|get\s+passed\s+on)\s+(?:somewhere|anywhere|to\s+(?:someone|somebody|anyone|anybody))|(?:can|could|may)\s+(?:i|we)\s+(?:tell|let)\s+(?:someone|somebody|anyone|anybody|some1|sum1|them|the\s+\w+(?:\s+team)?)\s+(?:know\s+)?(?:that|this|about\s+(?:it|this|that))|is\s+there\s+(?:somewhere|anywhere|someone|somebody|anyone|anybody)\s+(?:i|we)\s+(?:can|could)\s+(?:send|pass|forward|take|give|report)\s+(?:it|this|that|them)(?:\s+(?:to|on))?|(?:can|could)\s+(?:the\s+\w+(?:\s+team)?|they|them|someone|somebody|my\s+\w+)\s+(?:be|get)\s+(?:told|informed|made\s+aware|let\s+know)(?:\s+(?:about\s+|of\s+)?(?:this|that|it))?|(?:can|could)\s+(?:she|he|they|her|him)\s+(?:be|get)\s+(?:recognised|recognized|thanked|praised|rewarded|a\s+(?:thank\s+you|mention|shout\s*out|reward|award))(?:\s+(?:for\s+(?:it|this|that)|properly))?(?:\s+or\s+(?:something|smth|summat|sumthin))?)\s*(?:pls|please|plz)?\s*[?!.]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SendItOn();

    // Round AG (route-ag): "i went to the consultation ... and theres something i forgot to say", "i have a point about the panel i never got
    // to make", "... and forgot to mention something": something the person still has to say, announced in a clause that tells
    // (wherever it stands after the story of where it was not said), is an item as "a complaint" is; leave to send it then wants to give it.
    [GeneratedRegex(@"\b(?:(?:something|somethin|sumthin|summat|smth|a\s+(?:point|thing|comment|view)|one\s+(?:more\s+)?thing|stuff|things|a\s+few\s+things)\s+(?:else\s+)?(?:that\s+)?(?:i|we)\s+(?:forgot|forgt|didnt\s+get|did\s+not\s+get|never\s+got|never\s+managed|wanted|want|wanna|still\s+want|meant|need|would\s+like|d\s+like)\s+(?:to\s+|2\s+)?|(?:i|we|and)\s+(?:forgot|forgt|never\s+got|didnt\s+get|did\s+not\s+get)\s+(?:to\s+|2\s+)?(?=(?:say|mention|add|raise|make|bring\s+up)\s+(?:something|somethin|summat|a\s+(?:point|thing)|one\s+thing|stuff)))(?:say|mention|add|raise|make|bring\s+up|get\s+across|put\s+across)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnsaidThing();

    // "i want to", "i still wanna say it", "id like to send them": the wish to do what was just asked leave for.
    [GeneratedRegex(@"^(?:(?:and|but|so|cos|coz|because)\s+)?(?:i\s+)?(?:really\s+|still\s+|just\s+)?(?:want|wanna|would\s+like|d\s+like|i'?d\s+like)(?:\s+(?:to|2))?(?:\s+(?:say|send|tell|give|share|raise|mention)(?:\s+(?:it|them|em|this|that|both))?)?\s*[.!]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WishPointingBack();

    // "i have a complaint", "we've got an idea and a suggestion", "got a compliment for the hub"; not a thing that names a document ("a
    // complaint letter", "a complaint form").
    [GeneratedRegex(@"^(?:(?:hi|hey|hello|yo|so|ok|also|right)\s+)*(?:(?:i|we)\s+(?:have|got|ve\s+got|'ve\s+got)|(?:ive|weve|i've|we've)\s+got|got)\s+(?:(?:an?|one|some|two|2)\s+(?:quick\s+|little\s+|small\s+|big\s+|good\s+)?(?:suggestion|idea|complaint|compliment|point)s?|(?:some\s+)?(?:feedback|views))(?!\s+(?:letter|form|email|number|procedure|process)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnnouncedItem();

    [GeneratedRegex(@"^(?:(?:so|and|but|ok)\s+)?(?:(?:can|could|may)\s+(?:i|we)\s+(?:just\s+|still\s+)?|is\s+it\s+(?:too\s+late|ok|okay|alright|still\s+ok)\s+(?:for\s+(?:me|us)\s+)?to\s+)(?:send|share|give|submit|pass\s+on|put\s+in|put\s+forward|say|raise|mention|tell\s+(?:you|u)|add|put|drop|leave|post|write|type)\s+(?:it|them|em|both|these|those|this|that|the\s+two)(?:\s+(?:in|on|here|on\s+here|in\s+here|forward|through\s+here|to\s+(?:you|u|someone|the\s+council)))?\s*[?!.]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeaveToSendIt();

    /// <summary>
    /// True when a clause of the message that tells says the person wants to tell (<see cref="MessageIntent.SaysWantingToTell"/>) and every
    /// clause that asks asks only where it goes or who reads it ("who does it go to", "where does it end up", "who sees it"). "i want to
    /// complain, how long does it take" asks something of its own.
    /// </summary>
    private static bool WantsToTellThenAsksWhereItGoes(string text)
    {
        var clauses = Clauses(text);
        var asked = clauses.Where(MessageShape.IsQuestion).ToList();
        return asked.Count > 0 && asked.All(c => WhereItGoes().IsMatch(c))
            && clauses.Any(c => !MessageShape.IsQuestion(c) && MessageIntent.SaysWantingToTell(c));
    }

    [GeneratedRegex(@"^(?:(?:so|and|but|ok)\s+)?(?:who|whos|where|wheres)\s+(?:(?:does|do|will|would|should|is)\s+)?(?:(?:it|this|that|feedback|my\s+\w+)\s+)?(?:go|goes|going|end\s+up|ends\s+up|gets?|reads?|sees?|looks\s+at|get\s+sent|sent)\b(?:\s+(?:to|2|it|this|that|them))*\s*[?!.]*$", RegexOptions.IgnoreCase)]
    private static partial Regex WhereItGoes();

    /// <summary>
    /// True when a clause of the message asks for a relay (<see cref="SpeechAct.RequestsRelay"/>) and every clause that asks is that
    /// request or a rhetorical "why": "can u log this for me? also how much is the grant" asks something else too, and is answered.
    /// </summary>
    /// <remarks>
    /// The message is parted into acts (<see cref="SpeechAct.Acts"/>), so a "that" opening what is to be relayed stays with the
    /// request; a wish pointing back at it ("... u can send messages to the council through this? i wanna do that") asks nothing more.
    /// </remarks>
    private static bool AsksOnlyForARelay(string text) =>
        SpeechAct.Acts(text) is { Count: > 0 } acts && acts.Any(SpeechAct.RequestsRelay)
        && acts.Where(c => MessageShape.IsQuestion(c) && !SpeechAct.WantsWhatWasNamed(c)).All(c => SpeechAct.RequestsRelay(c) || DemandToAct.AsksWhy(c));

    /// <summary>
    /// True when a clause of the message asks leave to tell (<see cref="MessageShape.AsksLeaveToTell"/>) and names no complaint: the rest may
    /// greet, say who the person is, or tell, but the caller has made sure nothing is asked.
    /// </summary>
    private static bool AsksLeaveToTellAndNothingElse(string text) =>
        Clauses(text).Any(c => MessageShape.AsksLeaveToTell(c) && !Complaining().IsMatch(c));

    [GeneratedRegex(@"\bcomplain", RegexOptions.IgnoreCase)]
    private static partial Regex Complaining();

    /// <summary>True when every clause of the message asks leave to tell without a name (<see cref="MessageShape.AsksLeaveToTellWithoutAName"/>).</summary>
    private static bool AsksOnlyLeaveToTellWithoutAName(string text) =>
        Clauses(text) is { Count: > 0 } clauses && clauses.All(MessageShape.AsksLeaveToTellWithoutAName);

    /// <summary>True when every clause of the message asks leave to tell on a condition (<see cref="MessageShape.AsksLeaveOnACondition"/>).</summary>
    private static bool AsksOnlyLeaveOnACondition(string text) =>
        Clauses(text) is { Count: > 0 } clauses && clauses.All(MessageShape.AsksLeaveOnACondition);

    /// <summary>
    /// True when the message's last clause asks how to make a complaint (the procedure), with nothing told after it; "where do i
    /// send a complaint" asks the same (the how-to-tell frame leaves complaints to the guides).
    /// </summary>
    private static bool EndsAskingHowToComplain(string text)
    {
        var last = Clauses(text).LastOrDefault();
        return last is not null && MessageShape.IsQuestion(last) && HowToComplain().IsMatch(last);
    }

    /// <summary>
    /// True when the message's first clause asks how or where to complain ("how do i make a complaint about my PA. she ..."): what is
    /// told after it is the reason for asking, not a message to pass on. "can i complain about X, (a story)" asks leave and is read as before.
    /// </summary>
    private static bool OpensAskingHowToComplain(string text) => Clauses(text) is [var first, _, ..] && HowToComplain().IsMatch(first);

    /// <summary>
    /// True when the message ends asking how to complain (<see cref="EndsAskingHowToComplain"/>), or any clause asks how to make a
    /// formal, proper or official complaint wherever it stands: "how do i make a proper complaint about my team, feel like nobody
    /// listens" asks for the statutory procedure, which the guides hold, and the feeling after it is why, not the complaint itself.
    /// Saying "i want to make a formal complaint" asks nothing, and still starts the dialog.
    /// </summary>
    private static bool AsksForTheComplaintsProcedure(string text) =>
        EndsAskingHowToComplain(text)
        || Clauses(text).Any(c => MessageShape.IsQuestion(c) && HowToComplain().Match(c) is { Success: true } m && Formally().IsMatch(c[m.Index..]));

    [GeneratedRegex(@"\b(?:formal|formally|proper|properly|official|officially)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Formally();

    [GeneratedRegex(@"^(?:so\s+|and\s+)?(?:how|where)\s+(?:do|can|could|would|should)\s+(?:i|we|you|u|someone)\s+(?:even\s+|actually\s+|just\s+)?(?:go\s+about\s+)?(?:complain\b|(?:make|file|raise|put|lodge|submit|send)\b.*\bcomplaint)", RegexOptions.IgnoreCase)]
    private static partial Regex HowToComplain();

    /// <summary>How much wanting to tell and asking about feedback together an asked clause needs to be about telling.</summary>
    public const float AskedAboutTelling = 0.5f;

    /// <summary>
    /// The clauses of a message of two or more that tell rather than ask, of three words or more. An example given for what
    /// was just asked ("is there a group where we can give our views? like a forum or something") is part of that question,
    /// not something told.
    /// </summary>
    private static IEnumerable<string> ToldClauses(string text)
    {
        var clauses = ClauseBreak().Split(text).Select(c => c.Trim()).Where(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3).ToList();
        return clauses.Count < 2 ? [] : clauses.Where(c => !QuestionShape.AsksSomething(c) && !QuestionShape.OpensLikeQuestion(c) && !GivesAnExample().IsMatch(c));
    }

    [GeneratedRegex(@"^(?:like|such\s+as|e\.?g\.?|for\s+example|for\s+instance)\s+(?:a|an|the|some|any)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GivesAnExample();

    // "that" before a subject opens what is told: "who do i tell | that my worker has been brilliant".
    [GeneratedRegex(@"[,.;:!?\n]+|\s[-\u2013\u2014]\s|\s(?:but|and then|because|cos|coz)\s|\sthat\s(?=(?:my|the|our|your|their|his|her|she|he|they|it|its|i|we)\s)")]
    private static partial Regex ClauseBreak();

    /// <summary>Fewer words than this are never offered as the feedback itself.</summary>
    public const int MinOfferWords = 4;

    /// <summary>A message longer than this is something said, not a way of stopping.</summary>
    public const int MaxStopWords = 15;

    /// <summary>
    /// The model's probability that a message wants to stop ("on reflection I'd rather not go ahead"), for the
    /// dialog's change of mind in words no list holds; 0 for a long message, one that asks something, or one the
    /// model reads as feedback rather than stopping.
    /// </summary>
    public float StopReading(string text)
    {
        var plain = text.Replace('\u2019', '\'').Trim();
        if (plain.Length == 0 || plain.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxStopWords
            || FeedbackIntentText.IsMostlyNotWords(plain) || QuestionShape.AsksSomething(plain))
        {
            return 0;
        }
        var reading = _model.Predict(plain);
        return reading.Stop > reading.Feedback && reading.Stop > reading.About ? reading.Stop : 0;
    }

    /// <summary>
    /// True when the model reads the message as feedback more than as stopping: "never mind the bursary, my PA
    /// never calls back" is a message that opens with a way of stopping, not a change of mind.
    /// </summary>
    public bool ReadsAsFeedbackRatherThanStop(string text)
    {
        var plain = text.Replace('\u2019', '\'').Trim();
        if (plain.Length == 0 || plain.Length > MaxReadLength || FeedbackIntentText.IsMostlyNotWords(plain))
        {
            return false;
        }
        var reading = _model.Predict(plain);
        return reading.Feedback > reading.Stop;
    }

    private static Regex[] Compile(IEnumerable<string> patterns) =>
        [.. patterns.Select(p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeout))];

    [GeneratedRegex("<at>[^<]*</at>", RegexOptions.IgnoreCase)]
    private static partial Regex Mention();
}
