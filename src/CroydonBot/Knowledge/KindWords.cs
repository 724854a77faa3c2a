using System.Collections.Frozen;

namespace CroydonBot.Knowledge;

/// <summary>
/// Round AK (sent-ak): the words of a question that name the kind of fact it asks for, not its subject: "hours" in "what hours
/// is that", "age" in "up to what age", "scotland" in "can i still use it if i move to scotland". A sentence holding that kind
/// of fact ("weekdays 5pm to 9am", "aged 16 to 25", "in England") answers the word though it does not say it, while a sentence
/// that merely says the word ("open 24 hours a day" of other helplines) does not. The composer credits these words to every
/// sentence of the chosen section holding the asked kind (<see cref="CreditedBy"/>), so the word alone no longer picks the lead.
/// Within that section only: across sections the credit let any sentence holding the kind ("every two months" of a PA's visits)
/// draw even with the section whose heading says the word ("how often a pathway plan is checked").
/// </summary>
public static class KindWords
{
    private static readonly FrozenDictionary<QuestionKind, FrozenSet<string>> s_words = new Dictionary<QuestionKind, FrozenSet<string>>
    {
        // Only words that name the kind itself: "months" in "in care 2 months when i was 16" is the asker's story, not a "when".
        // Not "how often" nor "how long": what holds a frequency or a length is read loosely ("at any time", "until 21"), and
        // crediting "often" to such sentences lost two development scripts (AK-m-04, AQ-m-35) for none gained.
        [QuestionKind.Hours] = Set("hour", "hours", "times", "open", "opening"),
        [QuestionKind.When] = Set("date", "dates"),
        [QuestionKind.Age] = Set("age", "ages", "old"),
        [QuestionKind.HowMuch] = Set("cost", "costs", "price", "amount", "fee"),
        [QuestionKind.Phone] = Set("number", "phone", "helpline"),
        [QuestionKind.Coverage] = Set("scotland", "wales", "northern", "ireland", "england", "uk", "abroad", "country", "borough",
            "boroughs", "area", "areas", "outside", "elsewhere"),
    }.ToFrozenDictionary();

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="surface"/> (a concept of the question, as typed) names the kind of fact asked.</summary>
    public static bool Names(QuestionKind kind, string surface) =>
        s_words.TryGetValue(kind, out var words) && words.Contains(surface.ToLowerInvariant());

    /// <summary>
    /// The concepts of <paramref name="plan"/> (as bits, by index) that name <paramref name="kind"/>: a sentence holding that kind
    /// of fact is credited with them. Zero when none does, or the question asks no particular kind. Concepts past the 64th are
    /// never credited (no question has so many).
    /// </summary>
    public static ulong CreditedBy(QueryPlan plan, QuestionKind kind)
    {
        if (kind == QuestionKind.General || !s_words.ContainsKey(kind))
        {
            return 0;
        }
        var mask = 0UL;
        for (var c = 0; c < plan.Concepts.Count && c < 64; c++)
        {
            if (!plan.Concepts[c].Context && Names(kind, plan.Concepts[c].Surface))
            {
                mask |= 1UL << c;
            }
        }
        return mask;
    }
}
