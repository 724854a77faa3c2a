using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CroydonBot.Knowledge;

/// <summary>
/// Scores a question's concepts over the index the way a BooleanQuery of one DisjunctionMaxQuery per concept
/// would, but a window of documents at a time into flat arrays, as Lucene's BooleanScorer does for its
/// clauses. Lucene's DisjunctionMaxScorer keeps a heap over every way of saying a concept in every field,
/// and on common words at 100k passages that heap was most of a question's time. One per thread: the
/// arrays, cursors and postings readers are reused, so a question allocates almost nothing here.
/// </summary>
public sealed class ConceptSearcher
{
    private const int Window = 2048;

    private readonly float[] _max = new float[Window];
    private readonly float[] _sum = new float[Window];
    private readonly float[] _total = new float[Window];
    private readonly bool[] _inConcept = new bool[Window];
    private readonly bool[] _inTotal = new bool[Window];
    private readonly int[] _conceptDocs = new int[Window];
    private readonly int[] _totalDocs = new int[Window];
    private readonly List<ClauseCursor> _cursors = [];
    private readonly List<int> _conceptEnds = [];
    private readonly SegmentCursors[] _segments;
    private readonly TopHits _top = new();

    public ConceptSearcher(IndexSearcher searcher)
    {
        Searcher = searcher;
        _segments = [.. searcher.IndexReader.Leaves.Select(_ => new SegmentCursors())];
    }

    /// <summary>The searcher whose segments the reused readers belong to.</summary>
    public IndexSearcher Searcher { get; }

    /// <summary>
    /// The top <paramref name="count"/> documents (Lucene doc ids) and scores, best first: per concept the best
    /// clause's score plus <paramref name="tieBreaker"/> times the others', summed over concepts.
    /// </summary>
    public (int Doc, float Score)[] Search(IReadOnlyList<IReadOnlyList<ClauseStatistics>> concepts, float tieBreaker, int count)
    {
        _top.Reset(count);
        var segments = Searcher.IndexReader.Leaves;
        for (var s = 0; s < segments.Count; s++)
        {
            var segment = segments[s];
            var pool = _segments[segment.Ord];
            pool.Rewind();
            _cursors.Clear();
            _conceptEnds.Clear();
            for (var c = 0; c < concepts.Count; c++)
            {
                for (var k = 0; k < concepts[c].Count; k++)
                {
                    if (pool.Open(concepts[c][k], segment, Searcher.Similarity) is { } cursor && cursor.Doc != DocIdSetIterator.NO_MORE_DOCS)
                    {
                        _cursors.Add(cursor);
                    }
                }
                _conceptEnds.Add(_cursors.Count);
            }
            var maxDoc = segment.AtomicReader.MaxDoc;
            for (var start = 0; start < maxDoc; start += Window)
            {
                ScoreWindow(start, Math.Min(start + Window, maxDoc), segment.DocBase, tieBreaker);
            }
        }
        return _top.Drain();
    }

    private void ScoreWindow(int start, int end, int docBase, float tieBreaker)
    {
        var totals = 0;
        var first = 0;
        foreach (var conceptEnd in _conceptEnds)
        {
            var matched = 0;
            for (var c = first; c < conceptEnd; c++)
            {
                var cursor = _cursors[c];
                for (var doc = cursor.Doc; doc < end; doc = cursor.Next())
                {
                    var i = doc - start;
                    var score = cursor.Score();
                    if (!_inConcept[i])
                    {
                        _inConcept[i] = true;
                        _max[i] = score;
                        _sum[i] = score;
                        _conceptDocs[matched++] = i;
                    }
                    else
                    {
                        _max[i] = Math.Max(_max[i], score);
                        _sum[i] += score;
                    }
                }
            }
            first = conceptEnd;
            for (var k = 0; k < matched; k++)
            {
                var i = _conceptDocs[k];
                _inConcept[i] = false;
                if (!_inTotal[i])
                {
                    _inTotal[i] = true;
                    _total[i] = 0;
                    _totalDocs[totals++] = i;
                }
                // DisjunctionMaxScorer's formula, in its order of operations.
                _total[i] += _max[i] + (_sum[i] - _max[i]) * tieBreaker;
            }
        }
        for (var k = 0; k < totals; k++)
        {
            var i = _totalDocs[k];
            _inTotal[i] = false;
            _top.Offer(docBase + start + i, _total[i]);
        }
    }

    /// <summary>One segment's cursors and terms readers, handed out in order and taken back all at once per question.</summary>
    private sealed class SegmentCursors
    {
        private readonly Dictionary<string, TermsEnum?> _terms = new(StringComparer.Ordinal);
        private readonly List<TermCursor> _termCursors = [];
        private readonly List<PhraseCursor> _phraseCursors = [];
        private readonly List<LuceneCursor> _luceneCursors = [];
        private int _termsUsed;
        private int _phrasesUsed;
        private int _luceneUsed;
        private readonly SimScorerCache _scorers = new();

        public void Rewind() => _termsUsed = _phrasesUsed = _luceneUsed = 0;

        public ClauseCursor? Open(ClauseStatistics clause, AtomicReaderContext segment, Lucene.Net.Search.Similarities.Similarity similarity)
        {
            if (clause.Fallback is { } weight)
            {
                var lucene = Next(_luceneCursors, ref _luceneUsed);
                return lucene.Reset(weight, segment, segment.AtomicReader.LiveDocs) ? lucene : null;
            }
            if (TermsOf(segment, clause.Field) is not { } terms)
            {
                return null;
            }
            if (clause.PhraseWeight is null)
            {
                if (clause.Contexts[0].Get(segment.Ord) is not { } state)
                {
                    return null;
                }
                var term = Next(_termCursors, ref _termsUsed);
                term.Reset(terms, clause.Terms[0], state, segment.AtomicReader.LiveDocs, _scorers.Of(similarity, clause.TermWeights[0], segment));
                return term;
            }
            var phrase = Next(_phraseCursors, ref _phrasesUsed);
            return phrase.Reset(terms, clause, segment, similarity, _scorers) ? phrase : null;
        }

        private TermsEnum? TermsOf(AtomicReaderContext segment, string field)
        {
            if (!_terms.TryGetValue(field, out var terms))
            {
                terms = segment.AtomicReader.GetTerms(field)?.GetEnumerator();
                _terms[field] = terms;
            }
            return terms;
        }

        private static T Next<T>(List<T> pool, ref int used) where T : new()
        {
            if (used == pool.Count)
            {
                pool.Add(new T());
            }
            return pool[used++];
        }
    }
}
