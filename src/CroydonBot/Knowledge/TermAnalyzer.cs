using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace CroydonBot.Knowledge;

/// <summary>
/// The one analyzer for indexing and querying: Lucene's English analysis (possessives, lower case,
/// stop words, Porter stemming), so "inspections" in a question meets "inspection" in a report.
/// </summary>
public sealed class TermAnalyzer : IDisposable
{
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    public Analyzer Analyzer { get; } = new EnglishAnalyzer(Version);

    /// <summary>The analysed terms of a text, in order.</summary>
    public IReadOnlyList<string> Terms(string text)
    {
        var terms = new List<string>();
        using var stream = Analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }
        stream.End();
        return terms;
    }

    public void Dispose() => Analyzer.Dispose();
}
