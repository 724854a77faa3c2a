using System.Collections.Concurrent;

namespace CroydonBot.Caching;

/// <summary>
/// Remembers the results of a pure function for recently seen inputs. After a newsletter a whole cohort
/// asks the same few questions, and working each answer out again is most of a turn's cost. Bounded:
/// when full it starts afresh, which keeps memory flat without bookkeeping on every hit, and the
/// questions still being asked come back within a few turns.
/// </summary>
public sealed class BoundedMemo<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private ConcurrentDictionary<TKey, TValue> _values = new(comparer);

    /// <summary>Zero turns remembering off: every call computes.</summary>
    public int Capacity => capacity;

    /// <summary>How many results are remembered now.</summary>
    public int Count => _values.Count;

    /// <summary>The remembered result for <paramref name="key"/>, when there is one; nothing is computed.</summary>
    public bool TryGet(TKey key, out TValue value)
    {
        if (capacity > 0 && _values.TryGetValue(key, out var known))
        {
            value = known;
            return true;
        }
        value = default!;
        return false;
    }

    /// <summary>The remembered result for <paramref name="key"/>, or <paramref name="compute"/>'s, then remembered.</summary>
    /// <remarks><paramref name="keep"/> says whether a computed result may be remembered (null keeps every one): a result
    /// that depended on the moment (a check that ran out of time under load) is not the input's to keep.</remarks>
    public TValue GetOrAdd(TKey key, Func<TKey, TValue> compute, Func<TValue, bool>? keep = null)
    {
        if (capacity <= 0)
        {
            return compute(key);
        }
        var values = _values;
        if (values.TryGetValue(key, out var known))
        {
            return known;
        }
        var value = compute(key);
        if (keep is not null && !keep(value))
        {
            return value;
        }
        if (values.Count >= capacity)
        {
            // Another thread may clear at the same moment; either way the new dictionary is empty.
            Interlocked.CompareExchange(ref _values, new ConcurrentDictionary<TKey, TValue>(comparer), values);
            values = _values;
        }
        values.TryAdd(key, value);
        return value;
    }
}
