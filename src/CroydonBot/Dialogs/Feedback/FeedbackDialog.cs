using CroydonBot.Dialogs.Prompts;
using CroydonBot.Replies;
using CroydonBot.Storage;
using CroydonBot.Text;

namespace CroydonBot.Dialogs.Feedback;

/// <summary>
/// The feedback conversation: the questions from dialogs/feedback.yaml asked in order (skipping those
/// already answered or not applicable), a summary to send or change, then the store. It is a waterfall
/// that loops: "ask" prompts the next unanswered question, "answer" keeps the reply and loops back, so
/// "back" and "change" only need to clear an answer.
/// </summary>
public sealed partial class FeedbackDialog : WaterfallDialog
{
    public const string DialogId = "feedback";

    // Values keys that are not answers start with an underscore.
    private const string At = "_at";
    private const string History = "_history";
    private const string AtOffer = "_offer";
    private const string AtSummary = "_summary";
    private const string AtChange = "_change";
    private const string AtRetry = "_retry";
    private const string Subject = "_subject";
    private const string Flagged = "_flagged";
    private const string Yes = "yes";
    private const string No = "no";

    private readonly FeedbackDialogData _data;
    private readonly ReplyFactory _replies;
    private readonly FeedbackSubmitter _submitter;
    private readonly Dictionary<string, HashSet<string>> _commands;
    private readonly ChangeOfMind _changeOfMind;
    private readonly IMidDialogQuestions? _questions;
    private readonly FeedbackOptions _options;
    private readonly FeedbackTriggers? _triggers;
    private readonly SendWords _sendWords;
    private readonly EarlyAnswers _early;
    private readonly HashSet<string> _fillers;
    private readonly HashSet<string> _notTheSubject;
    private readonly HashSet<string> _skipWords;
    private readonly HashSet<string> _yesNo;
    private readonly Safety.IPersonalDataRedactor _redactor;
    private readonly SmallTalkMatcher? _smallTalk;
    private readonly AboutTheFeedback _aboutTheFeedback;
    private readonly ChangeBack _carryingOn;
    private readonly HashSet<string> _addressWords;

    public FeedbackDialog(FeedbackDialogData data, ReplyFactory replies, FeedbackSubmitter submitter, Microsoft.Extensions.Options.IOptions<FeedbackOptions> options, IMidDialogQuestions? questions = null, FeedbackTriggers? triggers = null, Safety.IPersonalDataRedactor? redactor = null, SmallTalkMatcher? smallTalk = null) : base(DialogId)
    {
        _smallTalk = smallTalk;
        _redactor = redactor ?? new Safety.PersonalDataRedactor();
        _data = data;
        _triggers = triggers;
        _replies = replies;
        _submitter = submitter;
        _questions = questions;
        _options = options.Value;
        // A way of stopping said in passing at the start of a longer sentence counts only when the sentence does
        // not read as the feedback itself ("never mind the bursary, my PA never calls" is a message).
        _changeOfMind = new ChangeOfMind(data.Commands.Cancel, data.Commands.ChangeOfMind, data.Commands.Fillers,
            triggers is null ? null : triggers.ReadsAsFeedbackRatherThanStop);
        _sendWords = new SendWords(data.Commands.Send, data.Commands.Fillers, data.Confirm.Yes.Concat(data.Summary.SendSynonyms), data.Commands.AgreementLeads, data.Confirm.No);
        _fillers = [.. data.Commands.Fillers.Select(PlainWords.Of)];
        _notTheSubject = [.. data.NotTheSubject.Select(PlainWords.Of)];
        _skipWords = [.. data.SkipWords.Select(PlainWords.Of)];
        _yesNo = [.. data.Confirm.Yes.Concat(data.Confirm.No).SelectMany(PlainWords.Split)];
        _early = new EarlyAnswers(data.Fields, triggers);
        _aboutTheFeedback = new AboutTheFeedback(data.AboutTheFeedback, _options);
        _carryingOn = new ChangeBack(data.Commands.Resume, data.Commands.ChangeOfMind.Where(p => !data.Commands.Resume.Contains(p)), data.Commands.Fillers);
        _addressWords = [.. data.AddressWords.Select(PlainWords.Of)];
        _commands = new()
        {
            ["cancel"] = [.. data.Commands.Cancel.Select(PlainWords.Of)],
            ["help"] = [.. data.Commands.Help.Select(PlainWords.Of)],
            ["back"] = [.. data.Commands.Back.Select(PlainWords.Of)],
        };
        AddStep("begin", BeginAsync);
        AddStep("offered", OfferedAsync);
        AddStep("ask", AskAsync);
        AddStep("answer", AnswerAsync);
        AddStep("summary", SummaryAsync);
        AddStep("decide", DecideAsync);
        AddStep("change", ChangeAsync);
        AddStep("submit", SubmitAsync);
        AddStep("retry", RetryAsync);
    }

