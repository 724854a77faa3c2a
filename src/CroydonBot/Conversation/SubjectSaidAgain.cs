using System.Text.RegularExpressions;

namespace CroydonBot.Conversation;

/// <summary>
/// Round AJ (conv-aj): a follow-up asking whether the last answer still holds under a condition, naming the conversation's own
/// subject where "that" would do ("does the PA thing still count if im not at college" after a PA after 21). Read as it is, its
/// "PA" and "count" found another section saying both ("the bursary does not count as income ... ask your personal adviser");
/// the subject said again is the thing just answered, so the message is read as "does that still count if ...", which the
/// conversation's machinery for conditions answers from the last section.
/// </summary>
public static partial class SubjectSaidAgain
{
    /// <summary>Words around a subject that name nothing of it ("the", "my", "thing").</summary>
    private static readonly HashSet<string> Around = new(StringComparer.Ordinal) { "the", "my", "thing", "stuff", "one", "whole" };

    /// <summary>
    /// The follow-up read as "does that still ... if ..." (its opening links, "ok and", left out: the message is long, and the
    /// reading of a condition is for short ones) and the words of the subject it names in place of "that", when it asks
    /// whether something still holds under a condition; null for any other message (most, which costs one pattern).
    /// </summary>
    public static (string Pointed, IReadOnlyList<string> Named)? Read(string question)
    {
        var match = StillHoldsIf().Match(Text.PlainWords.Of(question));
        if (!match.Success)
        {
            return null;
        }
        var named = match.Groups["subject"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Around.Contains(w)).ToList();
        return named.Count == 0 ? null : (match.Groups["lead"].Value + "that" + match.Groups["tail"].Value, named);
    }

    // "(ok and) does the pa thing still count if ...", "is the bursary still there if ...", "do i still get the pa if ..." is left
    // to the readings of the asker's own steps.
    [GeneratedRegex(@"^((ok|okay|and|so|but|n|wait) )*(?<lead>(does|do|is|will|would) )(?<subject>[a-z0-9 ]{1,40}?)(?<tail> still (count|counts|apply|applies|work|works|stand|happen|last|go ahead|carry on|be there|there)\b.*\bif\b.*)$")]
    private static partial Regex StillHoldsIf();
}
