using System.Buffers;
using System.Globalization;

namespace CroydonBot.Knowledge;

/// <summary>
/// Questions young people asked before, each with the passages holding the facts its answer needed (seeds/neighbours.tsv,
/// written by <c>train-neighbours</c> from eval/'s labelled questions, <see cref="Eval.NeighbourTrainer"/>). A new question is
/// compared with them by its topic words (rarity-weighted cosine); the share of its closest neighbours that a passage
/// answered says, in the voice people really use, what the passage's own words and alternative questions may not.
/// </summary>
public sealed class NeighbourQuestions
{
    public const string File = "neighbours.tsv";

    /// <summary>How many of the closest questions vote.</summary>
    public const int Neighbours = 10;

    /// <summary>One labelled question: its batch (so a batch can be scored without its own questions), topic terms and passage keys.</summary>
    public sealed record Labelled(string Batch, IReadOnlyList<string> Terms, IReadOnlyList<string> Keys);

    private readonly string[] _batches;
    private readonly string[][] _keys;
    private readonly double[] _norms;
    private readonly Dictionary<string, (double Weight, int[] Questions)> _postings;

    public NeighbourQuestions(IReadOnlyList<Labelled> questions)
    {
        _batches = [.. questions.Select(q => q.Batch)];
        // One string per passage key, however many questions name it: the table stays a few hundred kilobytes.
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        _keys = [.. questions.Select(q => q.Keys.Select(k => keys.TryGetValue(k, out var known) ? known : keys[k] = k).ToArray())];
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < questions.Count; i++)
        {
            foreach (var term in questions[i].Terms.Distinct(StringComparer.Ordinal))
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }
                list.Add(i);
            }
        }
        // Squared rarity: a word in every other question ("care", "leaver") says little about which one is near.
        _postings = postings.ToDictionary(p => p.Key, p => (Math.Pow(Math.Log(1 + (double)questions.Count / p.Value.Count), 2), p.Value.ToArray()), StringComparer.Ordinal);
        _norms = new double[questions.Count];
        foreach (var (weight, list) in _postings.Values)
        {
            foreach (var i in list)
            {
                _norms[i] += weight;
            }
        }
        for (var i = 0; i < _norms.Length; i++)
        {
            _norms[i] = Math.Sqrt(_norms[i]);
        }
    }

    /// <summary>No questions: every passage's share is 0, as before the table.</summary>
    public static NeighbourQuestions None { get; } = new([]);

    public int Count => _batches.Length;

    /// <summary>
    /// For each passage key, the cosine similarities of the <see cref="Neighbours"/> questions closest to <paramref name="terms"/>
    /// (distinct topic terms) whose facts it held, each split evenly across that question's passages, summed and divided by
    /// <see cref="Neighbours"/>: 0 to 1, and 1 only when ten questions worded exactly alike all needed it and nothing else. Empty when no question shares a term. Questions of batch
    /// <paramref name="withoutBatch"/> are passed over, so a batch is scored as if never seen.
    /// </summary>
    /// <remarks>
    /// Round Y (near-y2): the share used to be relative to the neighbours found, so ten distant questions that happened to
    /// share one word voted as hard as ten asked in the same words, and outweighed the passage's own words (a dev question
    /// never in the table lost its answer). Weighing each vote by how alike the questions really are, and dividing by the
    /// ten that may vote, makes the vote count only when close questions agree.
    /// </remarks>
    public Dictionary<string, double> Shares(IReadOnlyCollection<string> terms, string? withoutBatch = null)
    {
        var shares = new Dictionary<string, double>(StringComparer.Ordinal);
        if (_batches.Length == 0 || terms.Count == 0)
        {
            return shares;
        }
        // A rented array may hold what its last user left: cleared here, not trusted.
        var dots = ArrayPool<double>.Shared.Rent(_batches.Length);
        Array.Clear(dots, 0, _batches.Length);
        // Rented too (round AK, lead): a list grown to the thousands of questions "care" and "leaver" reach was most of the
        // 15 KB the vote allocated per question. Only the first touchedCount entries are read, so nothing needs clearing.
        var touched = ArrayPool<int>.Shared.Rent(_batches.Length);
        var touchedCount = 0;
        try
        {
            // A word no labelled question used counts as the rarest word there is: the question then asks something its
            // neighbours did not, and they are that much less alike.
            var unseen = Math.Pow(Math.Log(1 + (double)_batches.Length), 2);
            var norm = 0.0;
            foreach (var term in terms)
            {
                if (!_postings.TryGetValue(term, out var posting))
                {
                    norm += unseen;
                    continue;
                }
                norm += posting.Weight;
                foreach (var i in posting.Questions)
                {
                    if (dots[i] == 0)
                    {
                        touched[touchedCount++] = i;
                    }
                    dots[i] += posting.Weight;
                }
            }
            Span<int> best = stackalloc int[Neighbours];
            Span<double> bestSimilarity = stackalloc double[Neighbours];
            var found = 0;
            var queryNorm = Math.Sqrt(norm);
            foreach (var i in touched.AsSpan(0, touchedCount))
            {
                if (withoutBatch is not null && string.Equals(_batches[i], withoutBatch, StringComparison.Ordinal))
                {
                    continue;
                }
                var similarity = dots[i] / (_norms[i] * queryNorm);
                // Kept best first; an equal similarity keeps the question read first, so the order is the file's.
                var at = found;
                while (at > 0 && (similarity > bestSimilarity[at - 1] || similarity == bestSimilarity[at - 1] && i < best[at - 1]))
                {
                    at--;
                }
                if (at >= Neighbours)
                {
                    continue;
                }
                for (var k = Math.Min(found, Neighbours - 1); k > at; k--)
                {
                    (best[k], bestSimilarity[k]) = (best[k - 1], bestSimilarity[k - 1]);
                }
                (best[at], bestSimilarity[at]) = (i, similarity);
                found = Math.Min(found + 1, Neighbours);
            }
            if (NarrowerThanTheQuestion(best[..found], dots, norm))
            {
                return shares;
            }
            for (var n = 0; n < found; n++)
            {
                // Round Z (near-z2): a question's vote is split across the passages holding its facts. A vague labelled
                // question ("what did ofsted say needs improving") needed up to eight sections, and gave each of them its
                // whole vote, so a broad question met by several such neighbours was pulled to the section they shared
                // rather than the one a single, specific neighbour needed alone.
                var keys = _keys[best[n]];
                foreach (var key in keys)
                {
                    shares[key] = shares.GetValueOrDefault(key) + bestSimilarity[n] / keys.Length;
                }
            }
            foreach (var key in shares.Keys)
            {
                shares[key] /= Neighbours;
            }
            return shares;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(dots);
            ArrayPool<int>.Shared.Return(touched);
        }
    }

    /// <summary>
    /// True when every neighbour found said each of the question's words and more: each asked something narrower than the
    /// question ("what did ofsted say about croydon in 2024" met only by "... in 2024 about care leavers", "... to fix in
    /// 2024"). Their passages say where the narrower questions go, not where the broad one does: the section that answers
    /// the whole of it (the judgement of that inspection, not its list of things to improve) is found by the question's own
    /// words, so no one votes (round AK).
    /// </summary>
    /// <remarks>
    /// A neighbour holds all the question's words when their shared weight is the question's whole weight (an unseen word
    /// adds to the question's weight and no neighbour's, so a question with one is never broad in this sense), and says more
    /// when its own weight is greater. One neighbour worded as the question, or one that leaves a word out, and they vote.
    /// </remarks>
    private bool NarrowerThanTheQuestion(ReadOnlySpan<int> neighbours, double[] dots, double norm)
    {
        if (neighbours.Length == 0)
        {
            return false;
        }
        const double slack = 1e-9;
        foreach (var i in neighbours)
        {
            if (dots[i] < norm * (1 - slack) || _norms[i] * _norms[i] <= norm * (1 + slack))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The key a passage is known by in the table: a guide section by its guide and heading, which survive edits to its text; a source fragment by its id.</summary>
    public static string KeyOf(Passage passage) =>
        passage.Document.Kind == "guide" ? passage.Document.File + "#" + passage.Heading : passage.Id;

    /// <summary>Reads "batch TAB terms TAB key TAB key ..." lines; '#' starts a comment. A missing file is <see cref="None"/>.</summary>
    public static NeighbourQuestions Read(string path)
    {
        if (!System.IO.File.Exists(path))
        {
            return None;
        }
        var questions = new List<Labelled>();
        foreach (var (line, number) in System.IO.File.ReadLines(path).Select((l, i) => (l, i + 1)))
        {
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }
            var parts = line.Split('\t');
            if (parts.Length < 3)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(path)} line {number}: expected 'batch<TAB>terms<TAB>passage key...'."));
            }
            questions.Add(new Labelled(parts[0], parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries), parts[2..]));
        }
        return new NeighbourQuestions(questions);
    }
}
