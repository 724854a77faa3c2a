namespace CroydonBot.LoadTest;

/// <summary>What one conversation sent and how each turn went; written by that conversation's loop only.</summary>
public sealed class ConversationLog(string id, string userId, string channelId = MessageBody.ChannelId)
{
    public string Id { get; } = id;
    public string UserId { get; } = userId;

    /// <summary>The channel id the bot sees: "test" over /api/messages, "directline" over Direct Line.</summary>
    public string ChannelId { get; } = channelId;

    /// <summary>Every text whose turn succeeded, in order: each must be in the question log once.</summary>
    public List<string> Answered { get; } = [];

    /// <summary>Latencies (ms) of the successful turns after the warm-up.</summary>
    public List<double> MeasuredLatencies { get; } = [];

    public int Errors { get; private set; }
    public int MeasuredErrors { get; private set; }
    public Dictionary<int, int> ErrorStatuses { get; } = [];

    public void Add(string text, Turn result, bool measured, TimeSpan elapsed)
    {
        if (result.Ok)
        {
            Answered.Add(text);
            if (measured)
            {
                MeasuredLatencies.Add(elapsed.TotalMilliseconds);
            }
            return;
        }
        Errors++;
        MeasuredErrors += measured ? 1 : 0;
        ErrorStatuses[result.Status] = ErrorStatuses.GetValueOrDefault(result.Status) + 1;
    }
}
