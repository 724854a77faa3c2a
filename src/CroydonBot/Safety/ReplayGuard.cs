using System.Security.Cryptography;
using System.Text;
using CroydonBot.Protocol;
using Microsoft.Extensions.Options;

namespace CroydonBot.Safety;

/// <summary>
/// Remembers recent (channel, conversation, activity id) triples so an activity a channel or an attacker
/// sends twice is answered and logged once. Bounded in size and time.
/// </summary>
public sealed class ReplayGuard(IOptions<RateLimitOptions> options, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset At)> _order = new();

    /// <summary>True the first time an activity is seen; false for a replay within the window.</summary>
    public bool TryAccept(Activity activity)
    {
        if (string.IsNullOrEmpty(activity.Id))
        {
            // Nothing to recognise a replay by; Web Chat and Teams always send an id.
            return true;
        }
        var key = KeyOf(activity);
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            Forget(now);
            if (_seen.ContainsKey(key))
            {
                return false;
            }
            _seen[key] = now;
            _order.Enqueue((key, now));
            return true;
        }
    }

    /// <summary>Forgets an activity whose turn failed before it was answered, so the channel's retry is processed.</summary>
    public void Release(Activity activity)
    {
        if (string.IsNullOrEmpty(activity.Id))
        {
            return;
        }
        lock (_gate)
        {
            _seen.Remove(KeyOf(activity));
        }
    }

    private void Forget(DateTimeOffset now)
    {
        var window = options.Value.ReplayWindow;
        var max = Math.Max(1, options.Value.ReplayCacheSize);
        while (_order.TryPeek(out var oldest) && (now - oldest.At >= window || _seen.Count >= max))
        {
            _order.Dequeue();
            // A released and re-accepted key has a newer time: only forget the entry this queue item added.
            if (_seen.TryGetValue(oldest.Key, out var at) && at == oldest.At)
            {
                _seen.Remove(oldest.Key);
            }
        }
    }

    /// <summary>
    /// A SHA-256 of the triple, so each remembered id costs the same few dozen bytes however long the
    /// caller made it (the endpoints also refuse ids over Limits:MaxIdChars).
    /// </summary>
    private static string KeyOf(Activity activity) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Join('\n', activity.ChannelId ?? "", activity.Conversation?.Id ?? "", activity.Id))));
}
