namespace CroydonBot.Knowledge;

/// <summary>A set of terms as their numbers (<see cref="TermNumbers"/>), ascending, each once.</summary>
public readonly struct TermSet(int[] numbers)
{
    /// <summary>The set of <paramref name="numbers"/>, in any order.</summary>
    public static TermSet Of(List<int> numbers)
    {
        numbers.Sort();
        var distinct = new List<int>(numbers.Count);
        foreach (var number in numbers)
        {
            if (distinct.Count == 0 || distinct[^1] != number)
            {
                distinct.Add(number);
            }
        }
        return new TermSet([.. distinct]);
    }

    /// <summary>The numbers, ascending. Shared: callers must not change them.</summary>
    public ReadOnlySpan<int> Numbers => numbers;

    public int Count => Numbers.Length;

    /// <summary>True when every term of this set is in <paramref name="other"/>.</summary>
    public bool IsSubsetOf(TermSet other)
    {
        var theirs = other.Numbers;
        var j = 0;
        for (var i = 0; i < numbers.Length; i++)
        {
            while (j < theirs.Length && theirs[j] < numbers[i])
            {
                j++;
            }
            if (j == theirs.Length || theirs[j] != numbers[i])
            {
                return false;
            }
        }
        return true;
    }
}
