using System.Text.RegularExpressions;
using CroydonBot.Text;

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
    private readonly Dictionary<string, int> _vocabulary;
    private readonly Func<string, bool> _isKnown;
    private readonly List<(string[] Words, IReadOnlyList<IReadOnlyList<string>> Alternatives)> _phrases = [];
    // Positions in _phrases (ascending) of the phrases starting with each word: a phrase can only match where its
    // first word is typed, so a question need not try the others.
    private readonly Dictionary<string, int[]> _phrasesByFirstWord = new(StringComparer.Ordinal);
    // Phrases with no words at all match everywhere (none in today's data, but kept so the index changes nothing).
    private readonly int[] _emptyPhrases;
    private readonly HashSet<string> _ignore;
    private readonly HashSet<string> _nowWords;
    private readonly HashSet<string> _pastWords;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>> _terms = new(StringComparer.Ordinal);
    private readonly WordSpread _spread;
    private const int MaxRememberedTerms = 20_000;

    /// <summary>Every word the guides, their questions, the synonyms and the question words use, lower case.</summary>
    public IEnumerable<string> Vocabulary => _vocabulary.Keys;

    public QueryPlanner(KnowledgeIndex index, SynonymData synonyms, QuestionWords questionWords, EnglishWords? english = null, WordSpread? spread = null)
    {
        _index = index;
        _spread = spread ?? WordSpread.None;

        _text = new QueryText(synonyms.TextSpeak);
        _ignore = [.. questionWords.AllIgnored.Select(w => w.ToLowerInvariant())];
        _nowWords = [.. questionWords.Now.Select(w => w.ToLowerInvariant())];
        _pastWords = [.. questionWords.Past.Select(w => w.ToLowerInvariant())];
        _vocabulary = BuildVocabulary(index, synonyms, questionWords);
        _speller = new SpellingCorrector(_vocabulary, english);
        // One delegate for the planner's life: a method group converted per word would allocate on every question.
        _isKnown = _vocabulary.ContainsKey;
        foreach (var group in synonyms.Groups)
        {
            var alternatives = AlternativesOf(group, index);
            foreach (var phrase in group)
            {
                _phrases.Add((phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries), alternatives));
            }
        }
        // Longest phrases first, so "personal adviser" wins over "adviser".
        _phrases.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        // Learned abbreviations last, one word each, so the sort above orders the written groups as it always did. Only the
        // abbreviation is a phrase: a long form said in full is read word by word as before. Kept out of the vocabulary,
        // so a typo is never "corrected" into an abbreviation the seeds never write.
        foreach (var (longForm, abbreviation) in SeedAbbreviationPairs(synonyms, index, english ?? EnglishWords.None))
        {
            _phrases.Add(([abbreviation], AlternativesOf([longForm, abbreviation], index)));
        }
        var byFirstWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var empty = new List<int>();
        for (var p = 0; p < _phrases.Count; p++)
        {
            if (_phrases[p].Words.Length == 0)
            {
                empty.Add(p);
                continue;
            }
            if (!byFirstWord.TryGetValue(_phrases[p].Words[0], out var positions))
            {
                byFirstWord.Add(_phrases[p].Words[0], positions = []);
            }
            positions.Add(p);
        }
        foreach (var (word, positions) in byFirstWord)
        {
            _phrasesByFirstWord.Add(word, [.. positions]);
        }
        _emptyPhrases = [.. empty];
    }

    /// <summary>
    /// The positions in <see cref="_phrases"/>, ascending, of the phrases whose first word is one of
    /// <paramref name="words"/>: the only ones that can match. Trying them in the same order as the full list gives
    /// the same concepts in the same order.
    /// </summary>
    private static List<int> CandidatePhrases(List<string> words, Dictionary<string, int[]> byFirstWord, int[] emptyPhrases)
    {
        // One list per thread, reused: planning is synchronous, and a new list per question was garbage for nothing.
        var candidates = t_candidates ??= [];
        candidates.Clear();
        candidates.AddRange(emptyPhrases);
        for (var i = 0; i < words.Count; i++)
        {
            if (words.IndexOf(words[i], 0, i) < 0 && byFirstWord.TryGetValue(words[i], out var positions))
            {
                candidates.AddRange(positions);
            }
        }
        candidates.Sort();
        return candidates;
    }

    [ThreadStatic]
    private static List<int>? t_candidates;

    /// <summary>
    /// True when a word about the past is said, except "old" said of an age ("am i too old", "how old", "23
    /// years old"): that asks about the person, not about history.
    /// </summary>
    private bool AsksAboutPast(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (_pastWords.Contains(words[i]) && !(words[i] is "old" or "older" && i > 0 && AgeWordsBeforeOld.Contains(words[i - 1])))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> AgeWordsBeforeOld = ["how", "too", "year", "years", "yr", "yrs", "im", "am", "is", "are", "be", "enough", "not", "bit", "way"];

    public QueryPlan Plan(string question)
    {
        var words = PlainWordsOf(question);
        var concepts = new List<QueryConcept>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        // "is that still the case", "i read that": the frame of a claim, never its topic.
        var used = PresentCheck.FrameWords(words);
        // "my foster carer said croydon failed ofsted": who told an Ofsted claim is not what it asks about.
        TellerFrame.Mark(words, used);
        // "what did ofsted think of how croydon treats care leavers": the judgement asked, not a complaint.
        JudgedTreatment.Mark(words, used);
        // "how did ofsted rate care leavers, not the whole council": what the question rules out is not what it asks.
        var excluded = ExcludedClause.Words(words, question);
        for (var i = 0; i < used.Length; i++)
        {
            used[i] |= excluded[i];
        }
        // "before i write a complaint, what rating did ofsted give?": a complaint in the frame, not in what is asked.
        // Only a message with a complaint word is split: most questions have none.
        if (words.Any(ComplaintSense.IsComplaintWord))
        {
            // A sentence that asks first and tells after a comma ("what did ofsted say, ive heard complaints") is one asking
            // part to QuestionFocus; its clauses say where the complaint is.
            var asking = QuestionFocus.AskingPart(question) ?? ComplaintFrame.AskingClauses(question);
            ComplaintFrame.MarkFraming(words, used, asking is null ? null : PlainWordsOf(asking));
        }
        var candidates = CandidatePhrases(words, _phrasesByFirstWord, _emptyPhrases);
        for (var c = 0; c < candidates.Count; c++)
        {
            var (phrase, alternatives) = _phrases[candidates[c]];
            for (var start = 0; start + phrase.Length <= words.Count; start++)
            {
                // Plain loops: this runs for every synonym phrase whose first word is typed, at every position of every question.
                if (MatchesAt(words, used, phrase, start))
                {
                    used.AsSpan(start, phrase.Length).Fill(true);
                    var surface = string.Join(' ', phrase);
                    AddConcept(concepts, keys, surface, AsTypedFirst(surface, alternatives));
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
            var terms = TermsOf(words[i]);
            if (terms.Count > 0)
            {
                // "£2000" is the amount the seeds write "£2,000": either spelling finds it.
                var grouped = Grouped(words[i]);
                AddConcept(concepts, keys, words[i], grouped is null ? [terms] : [terms, TermsOf(grouped)]);
            }
        }
        if (QuestionFocus.Of(question) is { } focus)
        {
            concepts = InFocus(concepts, focus);
        }
        // "since 2020" names where a span starts, and the span runs to now: it asks about every year since, today's most
        // of all, so the year is no year asked ("how many times rated good since 2020" got the 2020 section alone).
        var years = Year().Matches(question).Where(m => !SinceYear(question, m.Index))
            .Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
        var since = Year().Matches(question).Any(m => SinceYear(question, m.Index));
        var asksNow = since || words.Any(_nowWords.Contains) || PresentCheck.AsksIfStillHolds(words);
        return new QueryPlan(question, concepts, years, asksNow, AsksAboutPast(words));
    }

    /// <summary>The question's words as the index would say them: text speak expanded, then typos corrected.</summary>
    private List<string> PlainWordsOf(string text)
    {
        var words = new List<string>();
        foreach (var typed in _text.Words(text))
        {
            var w = TextSpeakRules.Rewrite(typed, _isKnown) ?? typed;
            words.Add(_ignore.Contains(w) || _nowWords.Contains(w) || _pastWords.Contains(w) ? w : _speller.Correct(w));
        }
        // "what did ofsted complain about" asks for the findings, "how do i complain" for the process.
        return ComplaintSense.Resolve(words);
    }

    /// <summary>
    /// A message's story read as context (<see cref="QuestionFocus"/>): ideas only the story names weigh
    /// <see cref="ContextWeight"/> of their rarity, ideas of the question sentences weigh in full. A question
    /// sentence without an idea of its own ("is that true?") asks about the story, which then stays whole.
    /// </summary>
    private List<QueryConcept> InFocus(List<QueryConcept> concepts, string focus)
    {
        var plainFocus = PlainWordsOf(focus);
        var focusWords = new HashSet<string>(plainFocus, StringComparer.Ordinal);
        // An idea the question sentence says in another of its words is asked too: "she's at sixth form. is she given
        // £1,200 by the college?" asks about college money, though the idea was first met (and named) as "sixth form".
        var focusGroups = GroupsSaidIn(plainFocus);
        bool Asked(QueryConcept c) => c.Surface.Split(' ').Any(focusWords.Contains) || focusGroups.Contains(GroupKey(c.Alternatives));
        // A question whose only known idea is one nearly every passage holds ("is it gonna rain in croydon") says nothing
        // the story does not: the story stays whole.
        if (!concepts.Any(c => !c.Unknown && c.Weight >= CommonWeight && Asked(c)))
        {
            return concepts;
        }
        return [.. concepts.Select(c => Asked(c) ? c : c with { Weight = c.Weight * ContextWeight, Context = true })];
    }

    /// <summary>
    /// What an idea named only in a message's story weighs against one the question names. Fitted leave-one-batch-out
    /// on G, H and I (docs/quality.md, round F): 0 to 0.4 fit them alike, and below 0.4 the story no longer picks the
    /// sentence it should ("came to the UK on my own" for the immigration sentence of a support question).
    /// </summary>
    public const double ContextWeight = 0.4;

    /// <summary>An idea this common ("croydon", in almost every passage) does not make a question sentence a focus of its own.</summary>
    private const double CommonWeight = 0.5;

    /// <summary>The synonym groups (by <see cref="GroupKey"/>) said somewhere in <paramref name="words"/>.</summary>
    private HashSet<string> GroupsSaidIn(List<string> words)
    {
        var groups = new HashSet<string>(StringComparer.Ordinal);
        var free = new bool[words.Count];
        foreach (var (phrase, alternatives) in _phrases)
        {
            for (var start = 0; start + phrase.Length <= words.Count; start++)
            {
                if (MatchesAt(words, free, phrase, start))
                {
                    groups.Add(GroupKey(alternatives));
                }
            }
        }
        return groups;
    }

    /// <summary>A synonym group's identity whatever order its ways of saying come in: the key <see cref="AddConcept"/> counts ideas by.</summary>
    private static string GroupKey(IReadOnlyList<IReadOnlyList<string>> alternatives)
    {
        var said = new string[alternatives.Count];
        for (var a = 0; a < said.Length; a++)
        {
            said[a] = string.Join(' ', alternatives[a]);
        }
        Array.Sort(said, StringComparer.Ordinal);
        return string.Join('|', said);
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

    private void AddConcept(List<QueryConcept> concepts, HashSet<string> keys, string surface, IReadOnlyList<IReadOnlyList<string>> alternatives)
    {
        // The same idea typed twice, or in two of its words, counts once.
        var said = new string[alternatives.Count];
        for (var a = 0; a < said.Length; a++)
        {
            said[a] = string.Join(' ', alternatives[a]);
        }
        Array.Sort(said, StringComparer.Ordinal);
        if (!keys.Add(string.Join('|', said)))
        {
            return;
        }
        // A concept is as informative as its most specific way of being said that the index knows.
        var maxIdf = MaxIdf;
        double? weight = null;
        double? knownWeight = null;
        for (var a = 0; a < alternatives.Count; a++)
        {
            var alternative = alternatives[a];
            var sum = 0.0;
            var known = true;
            for (var t = 0; t < alternative.Count; t++)
            {
                var idf = _index.Idf(alternative[t]);
                // Rarity in the guides, capped by how little the word is known to tell about which section answers (WordSpread).
                sum += _spread.Weight(alternative[t], idf, maxIdf);
                known &= idf < maxIdf;
            }
            var average = sum / alternative.Count;
            weight = weight is null || average > weight ? average : weight;
            if (known)
            {
                knownWeight = knownWeight is null || average > knownWeight ? average : knownWeight;
            }
        }
        concepts.Add(new QueryConcept(surface, alternatives, knownWeight ?? Math.Min(weight!.Value, UnseenWeight))
        {
            Unknown = knownWeight is null,
            Spread = alternatives[0].Count > 0 && alternatives[0].All(_spread.IsSpread),
        });
    }

    private double MaxIdf => _index.Idf("\u0000");

    // How much a word no passage holds weighs in coverage: about a typical known concept ("council" 3.0, "stay" 2.7, "18" 1.8),
    // not the highest weight there is. Such a word is missing from every section alike, so it cannot say which section
    // answers; at full weight two everyday words ("pack up ... straight away") sank a question the Staying Put section
    // answers below the confidence threshold. Whether a question is mostly about things the guides never mention is
    // UnknownSubject's call, which counts these words rather than weighing them. Quality, routing and safeguarding files
    // +40 (46 fixed, 6 lost), multi-turn files unchanged, dev set unchanged (docs/quality.md, "Round S (lead)").
    private const double UnseenWeight = 2.5;

    /// <summary>The group's ways of saying a concept, with the one the young person typed first.</summary>
    private IReadOnlyList<IReadOnlyList<string>> AsTypedFirst(string typed, IReadOnlyList<IReadOnlyList<string>> alternatives)
    {
        var key = string.Join(' ', TermsOf(typed));
        var first = alternatives.FirstOrDefault(a => string.Join(' ', a) == key);
        return first is null ? alternatives : [first, .. alternatives.Where(a => !ReferenceEquals(a, first))];
    }

    /// <summary>
    /// The analysed terms of a word or phrase of a question, remembered: the same words come back in question
    /// after question, and each analysis ran Lucene's whole analysis chain. Bounded like the speller's memory.
    /// </summary>
    private IReadOnlyList<string> TermsOf(string text)
    {
        if (_terms.TryGetValue(text, out var known))
        {
            return known;
        }
        var terms = _index.Analyzer.Terms(text);
        if (_terms.Count < MaxRememberedTerms)
        {
            _terms.TryAdd(text, terms);
        }
        return terms;
    }

    private static List<IReadOnlyList<string>> AlternativesOf(IEnumerable<string> group, KnowledgeIndex index) =>
        group.Select(phrase => index.Analyzer.Terms(phrase))
            .Where(terms => terms.Count > 0)
            .DistinctBy(terms => string.Join(' ', terms))
            .ToList();

    /// <summary>
    /// The abbreviations the seeds spell out (<see cref="SeedAbbreviations"/>) that no synonym group already has, that
    /// are no English word ("act", "ask" must stay words) and that the seeds never write themselves: a written
    /// abbreviation already meets its passage.
    /// </summary>
    private static IEnumerable<(string LongForm, string Abbreviation)> SeedAbbreviationPairs(SynonymData synonyms, KnowledgeIndex index, EnglishWords english)
    {
        var texts = index.Passages.SelectMany(p => (string[])[p.Text, p.Heading, p.Document.Title]).ToList();
        var written = new HashSet<string>(texts.SelectMany(PlainWords.Split), StringComparer.Ordinal);
        var grouped = new HashSet<string>(synonyms.Groups.SelectMany(g => g).Select(p => p.ToLowerInvariant()), StringComparer.Ordinal);
        return SeedAbbreviations.Of(texts)
            .Where(kv => !grouped.Contains(kv.Key) && !english.Contains(kv.Key) && !written.Contains(kv.Key))
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => (kv.Value, kv.Key));
    }

    private static Dictionary<string, int> BuildVocabulary(KnowledgeIndex index, SynonymData synonyms, QuestionWords questionWords)
    {
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var texts = index.Passages.SelectMany(p => (string[])[p.Text, p.Heading, p.Document.Title, .. p.Questions])
            .Concat(synonyms.Groups.SelectMany(g => g))
            .Concat(synonyms.TextSpeak.Values)
            .Concat(questionWords.AllIgnored).Concat(questionWords.Now).Concat(questionWords.Past);
        foreach (var word in texts.SelectMany(PlainWords.Split))
        {
            vocabulary[word] = vocabulary.GetValueOrDefault(word) + 1;
        }
        return vocabulary;
    }

    // An amount ("£2000") is not a year.
    [GeneratedRegex(@"(?<![£$,.0-9])\b(19|20)[0-9]{2}\b(?!,[0-9])")]
    private static partial Regex Year();

    /// <summary>True when the year at <paramref name="at"/> follows "since" ("since 2020", "ever since 2017").</summary>
    private static bool SinceYear(string question, int at)
    {
        var before = question[..at].TrimEnd();
        return before.EndsWith("since", StringComparison.OrdinalIgnoreCase) && (before.Length == 5 || !char.IsLetter(before[^6]));
    }

    [GeneratedRegex(@"^£?([1-9]\d{0,2})k$")]
    private static partial Regex Thousands();

    /// <summary>An amount of four or more digits written without separators ("£2000", "3000") or in thousands ("2k"), with them ("£2,000"); else null.</summary>
    private static string? Grouped(string word)
    {
        if (Thousands().Match(word) is { Success: true } k)
        {
            // "2k", "£3k": how young people write the amounts the seeds write "£2,000".
            return "£" + k.Groups[1].Value + ",000";
        }
        var digits = word.TrimStart('£');
        if (digits.Length < 4 || digits.Length > 9 || !digits.All(char.IsAsciiDigit) || digits.Length == 4 && !word.StartsWith('£'))
        {
            // A bare four-digit number is more often a year than an amount.
            return null;
        }
        return (word.StartsWith('£') ? "£" : "") + long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture).ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);
    }
}
