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
    private static readonly ConditionalWeakTable<Passage, IReadOnlySet<string>> Names = [];
    private static readonly ConditionalWeakTable<Passage, IReadOnlySet<string>> ListItems = [];
    private static readonly ConditionalWeakTable<Passage, IReadOnlyList<SentenceWords>> Sentences = [];

    /// <summary>The distinct analysed terms of the passage's heading.</summary>
    public static IReadOnlySet<string> OfHeading(TermAnalyzer analyzer, Passage passage) =>
        Headings.GetValue(passage, p => analyzer.Terms(p.Heading).ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// The distinct analysed terms of what the passage is named and asked by: its heading and its labelled questions ("is there
    /// any pay for being a young ambassador" names pay where the heading says "paid", another word to the analyser).
    /// </summary>
    public static IReadOnlySet<string> OfNames(TermAnalyzer analyzer, Passage passage) =>
        Names.GetValue(passage, p => analyzer.Terms(p.Heading + " " + string.Join(" ", p.Questions)).ToHashSet(StringComparer.Ordinal));

    /// <summary>The distinct analysed terms of the passage's heading, text and the sources it speaks from: every word it mentions.</summary>
    public static IReadOnlySet<string> Mentioned(TermAnalyzer analyzer, Passage passage) =>
        Mentions.GetValue(passage, p => analyzer.Terms(p.Heading + " " + p.Text + " " + p.SpeaksFrom).ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// Round AP (follow-ap): the distinct analysed terms of the passage's list items (its lines opening with "- "): what it gives as
    /// one thing among several ("Services to children out of hours.", one of the four things Ofsted says must improve).
    /// </summary>
    public static IReadOnlySet<string> OfListItems(TermAnalyzer analyzer, Passage passage) =>
        ListItems.GetValue(passage, p => p.Text.Split('\n').Select(l => l.TrimStart()).Where(l => l.StartsWith("- ", StringComparison.Ordinal))
            .SelectMany(analyzer.Terms).ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// The passage's text split into sentences, each with its analysed terms and the years it names. A follow-up asking a new
    /// kind of fact weighs every sentence of the conversation's guide (<see cref="Conversation.KindInTheGuide"/>); analysed
    /// here, each sentence is analysed once for the life of the index, not once per follow-up.
    /// </summary>
    public static IReadOnlyList<SentenceWords> OfSentences(TermAnalyzer analyzer, Passage passage) =>
        Sentences.GetValue(passage, p => [.. Text.SentenceSplitter.Split(p.Text)
            .Select(s => new SentenceWords(s, analyzer.Terms(s).ToHashSet(StringComparer.Ordinal), [.. Text.Years.All(s)]))]);
}
