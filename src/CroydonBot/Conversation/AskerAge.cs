using System.Text.RegularExpressions;

namespace CroydonBot.Conversation;

/// <summary>
/// Round AG (ent-ag): the asker's own age in a follow-up ("n wat about if im 22", "wat about next year when im 19", "and at 20?",
/// "what if i turn 21"). The age is a condition on the conversation's subject, which the subject's section answers through the
/// ages it states ("21 or over", "16 to 18 on 31 August"); searched as a word, the same digits said of something else pull that
/// section instead ("until age 22" in the shared-room rule, after priority need for housing). So the conversation's reading
/// searches the follow-up without the age, and "when" in "when im 19" is the condition's, not a question about a date.
/// </summary>
public static partial class AskerAge
{
    /// <summary>The youngest and oldest age read as the asker's: the guides speak of 14 to 25, and a few years either side.</summary>
    private const int Youngest = 10;
    private const int Oldest = 30;

    // "im 22", "i'm 22", "i am 22", "i was 22", "ill be 19", "i'll be 19", "im gonna be 19", "i turn 21", "when i turn 21",
    // "at 20", "aged 19", "age 19", "im nearly 21", "if im like 22": the opening words the age follows, then the age itself.
    [GeneratedRegex(@"\b(?:(?:when|if|once|by|til+|until)\s+)?(?:i'?m|i\s+am|i\s+was|i'?ll\s+be|i\s+will\s+be|im\s+gonna\s+be|i'?m\s+going\s+to\s+be|i\s+turn|i\s+get\s+to|turning|at|aged?)\s+(?:(?:like|nearly|almost|about|around|only|already|just)\s+)?(?<age>\d{2})(?:\s*(?:yrs?|years?)(?:\s+old)?)?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgeClause();

    /// <summary>The age the asker gives for themselves in <paramref name="text"/>, or null when it gives none in the range.</summary>
    public static int? In(string text)
    {
        foreach (Match match in AgeClause().Matches(text))
        {
            if (int.TryParse(match.Groups["age"].Value, out var age) && age is >= Youngest and <= Oldest)
            {
                return age;
            }
        }
        return null;
    }

    /// <summary>
    /// <paramref name="text"/> with each clause giving the asker's age taken out, "when" or "if" before it with it: what is left is
    /// what the follow-up asks beside the condition ("n wat about" after "if im 22" is taken out). Unchanged when it gives no age.
    /// </summary>
    public static string Without(string text) =>
        AgeClause().Replace(text, m => int.TryParse(m.Groups["age"].Value, out var age) && age is >= Youngest and <= Oldest ? " " : m.Value);
}
