using Microsoft.Extensions.Options;

namespace CroydonBot.Knowledge;

/// <summary>
/// Turns the best passage into a short plain reply: the sentences that answer the question (not the whole
/// paragraph), when the information dates from, whether it is history, and the source.
/// </summary>
public sealed class AnswerComposer(AnswerWording wording, IOptions<KnowledgeOptions> options, KnowledgeIndex index)
{
    /// <summary>How far below the best passage another may score and still offer its best sentence.</summary>
    private const double CandidateFloor = 0.75;

    /// <summary>How close a second source's best sentence must come to the lead's to be added.</summary>
    private const double SecondSourceRatio = 0.85;

    /// <summary>A second source's sentence longer than this would make the answer a wall of text.</summary>
    private const int SecondSourceMaxWords = 40;

    private readonly AnalysisCache _analysis = new(index.Analyzer);

    /// <summary>
    /// Picks the sentence that best answers the question from the top passages (a specific quote can beat a
    /// summary of the same facts) and builds the reply from its passage; when another document has a
    /// sentence nearly as good, it is added as a second, separately cited source.
    /// </summary>
    public ComposedAnswer Compose(QueryPlan plan, IReadOnlyList<ScoredPassage> hits)
    {
        var lead = BestSentence(plan, hits);
        var passage = lead.Hit.Passage;
        var all = _analysis.Sentences(passage.Text);
        var chosen = Choose(plan, all, options.Value.AnswerWords, TermsOf, lead.Index);
        var parts = new List<(Passage Passage, string Body)> { (passage, string.Join(' ', chosen.Select(i => all[i]))) };
        var second = BestSentence(plan, hits, (hit, sentence, score) =>
            hit.Passage.Document.File != passage.Document.File
            && score >= lead.Score * SecondSourceRatio
            && WordCount(sentence) <= SecondSourceMaxWords
            && !parts[0].Body.Contains(sentence, StringComparison.Ordinal)
            // An extra sentence from history, on its own, reads as if it were true now ("not all care leavers
            // knew..." from 2017): history comes as a second source only when the question asks about it.
            && (!hit.Passage.IsHistorical || plan.AsksAboutHistory));
        if (second.Hit is not null)
        {
            parts.Add((second.Hit.Passage, second.Sentence));
        }
        return Build(parts, lead.Hit.Coverage, chosen.Max() + 1, chosen.Max() + 1 < all.Count);
    }

    /// <summary>
    /// The best sentence of the candidate passages that <paramref name="accept"/> takes (any, when null): the
    /// first of the highest-scoring in passage then sentence order, as the first match of a stable sort by
    /// score would be, without building and sorting a list of every sentence.
    /// </summary>
    private (ScoredPassage Hit, int Index, string Sentence, double Score) BestSentence(QueryPlan plan, IReadOnlyList<ScoredPassage> hits, Func<ScoredPassage, string, double, bool>? accept = null)
    {
        var top = hits[0];
        (ScoredPassage Hit, int Index, string Sentence, double Score) best = default;
        for (var h = 0; h < hits.Count; h++)
        {
            var hit = hits[h];
            if (hit.Score < top.Score * CandidateFloor)
            {
                continue;
            }
            var context = ContextTerms(hit.Passage);
            var sentences = _analysis.Sentences(hit.Passage.Text);
            for (var i = 0; i < sentences.Count; i++)
            {
                // The cached term sets are read together, never copied: a set per sentence was most of composing's memory.
                var terms = TermsOf(sentences[i]);
                // Earlier sentences win ties: guides and news put the key fact first.
                var score = 0.5 * plan.Coverage(terms, context) + 0.5 * hit.Score / top.Score + 0.1 * plan.TypedCoverage(terms, context) - 0.01 * i;
                if ((best.Hit is null || score > best.Score) && (accept is null || accept(hit, sentences[i], score)))
                {
                    best = (hit, i, sentences[i], score);
                }
            }
        }
        return best;
    }

    /// <summary>Terms every sentence of a passage shares: its document title, its heading and the date it speaks from.</summary>
    private IReadOnlySet<string> ContextTerms(Passage passage) =>
        TermsOf(passage.Document.Title + " " + passage.Heading + " " + passage.SpeaksFrom);

    /// <summary>"Tell me more": the sentences after those already shown.</summary>
    public ComposedAnswer? Continue(Passage passage, int sentencesShown, double confidence)
    {
        var sentences = _analysis.Sentences(passage.Text);
        if (sentencesShown >= sentences.Count)
        {
            return null;
        }
        var words = 0;
        var next = new List<int>();
        for (var i = sentencesShown; i < sentences.Count && (next.Count == 0 || words < options.Value.AnswerWords); i++)
        {
            next.Add(i);
            words += WordCount(sentences[i]);
        }
        var body = string.Join(' ', next.Select(i => sentences[i]));
        return Build(passage, body, confidence, next[^1] + 1, next[^1] + 1 < sentences.Count);
    }

