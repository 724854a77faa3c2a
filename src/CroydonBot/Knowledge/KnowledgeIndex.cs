using System.Collections.Concurrent;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace CroydonBot.Knowledge;

/// <summary>
/// The Lucene.Net index over all passages, with one shared <see cref="SearcherManager"/> (never a searcher
/// per query) and BM25 ranking. Passage metadata stays in memory; Lucene stores only the passage number.
/// </summary>
public sealed class KnowledgeIndex : IDisposable
{
    public const string IdField = "ord";

    /// <summary>The passage number again, as a doc value: read per hit without loading stored fields.</summary>
    public const string OrdinalValueField = "ord_value";
    public const string TextField = "text";
    public const string HeadingField = "heading";
    public const string QuestionsField = "questions";
    public const string TitleField = "title";

    private readonly LuceneDirectory _directory;
    private readonly SearcherManager _searchers;
    private readonly IReadOnlySet<string>[] _termsByPassage;
    private readonly YearsNamed _yearsNamed;
    private readonly Dictionary<string, Passage> _passageById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _numberById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Field, string Text), TermContext> _termContexts = new();
    private readonly ConcurrentDictionary<(string Field, string Terms, float Boost), ClauseStatistics> _clauses = new();
    private readonly ThreadLocal<ConceptSearcher?> _conceptSearchers = new();
    private DocOrdinals? _ordinals;

    /// <summary>Bounds the term statistics cache: questions can bring any number of new words.</summary>
    private const int MaxCachedTerms = 100_000;

    /// <summary>
    /// Bounds the clause cache, lower than the terms': each clause holds BM25 weights of about 1 KB per word
    /// (a table over the 256 field-length norms), and the ways of saying the seed synonyms in four fields are a
    /// few thousand clauses, so the clauses of frequent questions stay cached while odd words cost a little more.
    /// </summary>
    private const int MaxCachedClauses = 10_000;

    private KnowledgeIndex(IReadOnlyList<Passage> passages, TermAnalyzer analyzer, LuceneDirectory directory)
    {
        Passages = passages;
        Analyzer = analyzer;
        _directory = directory;
        var config = new IndexWriterConfig(TermAnalyzer.Version, analyzer.Analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            // Compound files read through slices that lock their shared file on every buffer refill; under
            // concurrent questions that lock was a tenth of the search time (docs/performance.md).
            UseCompoundFile = false,
        };
        config.MergePolicy.NoCFSRatio = 0;
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < passages.Count; i++)
            {
                writer.AddDocument(ToDocument(passages[i], i));
            }
            writer.Commit();
        }
        _searchers = new SearcherManager(directory, new BM25SearcherFactory());
        var number = 0;
        foreach (var passage in passages)
        {
            // The first of a repeated id, as the scan this replaced found.
            _passageById.TryAdd(passage.Id, passage);
            _numberById.TryAdd(passage.Id, number++);
        }
        _termsByPassage = [.. passages.Select(p => (IReadOnlySet<string>)analyzer.Terms(AllText(p)).ToHashSet(StringComparer.Ordinal))];
        foreach (var term in _termsByPassage.SelectMany(t => t))
        {
            _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
        }
        _yearsNamed = new YearsNamed(passages);
    }

    public IReadOnlyList<Passage> Passages { get; }
    public TermAnalyzer Analyzer { get; }

    /// <summary>
    /// The passage with this id (a conversation's last answer, a staff page's section), or null when there is none: the index
    /// was rebuilt since, or no id was kept. Looked up by the conversation's readings up to ten times a turn, so by a table:
    /// the scan over every passage was 0.4% of a turn's CPU (docs/performance.md, round AL).
    /// </summary>
    public Passage? PassageWithId(string? id) => id is null ? null : _passageById.GetValueOrDefault(id);

    /// <summary>Builds the index in memory, or in <paramref name="folder"/> when one is given.</summary>
    public static KnowledgeIndex Build(IReadOnlyList<Passage> passages, TermAnalyzer analyzer, string? folder = null) =>
        new(passages, analyzer, string.IsNullOrWhiteSpace(folder) ? new ArrayRamDirectory() : FSDirectory.Open(folder));

    /// <summary>
    /// True when some passage names <paramref name="year"/> (four digits) in its text, heading or date: a year no passage names
    /// is a time the sources do not cover (<see cref="YearNoSourceCovers"/>). Looked up in a set made with the index.
    /// </summary>
    public bool NamesYear(string year) => _yearsNamed.Contains(year);

    /// <summary>The analysed terms of passage number <paramref name="number"/> (its place in <see cref="Passages"/>), all fields together.</summary>
    public IReadOnlySet<string> TermsOf(int number) => _termsByPassage[number];

    /// <summary>The terms of the passage with <paramref name="id"/> (round AM: a candidate section known only by its id).</summary>
    public IReadOnlySet<string> TermsOfId(string id) => _termsByPassage[_numberById[id]];

    /// <summary>Inverse document frequency (BM25's form); a term found nowhere gets the highest value.</summary>
    public double Idf(string term)
    {
        var n = Passages.Count;
        var df = _documentFrequency.GetValueOrDefault(term);
        return Math.Log(1 + (n - df + 0.5) / (df + 0.5));
    }

    /// <summary>True when some passage has <paramref name="text"/> in <paramref name="field"/>: a query for a term no passage has can be left out.</summary>
    public bool Contains(string field, string text) => StatisticsOf(field, text).DocFreq > 0;

    /// <summary>
    /// Where a term is and how often, looked up once per index rather than once per question: the index never
    /// changes after start-up, and the lookups were half of a search's cost. Keyed by the strings, not a Term:
    /// a Term encodes its text as UTF-8 bytes, and this runs for every field of every way of saying every
    /// concept of a question.
    /// </summary>
    private TermContext StatisticsOf(string field, string text)
    {
        if (_termContexts.TryGetValue((field, text), out var known))
        {
            return known;
        }
        var searcher = _searchers.Acquire();
        try
        {
            var context = TermContext.Build(searcher.IndexReader.Context, new Term(field, text));
            if (_termContexts.Count < MaxCachedTerms)
            {
                _termContexts.TryAdd((field, text), context);
            }
            return context;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>The top hits as (passage number, BM25 score).</summary>
    public IReadOnlyList<(int Ordinal, float Score)> Search(Query query, int count)
    {
        var searcher = _searchers.Acquire();
        try
        {
            var top = searcher.Search(query, count);
            var hits = new (int Ordinal, float Score)[top.ScoreDocs.Length];
            for (var i = 0; i < hits.Length; i++)
            {
                hits[i] = (OrdinalOf(searcher, top.ScoreDocs[i].Doc), top.ScoreDocs[i].Score);
            }
            return hits;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>
    /// The top hits as (passage number, score) for a question's concepts, each a list of ways of saying it:
    /// the same scores as a BooleanQuery of one <c>DisjunctionMaxQuery(tieBreaker)</c> per concept over
    /// <see cref="ClauseStatistics.LuceneQuery"/> clauses, found with far less time and memory (see
    /// <see cref="ConceptSearcher"/>).
    /// </summary>
    public IReadOnlyList<(int Ordinal, float Score)> Search(IReadOnlyList<IReadOnlyList<ScoringClause>> concepts, float tieBreaker, int count)
    {
        var searcher = _searchers.Acquire();
        try
        {
            var statistics = new IReadOnlyList<ClauseStatistics>[concepts.Count];
            for (var c = 0; c < concepts.Count; c++)
            {
                var clauses = new ClauseStatistics[concepts[c].Count];
                for (var k = 0; k < clauses.Length; k++)
                {
                    clauses[k] = StatisticsOf(searcher, concepts[c][k]);
                }
                statistics[c] = clauses;
            }
            var conceptSearcher = _conceptSearchers.Value;
            if (conceptSearcher is null || conceptSearcher.Searcher != searcher)
            {
                _conceptSearchers.Value = conceptSearcher = new ConceptSearcher(searcher);
            }
            var top = conceptSearcher.Search(statistics, tieBreaker, count);
            var hits = new (int Ordinal, float Score)[top.Length];
            for (var i = 0; i < hits.Length; i++)
            {
                hits[i] = (OrdinalOf(searcher, top[i].Doc), top[i].Score);
            }
            return hits;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    // A doc value, not searcher.Doc(): loading stored fields decompresses a block per hit, which was most of
    // the time and memory of a whole question. Read once per reader into an array (the index never changes after
    // start-up, so there is one reader): finding the segment and its doc values per hit was 0.7% of a turn's CPU.
    private int OrdinalOf(IndexSearcher searcher, int doc)
    {
        var ordinals = _ordinals;
        if (ordinals is null || ordinals.Reader != searcher.IndexReader)
        {
            _ordinals = ordinals = new DocOrdinals(searcher.IndexReader);
        }
        return ordinals.Of[doc];
    }

    /// <summary>Each document's passage number, by its doc id in <see cref="Reader"/>.</summary>
    private sealed class DocOrdinals
    {
        public DocOrdinals(IndexReader reader)
        {
            Reader = reader;
            Of = new int[reader.MaxDoc];
            foreach (var leaf in reader.Leaves)
            {
                var values = leaf.AtomicReader.GetNumericDocValues(OrdinalValueField);
                for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
                {
                    Of[leaf.DocBase + doc] = (int)values.Get(doc);
                }
            }
        }

        public IndexReader Reader { get; }

        public int[] Of { get; }
    }

    private ClauseStatistics StatisticsOf(IndexSearcher searcher, ScoringClause clause)
    {
        var key = (clause.Field, clause.Terms.Count == 1 ? clause.Terms[0] : string.Join(' ', clause.Terms), clause.Boost);
        if (_clauses.TryGetValue(key, out var known))
        {
            return known;
        }
        var statistics = new ClauseStatistics(searcher, clause, term => StatisticsOf(term.Field, term.Text));
        if (_clauses.Count < MaxCachedClauses)
        {
            _clauses.TryAdd(key, statistics);
        }
        return statistics;
    }

    public void Dispose()
    {
        _conceptSearchers.Dispose();
        _searchers.Dispose();
        _directory.Dispose();
    }

    // The date a passage speaks from is part of what it says: "in 2018" should find a 2018 document.
    private static string AllText(Passage p) => string.Join('\n', [p.Heading, p.Text, p.SpeaksFrom, .. p.Questions]);

    private static Document ToDocument(Passage passage, int number) =>
    [
        new StringField(IdField, number.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
        new NumericDocValuesField(OrdinalValueField, number),
        new Lucene.Net.Documents.TextField(TextField, passage.Text, Field.Store.NO),
        new Lucene.Net.Documents.TextField(HeadingField, passage.Heading, Field.Store.NO),
        new Lucene.Net.Documents.TextField(QuestionsField, string.Join('\n', passage.Questions), Field.Store.NO),
        new Lucene.Net.Documents.TextField(TitleField, passage.Document.Title + "\n" + passage.SpeaksFrom, Field.Store.NO),
    ];

    /// <summary>Searchers score with BM25, the same similarity the writer used.</summary>
    private sealed class BM25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}
