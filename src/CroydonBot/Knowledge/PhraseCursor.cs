using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace CroydonBot.Knowledge;

/// <summary>
/// A multi-word way of saying a concept: every document holding all the words, scored as the better of the
/// sloppy phrase and the words apart. Lucene would walk the same postings twice for that (a PhraseQuery and a
/// conjunction under a DisjunctionMaxQuery) and build the phrase's term statistics on every question; this
/// walks them once with readers reused from question to question. The phrase frequency follows Lucene's
/// SloppyPhraseScorer for distinct terms, so scores match Lucene's to the last bits of a float.
/// </summary>
public sealed class PhraseCursor : ClauseCursor
{
    private DocsAndPositionsEnum?[] _postings = [];
    private Similarity.SimScorer?[] _termScorers = [];
    private Similarity.SimScorer? _phraseScorer;
    private int[] _byCost = [];
    private int[] _position = [];
    private int[] _remaining = [];
    private bool[] _queued = [];
    private int _count;

    /// <summary>Points the cursor at the clause's postings; false when the segment lacks one of its words.</summary>
    public bool Reset(TermsEnum terms, ClauseStatistics clause, AtomicReaderContext segment, Similarity similarity, SimScorerCache scorers)
    {
        _count = clause.Terms.Length;
        if (_postings.Length < _count)
        {
            Array.Resize(ref _postings, _count);
            Array.Resize(ref _termScorers, _count);
            _byCost = new int[_count];
            _position = new int[_count];
            _remaining = new int[_count];
            _queued = new bool[_count];
        }
        for (var i = 0; i < _count; i++)
        {
            if (clause.Contexts[i].Get(segment.Ord) is not { } state)
            {
                Doc = DocIdSetIterator.NO_MORE_DOCS;
                return false;
            }
            terms.SeekExact(clause.Terms[i], state);
            _postings[i] = terms.DocsAndPositions(segment.AtomicReader.LiveDocs, _postings[i], DocsAndPositionsFlags.NONE);
            _termScorers[i] = scorers.Of(similarity, clause.TermWeights[i], segment);
        }
        _phraseScorer = scorers.Of(similarity, clause.PhraseWeight!, segment);
        // The rarest word leads the conjunction; equal costs keep the phrase's order, as Lucene's stable sort does.
        for (var i = 0; i < _count; i++)
        {
            var j = i;
            while (j > 0 && _postings[_byCost[j - 1]]!.GetCost() > _postings[i]!.GetCost())
            {
                _byCost[j] = _byCost[j - 1];
                j--;
            }
            _byCost[j] = i;
        }
        Doc = Align(_postings[_byCost[0]]!.NextDoc());
        return true;
    }

    public override int Next() => Doc = Align(_postings[_byCost[0]]!.NextDoc());

    public override float Score()
    {
        var apart = 0f;
        for (var k = 0; k < _count; k++)
        {
            var i = _byCost[k];
            apart += _termScorers[i]!.Score(Doc, _postings[i]!.Freq);
        }
        var freq = PhraseFrequency();
        if (freq == 0)
        {
            return apart;
        }
        var phrase = _phraseScorer!.Score(Doc, freq);
        return Math.Max(phrase, apart);
    }

    /// <summary>Leapfrogs the words' postings until they all stand on one document.</summary>
    private int Align(int target)
    {
        var lead = _postings[_byCost[0]]!;
        var k = 1;
        while (target != DocIdSetIterator.NO_MORE_DOCS && k < _count)
        {
            var other = _postings[_byCost[k]]!;
            var doc = other.DocID < target ? other.Advance(target) : other.DocID;
            if (doc > target)
            {
                target = lead.Advance(doc);
                k = 1;
            }
            else
            {
                k++;
            }
        }
        return target;
    }

    /// <summary>
    /// Lucene's sloppy phrase frequency: every window where the words stand in order within the slop, each
    /// counted as 1 / (distance + 1). Positions are shifted by the word's place in the phrase, so an exact
    /// phrase is distance 0.
    /// </summary>
    private float PhraseFrequency()
    {
        var end = int.MinValue;
        for (var i = 0; i < _count; i++)
        {
            _remaining[i] = _postings[i]!.Freq;
            NextPosition(i);
            end = Math.Max(end, _position[i]);
            _queued[i] = true;
        }
        var freq = 0f;
        var pp = Pop();
        var matchLength = end - _position[pp];
        var next = _position[Top()];
        while (NextPosition(pp))
        {
            end = Math.Max(end, _position[pp]);
            if (_position[pp] > next)
            {
                if (matchLength <= ScoringClause.Slop)
                {
                    freq += _phraseScorer!.ComputeSlopFactor(matchLength);
                }
                _queued[pp] = true;
                pp = Pop();
                next = _position[Top()];
                matchLength = end - _position[pp];
            }
            else
            {
                matchLength = Math.Min(matchLength, end - _position[pp]);
            }
        }
        if (matchLength <= ScoringClause.Slop)
        {
            freq += _phraseScorer!.ComputeSlopFactor(matchLength);
        }
        return freq;
    }

    private bool NextPosition(int i)
    {
        if (_remaining[i]-- <= 0)
        {
            return false;
        }
        _position[i] = _postings[i]!.NextPosition() - i;
        return true;
    }

    /// <summary>The queued word with the lowest position (ties: earlier in the phrase), as Lucene's PhraseQueue orders them.</summary>
    private int Top()
    {
        var best = -1;
        for (var i = 0; i < _count; i++)
        {
            if (_queued[i] && (best < 0 || _position[i] < _position[best]))
            {
                best = i;
            }
        }
        return best;
    }

    private int Pop()
    {
        var top = Top();
        _queued[top] = false;
        return top;
    }
}
