using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;

namespace CroydonBot.Knowledge;

/// <summary>
/// The BM25 scorers of one segment, one per clause weight, made once instead of once per clause per question (they
/// were the largest single item a search allocated). A scorer reads only its weight and the segment's norms, and the
/// norms Lucene hands out are the calling thread's own, so a cache belongs to one thread's cursors
/// (<see cref="ConceptSearcher"/>). Bounded: clause weights are themselves cached, and a rebuilt weight gets a new entry.
/// </summary>
public sealed class SimScorerCache
{
    private const int MaxScorers = 20_000;

    private readonly Dictionary<Similarity.SimWeight, Similarity.SimScorer> _scorers = new(ReferenceEqualityComparer.Instance);

    /// <summary>The scorer of <paramref name="weight"/> over <paramref name="segment"/> (always the same segment for one cache).</summary>
    public Similarity.SimScorer Of(Similarity similarity, Similarity.SimWeight weight, AtomicReaderContext segment)
    {
        if (!_scorers.TryGetValue(weight, out var scorer))
        {
            if (_scorers.Count >= MaxScorers)
            {
                _scorers.Clear();
            }
            scorer = similarity.GetSimScorer(weight, segment);
            _scorers.Add(weight, scorer);
        }
        return scorer;
    }
}
