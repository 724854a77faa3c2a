using CroydonBot.Replies;
using CroydonBot.Text;

namespace CroydonBot.Dialogs.Prompts;

/// <summary>
/// Asks a yes/no question and returns a bool. Accepts the whole answer as one of the yes or no phrases,
/// or a first word that is ("yeah go on", "nah not really").
/// </summary>
public sealed class ConfirmPrompt(string id, ReplyFactory replies, ConfirmWords words, IMidDialogQuestions? questions = null) : Prompt(id, replies, questions)
{
    private readonly HashSet<string> _yes = [.. words.Yes.Append(words.YesTitle).Select(PlainWords.Of)];
    private readonly HashSet<string> _no = [.. words.No.Append(words.NoTitle).Select(PlainWords.Of)];

    protected override PromptRecognition Recognise(string text, PromptOptions options) =>
        Recognise(text) is { } answer ? PromptRecognition.Accept(answer) : PromptRecognition.Reject();

    /// <summary>True for yes, false for no, null when the answer is neither.</summary>
    public bool? Recognise(string text)
    {
        var said = PlainWords.Of(text);
        if (_yes.Contains(said))
        {
            return true;
        }
        if (_no.Contains(said))
        {
            return false;
        }
        var first = said.Split(' ')[0];
        var yes = _yes.Contains(first);
        var no = _no.Contains(first);
        return yes == no ? null : yes;
    }

    /// <summary>The values a yes and a no button send.</summary>
    public const string YesValue = "yes";
    public const string NoValue = "no";

    protected override IEnumerable<string> Buttons(PromptOptions options) =>
        new[] { words.YesTitle, words.NoTitle }.Concat(options.Suggestions);

    protected override IEnumerable<PromptChoice> ChoicesOf(PromptOptions options) =>
        [new PromptChoice(YesValue, words.YesTitle), new PromptChoice(NoValue, words.NoTitle)];

    protected override PromptRecognition FromValue(string value, PromptOptions options) => value switch
    {
        YesValue => PromptRecognition.Accept(true),
        NoValue => PromptRecognition.Accept(false),
        _ => PromptRecognition.Reject(),
    };
}
