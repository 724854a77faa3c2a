using System.Text.Json;
using CroydonBot.Protocol;
using CroydonBot.Replies;
using CroydonBot.Text;

namespace CroydonBot.Dialogs.Prompts;

/// <summary>
/// Asks one question and validates the answer, as Bot Builder's Prompt: an answer it cannot use gets a
/// re-prompt saying why, and after <see cref="PromptOptions.MaxRetries"/> tries the user is offered a way out.
/// </summary>
public abstract class Prompt(string id, ReplyFactory replies, IMidDialogQuestions? questions = null) : Dialog(id)
{
    /// <summary>A reply this short is an attempt at an answer, not a question of its own.</summary>
    private const int QuestionMinWords = 3;

    private const string OptionsKey = "options";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected ReplyFactory Replies => replies;

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var prompt = options as PromptOptions ?? throw new ArgumentException("A prompt needs PromptOptions.", nameof(options));
        dc.ActiveDialog!.Values[OptionsKey] = JsonSerializer.Serialize(prompt, Json);
        dc.ActiveDialog.Retries = 0;
        await SendAsync(dc, prompt, prompt.Prompt, stuck: false, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var options = OptionsOf(dc);
        if (Pressed(dc, options) is { } chosen)
        {
            return await dc.EndDialogAsync(chosen, cancellationToken);
        }
        var recognition = Recognise((dc.Context.Activity.Text ?? "").Trim(), options);
        if (recognition.Succeeded)
        {
            return await dc.EndDialogAsync(recognition.Value, cancellationToken);
        }
        var text = (dc.Context.Activity.Text ?? "").Trim();
        // Only a reply that reads as a question is tried as one: "yeah put my name on it" at a choice is a clumsy
        // answer to re-ask, not a search that answers something else. One plainly asked gets an answer whatever
        // the knowledge base's confidence ("I don't know" is an answer too); one that only looks like a question
        // is answered only when the knowledge base is sure.
        if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= QuestionMinWords
            && (QuestionShape.AsksSomething(text) || QuestionShape.LooksLikeQuestion(text))
            && await AnswerInBetweenAsync(dc, text, asked: QuestionShape.AsksSomething(text), cancellationToken))
        {
            return DialogTurnResult.Waiting;
        }
        var instance = dc.ActiveDialog!;
        instance.Retries++;
        var retry = recognition.Problem is null
            ? options.RetryPrompt ?? options.Prompt
            : recognition.Problem + "\n\n" + (options.RetryPrompt ?? options.Prompt);
        await SendAsync(dc, options, retry, instance.Retries >= options.MaxRetries, cancellationToken, retrying: true);
        return DialogTurnResult.Waiting;
    }

    /// <summary>
    /// Answers a question put instead of an answer, then asks this question again (not counted as a retry).
    /// The first question in between is read against what the dialog is about (<see cref="PromptOptions.About"/>);
    /// a second one may follow up the first one's answer, which the conversation remembers. Only the question is
    /// searched for: "oh quick question, did ofsted rate it good?" searches "did ofsted rate it good?".
    /// False, and nothing said, when there was no answer to give.
    /// </summary>
    public async Task<bool> AnswerInBetweenAsync(DialogContext dc, string text, bool asked, CancellationToken cancellationToken)
    {
        if (questions is null)
        {
            return false;
        }
        var instance = dc.ActiveDialog!;
        var about = instance.Values.ContainsKey(AnsweredKey) ? null : OptionsOf(dc).About;
        var question = new MidDialogQuestion(QuestionShape.QuestionPart(text)) { About = about, Asked = asked };
        if (!await questions.TryAnswerAsync(dc.Context, question, cancellationToken))
        {
            return false;
        }
        instance.Values[AnsweredKey] = "1";
        instance.Values[AnsweredLastTurnKey] = "1";
        await ResumeAsync(dc, null, cancellationToken);
        return true;
    }

    /// <summary>
    /// Round AC (ctx-ac): true when the turn before this one answered a question in between: the message now may carry on
    /// from that answer ("and if they dont sort it") or come back to the question asked again ("ok cool, i still wanna send
    /// it"). Read once per turn: the mark is taken off as it is read, so it says only "the message right after the answer".
    /// </summary>
    public bool TakeAnsweredLastTurn(DialogContext dc) => dc.ActiveDialog?.Values.Remove(AnsweredLastTurnKey) == true;

    /// <summary>Set on the prompt's instance once a question was answered in between.</summary>
    private const string AnsweredKey = "answered";

    /// <summary>Set when a question was answered in between, taken off at the next turn (<see cref="TakeAnsweredLastTurn"/>).</summary>
    private const string AnsweredLastTurnKey = "answeredLastTurn";

    /// <summary>True when <paramref name="text"/> is an answer this prompt can use, as it stands open in <paramref name="dc"/>.</summary>
    public bool Understands(DialogContext dc, string text) => Recognise(text.Trim(), OptionsOf(dc)).Succeeded;

    public override bool TakesAsAnswer(DialogContext dc) => Pressed(dc, OptionsOf(dc)) is not null;

    /// <summary>
    /// The answer a card's choice button sent (its value, <see cref="SubmittedChoice"/>), when it is one of this
    /// question's answers; null for typed text, another button, or a button from an earlier question's card.
    /// </summary>
    private object? Pressed(DialogContext dc, PromptOptions options) =>
        SubmittedChoice.In(dc.Context.Activity) is { } value && FromValue(value, options) is { Succeeded: true } chosen ? chosen.Value : null;

    public override Task RepromptDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var options = OptionsOf(dc);
        return SendAsync(dc, options, options.Prompt, stuck: false, cancellationToken);
    }

    /// <summary>
    /// Asks the same question again after something else was said in between (a question answered, an answer
    /// kept elsewhere), with <paramref name="preface"/> or the options' resume words before it; not a retry.
    /// </summary>
    public Task ResumeAsync(DialogContext dc, string? preface, CancellationToken cancellationToken)
    {
        var options = OptionsOf(dc);
        var before = preface ?? options.Resume;
        return SendAsync(dc, options, before is null ? options.Prompt : before + " " + options.Prompt, stuck: false, cancellationToken);
    }

    /// <summary>Turns the user's answer into a value, or says why it cannot.</summary>
    protected abstract PromptRecognition Recognise(string text, PromptOptions options);

    /// <summary>The buttons under the question, as titles (suggested actions send their title as text).</summary>
    protected virtual IEnumerable<string> Buttons(PromptOptions options) => options.Suggestions;

    /// <summary>The answers a card shows as buttons that send their value; none for a free-text question.</summary>
    protected virtual IEnumerable<PromptChoice> ChoicesOf(PromptOptions options) => [];

    /// <summary>The answer a choice's value stands for, as <see cref="Recognise"/> would give it.</summary>
    protected virtual PromptRecognition FromValue(string value, PromptOptions options) => PromptRecognition.Reject();

    /// <summary>The question as sent; a choice prompt adds its numbered list.</summary>
    protected virtual string Decorate(string text, PromptOptions options) => text;

    private async Task SendAsync(DialogContext dc, PromptOptions options, string text, bool stuck, CancellationToken cancellationToken, bool retrying = false)
    {
        var buttons = Buttons(options).ToList();
        var others = options.Suggestions.ToList();
        if (stuck && options.Stuck is not null)
        {
            text += "\n\n" + options.Stuck;
            if (options.StuckButton is not null)
            {
                buttons.Add(options.StuckButton);
                others.Add(options.StuckButton);
            }
        }
        // A retry says only what went wrong and the question; the facts (a summary) come with every other asking.
        var facts = retrying ? [] : options.Facts;
        dc.Context.Record.Kind ??= options.Kind;
        var activity = replies.Message(WithFacts(Decorate(text, options), facts, options.Intro), options.Kind, buttons);
        // What the question is made of, for channels that show it as a card (Cards/PromptCard).
        activity.Content = new PromptReply(replies.Fill(text), [.. ChoicesOf(options)], others)
        {
            Intro = facts.Count > 0 && options.Intro is { } intro ? replies.Fill(intro) : null,
            Facts = facts,
        };
        // The bot is waiting for an answer, as Bot Builder's prompts say.
        activity.InputHint = InputHints.ExpectingInput;
        await dc.Context.SendActivityAsync(activity, cancellationToken);
    }

    /// <summary>A summary's intro and facts, as a list, before the question.</summary>
    private static string WithFacts(string text, IReadOnlyList<PromptFact> facts, string? intro)
    {
        if (facts.Count == 0)
        {
            return text;
        }
        var list = new System.Text.StringBuilder();
        if (intro is not null)
        {
            list.Append(intro).Append("\n\n");
        }
        foreach (var fact in facts)
        {
            list.Append("- ").Append(fact.Label).Append(": ").Append(fact.Value).Append('\n');
        }
        return list.Append('\n').Append(text).ToString();
    }

    private static PromptOptions OptionsOf(DialogContext dc) =>
        dc.ActiveDialog!.Values.TryGetValue(OptionsKey, out var json)
            ? JsonSerializer.Deserialize<PromptOptions>(json, Json) ?? new PromptOptions()
            : new PromptOptions();
}
