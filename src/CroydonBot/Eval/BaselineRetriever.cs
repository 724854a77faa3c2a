using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace CroydonBot.Eval;

/// <summary>
/// The yardstick: StandardAnalyzer and BM25 over whole paragraphs of the raw documents, top hit as the
/// answer, no cleaning, synonyms, spelling or abstention. Progress is measured as a ratio against it.
/// </summary>
public sealed class BaselineRetriever : IDisposable
{
    private static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly RAMDirectory _directory = new();
    private readonly StandardAnalyzer _analyzer = new(Version);
    private readonly List<string> _paragraphs;
    private readonly DirectoryReader _reader;

    public BaselineRetriever(IEnumerable<string> documents)
    {
        _paragraphs = [.. documents.SelectMany(d => d.Replace("\r\n", "\n").Split("\n\n")).Select(p => p.Trim()).Where(p => p.Length > 0)];
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer) { Similarity = new BM25Similarity() }))
        {
            foreach (var paragraph in _paragraphs)
            {
                writer.AddDocument([new TextField("text", paragraph, Field.Store.NO)]);
            }
        }
        _reader = DirectoryReader.Open(_directory);
    }

    /// <summary>The best paragraph, or null when nothing matches.</summary>
    public string? Answer(string question)
    {
        var searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        var parser = new QueryParser(Version, "text", _analyzer) { DefaultOperator = Operator.OR };
        var hits = searcher.Search(parser.Parse(QueryParserBase.Escape(question)), 1).ScoreDocs;
        return hits.Length == 0 ? null : _paragraphs[hits[0].Doc];
    }

    public void Dispose()
    {
        _reader.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }
}
