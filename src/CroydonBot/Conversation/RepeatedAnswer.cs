using CroydonBot.Knowledge;

namespace CroydonBot.Conversation;

/// <summary>
/// Whether an answer would say again what the last one said. A follow-up is a different question from the one before
/// it ("what about when im 22", "how often are they meant to see me"): the same words again tell the person the bot
/// did not read it.
/// </summary>
public static class RepeatedAnswer
{
    /// <summary>The sentences an answer opens with, as said: what the next turn compares with.</summary>
    public static List<string> SaidBy(ComposedAnswer answer) => answer.Parts.Count == 0 ? [] : [answer.Parts[0].Lead, .. answer.Parts[0].Supporting];

    /// <summary>True when <paramref name="answer"/>'s first part says nothing <paramref name="said"/> did not.</summary>
    public static bool Repeats(ComposedAnswer answer, IReadOnlyList<string> said) =>
        said.Count > 0 && SaidBy(answer) is { Count: > 0 } now && now.All(said.Contains);

    /// <summary>
    /// True when <paramref name="answer"/> opens with the sentence the last answer opened with: to a different question
    /// ("when can i take it out" after what a Junior ISA is) the same first words read as not read, whatever follows.
    /// </summary>
    public static bool SameLead(ComposedAnswer answer, IReadOnlyList<string> said) =>
        said.Count > 0 && answer.Parts.Count > 0 && answer.Parts[0].Lead == said[0];

    /// <summary>
    /// True when <paramref name="answer"/>'s first part says again any sentence the last answer said: it retells the same
    /// passage (from its first sentence or a later one), so to a question asking another kind of fact ("at what age should it
    /// be sorted" after why there is no National Insurance number) the part it tells again is no answer.
    /// </summary>
    public static bool Overlaps(ComposedAnswer answer, IReadOnlyList<string> said) =>
        said.Count > 0 && SaidBy(answer).Any(said.Contains);
}
