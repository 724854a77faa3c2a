using System.Text.Json;
using CroydonBot.Protocol;
using CroydonBot.Replies;

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
        var recognition = Recognise((dc.Context.Activity.Text ?? "").Trim(), options);
        if (recognition.Succeeded)
        {
            return await dc.EndDialogAsync(recognition.Value, cancellationToken);
        }
        var text = (dc.Context.Activity.Text ?? "").Trim();
        // Only a reply that reads as a question is tried as one: "yeah put my name on it" at a choice is a clumsy
        // answer to re-ask, not a search that answers something else.
        if (questions is not null && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= QuestionMinWords
            && (Feedback.Intent.FeedbackIntentText.AsksSomething(text) || Feedback.Intent.FeedbackIntentText.LooksLikeQuestion(text))
            && await questions.TryAnswerAsync(dc.Context, text, null, cancellationToken))
        {
            // A question asked in between is answered; then the same question again, not counted as a retry.
            await ResumeAsync(dc, null, cancellationToken);
            return DialogTurnResult.Waiting;
        }
        var instance = dc.ActiveDialog!;
        instance.Retries++;
        var retry = recognition.Problem is null
            ? options.RetryPrompt ?? options.Prompt
            : recognition.Problem + "\n\n" + (options.RetryPrompt ?? options.Prompt);
        await SendAsync(dc, options, retry, instance.Retries >= options.MaxRetries, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    /// <summary>True when <paramref name="text"/> is an answer this prompt can use, as it stands open in <paramref name="dc"/>.</summary>
    public bool Understands(DialogContext dc, string text) => Recognise(text.Trim(), OptionsOf(dc)).Succeeded;

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

    /// <summary>The buttons under the question.</summary>
    protected virtual IEnumerable<string> Buttons(PromptOptions options) => options.Suggestions;

    /// <summary>The question as sent; a choice prompt adds its numbered list.</summary>
    protected virtual string Decorate(string text, PromptOptions options) => text;

    private async Task SendAsync(DialogContext dc, PromptOptions options, string text, bool stuck, CancellationToken cancellationToken)
    {
        var buttons = Buttons(options).ToList();
        if (stuck && options.Stuck is not null)
        {
            text += "\n\n" + options.Stuck;
            if (options.StuckButton is not null)
            {
                buttons.Add(options.StuckButton);
            }
        }
        dc.Context.Record.Kind ??= options.Kind;
        var activity = replies.Message(Decorate(text, options), options.Kind, buttons);
        // The bot is waiting for an answer, as Bot Builder's prompts say.
        activity.InputHint = InputHints.ExpectingInput;
        await dc.Context.SendActivityAsync(activity, cancellationToken);
    }

    private static PromptOptions OptionsOf(DialogContext dc) =>
        dc.ActiveDialog!.Values.TryGetValue(OptionsKey, out var json)
            ? JsonSerializer.Deserialize<PromptOptions>(json, Json) ?? new PromptOptions()
            : new PromptOptions();
}
