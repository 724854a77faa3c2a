using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace CroydonBot.Knowledge;

/// <summary>
/// What scoring a <see cref="ScoringClause"/> needs that does not depend on the question: where each term's
/// postings start in each segment and the BM25 weights. Built once per clause, since the index never changes
/// after start-up; building them per question (as PhraseQuery does) was a third of the memory of a question.
/// </summary>
public sealed class ClauseStatistics
{
    public ClauseStatistics(IndexSearcher searcher, ScoringClause clause, Func<Term, TermContext> contextOf)
    {
        Field = clause.Field;
        var count = clause.Terms.Count;
        Terms = new BytesRef[count];
        Contexts = new TermContext[count];
        TermWeights = new Similarity.SimWeight[count];
        var similarity = searcher.Similarity;
        var collection = searcher.CollectionStatistics(clause.Field);
        var statistics = new TermStatistics[count];
        // Lucene's boosts multiply down the query tree: the words apart sit under the clause and the
        // all-words boost, the phrase only under the clause.
        var termBoost = count == 1 ? clause.Boost : clause.Boost * ScoringClause.AllWordsBoost;
        for (var i = 0; i < count; i++)
        {
            var term = new Term(clause.Field, clause.Terms[i]);
            Terms[i] = term.Bytes;
            Contexts[i] = contextOf(term);
            statistics[i] = searcher.TermStatistics(term, Contexts[i]);
            TermWeights[i] = similarity.ComputeWeight(1f, collection, statistics[i]);
            TermWeights[i].Normalize(1f, termBoost);
        }
        if (count > 1)
        {
            PhraseWeight = similarity.ComputeWeight(1f, collection, statistics);
            PhraseWeight.Normalize(1f, clause.Boost);
        }
        if (clause.Terms.Distinct(StringComparer.Ordinal).Count() < count)
        {
            Fallback = searcher.CreateNormalizedWeight(LuceneQuery(clause));
        }
    }

    /// <summary>
    /// The clause as plain Lucene queries would say it: what <see cref="PhraseCursor"/> and <see cref="TermCursor"/>
    /// reproduce, and what scores the rare phrase that names one word twice.
    /// </summary>
    public static Query LuceneQuery(ScoringClause clause)
    {
        if (clause.Terms.Count == 1)
        {
            return new TermQuery(new Term(clause.Field, clause.Terms[0])) { Boost = clause.Boost };
        }
        var phrase = new PhraseQuery { Slop = ScoringClause.Slop };
        var apart = new BooleanQuery { Boost = ScoringClause.AllWordsBoost };
        foreach (var term in clause.Terms)
        {
            phrase.Add(new Term(clause.Field, term));
            apart.Add(new TermQuery(new Term(clause.Field, term)), Occur.MUST);
        }
        var either = new DisjunctionMaxQuery(0f) { phrase, apart };
        either.Boost = clause.Boost;
        return either;
    }

    public string Field { get; }
    public BytesRef[] Terms { get; }
    public TermContext[] Contexts { get; }
    public Similarity.SimWeight[] TermWeights { get; }

    /// <summary>The weight of the terms as one phrase; null for a single term.</summary>
    public Similarity.SimWeight? PhraseWeight { get; }

    /// <summary>Lucene's own weight for a phrase naming a word twice, whose sloppy matching of repeats the cursor does not copy; else null.</summary>
    public Weight? Fallback { get; }
}
