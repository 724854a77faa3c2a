using CroydonBot.Text;

namespace CroydonBot.Replies;

/// <summary>
/// The approved "no answer here, say X" replies, by question. A question gets one when it has the same words as the
/// approved question (any case or punctuation): a reviewed reply is for what staff saw asked, not loose matches.
/// Read from the store at most every <see cref="MaxAge"/>, and at once after an approval here, so every instance
/// sharing PostgreSQL picks up an approval within a minute.
/// </summary>
public sealed class StaffReplyBook(IApprovedReplies approved, TimeProvider clock, ILogger<StaffReplyBook> logger)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private volatile Loaded? _loaded;

    public async Task<string?> MatchAsync(string question, CancellationToken cancellationToken)
    {
        var loaded = _loaded;
        if (loaded is null || clock.GetUtcNow() - loaded.At > MaxAge)
        {
            loaded = await RefreshAsync(cancellationToken);
        }
        return loaded.Replies.GetValueOrDefault(Key(question));
    }

    /// <summary>Reads the approved replies again; call after approving one.</summary>
    public async Task<Loaded> RefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            var replies = (await approved.ApprovedAsync(cancellationToken))
                .GroupBy(r => Key(r.Question)).Where(g => g.Key.Length > 0)
                .ToDictionary(g => g.Key, g => g.Last().Reply, StringComparer.Ordinal);
            return _loaded = new Loaded(clock.GetUtcNow(), replies);
        }
        catch (System.Data.Common.DbException ex)
        {
            // A broken read must not stop the bot answering: keep what we had and try again later.
            logger.LogWarning(ex, "Staff replies could not be read");
            return _loaded ?? new Loaded(clock.GetUtcNow(), new Dictionary<string, string>());
        }
    }

    private static string Key(string text) => PlainWords.Of(text);

    public sealed record Loaded(DateTimeOffset At, IReadOnlyDictionary<string, string> Replies);
}
