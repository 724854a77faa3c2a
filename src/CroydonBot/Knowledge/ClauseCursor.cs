using Lucene.Net.Search;

namespace CroydonBot.Knowledge;

/// <summary>
/// Walks the passages of one segment that a <see cref="ScoringClause"/> matches, in document order, with each
/// one's score. Cursors are kept per thread and reset per question, so their postings readers are reused.
/// </summary>
public abstract class ClauseCursor
{
    /// <summary>The current document, or <see cref="DocIdSetIterator.NO_MORE_DOCS"/> when done.</summary>
    public int Doc { get; protected set; } = DocIdSetIterator.NO_MORE_DOCS;

    /// <summary>Moves to the next matching document and returns it.</summary>
    public abstract int Next();

    /// <summary>The clause's score for <see cref="Doc"/>.</summary>
    public abstract float Score();
}
