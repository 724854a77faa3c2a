namespace CroydonBot.Knowledge;

/// <summary>
/// A question's terms (every way of saying each of its concepts) in one numbered list, so that which of them a
/// passage's sentence, heading or alternative question holds is one merge of two sorted lists of numbers, and
/// coverage follows from that without hashing a string. The re-ranker asks this of 25 candidates with 10-30 sets of
/// terms each, for every question. Made for one question on one thread: it reuses one buffer for what is held.
/// </summary>
public sealed class PlanTerms
{
    private readonly string[] _terms;          // by slot: the question's distinct terms
    private readonly bool[] _isQuestionWord;   // by slot: a word that shapes any question ("what", "get")
    private readonly int[] _numbers;           // ascending: the numbers of the slots' terms that some set holds
    private readonly int[] _slotOfNumber;      // parallel to _numbers
    private readonly int[] _numberOfSlot;      // by slot: the term's number, or -1 when no passage has it
    private readonly int[][][] _ways;          // per concept, per way of saying it, the slots of its terms
    private readonly double[] _weights;        // per concept
    private readonly double _totalWeight;
    private readonly bool[] _held;
    private readonly bool _everyWayNamesATerm; // no way of saying a concept is empty, so nothing held covers nothing

    public PlanTerms(QueryPlan plan, TermNumbers numbers, IReadOnlySet<string> questionWords)
    {
        // Sized once for every term of every way (an upper bound on the distinct ones): growing it was most of this.
        var capacity = 0;
        for (var c = 0; c < plan.Concepts.Count; c++)
        {
            var alternatives = plan.Concepts[c].Alternatives;
            for (var a = 0; a < alternatives.Count; a++)
            {
                capacity += alternatives[a].Count;
            }
        }
        var slots = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
        _ways = new int[plan.Concepts.Count][][];
        _weights = new double[plan.Concepts.Count];
        for (var c = 0; c < plan.Concepts.Count; c++)
        {
            var alternatives = plan.Concepts[c].Alternatives;
            _weights[c] = plan.Concepts[c].Weight;
            _ways[c] = new int[alternatives.Count][];
            for (var a = 0; a < alternatives.Count; a++)
            {
                var way = new int[alternatives[a].Count];
                for (var t = 0; t < way.Length; t++)
                {
                    if (!slots.TryGetValue(alternatives[a][t], out way[t]))
                    {
                        way[t] = slots.Count;
                        slots.Add(alternatives[a][t], way[t]);
                    }
                }
                _ways[c][a] = way;
            }
        }
        // The same sum, in the same order, as QueryPlan.TotalWeight: coverage must come out equal to the last bit.
        _totalWeight = plan.TotalWeight;
        _terms = new string[slots.Count];
        _isQuestionWord = new bool[slots.Count];
        var numbered = 0;
        var byNumber = new int[slots.Count];
        var slotsByNumber = new int[slots.Count];
        _numberOfSlot = new int[slots.Count];
        foreach (var (term, slot) in slots)
        {
            _terms[slot] = term;
            _isQuestionWord[slot] = questionWords.Contains(term);
            var number = numbers.NumberOf(term);
            _numberOfSlot[slot] = number;
            if (number >= 0)
            {
                (byNumber[numbered], slotsByNumber[numbered]) = (number, slot);
                numbered++;
            }
        }
        _numbers = byNumber[..numbered];
        _slotOfNumber = slotsByNumber[..numbered];
        Array.Sort(_numbers, _slotOfNumber);
        _held = new bool[_terms.Length];
        _everyWayNamesATerm = true;
        foreach (var ways in _ways)
        {
            foreach (var way in ways)
            {
                _everyWayNamesATerm &= way.Length > 0;
            }
        }
    }

    /// <summary>The slot of <paramref name="term"/>, or -1 when no way of saying the question's concepts uses it.</summary>
    public int SlotOf(string term) => Array.IndexOf(_terms, term);

