namespace CroydonBot.Knowledge;

/// <summary>
/// A number for every term the re-ranker compares, given once at start-up, so each of its sets of terms is a
/// sorted array of numbers (<see cref="TermSet"/>) and "which of the question's terms does this sentence hold" is
/// one merge of two short lists instead of a string hash per term per set.
/// </summary>
public sealed class TermNumbers
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    /// <summary>How many terms are numbered.</summary>
    public int Count => _numbers.Count;

    /// <summary>
    /// The set of <paramref name="terms"/>, numbering each term not seen before. For start-up only: numbering is
    /// not thread-safe, and a question's terms are looked up with <see cref="NumberOf"/>, never added.
    /// </summary>
    public TermSet Add(IEnumerable<string> terms)
    {
        var numbers = new SortedSet<int>();
        foreach (var term in terms)
        {
            if (!_numbers.TryGetValue(term, out var number))
            {
                number = _numbers.Count;
                _numbers.Add(term, number);
            }
            numbers.Add(number);
        }
        return new TermSet([.. numbers]);
    }

    /// <summary>The number of <paramref name="term"/>, or -1 when it is in no set numbered at start-up.</summary>
    public int NumberOf(string term) => _numbers.TryGetValue(term, out var number) ? number : -1;
}
