using System.Globalization;
using CroydonBot.Replies;
using CroydonBot.Text;

namespace CroydonBot.Dialogs.Prompts;

/// <summary>
/// Asks for free text, with a length limit and an optional pattern. An answer over the limit is refused with
/// a note saying how long it was, never cut silently.
/// </summary>
public sealed class TextPrompt(string id, ReplyFactory replies, IMidDialogQuestions? questions = null) : Prompt(id, replies, questions)
{
    protected override PromptRecognition Recognise(string text, PromptOptions options)
    {
        var normalised = PlainWords.Of(text);
        if (options.SkipWords.Any(w => PlainWords.Of(w) == normalised))
        {
            return PromptRecognition.Accept("");
        }
        if (text.Length == 0)
        {
            return PromptRecognition.Reject();
        }
        if (options.MaxLength is { } max && text.Length > max)
        {
            var note = Placeholders.Fill(options.TooLong ?? "That is {length} characters; the limit is {max}.", new Dictionary<string, string>
            {
                ["length"] = text.Length.ToString("N0", CultureInfo.InvariantCulture),
                ["max"] = max.ToString("N0", CultureInfo.InvariantCulture),
            });
            return PromptRecognition.Reject(note);
        }
        if (options.Pattern is { } pattern && !BoundedRegex.IsMatch(text, pattern))
        {
            return PromptRecognition.Reject(options.PatternMismatch);
        }
        return PromptRecognition.Accept(text);
    }
}
