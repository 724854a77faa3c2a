using System.Runtime.CompilerServices;

namespace CroydonBot.Knowledge;

/// <summary>
/// The analysed words of a passage's heading, and of everything it says (heading, text and the sources it speaks from),
/// worked out once per passage. A passage never changes after the index is built, yet the follow-up reading asked for
/// them on every follow-up that found another section of the same guide, running Lucene's analysis over the whole
/// passage each time. Held beside the passage itself, so a rebuilt index's passages get their own and the old go with it.
/// The sets are shared: callers must not change them.
/// </summary>
public static class PassageWords
{
    private static readonly ConditionalWeakTable<Passage, IReadOnlySet<string>> Headings = [];
    private static readonly ConditionalWeakTable<Passage, IReadOnlySet<string>> Mentions = [];

    /// <summary>The distinct analysed terms of the passage's heading.</summary>
    public static IReadOnlySet<string> OfHeading(TermAnalyzer analyzer, Passage passage) =>
        Headings.GetValue(passage, p => analyzer.Terms(p.Heading).ToHashSet(StringComparer.Ordinal));

    /// <summary>The distinct analysed terms of the passage's heading, text and the sources it speaks from: every word it mentions.</summary>
    public static IReadOnlySet<string> Mentioned(TermAnalyzer analyzer, Passage passage) =>
        Mentions.GetValue(passage, p => analyzer.Terms(p.Heading + " " + p.Text + " " + p.SpeaksFrom).ToHashSet(StringComparer.Ordinal));
}
