using System.Text.RegularExpressions;

namespace CroydonBot.Knowledge;

/// <summary>
/// The words the seeds write as names (analysed terms) of things few passages are about: those written with a capital letter
/// nearly everywhere they stand inside a sentence ("Camden", "Coram", "Gatland"), not words that are capitalised only
/// when they open one, no English dictionary word, and held by at most <see cref="MaxPassages"/> passages. A name the
/// question uses says which thing it asks about more surely than any common word, however rare (<see cref="NamePrecedence"/>).
/// </summary>
public sealed partial class SeedNames
{
    /// <summary>The share of a word's uses inside sentences that must be capitalised for it to be a name.</summary>
    public const double NameShare = 0.9;

    /// <summary>The most passages a name may be held by: the few that are about the thing it names.</summary>
    public const int MaxPassages = 3;

    private readonly HashSet<string> _terms;

    private SeedNames(HashSet<string> terms) => _terms = terms;

    /// <summary>True when <paramref name="concept"/>, as typed, is a single word the seeds write as a name.</summary>
    public bool IsName(QueryConcept concept) => concept.Alternatives.Count > 0 && concept.Alternatives[0].Count == 1 && _terms.Contains(concept.Alternatives[0][0]);

    public int Count => _terms.Count;

    /// <summary>Reads the names from every passage's heading and text.</summary>
    public static SeedNames Of(KnowledgeIndex index, EnglishWords english)
    {
        var counts = new Dictionary<string, (int Capital, int All)>(StringComparer.Ordinal);
        foreach (var passage in index.Passages)
        {
            foreach (var text in new[] { passage.Heading, passage.Text })
            {
                foreach (Match m in InsideWord().Matches(text))
                {
                    var word = m.Value.ToLowerInvariant();
                    var (capital, all) = counts.GetValueOrDefault(word);
                    counts[word] = (capital + (char.IsUpper(m.Value[0]) ? 1 : 0), all + 1);
                }
            }
        }
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (word, (capital, all)) in counts)
        {
            // A dictionary word the seeds capitalise in a title ("Single Point of Contact", "Care Leaver Covenant") is still a
            // common word in a question ("at some point"): only a proper name is no dictionary word.
            if (capital >= NameShare * all && !english.Contains(word) && index.Analyzer.Terms(word) is [var term])
            {
                terms.Add(term);
            }
        }
        // A word both a name and a common word elsewhere (stemmed alike) is no name.
        foreach (var (word, (capital, all)) in counts)
        {
            if (capital < NameShare * all && index.Analyzer.Terms(word) is [var term])
            {
                terms.Remove(term);
            }
        }
        // A name many passages hold ("Ofsted", a grade written "Inadequate" in the reports) is a subject of the whole
        // knowledge base, not of one section.
        var held = terms.ToDictionary(t => t, t => Enumerable.Range(0, index.Passages.Count).Count(i => index.TermsOf(i).Contains(t)), StringComparer.Ordinal);
        terms.RemoveWhere(t => held[t] > MaxPassages);
        return new SeedNames(terms);
    }

    // A word of letters after another word on the same line (a space, not a full stop, a colon, a bullet or a line start before it).
    [GeneratedRegex(@"(?<=[A-Za-z0-9,;'’)""]\s)[A-Za-z]+\b")]
    private static partial Regex InsideWord();
}
