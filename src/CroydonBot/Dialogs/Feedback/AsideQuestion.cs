using System.Text.RegularExpressions;

namespace CroydonBot.Dialogs.Feedback;

/// <summary>
/// A reply that flags itself as an aside before asking: "btw ...", "quick q ...", "wait ...", "oh and one more thing ...",
/// "random question but ...". Where any words are the answer (the message), a question so flagged is not the message: the
/// person has said it is beside it, so it gets the knowledge base's answer (or its honest "I don't know"), and the dialog's
/// question is asked again.
/// </summary>
public static partial class AsideQuestion
{
    /// <summary>True when <paramref name="text"/> opens with words that set a question aside from the dialog.</summary>
    public static bool Opens(string text) => Lead().IsMatch(text.Trim().Replace('\u2019', '\''));

    [GeneratedRegex(@"^(?:(?:oh|ok|okay|hmm|um|erm|sorry|hang\s+on|hold\s+on)[\s,.]+)*(?:btw|by\s+the\s+way|quick\s+(?:q|qs|question|one)|random\s+(?:q|question)|off\s+topic|unrelated|wait|also|oh\s+and|one\s+more\s+thing|before\s+i\s+(?:forget|do|carry\s+on|finish))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex Lead();
}
