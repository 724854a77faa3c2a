using System.Globalization;
using System.Text.RegularExpressions;

namespace CroydonBot.Knowledge;

/// <summary>
/// The ages a question names ("what about when im 23") and whether a sentence's rule covers one ("aged 21 or over",
/// "18 to 25", "aged 18, 19 or 20", "under 25", "until 21"): a follow-up that asks the same thing at another age
/// is answered by the sentence whose rule covers that age, not by the one that answered the first age.
/// </summary>
public static partial class SentenceAges
{
    /// <summary>Ages a young person might give (14 to 26) said in <paramref name="question"/>, not amounts, years or durations.</summary>
    /// <remarks>
    /// A child's age said of someone of the asker's ("anything for my sister shes 13", "and my cousin whos 5",
    /// <see cref="QuestionKinds.AgeOfTheirs"/>) counts too: it asks which of a section's age groups is theirs.
    /// </remarks>
    public static IReadOnlyList<int> AskedIn(string question) =>
        [.. AskedAge().Matches(question.ToLowerInvariant()).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Where(a => a is >= 14 and <= 26)
            .Concat(QuestionKinds.AgeOfTheirs(question) is { } theirs && theirs is >= MinChildAge and <= 26 ? [theirs] : []).Distinct()];

    /// <summary>The youngest age a group for children is for in the guides ("events for children aged 4 to 10").</summary>
    private const int MinChildAge = 4;

    /// <summary>
    /// The ages <paramref name="question"/> asks about (<see cref="AskedIn"/>) but an age from the asker's past ("in care
    /// for two months when i was 16"): that one says who they were, not which rule applies to them now. "After 21" asks
    /// about the years past 21, which a rule "until 21" does not cover.
    /// </summary>
    public static IReadOnlyList<int> AskedNow(string question)
    {
        var text = question.ToLowerInvariant();
        return [.. AskedAge().Matches(text).Where(m => !PastAge().IsMatch(text[..m.Index]))
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + (PastTheAge().IsMatch(text[..m.Index]) ? 1 : 0))
            .Where(a => a is >= 14 and <= 26).Distinct()];
    }

    /// <summary>True when a rule in <paramref name="sentence"/> covers <paramref name="age"/>.</summary>
    public static bool Covers(string sentence, int age)
    {
        var s = sentence.ToLowerInvariant();
        foreach (Match m in OrOver().Matches(s))
        {
            if (age >= Number(m.Groups[1]))
            {
                return true;
            }
        }
        foreach (Match m in Range().Matches(s))
        {
            if (age >= Number(m.Groups[1]) && age <= Number(m.Groups[2]))
            {
                return true;
            }
        }
        foreach (Match m in Below().Matches(s))
        {
            if (age < Number(m.Groups[1]))
            {
                return true;
            }
        }
        foreach (Match m in UpTo().Matches(s))
        {
            if (age <= Number(m.Groups[1]))
            {
                return true;
            }
        }
        foreach (Match m in List().Matches(s))
        {
            if (Digits().Matches(m.Value).Any(d => Number(d) == age))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when <paramref name="sentence"/> states an age rule of any form <see cref="Covers"/> reads.</summary>
    public static bool SaysAnAge(string sentence)
    {
        var s = sentence.ToLowerInvariant();
        return OrOver().IsMatch(s) || Range().IsMatch(s) || Below().IsMatch(s) || UpTo().IsMatch(s) || List().IsMatch(s);
    }

    private static int Number(Capture c) => int.Parse(c.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<![£0-9.,])\b([0-9]{2})\b(?![0-9,.]?[0-9])(?!\s*(weeks?|days?|months?|years? ago|%|k\b|grand|pounds|december|january|february|march|april|may|june|july|august|september|october|november))")]
    private static partial Regex AskedAge();

    [GeneratedRegex(@"\b(was|were|been)\s+(?:(?:only|just|about|aged?)\s+)?$")]
    private static partial Regex PastAge();

    [GeneratedRegex(@"\b(after|over|past|beyond|older than)\s+(?:(?:age|aged)\s+)?$")]
    private static partial Regex PastTheAge();

    [GeneratedRegex(@"\b([0-9]{2}) (?:or|and) (?:over|older|above)\b")]
    private static partial Regex OrOver();

    // A group for young children may start at a one-digit age ("aged 4 to 10").
    [GeneratedRegex(@"\b([0-9]{1,2}) ?(?:to|-) ?([0-9]{2})\b")]
    private static partial Regex Range();

    [GeneratedRegex(@"\b(?:under|younger than|before(?: you turn| age| your)?) ([0-9]{2})\b")]
    private static partial Regex Below();

    [GeneratedRegex(@"\b(?:up to (?:the )?(?:age )?|until (?:age |you are |you turn )?|till (?:age )?|to age )([0-9]{2})\b(?!\s*(?:january|february|march|april|may|june|july|august|september|october|november|december|%))")]
    private static partial Regex UpTo();

    [GeneratedRegex(@"\b(?:aged?|at) [0-9]{2}(?:, [0-9]{2})* or [0-9]{2}\b")]
    private static partial Regex List();

    [GeneratedRegex(@"[0-9]{2}")]
    private static partial Regex Digits();
}
