using CroydonBot.Bot;

namespace CroydonBot.Dialogs;

/// <summary>
/// Answers a question asked in the middle of a dialog, so the dialog can then ask its own question again
/// instead of "Please answer yes or no".
/// </summary>
public interface IMidDialogQuestions
{
    /// <summary>Sends the answer and returns true, or sends nothing and returns false.</summary>
    Task<bool> TryAnswerAsync(ITurnContext turnContext, MidDialogQuestion question, CancellationToken cancellationToken);

    /// <summary>
    /// True when <paramref name="text"/> points back at something said before it ("and if they dont sort it", "who runs
    /// it"), as the conversation reads follow-ups: right after an answer, it asks on about that answer.
    /// </summary>
    bool PointsBack(string text) => false;

    /// <summary>
    /// Round AD (conv-ad): true when <paramref name="text"/> opens with a continuation and goes on as a question or a condition
    /// ("and if they ignore me after that what then"), as the conversation reads follow-ups: right after an answer, it asks on.
    /// </summary>
    bool AsksOn(string text) => false;

    /// <summary>
    /// Round AG (route-ag): true when <paramref name="text"/> opens with a continuation and then "if" ("and if they just ignore that
    /// as well"): it supposes what happens next, so right after an answer it asks on about that answer and tells nothing of its own.
    /// </summary>
    bool PutsACondition(string text) => false;
}

/// <summary>A question put in the middle of a dialog, and what the dialog knows that may help answer it.</summary>
/// <param name="Text">The question as asked.</param>
public sealed record MidDialogQuestion(string Text)
{
    /// <summary>Said before the answer in the same message ("OK, nothing was sent.").</summary>
    public string? Preface { get; init; }

    /// <summary>
    /// What the dialog is about so far in the person's own words (the feedback's subject and message): a
    /// question that leans on it ("did ofsted say anything about that?") is read against it, as a follow-up is
    /// read against the conversation.
    /// </summary>
    public string? About { get; init; }

    /// <summary>
    /// True when the reply is plainly a question and cannot be the answer to the open question: it gets the
    /// knowledge base's reply (the best answer with its source, or an honest "I don't know"), never silence.
    /// False: answered only when the knowledge base is sure, otherwise the dialog reads the reply as usual.
    /// </summary>
    public bool Asked { get; init; }

    /// <summary>
    /// Round AG (route-ag): the whole message the question came in, when the person stopped the dialog in it and said a sentence of
    /// their own first ("tbh forget it i dont wanna get my PA in trouble. can u just tell me how often theyre supposed to see me"). The
    /// dialog is dropped, so a question that leans on context is read against what the message names, when a section is found surely
    /// for it; otherwise against the dialog's subject as before.
    /// </summary>
    public string? SaidWith { get; init; }
}
