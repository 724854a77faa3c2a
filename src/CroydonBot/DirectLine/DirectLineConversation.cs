using CroydonBot.Protocol;

namespace CroydonBot.DirectLine;

/// <summary>
/// One conversation's log: every activity the client should see (the user's own echoed messages and the
/// bot's replies), numbered in order. The number is the watermark; the log keeps only the newest
/// <c>capacity</c> activities. At most one WebSocket listens at a time.
/// </summary>
public sealed class DirectLineConversation(string id, string? userId, int capacity, DateTimeOffset now)
{
    private readonly object _gate = new();
    private readonly LinkedList<byte[]> _log = new();
    private long _firstIndex;
    private long _nextIndex;
    private StreamListener? _listener;

    public string Id { get; } = id;

    /// <summary>The user the conversation belongs to; fixed by the token or the start request.</summary>
    public string? UserId { get; private set; } = userId;

    public bool Started { get; private set; }

    public DateTimeOffset LastUsed { get; private set; } = now;

    /// <summary>Turns of one conversation run one at a time, so its saved state is never written twice at once.</summary>
    public SemaphoreSlim TurnGate { get; } = new(1, 1);

    /// <summary>Marks the conversation started; false when it already was (the caller then answers 200, not 201).</summary>
    public bool TryStart(string? userId)
    {
        lock (_gate)
        {
            if (Started)
            {
                return false;
            }
            Started = true;
            UserId ??= userId;
            return true;
        }
    }

    public void Touch(DateTimeOffset now)
    {
        lock (_gate)
        {
            LastUsed = now;
        }
    }

    /// <summary>The watermark after the newest activity.</summary>
    public long Watermark
    {
        get
        {
            lock (_gate)
            {
                return _nextIndex;
            }
        }
    }

    /// <summary>Stores an activity, giving it the next id and the current time, and streams it to the listener.</summary>
    public Activity Append(Activity activity, DateTimeOffset now)
    {
        lock (_gate)
        {
            var index = _nextIndex++;
            // Direct Line ids look like "conversationId|0000042": unique, and in order within the conversation.
            activity.Id = $"{Id}|{index:D7}";
            activity.Timestamp = now;
            var json = ActivitySetJson.Serialize(activity);
            _log.AddLast(json);
            while (_log.Count > capacity)
            {
                _log.RemoveFirst();
                _firstIndex++;
            }
            LastUsed = now;
            _listener?.Send(ActivitySetJson.Write([json], _nextIndex.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return activity;
        }
    }

    /// <summary>Sends an activity to the listener only (typing travels only over the WebSocket).</summary>
    public void Broadcast(Activity activity)
    {
        lock (_gate)
        {
            _listener?.Send(ActivitySetJson.Write([ActivitySetJson.Serialize(activity)], null));
        }
    }

    /// <summary>Activities from <paramref name="watermark"/> on, and the watermark after them, as an ActivitySet's JSON.</summary>
    public byte[] Read(long watermark)
    {
        lock (_gate)
        {
            return Snapshot(watermark);
        }
    }

    /// <summary>
    /// Makes <paramref name="listener"/> the conversation's one stream, first queueing what it missed since
    /// <paramref name="watermark"/>; returns the listener it replaced, if any.
    /// </summary>
    public StreamListener? Listen(StreamListener listener, long watermark)
    {
        lock (_gate)
        {
            var replaced = _listener;
            _listener = listener;
            if (Math.Max(watermark, _firstIndex) < _nextIndex)
            {
                listener.Send(Snapshot(watermark));
            }
            return replaced;
        }
    }

    /// <summary>Forgets <paramref name="listener"/> if it is still the current one.</summary>
    public void StopListening(StreamListener listener)
    {
        lock (_gate)
        {
            if (ReferenceEquals(_listener, listener))
            {
                _listener = null;
            }
        }
    }

    private byte[] Snapshot(long watermark)
    {
        var start = Math.Max(watermark, _firstIndex);
        var activities = _log.Skip((int)Math.Min(start - _firstIndex, int.MaxValue));
        return ActivitySetJson.Write(activities, _nextIndex.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
