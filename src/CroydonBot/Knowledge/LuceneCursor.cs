using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CroydonBot.Knowledge;

/// <summary>Any Lucene query's scorer as a cursor: the rare clause the postings cursors do not cover.</summary>
public sealed class LuceneCursor : ClauseCursor
{
    private Scorer? _scorer;

    public bool Reset(Weight weight, AtomicReaderContext segment, IBits? liveDocs)
    {
        _scorer = weight.GetScorer(segment, liveDocs);
        if (_scorer is null)
        {
            return false;
        }
        Doc = _scorer.NextDoc();
        return true;
    }

    public override int Next() => Doc = _scorer!.NextDoc();

    public override float Score() => _scorer!.GetScore();
}
