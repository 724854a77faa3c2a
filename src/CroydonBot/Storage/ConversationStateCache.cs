namespace CroydonBot.Storage;

/// <summary>
/// The latest state JSON of the most recently used conversations, bounded: past the capacity the least
/// recently used one is forgotten. Holds JSON, never a state object, so no two turns share a mutable state.
/// </summary>
public sealed class ConversationStateCache(int capacity)
{
    /// <summary>About a day's conversations on one small machine, a few MB of JSON.</summary>
    public const int DefaultCapacity = 10_000;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, string Json)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, string Json)> _recency = new();

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    public bool TryGet(string key, out string json)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                json = node.Value.Json;
                return true;
            }
        }
        json = "";
        return false;
    }

    public void Set(string key, string json)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                node.Value = (key, json);
                _recency.Remove(node);
                _recency.AddFirst(node);
                return;
            }
            _entries[key] = _recency.AddFirst((key, json));
            if (_entries.Count > Capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
            }
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _entries.Clear();
            _recency.Clear();
        }
    }

    public void Remove(string key)
    {
        lock (_lock)
        {
            if (_entries.Remove(key, out var node))
            {
                _recency.Remove(node);
            }
        }
    }
}
