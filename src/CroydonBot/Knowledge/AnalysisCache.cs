using System.Collections.Concurrent;
using CroydonBot.Text;

namespace CroydonBot.Knowledge;

/// <summary>
/// Remembers how passage text splits into sentences and what terms each sentence has. Answers are composed
/// from the same few hundred passages again and again, and re-running the regex and the Lucene analyzer on
/// them was most of composing. Bounded, since a large corpus should not turn into a large cache.
/// </summary>
public sealed class AnalysisCache(TermAnalyzer analyzer, int capacity = 50_000)
{
    // Made once: a lambda over the analyzer made at each call was a new delegate per sentence composed.
    private readonly Func<string, IReadOnlySet<string>> _analyse = text => analyzer.Terms(text).ToHashSet(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _sentences = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _terms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool[]> _kinds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _limits = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (uint Kinds, int Signals)> _choice = new(StringComparer.Ordinal);
    private static readonly Func<string, bool> s_says = RuleLimits.Says;

    /// <summary>The sentences of a passage text, as <see cref="SentenceSplitter.Split"/> gives them.</summary>
    public IReadOnlyList<string> Sentences(string text) => Remember(_sentences, text, SentenceSplitter.Split);

    /// <summary>The distinct analysed terms of a text. The set is shared: callers must not change it.</summary>
    public IReadOnlySet<string> Terms(string text) => Remember(_terms, text, _analyse);

    /// <summary>True when the sentence holds the kind of fact <paramref name="kind"/> asks for (a date, an amount...).</summary>
    public bool Holds(string sentence, QuestionKind kind) =>
        kind != QuestionKind.General && Remember(_kinds, sentence, s => [.. Enum.GetValues<QuestionKind>().Select(k => QuestionKinds.Holds(k, s))])[(int)kind];

    /// <summary>
    /// <see cref="RuleLimits.Says"/> of a sentence, remembered: the composer asks it of every sentence of the answering
    /// section on every answer, and a passage's sentences do not change.
    /// </summary>
    public bool SaysALimit(string sentence) => Remember(_limits, sentence, s_says);

    /// <summary>
    /// Round AL (sent-al): the kinds of fact a sentence holds (bit k for <see cref="QuestionKind"/> k) and its
    /// <see cref="SentenceChoice.Signal"/>s, remembered: the learned lead choice reads them for every sentence of the answering section.
    /// </summary>
    public (uint Kinds, int Signals) ChoiceInputs(string sentence)
    {
        if (_choice.TryGetValue(sentence, out var known))
        {
            return known;
        }
        var kinds = 0u;
        for (var k = 1; k < KindCount; k++)
        {
            if (Holds(sentence, (QuestionKind)k))
            {
                kinds |= 1u << k;
            }
        }
        var value = (kinds, SentenceChoice.SignalsOf(sentence, SaysALimit(sentence)));
        if (_choice.Count < capacity)
        {
            _choice.TryAdd(sentence, value);
        }
        return value;
    }

    private static readonly int KindCount = Enum.GetValues<QuestionKind>().Length;

    private TValue Remember<TValue>(ConcurrentDictionary<string, TValue> cache, string key, Func<string, TValue> compute)
    {
        if (cache.TryGetValue(key, out var known))
        {
            return known;
        }
        var value = compute(key);
        if (cache.Count < capacity)
        {
            cache.TryAdd(key, value);
        }
        return value;
    }
}