    private async Task<DialogTurnResult> BeginAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is FeedbackResume resume)
        {
            // Wanted back right after stopping: the answers so far return and the open question is asked again.
            foreach (var (key, value) in resume.Values.Where(v => v.Key != At))
            {
                step.Values[key] = value;
            }
            // "i do want to send it. she cancelled on me four times": what else was said is the message, when there is
            // none yet and it is long enough to be one.
            var keeps = resume.Rest is { } rest && !step.Values.ContainsKey("message") && rest.Length <= (Field("message").MaxLength ?? int.MaxValue)
                && rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinInBetweenWords;
            if (keeps)
            {
                step.Values["message"] = resume.Rest!;
                step.Values[History] = string.Join(',', HistoryOf(step.Values).Append("message"));
            }
            await SendAsync(step.Context, keeps ? _data.Resumed + " " + _data.KeptAsMessage : _data.Resumed, null, cancellationToken);
            return await step.GoToAsync("ask", null, cancellationToken);
        }
        var start = step.Result as FeedbackStart ?? new FeedbackStart(null, false);
        step.Values[Flagged] = step.Context.Context.State.SafeguardingFlagged ? Yes : No;
        // What started it ("i want to complain about the out of hours line") says what the feedback is about.
        step.Values[Subject] = step.Context.Context.Activity.Text ?? "";
        if (start.IsAmbassador)
        {
            step.Values["ambassador"] = Yes;
        }
        var message = Field("message");
        if (!string.IsNullOrWhiteSpace(start.Message) && start.Message.Length <= (message.MaxLength ?? int.MaxValue))
        {
            step.Values["message"] = start.Message;
            step.Values[At] = AtOffer;
            var text = Placeholders.Fill(_data.Offer.Prompt, new Dictionary<string, string> { ["message"] = start.Message });
            return await step.PromptAsync(nameof(ConfirmPrompt), PromptFor(text, null, step.Values), cancellationToken);
        }
        await SendAsync(step.Context, _data.Intro, null, cancellationToken);
        return await step.GoToAsync("ask", null, cancellationToken);
    }

    private async Task<DialogTurnResult> OfferedAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is true)
        {
            return await step.NextAsync(null, cancellationToken);
        }
        await SendAsync(step.Context, _data.Offer.Declined, _data.Offer.DeclinedSuggestions, cancellationToken);
        return await StopAsync(step.Context, cancellationToken);
    }

    /// <summary>Asks the first question that applies and has no answer yet; when none is left, the summary.</summary>
    private Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var next = _data.Fields.FirstOrDefault(f => f.Applies(step.Values) && !step.Values.ContainsKey(f.Id));
        if (next is null)
        {
            return step.GoToAsync("summary", null, cancellationToken);
        }
        step.Values[At] = next.Id;
        var options = PromptFor(next.Prompt, next.RetryPrompt, step.Values);
        options.Choices = next.Choices;
        options.MaxLength = next.MaxLength;
        options.TooLong = next.TooLong;
        options.Pattern = next.Pattern;
        options.PatternMismatch = next.PatternMismatch;
        if (next.Optional)
        {
            options.SkipWords = _data.SkipWords;
            options.Suggestions = [_data.SkipTitle];
        }
        var prompt = next.Type switch
        {
            "choice" => nameof(ChoicePrompt),
            "confirm" => nameof(ConfirmPrompt),
            _ => nameof(TextPrompt),
        };
        return step.PromptAsync(prompt, options, cancellationToken);
    }

    private Task<DialogTurnResult> AnswerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var field = step.Values[At];
        step.Values[field] = step.Result switch
        {
            true => Yes,
            false => No,
            string text => text.Trim(),
            _ => "",
        };
        step.Values[History] = string.Join(',', HistoryOf(step.Values).Where(h => h != field).Append(field));
        return NoWayToReplyAsync(step, field, cancellationToken);
    }

    /// <summary>
    /// A reply needs a way to reply: a contact left out means the team cannot answer, so the person is told
    /// why and the feedback goes without a reply (still read), rather than staff being stuck with no route.
    /// </summary>
    private async Task<DialogTurnResult> NoWayToReplyAsync(WaterfallStepContext step, string field, CancellationToken cancellationToken)
    {
        if (field is "contactEmail" or "contactPhone" or "contactAdviser" && step.Values[field].Length == 0
            && step.Values.GetValueOrDefault("contactMethod") is { } method)
        {
            var how = _data.ReplyNeeds.GetValueOrDefault(method, method);
            await SendAsync(step.Context, Placeholders.Fill(_data.NoWayToReply, new Dictionary<string, string> { ["how"] = how }), null, cancellationToken);
            step.Values["wantsReply"] = No;
            step.Values.Remove("contactMethod");
            step.Values.Remove(field);
        }
        return await step.GoToAsync("ask", null, cancellationToken);
    }

    private Task<DialogTurnResult> SummaryAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values[At] = AtSummary;
        var summary = _data.Summary;
        var options = PromptFor(summary.Prompt, summary.RetryPrompt, step.Values);
        options.Intro = summary.Intro;
        options.Facts = [.. _data.Fields.Where(f => f.Applies(step.Values) && step.Values.ContainsKey(f.Id))
            .Select(f => new PromptFact(f.Label, Display(f, step.Values[f.Id])))];
        options.Choices =
        [
            new Choice { Value = "send", Title = summary.SendTitle, Synonyms = summary.SendSynonyms },
            new Choice { Value = "change", Title = summary.ChangeTitle, Synonyms = summary.ChangeSynonyms },
            new Choice { Value = "cancel", Title = summary.CancelTitle },
        ];
        return step.PromptAsync(nameof(ChoicePrompt), options, cancellationToken);
    }

    private async Task<DialogTurnResult> DecideAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        switch (step.Result as string)
        {
            case "send":
                return await step.GoToAsync("submit", null, cancellationToken);
            case "change":
                step.Values[At] = AtChange;
                var options = PromptFor(_data.Summary.ChangePrompt, null, step.Values);
                options.Choices = [.. _data.Summary.Change.Select((c, i) => new Choice { Value = i.ToString(System.Globalization.CultureInfo.InvariantCulture), Title = c.Title, Synonyms = c.Synonyms }),
                    // Nothing to change after all: "send" here sends, instead of showing the menu again.
                    new Choice { Value = "send", Title = _data.Summary.SendTitle, Synonyms = _data.Summary.SendSynonyms }];
                return await step.PromptAsync(nameof(ChoicePrompt), options, cancellationToken);
            default:
                return await CancelAsync(step.Context, cancellationToken);
        }
    }

    private Task<DialogTurnResult> ChangeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result as string == "send")
        {
            return step.GoToAsync("submit", null, cancellationToken);
        }
        var change = _data.Summary.Change[int.Parse((string)step.Result!, System.Globalization.CultureInfo.InvariantCulture)];
        foreach (var field in change.Clears)
        {
            step.Values.Remove(field);
        }
        step.Values[History] = string.Join(',', HistoryOf(step.Values).Except(change.Clears));
        return step.GoToAsync("ask", null, cancellationToken);
    }

    /// <summary>Stores the feedback. If that fails the answers stay on the stack and "Try again" comes back here.</summary>
    private async Task<DialogTurnResult> SubmitAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var reference = await _submitter.TrySubmitAsync(step.Context.Context, Answers(step.Values), cancellationToken);
        if (reference is not null)
        {
            var sent = Placeholders.Fill(_data.Submission.Sent, new Dictionary<string, string>
            {
                ["reference"] = reference,
                ["readBy"] = _options.ReadBy,
                ["replyWithin"] = _options.ReplyWithinWorkingDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
            await SendAsync(step.Context, sent, _data.Submission.SentSuggestions, cancellationToken);
            return await step.EndDialogAsync(reference, cancellationToken);
        }
        step.Values[At] = AtRetry;
        var options = PromptFor(_data.Submission.Failed, null, step.Values);
        options.Choices =
        [
            new Choice { Value = "retry", Title = _data.Submission.TryAgainTitle, Synonyms = _data.Submission.TryAgainSynonyms },
            new Choice { Value = "cancel", Title = _data.Submission.CancelTitle },
        ];
        return await step.PromptAsync(nameof(ChoicePrompt), options, cancellationToken);
    }

    private async Task<DialogTurnResult> RetryAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.Result as string == "retry"
            ? await step.GoToAsync("submit", null, cancellationToken)
            : await CancelAsync(step.Context, cancellationToken);

    /// <summary>"cancel", "help" and "back" work whatever question is open.</summary>
    public override async Task<DialogTurnResult?> InterruptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var said = PlainWords.Of(dc.Context.Activity.Text ?? "");
        var instance = dc.Stack.First(i => i.Id == Id);
        var at = instance.Values.GetValueOrDefault(At) ?? "";
        var afterCrisis = CrisisSinceLastTurn(dc, instance);
        // Taken off as it is read, whatever this turn does: it marks only the message right after an answer given in between.
        var afterAnswer = dc.Dialogs.Find(dc.ActiveDialog?.Id ?? "") is Prompt open && open.TakeAnsweredLastTurn(dc);
        // A way of skipping said whole where an optional answer is asked ("leave it" to "what email address?") is
        // that answer, not a change of mind about the whole feedback.
        if (_data.Fields.FirstOrDefault(f => f.Id == at) is { Optional: true } && _skipWords.Contains(said))
        {
            if (afterCrisis)
            {
                await SendAsync(dc, _data.AfterCrisis, null, cancellationToken);
            }
            return null;
        }
        // "ok still want to send it. phone me on 07700 900123" after a question answered in between: carrying on, never
        // stopping (whatever a way of stopping or the model reads in it), and what else it says is read as an answer.
        var carriesOn = _carryingOn.SaysOnly(dc.Context.Activity.Text, out var besides);
        if (carriesOn && await CarriesOnAsync(dc, instance, at, besides, cancellationToken) is { } carried)
        {
            return carried;
        }
        if (afterAnswer && !carriesOn && await ComesBackToSendAsync(dc, at, cancellationToken) is { } comesBack)
        {
            return comesBack;
        }
        if (!carriesOn && _changeOfMind.Matches(dc.Context.Activity.Text ?? "", out var rest))
        {
            // "no cancel that. how does the housing panel work": stop, and answer the question in one reply.
            if (rest is not null && _questions is not null)
            {
                await StopAsync(dc, cancellationToken);
                // A plain question is answered whatever the knowledge base's confidence, as an aside's is (round AC): "I've stopped"
                // alone left "nah forget it, how do i make a proper complaint instead" unanswered.
                if (await _questions.TryAnswerAsync(dc.Context, new MidDialogQuestion(rest) { Preface = _data.CancelledShort, Asked = QuestionShape.AsksSomething(rest), SaidWith = SaidBefore(dc.Context.Activity.Text ?? "", rest) }, cancellationToken))
                {
                    return DialogTurnResult.Cancelled;
                }
            }
            // "ok thats interesting. nah forget the feedback for now, how do i make a complaint instead": the question was not
            // after the way of stopping's sentence, but it is asked all the same.
            return rest is null ? await StopsAndAsksAsync(dc, cancellationToken) ?? await CancelAsync(dc, cancellationToken)
                : await CancelAsync(dc, cancellationToken);
        }
        if (afterCrisis)
        {
            await SendAsync(dc, _data.AfterCrisis, null, cancellationToken);
        }
        if (await EditsMessageAsync(dc, instance, at, cancellationToken) is { } edited)
        {
            return edited;
        }
        // What the open question asked for is read before any reading of stopping: "no reply, keep it anonymous"
        // answers "would you like a reply?", early or not; it does not stop the feedback.
        if (await AnswersAStepAsync(dc, instance, at, dc.Context.Activity.Text ?? "", cancellationToken) is { } answered)
        {
            return answered;
        }
        if (await NotYetAsync(dc, at, cancellationToken) is { } notYet)
        {
            return notYet;
        }
        if (await AboutItselfAsync(dc, cancellationToken) is { } aboutItself)
        {
            return aboutItself;
        }
        if (await LeavingAsync(dc, cancellationToken) is { } leaving)
        {
            return leaving;
        }
        if (!carriesOn && WantsToStop(dc))
        {
            return await AsksOnAfterTheAnswerAsync(dc, afterAnswer, cancellationToken)
                ?? await StopsAndAsksAsync(dc, cancellationToken)
                ?? await CancelAsync(dc, cancellationToken);
        }
        if (_commands["help"].Contains(said))
        {
            var help = at == AtSummary || at == AtChange ? _data.Summary.Help : _data.Fields.FirstOrDefault(f => f.Id == at)?.Help ?? _data.Intro;
            await SendAsync(dc, help + " " + _data.HelpSuffix, null, cancellationToken);
            await dc.RepromptDialogAsync(cancellationToken);
            return DialogTurnResult.Waiting;
        }
        if (!_commands["back"].Contains(said))
        {
            // "its about the gym card thing" names what it is about, in one clause: the answer to "what is it about?",
            // not the message, even when the feedback intent reads it as feedback.
            return _data.Fields.FirstOrDefault(f => f.Id == at) is { Otherwise: not null } && NamesASubject(dc.Context.Activity.Text ?? "")
                ? await OtherwiseAsync(dc, at, cancellationToken)
                : await InBetweenAsync(dc, instance, at, afterAnswer, cancellationToken) ?? await OtherwiseAsync(dc, at, cancellationToken);
        }
        var history = HistoryOf(instance.Values);
        if (at == AtOffer || history.Count == 0)
        {
            await SendAsync(dc, _data.FirstQuestion, null, cancellationToken);
            await dc.RepromptDialogAsync(cancellationToken);
            return DialogTurnResult.Waiting;
        }
        var previous = history[^1];
        instance.Values.Remove(previous);
        instance.Values[History] = string.Join(',', history.Take(history.Count - 1));
        dc.PopAbove(instance);
        return await RunStepAsync(dc, IndexOf("ask"), null, cancellationToken);
    }

    /// <summary>
    /// Saying only that they carry on ("yeah still want to send it"): the open question is asked again, unless it takes
    /// those words as its answer ("Shall I send this as your feedback?"). With more said ("... phone me on 07700 900123"),
    /// the rest is read as the open question's answer or a later one's; null lets the whole message be read as usual,
    /// except as a way of stopping.
    /// </summary>
    private async Task<DialogTurnResult?> CarriesOnAsync(DialogContext dc, DialogInstance instance, string at, string? besides, CancellationToken cancellationToken)
    {
        if (dc.Dialogs.Find(dc.ActiveDialog?.Id ?? "") is not Prompt prompt)
        {
            return null;
        }
        if (besides is not null)
        {
            return await AnswersAStepAsync(dc, instance, at, besides, cancellationToken);
        }
        // "just send it pls" is carrying on too, and where the offer or the summary asks whether to send, it is the answer.
        var text = dc.Context.Activity.Text ?? "";
        if (_sendWords.IsSend(text) || _sendWords.IsAgreement(text) || prompt is not TextPrompt && prompt.Understands(dc, text))
        {
            return null;
        }
        await prompt.ResumeAsync(dc, null, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    /// <summary>
    /// Round AC (ctx-ac): right after a question answered in between, at the question that asks whether to send ("Shall I send
    /// this as your feedback?", the summary), a sentence that ends by wanting it sent after all ("ok cool. yeah go on then i
    /// still wanna send it") or a clause asking to send ("thats what i thought. can u still send what i said") is that answer:
    /// the person comes back from the answer to the question asked again. Read with the loose reading used right after a stop
    /// (<see cref="ChangeBack.Matches(string?)"/>), because here too the words can only be about the feedback; the strict
    /// reading (<see cref="ChangeBack.SaysOnly"/>) let agreement before the phrase or a reaction to the answer fall through to
    /// the learned reading of stopping, or to the knowledge base. Null when it does not apply.
    /// </summary>
    /// <remarks>
    /// Round AE (route-ae): at any other question too ("What is your feedback about?", a yes/no question), where wanting it sent is no
    /// answer: "ok cool yeah carry on i still want it sent" comes back from the answer, so the open question is asked again; before, the
    /// strict reading missed two phrases run together and the message was searched as a question. Not when it asks something.
    /// </remarks>
    private async Task<DialogTurnResult?> ComesBackToSendAsync(DialogContext dc, string at, CancellationToken cancellationToken)
    {
        var text = dc.Context.Activity.Text ?? "";
        // Round AF (route-af): "ok nvm ill just do the feedback one for now" after a complaints route asked about and answered: the
        // "nvm" drops the aside, and choosing the feedback is carrying on, not a message to keep.
        var goesOn = ChangeOfMind.GoesOn(text);
        if ((_changeOfMind.Mentions(text) && !goesOn) || !(goesOn || _carryingOn.Matches(text) || _sendWords.AsksToSend(text)))
        {
            return null;
        }
        if (at is AtOffer or AtSummary)
        {
            return await dc.EndDialogAsync(at == AtOffer ? true : SendChoice, cancellationToken);
        }
        if (QuestionShape.AsksSomething(text) || dc.Dialogs.Find(dc.ActiveDialog?.Id ?? "") is not Prompt prompt
            || prompt is TextPrompt || prompt.Understands(dc, text))
        {
            return null;
        }
        await prompt.ResumeAsync(dc, null, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    /// <summary>The summary's choice that sends the feedback.</summary>
    private const string SendChoice = "send";

    /// <summary>
    /// Round AC (ctx-ac): right after a question answered in between, a message that points back at that answer ("and if they
    /// dont sort it" after how to complain) asks on about it, though the learned reading of stopping reads it as stopping: it
    /// names no way of stopping, and the person was last given an answer, not a question about the feedback. It is answered
    /// when the knowledge base has an answer (a plain question whatever its confidence), and the open question follows. Null
    /// when it does not apply or nothing was answered.
    /// </summary>
    private async Task<DialogTurnResult?> AsksOnAfterTheAnswerAsync(DialogContext dc, bool afterAnswer, CancellationToken cancellationToken)
    {
        var text = dc.Context.Activity.Text ?? "";
        // Round AK (lead): "kk let me send it then" points back with "it", but at the feedback's own question it asks to send.
        return afterAnswer && _questions?.PointsBack(text) == true && !_changeOfMind.Mentions(text) && !_sendWords.AsksToSend(text)
            && dc.Dialogs.Find(dc.ActiveDialog?.Id ?? "") is Prompt prompt
            && await prompt.AnswerInBetweenAsync(dc, text, asked: QuestionShape.AsksSomething(text), cancellationToken)
            ? DialogTurnResult.Waiting
            : null;
    }

    /// <summary>
    /// Round AD (conv-ad): right after a question answered in between, another question ("ok and can 16 yr olds come to that or no",
    /// "true she's got loads. does croydon say how often she has to visit") or a condition asked on ("and if they ignore me after that
    /// what then") is the next question in between, wherever the open question is one of choosing or yes/no (the offer "Shall I send
    /// this as your feedback?", the topic, the summary). Before, the offer took the acknowledgement it opens with ("ok", "true") as
    /// its yes, or joined the question to the message, and a choice question asked itself again: the person had just been answered,
    /// so a question now asks on, it does not answer the dialog. Not where any words are the answer (the message, a contact), not a
    /// question that tells (<see cref="ToldAsFeedback"/>), asks someone to act or to send, names a way of stopping, or whose question
    /// part the open question takes as its answer. A plain question gets the knowledge base's reply or its honest "I don't know"; a
    /// condition only a sure answer. Null when it does not apply or nothing was answered.
    /// </summary>
    private async Task<DialogTurnResult?> AsksAgainAfterTheAnswerAsync(DialogContext dc, Prompt prompt, FeedbackField? field, string text, CancellationToken cancellationToken)
    {
        if (_questions is null || _triggers is null || field is { Type: "text" } || _sendWords.AsksToSend(text)
            || QuestionShape.AsksOthersToAct(text) || MessageFrame.Opens(text))
        {
            return null;
        }
        var asks = QuestionShape.AsksSomething(text);
        // Round AG (route-ag): "and if they just ignore that as well" right after how to complain supposes what happens next: a
        // condition tells nothing of its own, so the model reading its words as a complaint does not make it the message, and the
        // "ignore that" inside it is what others might do, not the person stopping. It asks as plainly as a question does (the
        // guides' answer or the honest "I don't know", never more of the message). Not a polite request to the bot ("and if u could
        // pass that on"), which asks someone to act.
        var supposes = _questions.PutsACondition(text) && !PoliteRequest().IsMatch(PlainWords.Of(text));
        if (!supposes && _changeOfMind.Mentions(text))
        {
            return null;
        }
        // Round AH (conv2-ah): a question run on after the person's situation with no comma ("ok and im 22 does that still count")
        // asks as plainly: before, the offer took its opening "ok" as the yes and the question was lost.
        var runOn = asks ? null : QuestionShape.RunOnQuestion(text);
        asks |= runOn is not null;
        if (!(asks || supposes || _questions.AsksOn(text)) || (!supposes && ToldAsFeedback(text, _triggers.Match(text), asks))
            || prompt.Understands(dc, runOn ?? (asks ? QuestionShape.QuestionPart(text) : text)))
        {
            return null;
        }
        return await prompt.AnswerInBetweenAsync(dc, text, asked: asks || supposes, cancellationToken) ? DialogTurnResult.Waiting : null;
    }

    /// <summary>
    /// Round AC (ctx-ac): stopping, read by the learned model, said with a question ("ok thats interesting. nah forget the feedback
    /// for now, how do i make a proper complaint instead"): the feedback stops and the question is answered in the same reply, as
    /// after a way of stopping in words ("no cancel that. how does the panel work"). The question gets the knowledge base's reply,
    /// its honest "I don't know" included. Null when no question is asked.
    /// </summary>
    private async Task<DialogTurnResult?> StopsAndAsksAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var text = dc.Context.Activity.Text ?? "";
        if (_questions is null || !QuestionShape.AsksSomething(text))
        {
            return null;
        }
        await StopAsync(dc, cancellationToken);
        return await _questions.TryAnswerAsync(dc.Context, new MidDialogQuestion(QuestionShape.QuestionPart(text)) { Preface = _data.CancelledShort, Asked = true, SaidWith = SaidBefore(text, QuestionShape.QuestionPart(text)) }, cancellationToken)
            ? DialogTurnResult.Cancelled
            : null;
    }

    /// <summary>
    /// A request to edit the message already written ("can you change it to say at 16 or earlier", "take out her initial",
    /// "hmm actually add that weekends work too"), at any later question: the message is changed, the person sees it as it
    /// now reads, and the open question (or the summary, with the new message) follows. Read by its shape
    /// (<see cref="MessageEdit"/>): the knowledge base had answered it about whatever its words named, and the open question
    /// took it as its answer. A removal that names nothing in the message is said so, and the message stays as it was.
    /// </summary>
    private async Task<DialogTurnResult?> EditsMessageAsync(DialogContext dc, DialogInstance instance, string at, CancellationToken cancellationToken)
    {
        if (at == "message" || instance.Values.GetValueOrDefault("message") is not { Length: > 0 } message
            || MessageEdit.Read(dc.Context.Activity.Text ?? "") is not { } edit || dc.Dialogs.Find(dc.ActiveDialog?.Id ?? "") is not Prompt prompt)
        {
            return null;
        }
        var changed = MessageEdit.Apply(edit, message, _data.EditChangeLabel);
        if (changed is null || changed.Length > (Field("message").MaxLength ?? int.MaxValue))
        {
            await prompt.ResumeAsync(dc, _data.EditNotFound, cancellationToken);
            return DialogTurnResult.Waiting;
        }
        instance.Values["message"] = changed;
        var said = Placeholders.Fill(_data.Edited, new Dictionary<string, string> { ["message"] = changed });
        if (at != AtSummary)
        {
            await prompt.ResumeAsync(dc, said, cancellationToken);
            return DialogTurnResult.Waiting;
        }
        // The summary shows the message: shown again, it shows the new one.
        await SendAsync(dc, said, null, cancellationToken);
        dc.PopAbove(instance);
        return await RunStepAsync(dc, IndexOf("summary"), null, cancellationToken);
    }

    /// <summary>
    /// A question or wish about the feedback itself ("can this be anonymous?", "who gets to see it") at any question:
    /// the dialog answers it in its own words and asks the open question again. The knowledge base knows nothing of
    /// this conversation (it had answered "is it anonymous?" about whatever was asked last), and a wish such as "u
    /// can put my name on it" is neither the message nor a topic. Read after the open question's own answers, so
    /// "no reply, keep it anonymous" still answers "would you like a reply?".
    /// </summary>
    private async Task<DialogTurnResult?> AboutItselfAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (_aboutTheFeedback.AnswerTo(dc.Context.Activity.Text ?? "") is not { } answer || dc.Dialogs.Find(dc.ActiveDialog?.Id ?? "") is not Prompt prompt)
        {
            return null;
        }
        await prompt.ResumeAsync(dc, answer, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    /// <summary>
    /// A short subject in the person's own words that no choice names ("the cares app", "its about my college") at a
    /// choice question with an <see cref="FeedbackField.Otherwise"/> choice: that choice is the answer, and they are
    /// told where it went (they can change it at the summary), instead of "Sorry, I didn't catch that" until they
    /// guess a title. Not for a question, a yes or no, or politeness alone. Null when it does not apply.
    /// </summary>
    private async Task<DialogTurnResult?> OtherwiseAsync(DialogContext dc, string at, CancellationToken cancellationToken)
    {
        var text = (dc.Context.Activity.Text ?? "").Trim();
        if (_data.Fields.FirstOrDefault(f => f.Id == at) is not { Type: "choice", Otherwise: { } otherwise } field
            || field.Choices.FirstOrDefault(c => c.Value == otherwise) is not { } choice
            || dc.Dialogs.Find(dc.ActiveDialog?.Id ?? "") is not Prompt prompt || prompt.Understands(dc, text)
            || QuestionShape.AsksSomething(text) || QuestionShape.LooksLikeQuestion(text) || SubmittedChoice.In(dc.Context.Activity) is not null)
        {
            return null;
        }
        var words = PlainWords.WordsOf(text);
        // "its about the cares app": what it is about follows the word that says so.
        var about = Array.IndexOf(words, SubjectLead);
        var subject = about is >= 0 and < SubjectLeadReach ? words[(about + 1)..] : words;
        subject = [.. subject.SkipWhile(_fillers.Contains)];
        // A thing named as a thing: after "about", or opening with "the", "my"... ("the cares app", "my college");
        // a lone word ("purple") is more likely a slip, asked again with the list.
        if (subject.Length is 0 or > MaxOtherwiseWords || subject.All(w => _fillers.Contains(w) || _yesNo.Contains(w))
            || _commands["help"].Contains(string.Join(' ', subject)) || about is < 0 or >= SubjectLeadReach && !Determiners.Contains(subject[0]))
        {
            return null;
        }
        var note = Placeholders.Fill(field.OtherwiseNote ?? "", new Dictionary<string, string> { ["answer"] = string.Join(' ', subject), ["choice"] = choice.Title });
        if (note.Length > 0)
        {
            await SendAsync(dc, note, null, cancellationToken);
        }
        return await dc.EndDialogAsync(choice.Value, cancellationToken);
    }

    /// <summary>One clause that opens by saying what follows is its subject, and a short one: "its about the cares app".</summary>
    private static bool NamesASubject(string text)
    {
        if (text.IndexOfAny(ClauseMarks) >= 0)
        {
            return false;
        }
        var words = PlainWords.WordsOf(text);
        var about = Array.IndexOf(words, SubjectLead);
        return about is >= 0 and < SubjectLeadReach && words.Length - about - 1 is > 0 and <= MaxOtherwiseWords;
    }

    private static readonly char[] ClauseMarks = [',', '.', ';', '!', '?', '\n', '-'];

    /// <summary>A subject in one's own words longer than this is more than naming what it is about.</summary>
    private const int MaxOtherwiseWords = 6;

    /// <summary>The word that says what follows is the subject ("its about ..."), within the reply's first few words.</summary>
    private const string SubjectLead = "about";

    private const int SubjectLeadReach = 3;

    /// <summary>Words that open a noun phrase: what follows names a thing.</summary>
    private static readonly HashSet<string> Determiners = ["the", "my", "our", "a", "an", "this", "that", "their", "his", "her"];

    /// <summary>
    /// Thanks or goodbye where a question is open ("thank u bye" at "What is your feedback about?"): the person is
    /// leaving, not answering. The feedback is neither sent nor dropped; they are told it has not gone, and the open
    /// question takes their next message as usual (a dialog left long enough is offered to carry on or drop). Null
    /// when the open question understands the reply ("ok thanks" is a yes; any words are a message) or it is not a closing.
    /// </summary>
    private async Task<DialogTurnResult?> LeavingAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var text = dc.Context.Activity.Text ?? "";
        if (_smallTalk?.Match(text) is not { } intent || !SmallTalkMatcher.Closings.Contains(intent.Name) || !ThanksOrBye(text)
            // Where any words are the answer (the message), warm words may be the feedback itself ("thanks, this bot
            // really helped"), so they are kept as the answer.
            || dc.Dialogs.Find(dc.ActiveDialog?.Id ?? "") is not Prompt prompt || prompt.Understands(dc, prompt is TextPrompt ? text : WithoutClosingWords(text)))
        {
            return null;
        }
        dc.Context.Record.Kind = ReplyKinds.SmallTalk;
        await dc.Context.SendActivityAsync(_replies.Message(_data.LeftOpen, ReplyKinds.SmallTalk, null), cancellationToken);
        return DialogTurnResult.Waiting;
    }

    /// <summary>
    /// True when the reply holds a thanks or a goodbye: a word or two of it that small talk reads as one on its own.
    /// "ok", "cool" or "got it" close a conversation after an answer, but where a question is open they only acknowledge it.
    /// </summary>
    private bool ThanksOrBye(string text)
    {
        var words = PlainWords.WordsOf(text);
        var pieces = words.Concat(words.Zip(words.Skip(1), (a, b) => a + " " + b));
        return pieces.Any(p => _smallTalk!.Match(p) is { Name: ThanksIntent or ByeIntent });
    }

    /// <summary>
    /// The reply without its thanks, goodbye and the name the bot is called by ("cheers bot" leaves nothing): "bot" there
    /// addresses the bot, it does not choose "This bot" as what the feedback is about. "ok thanks" leaves "ok", still a yes.
    /// </summary>
    private string WithoutClosingWords(string text)
    {
        var words = PlainWords.WordsOf(text);
        var closing = new bool[words.Length];
        for (var i = 0; i + 1 < words.Length; i++)
        {
            if (_smallTalk!.Match(words[i] + " " + words[i + 1]) is { Name: ThanksIntent or ByeIntent })
            {
                closing[i] = closing[i + 1] = true;
            }
        }
        for (var i = 0; i < words.Length; i++)
        {
            // "the bot" names a thing, the choice; "bot" alone calls the bot.
            closing[i] |= _addressWords.Contains(words[i]) && (i == 0 || !Determiners.Contains(words[i - 1]))
                || _smallTalk!.Match(words[i]) is { Name: ThanksIntent or ByeIntent };
        }
        return string.Join(' ', words.Where((_, i) => !closing[i]));
    }

    /// <summary>The small-talk intents that thank and say goodbye (dialogs/smalltalk.yaml).</summary>
    private const string ThanksIntent = "thanks";

    private const string ByeIntent = "bye";

    /// <summary>
    /// A change of mind in words no list holds ("On reflection I'd rather not proceed right now"), read by the
    /// learned feedback intent. An answer the open question understands ("no thanks" to "would you like a reply?")
    /// is that answer; where any words are the answer (the message), the model must be surer.
    /// </summary>
    private bool WantsToStop(DialogContext dc)
    {
        var text = dc.Context.Activity.Text ?? "";
        // Agreeing ("ye go on then") and asking to send are carrying on, whatever the model reads.
        if (_triggers is null || dc.Dialogs.Find(dc.ActiveDialog?.Id ?? "") is not Prompt prompt || _sendWords.AsksToSend(text) || _sendWords.IsAgreement(text))
        {
            return false;
        }
        // A short answer the question understands is that answer; a sentence may name a choice in passing
        // ("..., thank you" names "you", the bot), so there the model must be surer, as where any words answer.
        // "Shall I send this as your feedback?" takes more of the message too, so there it must be as sure as at the message.
        var understood = prompt is TextPrompt || prompt.Understands(dc, text)
            || dc.Stack.FirstOrDefault(i => i.Id == Id)?.Values.GetValueOrDefault(At) == AtOffer;
        if (understood && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MinInBetweenWords)
        {
            return false;
        }
        return _triggers.StopReading(text) >= (understood ? UnderstoodStopThreshold : StopThreshold);
    }

    /// <summary>The learned reading of stopping above which a reply the question cannot use stops the dialog.</summary>
    private const float StopThreshold = 0.5f;

    /// <summary>The same for a sentence the question could take as an answer (the message, a contact): a real message must not be lost.</summary>
    private const float UnderstoodStopThreshold = 0.6f;

    /// <summary>
    /// What the learned feedback intent says about a message that is not the answer the open question wants:
    /// feedback written at a choice question before the message was asked for is kept as the message; a
    /// question put in the middle ("wait, how often should my PA visit?") is answered when the knowledge base is
    /// sure and it does not read as feedback, and the same question is asked again.
    /// Null lets the open question take the reply as usual.
    /// </summary>
    private async Task<DialogTurnResult?> InBetweenAsync(DialogContext dc, DialogInstance instance, string at, bool afterAnswer, CancellationToken cancellationToken)
    {
        var text = (dc.Context.Activity.Text ?? "").Trim();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (_triggers is null || dc.Dialogs.Find(dc.ActiveDialog?.Id ?? "") is not Prompt prompt)
        {
            return null;
        }
        var field = _data.Fields.FirstOrDefault(f => f.Id == at);
        if (afterAnswer && await AsksAgainAfterTheAnswerAsync(dc, prompt, field, text, cancellationToken) is { } again)
        {
            return again;
        }
        // A short plain question at a choice question ("whats a pathway plan") asks, though it names a choice in
        // passing: the choice prompt would take the choice named inside it as the answer.
        if (words < MinInBetweenWords && !(field is { Type: "choice" } && words >= MinQuestionWords && QuestionShape.AsksSomething(text)))
        {
            return null;
        }
        var trigger = _triggers.Match(text);
        // Feedback can come before its question: at "what is it about?", a sentence that tells rather than asks,
        // or that the feedback intent reads as feedback, is kept as the message.
        var canKeep = field is { Type: "choice" or "confirm" } && !instance.Values.ContainsKey("message")
            && text.Length <= (Field("message").MaxLength ?? int.MaxValue);
        // A request for someone to act ("..., can someone from the council sort it with them pls") is what feedback
        // asks for: it tells, though it is shaped as a question.
        // So is a change proposed as a question ("could the forum be in the evenings sometimes") once the person has said
        // they have a suggestion: it is the suggestion, not a question for the guides.
        // "my message is that nobody explained why": named as the message, whatever question it holds, is the message.
        var request = QuestionShape.AsksOthersToAct(text) || Suggests(instance.Values.GetValueOrDefault(Subject)) && QuestionShape.ProposesAChange(text)
            || MessageFrame.Opens(text);
        // "wait b4 that what is the app for": a question flagged as an aside asks, though the putting-off words hide its question word.
        var asksAside = !QuestionShape.AsksSomething(text) && AsideQuestion.Opens(text) && QuestionShape.AsksSomething(AsideQuestion.Rest(text));
        var asks = (QuestionShape.AsksSomething(text) || asksAside) && !request;
        var looksLikeQuestion = QuestionShape.LooksLikeQuestion(text) && !request;
        // Round AB (dialog-ab): a question the person flags as beside the feedback ("sorry random q mid way do ambassadors ...",
        // "ok forget the message thing for now, is there a panel ...") is never more of the message, at any question: they said it
        // is not. It gets the knowledge base's reply, and the open question is asked again. A question that is itself a complaint
        // ("btw why does nobody ever ring back") is read as before.
        if (!request && AsideQuestion.Opens(text) && AsideQuestion.Rest(text) is var aside && QuestionShape.AsksSomething(aside)
            && _triggers.Match(aside) is not { Starts: true }
            && await prompt.AnswerInBetweenAsync(dc, aside, asked: true, cancellationToken))
        {
            return DialogTurnResult.Waiting;
        }
        // Round AE (route-ae): a message that ends asking how to act ("i think i want to make a proper complaint not just feedback. who do i
        // even complain to") asks for the complaints process wherever a choice or yes/no is open, as it does outside the dialog
        // (FeedbackTriggers reads it so): the story or wish before it is why they ask, not more of the message. It is answered, and the
        // open question follows. Where the message itself is asked for, any words may be it, so it is read as before.
        if (!request && field is not { Type: "text" } && Intent.SpeechAct.EndsAskingHowToAct(text)
            && await prompt.AnswerInBetweenAsync(dc, text, asked: true, cancellationToken))
        {
            return DialogTurnResult.Waiting;
        }
        // More of the message where "Shall I send this as your feedback?" is asked ("she helped me sort my ID when i
        // had no clue how"): a sentence that tells, or a question that is feedback all the same, joins the message.
        if (at == AtOffer && words >= MinStatementWords && !prompt.Understands(dc, text) && (!asks || ToldAsFeedback(text, trigger, asks)))
        {
            return await AddToOfferedAsync(dc, instance, text, cancellationToken);
        }
        if (canKeep && !asks && (trigger is { Starts: true } || words >= MinStatementWords))
        {
            return await KeepAsMessageAsync(dc, prompt, instance, trigger?.Message ?? text, cancellationToken);
        }
        // "can it be on saturdays sometimes", "..., can we have online ones" while the message is still owed: whether someone else
        // could do something is how a change is proposed as often as how a question is asked. Only a sure answer is given to it;
        // without one it is the message the person came to give, not a question for "Sorry, I don't know that one".
        var mayPropose = canKeep && asks && QuestionShape.AsksWhetherOthersCould(text);
        // After a problem told in its own words ("young people placed out of borough cant get to sessions, could we have online
        // ones") the proposal answers it: that is feedback whatever the guides might say about the question alone. So is one whose
        // subject points back at what the feedback was said to be about ("could it stay open later"): searched alone it has no subject.
        if (mayPropose && (ToldBeforeAsking(text, asks) is not null || QuestionShape.AsksWhetherWhatWasNamedCould(text)))
        {
            return await KeepAsMessageAsync(dc, prompt, instance, trigger?.Message ?? text, cancellationToken);
        }
        // Before the open question reads the reply: "does croydon have a housing panel?" names "housing", one of
        // the topics, but asks something.
        if (field is not null && !ToldAsFeedback(text, trigger, asks)
            // Where free text is asked for, only a clause that opens as a question counts: "stop moving care
            // leavers out of croydon when there are flats here" tells.
            && (asks || (field.Type != "text" && looksLikeQuestion))
            // A plain question where a choice is asked cannot be the answer, so it is answered whatever the
            // knowledge base's confidence; where any words are the answer (the message), only a sure answer is given.
            // So is one flagged as an aside ("btw whats the care leaver council tax thing"), wherever it is said.
            && await prompt.AnswerInBetweenAsync(dc, asksAside ? AsideQuestion.Rest(text) : text, asked: asks && (field.Type != "text" || AsideQuestion.Opens(text)) && !mayPropose, cancellationToken))
        {
            return DialogTurnResult.Waiting;
        }
        if (canKeep && (trigger is { Starts: true } || mayPropose))
        {
            return await KeepAsMessageAsync(dc, prompt, instance, trigger?.Message ?? text, cancellationToken);
        }
        // More of the message at a choice or yes/no question, once there is a message ("the youth club should open on
        // sundays" where the topic is asked again): it joins the message, as where the message was offered, and the
        // same question follows, rather than "Sorry, I didn't catch that" and the words lost.
        if (field is { Type: "choice" or "confirm" } && instance.Values.GetValueOrDefault("message") is { Length: > 0 } message
            && words >= MinStatementWords && !asks && !looksLikeQuestion && !prompt.Understands(dc, text)
            // A way of stopping the model vetoed ("hmm actually changed my mind i will ring them") is asked about again,
            // not added to the message.
            && !_changeOfMind.Mentions(text)
            && message.Length + text.Length + 2 <= (Field("message").MaxLength ?? int.MaxValue))
        {
            instance.Values["message"] = message + "\n\n" + text;
            await prompt.ResumeAsync(dc, _data.AddedToMessage, cancellationToken);
            return DialogTurnResult.Waiting;
        }
        return null;
    }

    /// <summary>
    /// Round AG (route-ag): the whole message that stops the feedback and asks ("tbh forget it i dont wanna get my PA in trouble. can u just
    /// tell me how often theyre supposed to see me"), when it says a sentence of its own before the question (at least
    /// <see cref="MinSaidBeforeWords"/> words: more than a way of stopping). Null when only a way of stopping comes first ("ok cancel that.
    /// did ofsted say anything about them": its "them" is still the feedback's subject) or the question does not end the message.
    /// </summary>
    private static string? SaidBefore(string text, string question)
    {
        var trimmed = text.Trim();
        var asked = question.Trim();
        if (asked.Length == 0 || trimmed.Length <= asked.Length || !trimmed.EndsWith(asked, StringComparison.Ordinal))
        {
            return null;
        }
        return trimmed[..^asked.Length].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinSaidBeforeWords ? trimmed : null;
    }

    /// <summary>Words before the question that say more than a way of stopping ("nah forget it", "ok cancel that for now").</summary>
    private const int MinSaidBeforeWords = 6;

    /// <summary>"if you could", "if u can", "if someone would": the "if" of a polite request to act, not a condition on what was answered.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\bif\s+(?:(?:you|u|ya|someone|somebody)\s+(?:could|can|would|wouldnt|dont\s+mind|please|pls)|(?:they|the\s+council)\s+could)\b")]
    private static partial System.Text.RegularExpressions.Regex PoliteRequest();

    /// <summary>
    /// True when what started the feedback says it is a suggestion or an idea ("I want to suggest something to the council",
    /// "suggestion for the council about care leaver events"): then "could ..." at a later question proposes, not asks.
    /// </summary>
    private static bool Suggests(string? opening) =>
        opening is not null && SuggestionWords().IsMatch(PlainWords.Of(opening));

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(suggest\w*|ideas?|recommend\w*|pitch|propos\w*)\b")]
    private static partial System.Text.RegularExpressions.Regex SuggestionWords();

    /// <summary>
    /// True when a reply that holds a question is feedback all the same. What comes before the question decides
    /// when there is enough of it ("my PA never visits, why is that allowed?" tells; "quick q before i do, how
    /// long can i have a PA" does not); otherwise the feedback intent's reading of the whole.
    /// </summary>
    private bool ToldAsFeedback(string text, FeedbackTrigger? trigger, bool asks)
    {
        var before = ToldBeforeAsking(text, asks);
        return before is not null ? _triggers!.Match(before) is { Starts: true } : trigger is { Starts: true };
    }

    /// <summary>
    /// What a reply tells before its question, when that is enough to read on its own (<see cref="MinToldWords"/> words besides
    /// those that only break in: "oh wait hang on is it part of the offer" tells nothing); otherwise null.
    /// </summary>
    private static string? ToldBeforeAsking(string text, bool asks)
    {
        var question = asks ? QuestionShape.QuestionPart(text) : text;
        var before = text.Length > question.Length && text.EndsWith(question, StringComparison.Ordinal) ? text[..^question.Length] : "";
        return PlainWords.WordsOf(before).Count(w => !QuestionShape.IsLeadIn(w)) >= MinToldWords
            ? before.Trim()
            : null;
    }

    /// <summary>Words before a question that are enough to read on their own as telling or not.</summary>
    private const int MinToldWords = 4;

    /// <summary>
    /// Keeps an answer given early and the answers it depends on ("me@example.com" means a reply by email is
    /// wanted). When that answers the open question too, the next question follows; otherwise the open question is
    /// asked again. The contact itself is still asked for when its turn comes, if it was not the answer given.
    /// </summary>
    private async Task<DialogTurnResult> KeepEarlyAsync(DialogContext dc, Prompt prompt, DialogInstance instance, string at, (FeedbackField Field, string Value) early, CancellationToken cancellationToken)
    {
        var (field, value) = early;
        var kept = new List<(FeedbackField Field, string Value)> { (field, value) };
        for (var needs = EarlyAnswers.Prerequisite(field); needs is { } n && instance.Values.GetValueOrDefault(n.Field) != n.Value && _data.Fields.FirstOrDefault(f => f.Id == n.Field) is { } before; needs = EarlyAnswers.Prerequisite(before))
        {
            kept.Insert(0, (before, n.Value));
        }
        foreach (var (f, v) in kept)
        {
            instance.Values[f.Id] = v;
            instance.Values[History] = string.Join(',', HistoryOf(instance.Values).Where(h => h != f.Id).Append(f.Id));
        }
        var noted = string.Join(", ", kept.Where(k => k.Field.Id != at).Select(k => k.Field.Label + ": " + Display(k.Field, k.Value)));
        var preface = Placeholders.Fill(_data.KeptEarly, new Dictionary<string, string> { ["answer"] = noted });
        // "Shall I send this as your feedback?" is answered too by "dont need a reply, just send it".
        var sendsOffer = at == AtOffer && _sendWords.AsksToSend(dc.Context.Activity.Text ?? "");
        if (!instance.Values.ContainsKey(at) && !sendsOffer)
        {
            await prompt.ResumeAsync(dc, preface, cancellationToken);
            return DialogTurnResult.Waiting;
        }
        // The open question was answered on the way ("email" to "would you like a reply?"): on to the next one.
        await SendAsync(dc, preface, null, cancellationToken);
        dc.PopAbove(instance);
        return await RunStepAsync(dc, IndexOf("ask"), null, cancellationToken);
    }

    /// <summary>
    /// "yep send it" before every question is answered: not a way of stopping, and not an answer; the open
    /// question is asked again with a word on why. Null when the reply is something else, or the open question
    /// takes it ("yep" is a yes) or is itself about sending. Where the question is whether to send what they wrote
    /// ("Shall I send this as your feedback?"), "send it" is a yes.
    /// </summary>
    private async Task<DialogTurnResult?> NotYetAsync(DialogContext dc, string at, CancellationToken cancellationToken)
    {
        var text = dc.Context.Activity.Text ?? "";
        if (at is AtSummary or AtChange or AtRetry || !_sendWords.IsSend(text) || dc.Dialogs.Find(dc.ActiveDialog?.Id ?? "") is not Prompt prompt
            || prompt is not TextPrompt && prompt.Understands(dc, text))
        {
            return null;
        }
        if (at == AtOffer)
        {
            return await dc.EndDialogAsync(true, cancellationToken);
        }
        await prompt.ResumeAsync(dc, _data.NotYet, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    /// <summary>
    /// What the feedback is about so far, in the person's words: what started it, the topic and the message,
    /// without the words that only say it is feedback ("complain", "suggestion").
    /// </summary>
    private string? About(IReadOnlyDictionary<string, string> values)
    {
        // Redacted before it is made plain words: the prompt keeps this in the saved conversation state, and once
        // lower-cased and stripped of punctuation a name or an email no longer looks like one to the state's redaction.
        // "i want to feed back about the out of hours team", then a long story of a night's wait: "is that something ofsted
        // picked up on?" points at the thing named after "about", which the story's own words (the night, the call, the
        // foster son) would outweigh in a search. A named subject is what the dialog is about; without one, all that was said.
        if (NamedSubject(values.GetValueOrDefault(Subject)) is { } named)
        {
            return named;
        }
        var topic = values.GetValueOrDefault("topic") is { } t ? Field("topic").Choices.FirstOrDefault(c => c.Value == t)?.Title : null;
        var said = string.Join(' ', new[] { values.GetValueOrDefault(Subject), topic, values.GetValueOrDefault("message") }.Where(p => !string.IsNullOrWhiteSpace(p)));
        return SubjectWords(said);
    }

    private string? SubjectWords(string said)
    {
        var words = PlainWords.Of(_redactor.Redact(said)).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !_notTheSubject.Contains(w)).ToList();
        return words.Count == 0 ? null : string.Join(' ', words);
    }

    /// <summary>
    /// The thing a feedback's opening names after "about", "on" or "regarding", up to the end of its clause and at most
    /// <see cref="MaxNamedSubjectWords"/> words ("... feed back about the out of hours team"): null when the opening names
    /// none, or when what follows is longer than naming a thing (a story told in the opening is read whole, as before).
    /// </summary>
    private string? NamedSubject(string? opening)
    {
        if (string.IsNullOrWhiteSpace(opening))
        {
            return null;
        }
        var clause = opening.Split(ClauseMarks, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        var words = PlainWords.WordsOf(clause);
        var lead = Array.FindLastIndex(words, w => w is "about" or "on" or "regarding" or "bout");
        var rest = words.Length - lead - 1;
        return lead >= 0 && rest is > 0 and <= MaxNamedSubjectWords ? SubjectWords(string.Join(' ', words[(lead + 1)..])) : null;
    }

    /// <summary>More words than this after "about" tell a story rather than name a thing.</summary>
    private const int MaxNamedSubjectWords = 6;

    private async Task<DialogTurnResult> KeepAsMessageAsync(DialogContext dc, Prompt prompt, DialogInstance instance, string message, CancellationToken cancellationToken)
    {
        instance.Values["message"] = message;
        instance.Values[History] = string.Join(',', HistoryOf(instance.Values).Append("message"));
        await prompt.ResumeAsync(dc, _data.KeptAsMessage, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    /// <summary>Fewer words than this are an attempt at the answer ("yes", "housing"), not something in between.</summary>
    private const int MinInBetweenWords = 5;

    /// <summary>A plain question this long at a choice question is a question, even if it names a choice.</summary>
    private const int MinQuestionWords = 3;

    /// <summary>A statement this long at a choice question is feedback, not a clumsy way of choosing.</summary>
    private const int MinStatementWords = 7;

    private async Task<DialogTurnResult> CancelAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        // Stopping ends the feedback: the reply is an ordinary one, not part of the feedback conversation.
        dc.Context.Record.Kind = ReplyKinds.SmallTalk;
        await dc.Context.SendActivityAsync(_replies.Message(_data.Cancelled, ReplyKinds.SmallTalk, _data.CancelledSuggestions), cancellationToken);
        return await StopAsync(dc, cancellationToken);
    }

    /// <summary>
    /// True once after the safety step gave the crisis reply while this dialog was open: that message never reached
    /// the dialog, so it is not part of the feedback, and the person is told so rather than left to think it was
    /// kept. Read from the conversation's flag, which is set by the crisis reply and never cleared; a conversation
    /// flagged before the feedback began is not told anything (the dialog notes the flag when it begins).
    /// </summary>
    private static bool CrisisSinceLastTurn(DialogContext dc, DialogInstance instance)
    {
        if (!dc.Context.State.SafeguardingFlagged || instance.Values.GetValueOrDefault(Flagged) != No)
        {
            return false;
        }
        instance.Values[Flagged] = Yes;
        return true;
    }

    /// <summary>
    /// Ends the feedback, keeping its answers until the next message: "wait no, I do want to send it" then brings
    /// them back (<see cref="FeedbackResume"/>) instead of starting from nothing.
    /// </summary>
    private static Task<DialogTurnResult> StopAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.Stack.FirstOrDefault(i => i.Id == DialogId) is { } root)
        {
            dc.Context.State.StoppedDialog = new DialogInstance { Id = DialogId, Values = new Dictionary<string, string>(root.Values) };
        }
        return dc.CancelAllDialogsAsync(cancellationToken);
    }

    /// <summary>
    /// The open question's answer, or a later one's, read before any reading of stopping or of a question: the open
    /// question's own way of being said ("dont need a reply" to "would you like a reply?"), or a later question's
    /// answer given early (<see cref="EarlyAnswers.Find"/>). A short reply the open question does not understand may hold an
    /// early answer anywhere; one that opens with it ("no need to reply just pass it on to her manager") may be longer,
    /// and then a yes or no it opens with is about the reply, not the open question. Null when it is neither.
    /// </summary>
    private async Task<DialogTurnResult?> AnswersAStepAsync(DialogContext dc, DialogInstance instance, string at, string said, CancellationToken cancellationToken)
    {
        // "ok cool. im happy for them to contact me" opens where it starts saying something.
        var text = _sendWords.WithoutLeadingAgreement(said);
        var field = _data.Fields.FirstOrDefault(f => f.Id == at);
        if (dc.Dialogs.Find(dc.ActiveDialog?.Id ?? "") is not Prompt prompt || !(at == AtOffer || field is { Type: "choice" or "confirm" }))
        {
            return null;
        }
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (field?.Early.FirstOrDefault(e => _early.Said(text, e.Pattern)) is { } own)
        {
            return await dc.EndDialogAsync(own.Value, cancellationToken);
        }
        if (_early.Find(instance.Values, at, text) is not { } early)
        {
            return null;
        }
        // A contact found inside the reply was already bounded by where it stands (a request to be reached may be longer).
        var maxWords = early.Field is { Type: "text", Pattern: not null } ? EarlyAnswers.MaxOpeningWords : EarlyAnswers.MaxWords;
        // "ok so back to it, i dont need a reply": an answer opening the clause after a short lead is read as one opening the reply,
        // unless the whole reads as feedback.
        var opens = early.Field.Early.Any(e => _early.Opens(text, e.Pattern));
        var opensAfterALead = !opens && early.Field.Early.Any(e => _early.OpensAfterALead(text, e.Pattern));
        if (opens ? words <= EarlyAnswers.MaxOpeningWords
            : (opensAfterALead ? words <= EarlyAnswers.MaxOpeningWords : words <= maxWords && !UnderstoodBeyondItsFirstWord(dc, prompt, text))
                && _triggers?.Match(text) is not { Starts: true })
        {
            return await KeepEarlyAsync(dc, prompt, instance, at, early, cancellationToken);
        }
        return null;
    }

    /// <summary>
    /// True when the open question takes the reply as its answer for more than an acknowledgement it opens with. "ok and reply
    /// by email: ..." or "ok back to it, no reply needed" after a question answered in between reads as a yes to "Are you a young
    /// ambassador?" by its first word alone; that "ok" acknowledges, and what follows is the answer to a later question. "yes",
    /// "no thanks" or "yeah i am" are still the open question's own answer when nothing later is found in them.
    /// </summary>
    private bool UnderstoodBeyondItsFirstWord(DialogContext dc, Prompt prompt, string text)
    {
        if (!prompt.Understands(dc, text))
        {
            return false;
        }
        var words = PlainWords.WordsOf(text);
        return words.Length < 2 || !_fillers.Contains(words[0]) || prompt.Understands(dc, string.Join(' ', words[1..]));
    }

    /// <summary>
    /// More of the message where the offered message is asked about: both go as the message (or the new part alone
    /// if together they are too long), taken as a yes, and the next question follows.
    /// </summary>
    private async Task<DialogTurnResult> AddToOfferedAsync(DialogContext dc, DialogInstance instance, string text, CancellationToken cancellationToken)
    {
        var joined = (instance.Values.GetValueOrDefault("message") is { Length: > 0 } offered ? offered + "\n\n" : "") + text;
        instance.Values["message"] = joined.Length <= (Field("message").MaxLength ?? int.MaxValue) ? joined : text;
        dc.PopAbove(instance);
        await SendAsync(dc, _data.AddedToMessage, null, cancellationToken);
        return await RunStepAsync(dc, IndexOf("ask"), null, cancellationToken);
    }

    /// <summary>The answers that apply, as the submitter needs them.</summary>
    private FeedbackAnswers Answers(IReadOnlyDictionary<string, string> values)
    {
        string? Value(string id) => _data.Fields.FirstOrDefault(f => f.Id == id) is { } f && f.Applies(values) && values.TryGetValue(id, out var v) && v.Length > 0 ? v : null;
        var wantsReply = Value("wantsReply") == Yes;
        var method = wantsReply ? Value("contactMethod") : null;
        var contact = method is null ? null : Value("contactEmail") ?? Value("contactPhone") ?? Value("contactAdviser");
        return new FeedbackAnswers(
            Value("topic") ?? "something-else",
            Value("message") ?? "",
            Value("ambassador") == Yes,
            wantsReply,
            method,
            contact,
            Value("consent") == Yes);
    }

    private string Display(FeedbackField field, string value) => field.Type switch
    {
        "choice" => field.Choices.FirstOrDefault(c => c.Value == value)?.Title ?? value,
        "confirm" => value == Yes ? _data.Summary.Yes : _data.Summary.No,
        _ when value.Length == 0 => _data.Summary.Skipped,
        _ when field.Id == "message" => "\"" + value + "\"",
        _ => value,
    };

    private PromptOptions PromptFor(string text, string? retry, IReadOnlyDictionary<string, string> values) => new()
    {
        About = About(values),
        Prompt = text,
        RetryPrompt = retry,
        Kind = ReplyKinds.Feedback,
        Stuck = _data.Stuck,
        StuckButton = _data.StuckButton,
        Resume = _data.Resume,
    };

    private FeedbackField Field(string id) => _data.Fields.First(f => f.Id == id);

    private static List<string> HistoryOf(IReadOnlyDictionary<string, string> values) =>
        values.TryGetValue(History, out var h) && h.Length > 0 ? [.. h.Split(',')] : [];

    private async Task SendAsync(DialogContext dc, string text, IEnumerable<string>? suggestions, CancellationToken cancellationToken)
    {
        dc.Context.Record.Kind = ReplyKinds.Feedback;
        dc.Context.Record.Topic = DialogId;
        await dc.Context.SendActivityAsync(_replies.Message(text, ReplyKinds.Feedback, suggestions), cancellationToken);
    }
}
