namespace CroydonBot.Caching;

/// <summary>
/// Remembers what a pure check said about recent messages. Only short messages are kept: a long paste is
/// rarely sent twice, and keeping it would fill memory with text nobody asks about again. The texts are
/// held in memory only, never written anywhere.
/// </summary>
public sealed class RecentTexts<TValue>(int capacity)
{
    /// <summary>Longer messages are worked out afresh every time.</summary>
    public const int MaxLength = 500;

    private readonly BoundedMemo<string, TValue> _results = new(capacity, StringComparer.Ordinal);

    /// <summary>The remembered result for a short text, or <paramref name="compute"/>'s; <paramref name="keep"/> (null keeps
    /// every one) says whether a computed result may be remembered.</summary>
    public TValue GetOrAdd(string text, Func<string, TValue> compute, Func<TValue, bool>? keep = null) =>
        text.Length > MaxLength ? compute(text) : _results.GetOrAdd(text, compute, keep);
}
