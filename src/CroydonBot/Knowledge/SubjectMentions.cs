using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace CroydonBot.Knowledge;

/// <summary>
/// How many passages of the knowledge documents name a subject ("scotland", "adult social care"): its analysed words in
/// a row, as a passage says them. A subject no passage or only one names is one the documents never talk about, or
/// mention only in passing, so a question about it cannot be answered from them, however well its other words match.
/// Counted against the documents themselves rather than written down, so a guide section added about it lifts the
/// decline without anyone editing a list.
/// </summary>
public static class SubjectMentions
{
    /// <summary>At most this many passages naming a subject is speaking of it only in passing.</summary>
    public const int InPassing = 1;

    // Per index (a live rebuild makes a new one, and the old one's counts go with it): the same few subjects come back.
    private static readonly ConditionalWeakTable<KnowledgeIndex, ConcurrentDictionary<string, int>> Counts = new();

    /// <summary>True when at most <see cref="InPassing"/> passages name <paramref name="subject"/>.</summary>
    public static bool OnlyInPassing(KnowledgeIndex index, string subject) => Passages(index, subject) <= InPassing;

    /// <summary>How many passages hold <paramref name="subject"/>'s analysed words in a row (text, heading or questions).</summary>
    public static int Passages(KnowledgeIndex index, string subject) =>
        Counts.GetOrCreateValue(index).GetOrAdd(subject, s => Count(index, s));

    private static int Count(KnowledgeIndex index, string subject)
    {
        var words = index.Analyzer.Terms(subject);
        if (words.Count == 0)
        {
            // Only stop words: nothing to look for, so nothing to call outside the documents.
            return int.MaxValue;
        }
        var count = 0;
        for (var p = 0; p < index.Passages.Count; p++)
        {
            // The words one by one first (a set lookup); the passage is read in order only when it holds them all.
            if (words.All(index.TermsOf(p).Contains) && Names(index, index.Passages[p], words))
            {
                count++;
            }
        }
        return count;
    }

    private static bool Names(KnowledgeIndex index, Passage passage, IReadOnlyList<string> words) =>
        words.Count == 1
        || new[] { passage.Text, passage.Heading, string.Join(" | ", passage.Questions) }.Any(text => InARow(index.Analyzer.Terms(text), words));

    private static bool InARow(IReadOnlyList<string> terms, IReadOnlyList<string> words)
    {
        for (var start = 0; start + words.Count <= terms.Count; start++)
        {
            var all = true;
            for (var k = 0; k < words.Count && all; k++)
            {
                all = string.Equals(terms[start + k], words[k], StringComparison.Ordinal);
            }
            if (all)
            {
                return true;
            }
        }
        return false;
    }
}
