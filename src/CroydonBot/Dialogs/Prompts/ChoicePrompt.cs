using System.Globalization;
using System.Text;
using CroydonBot.Replies;
using CroydonBot.Text;

namespace CroydonBot.Dialogs.Prompts;

/// <summary>
/// Asks the user to pick one of a list, by button, by number ("2"), by title or by a synonym, and returns
/// the choice's value. Teams shows only three suggested actions, so longer lists are also numbered in the text.
/// </summary>
public sealed class ChoicePrompt(string id, ReplyFactory replies, IMidDialogQuestions? questions = null) : Prompt(id, replies, questions)
{
    private const int ButtonsTeamsShows = 3;

    protected override PromptRecognition Recognise(string text, PromptOptions options)
    {
        var choice = Match(text, options.Choices);
        return choice is null ? PromptRecognition.Reject() : PromptRecognition.Accept(choice.Value);
    }

    /// <summary>The choice the text names, or null when it names none or more than one.</summary>
    public static Choice? Match(string text, IReadOnlyList<Choice> choices)
    {
        var said = PlainWords.Of(text);
        if (said.Length == 0)
        {
            return null;
        }
        if (int.TryParse(said, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number >= 1 && number <= choices.Count ? choices[number - 1] : null;
        }
        var exact = choices.FirstOrDefault(c => Names(c).Contains(said));
        if (exact is not null)
        {
            return exact;
        }
        // "it's about housing really": one choice named inside the answer is clear enough; two is not.
        var padded = " " + said + " ";
        var inside = choices.Where(c => Names(c).Any(n => padded.Contains(" " + n + " ", StringComparison.Ordinal))).ToList();
        return inside.Count == 1 ? inside[0] : null;
    }

    protected override IEnumerable<string> Buttons(PromptOptions options) =>
        options.Choices.Select(c => c.Title).Concat(options.Suggestions);

    protected override IEnumerable<PromptChoice> ChoicesOf(PromptOptions options) =>
        options.Choices.Select(c => new PromptChoice(c.Value, c.Title));

    protected override PromptRecognition FromValue(string value, PromptOptions options) =>
        options.Choices.Any(c => c.Value == value) ? PromptRecognition.Accept(value) : PromptRecognition.Reject();

    protected override string Decorate(string text, PromptOptions options)
    {
        if (options.Choices.Count <= ButtonsTeamsShows)
        {
            return text;
        }
        var list = new StringBuilder(text).Append("\n\n");
        for (var i = 0; i < options.Choices.Count; i++)
        {
            list.Append(CultureInfo.InvariantCulture, $"{i + 1}. {options.Choices[i].Title}\n");
        }
        return list.ToString().TrimEnd();
    }

    private static HashSet<string> Names(Choice choice) =>
        [.. new[] { choice.Title, choice.Value }.Concat(choice.Synonyms).Select(PlainWords.Of).Where(n => n.Length > 0)];
}
