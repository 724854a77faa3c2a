using CroydonBot.Bot;

namespace CroydonBot.Dialogs;

/// <summary>
/// Answers a question asked in the middle of a dialog, when the answer is clear, so the dialog can then ask
/// its own question again instead of "Please answer yes or no".
/// </summary>
public interface IMidDialogQuestions
{
    /// <summary>Sends the answer and returns true, or sends nothing and returns false.</summary>
    Task<bool> TryAnswerAsync(ITurnContext turnContext, string text, string? preface, CancellationToken cancellationToken);
}
