namespace CroydonBot.Knowledge;

/// <summary>
/// The best documents seen so far, kept in a fixed min-heap reused from question to question. Ties go to the
/// lower document number, as Lucene's TopScoreDocCollector breaks them, so the order matches IndexSearcher's.
/// </summary>
public sealed class TopHits
{
    private int[] _docs = [];
    private float[] _scores = [];
    private int _capacity;

    public int Count { get; private set; }

    public void Reset(int capacity)
    {
        if (_docs.Length < capacity)
        {
            _docs = new int[capacity];
            _scores = new float[capacity];
        }
        _capacity = capacity;
        Count = 0;
    }

    public void Offer(int doc, float score)
    {
        if (Count < _capacity)
        {
            _docs[Count] = doc;
            _scores[Count] = score;
            Up(Count++);
        }
        else if (_capacity > 0 && Worse(_docs[0], _scores[0], doc, score))
        {
            _docs[0] = doc;
            _scores[0] = score;
            Down(0);
        }
    }

    /// <summary>Empties the heap, best first.</summary>
    public (int Doc, float Score)[] Drain()
    {
        var result = new (int Doc, float Score)[Count];
        for (var i = Count - 1; i >= 0; i--)
        {
            result[i] = (_docs[0], _scores[0]);
            Count--;
            _docs[0] = _docs[Count];
            _scores[0] = _scores[Count];
            Down(0);
        }
        return result;
    }

    /// <summary>True when (a, sa) ranks below (b, sb).</summary>
    private static bool Worse(int a, float sa, int b, float sb) => sa < sb || (sa == sb && a > b);

    private void Up(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Worse(_docs[i], _scores[i], _docs[parent], _scores[parent]))
            {
                return;
            }
            Swap(i, parent);
            i = parent;
        }
    }

    private void Down(int i)
    {
        while (true)
        {
            var worst = i;
            foreach (var child in (ReadOnlySpan<int>)[2 * i + 1, 2 * i + 2])
            {
                if (child < Count && Worse(_docs[child], _scores[child], _docs[worst], _scores[worst]))
                {
                    worst = child;
                }
            }
            if (worst == i)
            {
                return;
            }
            Swap(i, worst);
            i = worst;
        }
    }

    private void Swap(int a, int b)
    {
        (_docs[a], _docs[b]) = (_docs[b], _docs[a]);
        (_scores[a], _scores[b]) = (_scores[b], _scores[a]);
    }
}
