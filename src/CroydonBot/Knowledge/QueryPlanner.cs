using System.Text.RegularExpressions;

namespace CroydonBot.Knowledge;

/// <summary>
/// Understands a question: expands text speak, corrects typos against the index's vocabulary, groups
/// words into concepts with their synonyms (from seeds/synonyms.yaml) and weighs each by rarity.
/// </summary>
public sealed partial class QueryPlanner
{
    private readonly KnowledgeIndex _index;
    private readonly QueryText _text;
    private readonly SpellingCorrector _speller;
    private readonly List<(string[] Words, IReadOnlyList<IReadOnlyList<string>> Alternatives)> _phrases = [];
    private readonly HashSet<string> _ignore;
    private readonly HashSet<string> _nowWords;
    private readonly HashSet<string> _pastWords;

    public QueryPlanner(KnowledgeIndex index, SynonymData synonyms, QuestionWords questionWords)
    {
        _index = index;
        _text = new QueryText(synonyms.TextSpeak);
        _ignore = [.. questionWords.Ignore.Select(w => w.ToLowerInvariant())];
        _nowWords = [.. questionWords.Now.Select(w => w.ToLowerInvariant())];
        _pastWords = [.. questionWords.Past.Select(w => w.ToLowerInvariant())];
        _speller = new SpellingCorrector(BuildVocabulary(index, synonyms, questionWords));
        foreach (var group in synonyms.Groups)
        {
            var alternatives = group
                .Select(phrase => index.Analyzer.Terms(phrase))
                .Where(terms => terms.Count > 0)
                .DistinctBy(terms => string.Join(' ', terms))
                .ToList();
            foreach (var phrase in group)
            {
                _phrases.Add((phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries), alternatives));
            }
        }
        // Longest phrases first, so "personal adviser" wins over "adviser".
        _phrases.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    public QueryPlan Plan(string question)
    {
        var words = _text.Words(question).Select(w => _ignore.Contains(w) || _nowWords.Contains(w) || _pastWords.Contains(w) ? w : _speller.Correct(w)).ToList();
        var concepts = new List<QueryConcept>();
        var used = new bool[words.Count];
        foreach (var (phrase, alternatives) in _phrases)
        {
            for (var start = 0; start + phrase.Length <= words.Count; start++)
            {
                // Plain loops: this runs for every synonym phrase at every position of every question.
                if (MatchesAt(words, used, phrase, start))
                {
                    used.AsSpan(start, phrase.Length).Fill(true);
                    AddConcept(concepts, string.Join(' ', phrase), AsTypedFirst(string.Join(' ', phrase), alternatives));
                }
            }
        }
        for (var i = 0; i < words.Count; i++)
        {
            // Words about time ("now", "back then") steer recency; they are not what the question is about.
            if (used[i] || _ignore.Contains(words[i]) || _nowWords.Contains(words[i]) || _pastWords.Contains(words[i]))
            {
                continue;
            }
            var terms = _index.Analyzer.Terms(words[i]);
            if (terms.Count > 0)
            {
                AddConcept(concepts, words[i], [terms]);
            }
        }
        var years = Year().Matches(question).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
        return new QueryPlan(question, concepts, years, words.Any(_nowWords.Contains), words.Any(_pastWords.Contains));
    }

    private static bool MatchesAt(List<string> words, bool[] used, string[] phrase, int start)
    {
        for (var k = 0; k < phrase.Length; k++)
        {
            if (used[start + k] || !string.Equals(words[start + k], phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    private void AddConcept(List<QueryConcept> concepts, string surface, IReadOnlyList<IReadOnlyList<string>> alternatives)
    {
        // The same idea typed twice, or in two of its words, counts once.
        static string Key(IReadOnlyList<IReadOnlyList<string>> ways) => string.Join('|', ways.Select(w => string.Join(' ', w)).Order(StringComparer.Ordinal));
        var key = Key(alternatives);
        if (concepts.Any(c => Key(c.Alternatives) == key))
        {
            return;
        }
        // A concept is as informative as its most specific way of being said that the index knows.
        var weight = alternatives.Max(alt => alt.Average(_index.Idf));
        var known = alternatives.Where(alt => alt.All(t => _index.Idf(t) < MaxIdf)).ToList();
        if (known.Count > 0)
        {
            weight = known.Max(alt => alt.Average(_index.Idf));
        }
        concepts.Add(new QueryConcept(surface, alternatives, weight));
    }

    private double MaxIdf => _index.Idf("\u0000");

    /// <summary>The group's ways of saying a concept, with the one the young person typed first.</summary>
    private IReadOnlyList<IReadOnlyList<string>> AsTypedFirst(string typed, IReadOnlyList<IReadOnlyList<string>> alternatives)
    {
        var key = string.Join(' ', _index.Analyzer.Terms(typed));
        var first = alternatives.FirstOrDefault(a => string.Join(' ', a) == key);
        return first is null ? alternatives : [first, .. alternatives.Where(a => !ReferenceEquals(a, first))];
    }

    private static Dictionary<string, int> BuildVocabulary(KnowledgeIndex index, SynonymData synonyms, QuestionWords questionWords)
    {
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var texts = index.Passages.SelectMany(p => (string[])[p.Text, p.Heading, p.Document.Title, .. p.Questions])
            .Concat(synonyms.Groups.SelectMany(g => g))
            .Concat(synonyms.TextSpeak.Values)
            .Concat(questionWords.Ignore).Concat(questionWords.Now).Concat(questionWords.Past);
        foreach (var word in texts.SelectMany(QueryText.Tokenise))
        {
            vocabulary[word] = vocabulary.GetValueOrDefault(word) + 1;
        }
        return vocabulary;
    }

    [GeneratedRegex(@"\b(19|20)\d{2}\b")]
    private static partial Regex Year();
}