    /// <summary>
    /// Picks the sentence that covers most of the question, then neighbours or the next best until about
    /// <paramref name="wordBudget"/> words, kept in document order so the reply reads naturally.
    /// </summary>
    public static IReadOnlyList<int> Choose(QueryPlan plan, IReadOnlyList<string> sentences, int wordBudget, Func<string, IReadOnlySet<string>> termsOf, int? lead = null)
    {
        var count = sentences.Count;
        if (count == 0)
        {
            return [0];
        }
        // Arrays and loops, not LINQ: this runs for every answer, over passages of up to a few hundred
        // sentences, and the sets and lists it built were most of an uncached answer's garbage.
        var scores = new double[count];
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            scores[i] = plan.Coverage(termsOf(sentences[i]));
            order[i] = i;
        }
        // Best first; equal scores keep document order, as a stable sort would.
        Array.Sort(order, (x, y) => scores[y] != scores[x] ? scores[y].CompareTo(scores[x]) : x.CompareTo(y));
        // When no sentence holds the question's words (the passage matched on its heading), lead with its start.
        var first = lead ?? (scores[order[0]] > 0 ? order[0] : 0);
        var chosen = new bool[count];
        var considered = new bool[count];
        chosen[first] = considered[first] = true;
        var words = WordCount(sentences[first]);
        // A lead-in ending with ':' means nothing without the line after it, and vice versa.
        if (sentences[first].EndsWith(':') && first + 1 < count)
        {
            chosen[first + 1] = considered[first + 1] = true;
            words += WordCount(sentences[first + 1]);
        }
        // Then the sentence after the lead (it usually explains it), then others that match the question,
        // then the rest of the passage in order, until the answer is about the word budget.
        var full = Consider(first + 1);
        for (var k = 0; !full && k < count; k++)
        {
            full = scores[order[k]] > 0 && Consider(order[k]);
        }
        for (var i = first + 2; !full && i < count; i++)
        {
            full = Consider(i);
        }
        var result = new List<int>();
        for (var i = 0; i < count; i++)
        {
            if (chosen[i])
            {
                result.Add(i);
            }
        }
        return result;

        // Adds sentence i if it fits; true once the answer has enough words.
        bool Consider(int i)
        {
            if (i >= count || considered[i])
            {
                return false;
            }
            considered[i] = true;
            if (words >= wordBudget * 0.85)
            {
                return true;
            }
            if (words + WordCount(sentences[i]) <= wordBudget * 1.25)
            {
                chosen[i] = true;
                words += WordCount(sentences[i]);
            }
            return false;
        }
    }

    // Sentences are matched with the index's own analyzer, so they meet the question's stems exactly.
    private IReadOnlySet<string> TermsOf(string sentence) => _analysis.Terms(sentence);

    private ComposedAnswer Build(Passage passage, string body, double confidence, int shown, bool hasMore) =>
        Build([(passage, body)], confidence, shown, hasMore);

    /// <summary>
    /// The reply text: each part with its citation number, a history warning for any part from a document
    /// that is now history, what has happened since, and one source line per part.
    /// </summary>
    private ComposedAnswer Build(IReadOnlyList<(Passage Passage, string Body)> parts, double confidence, int shown, bool hasMore)
    {
        var text = new List<string>();
        var sources = new List<string>();
        var citations = new List<Citation>();
        string? sinceThen = null;
        for (var n = 0; n < parts.Count; n++)
        {
            var (passage, body) = parts[n];
            var document = passage.Document;
            if (document.IsHistorical)
            {
                text.Add(wording.HistoricalPrefix.Replace("{date}", passage.DateLabel, StringComparison.Ordinal));
                sinceThen ??= document.SinceThen;
            }
            text.Add($"{body} [{n + 1}]");
            var source = wording.SourceLine
                .Replace("{title}", document.Title, StringComparison.Ordinal)
                .Replace("{publisher}", document.Publisher, StringComparison.Ordinal)
                .Replace("{date}", passage.DateLabel, StringComparison.Ordinal);
            sources.Add(parts.Count > 1 ? $"[{n + 1}] {source}" : source);
            citations.Add(new Citation(n + 1, document.Title, document.Url, body, passage.DateLabel));
        }
        if (!string.IsNullOrWhiteSpace(sinceThen))
        {
            text.Add(sinceThen);
        }
        var reply = string.Join(' ', text) + "\n\n" + string.Join('\n', sources);
        return new ComposedAnswer(reply, citations, [.. parts.Select(p => p.Passage.Id).Distinct()], confidence, shown, hasMore, parts[0].Passage.Document.Topic);
    }

    /// <summary>The words of <paramref name="s"/> split at spaces, counted without splitting it.</summary>
    private static int WordCount(string s)
    {
        var words = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != ' ' && (i == 0 || s[i - 1] == ' '))
            {
                words++;
            }
        }
        return words;
    }
}