    /// <summary>
    /// Which of the question's terms <paramref name="set"/> holds, by slot. The span is this object's buffer: it
    /// holds until the next call, and the caller may mark more terms as held.
    /// </summary>
    public Span<bool> Held(TermSet set)
    {
        Array.Clear(_held);
        var theirs = set.Numbers;
        ReadOnlySpan<int> ours = _numbers;
        if (theirs.Length == 0 || ours.Length == 0 || theirs[^1] < ours[0] || theirs[0] > ours[^1])
        {
            return _held;
        }
        if (theirs.Length > LongSet * ours.Length)
        {
            // A passage's whole set of terms (hundreds) against the question's few: look each of ours up instead of
            // walking all of theirs. Same answer as the merge below.
            var from = 0;
            for (var i = 0; i < ours.Length && from < theirs.Length; i++)
            {
                var at = theirs[from..].BinarySearch(ours[i]);
                if (at >= 0)
                {
                    _held[_slotOfNumber[i]] = true;
                    from += at + 1;
                }
                else
                {
                    from += ~at;
                }
            }
            return _held;
        }
        var j = 0;
        for (var i = 0; i < ours.Length && j < theirs.Length; i++)
        {
            var number = ours[i];
            while (j < theirs.Length && theirs[j] < number)
            {
                j++;
            }
            if (j < theirs.Length && theirs[j] == number)
            {
                _held[_slotOfNumber[i]] = true;
            }
        }
        return _held;
    }

    /// <summary>A set this many times longer than the question's numbered terms is searched, not merged.</summary>
    private const int LongSet = 8;

    /// <summary>How much of the question the held terms cover, 0 to 1: <see cref="QueryPlan.Coverage"/>, computed the same way.</summary>
    public double Coverage(ReadOnlySpan<bool> held) => Coverage(held, default, null);

    /// <summary>
    /// How much of the question a passage covers when a way of saying a concept in several words counts only where
    /// its words stand together: in one of <paramref name="together"/> (the passage's sentences, heading and
    /// alternative questions; null: anywhere in the passage). Read over the whole passage, "ofsted visit" was held by
    /// a local offer naming Ofsted in one paragraph and a PA's visits in another, so "are ofsted still doing
    /// monitoring visits" got the PA.
    /// A term held some other way (an age met by an age range) counts as present in every set, and so does a word that
    /// shapes any question: "get paid" is held by "paid as three payments" in a passage whose "get" is elsewhere.
    /// </summary>
    public double Coverage(ReadOnlySpan<bool> held, TermSet whole, IReadOnlyList<TermSet>? together)
    {
        // Many of the re-ranker's sets (a candidate's sentences, its alternative questions) hold none of the question's terms:
        // then no way is held and the answer is 0, found by one vectorised scan instead of walking every concept's ways.
        if (_everyWayNamesATerm && !held.Contains(true))
        {
            return 0;
        }
        var matched = 0.0;
        for (var c = 0; c < _ways.Length; c++)
        {
            if (AnyWayHeld(_ways[c], held, whole, together))
            {
                matched += _weights[c];
            }
        }
        var missing = _totalWeight - matched;
        return matched <= 0 ? 0 : matched / (matched + QueryPlan.MissingWeight * missing);
    }

    private bool AnyWayHeld(int[][] ways, ReadOnlySpan<bool> held, TermSet whole, IReadOnlyList<TermSet>? together)
    {
        for (var a = 0; a < ways.Length; a++)
        {
            var way = ways[a];
            var all = true;
            for (var t = 0; all && t < way.Length; t++)
            {
                all = held[way[t]];
            }
            if (all && (together is null || way.Length == 1 || InOneSet(way, whole, together)))
            {
                return true;
            }
        }
        return false;
    }

    private bool InOneSet(int[] way, TermSet whole, IReadOnlyList<TermSet> together)
    {
        for (var s = 0; s < together.Count; s++)
        {
            var set = together[s].Numbers;
            var all = true;
            for (var t = 0; all && t < way.Length; t++)
            {
                var number = _numberOfSlot[way[t]];
                all = number < 0 || _isQuestionWord[way[t]] || set.BinarySearch(number) >= 0 || whole.Numbers.BinarySearch(number) < 0;
            }
            if (all)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>How many held terms say what the question is about, not how it is asked.</summary>
    public int HeldTopicTerms(ReadOnlySpan<bool> held)
    {
        var count = 0;
        for (var slot = 0; slot < held.Length; slot++)
        {
            if (held[slot] && !_isQuestionWord[slot])
            {
                count++;
            }
        }
        return count;
    }
}
