using System.Text.RegularExpressions;
using CroydonBot.Text;

namespace CroydonBot.Dialogs.Feedback;

/// <summary>
/// A reply that flags itself as an aside before asking: "btw ...", "quick q ...", "wait ...", "oh and one more thing ...",
/// "random question but ...". Where any words are the answer (the message), a question so flagged is not the message: the
/// person has said it is beside it, so it gets the knowledge base's answer (or its honest "I don't know"), and the dialog's
/// question is asked again.
/// </summary>
public static partial class AsideQuestion
{
    private static readonly char[] Joiners = [' ', ',', '.', '-', ':', ';'];

    /// <summary>True when <paramref name="text"/> opens with words that set a question aside from the dialog.</summary>
    public static bool Opens(string text) => Lead().IsMatch(Plain(text));

    /// <summary>
    /// What follows the aside's lead and any putting-off of the dialog after it: "wait b4 that what is the app for" is "what is
    /// the app for". Round X (dialog-x2): the words that put the dialog off ("b4 that", "first") hide the question from
    /// <see cref="Text.QuestionShape"/>, which reads only lead-in words before a question word. The whole text when no aside opens it.
    /// </summary>
    public static string Rest(string text)
    {
        var plain = Plain(text);
        var lead = Lead().Match(plain);
        if (!lead.Success)
        {
            return plain;
        }
        var rest = plain[lead.Length..].TrimStart(Joiners);
        var putOff = PutOff().Match(rest);
        return (putOff.Success ? rest[putOff.Length..] : rest).TrimStart(Joiners);
    }

    private static string Plain(string text) => text.Trim().Replace('\u2019', '\'');

    [GeneratedRegex(@"^(?:(?:oh|ok|okay|hmm|um|erm|sorry|hang\s+on|hold\s+on)[\s,.]+)*(?:btw|by\s+the\s+way|quick\s+(?:q|qs|question|one)|random\s+(?:q|question)|off\s+topic|unrelated|wait|also|oh\s+and|one\s+more\s+thing|before\s+i\s+(?:forget|do|carry\s+on|finish)|(?:before|b4|bfore)\s+(?:that|this|we\s+(?:start|carry\s+on|go\s+on)))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex Lead();

    /// <summary>Putting the dialog off after the lead: "wait b4 that ...", "hang on before i do ...", "quick q first ...".</summary>
    [GeneratedRegex(@"^(?:(?:before|b4|bfore)\s+(?:that|this|i\s+(?:do|forget|carry\s+on|finish|answer)|we\s+(?:start|carry\s+on|go\s+on))|first(?:\s+of\s+all)?|tho|though)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex PutOff();
}
