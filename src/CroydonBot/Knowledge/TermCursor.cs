using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace CroydonBot.Knowledge;

/// <summary>A single term's postings scored with BM25, as Lucene's TermScorer does, with a reused postings reader.</summary>
public sealed class TermCursor : ClauseCursor
{
    private DocsEnum? _docs;
    private Similarity.SimScorer? _scorer;

    /// <summary>Points the cursor at the term's postings; false when the segment does not have the term.</summary>
    public bool Reset(TermsEnum terms, BytesRef term, TermState? state, IBits? liveDocs, Similarity.SimScorer scorer)
    {
        if (state is null)
        {
            return false;
        }
        terms.SeekExact(term, state);
        _docs = terms.Docs(liveDocs, _docs, DocsFlags.FREQS);
        _scorer = scorer;
        Doc = _docs.NextDoc();
        return true;
    }

    public override int Next() => Doc = _docs!.NextDoc();

    public override float Score() => _scorer!.Score(Doc, _docs!.Freq);
}
