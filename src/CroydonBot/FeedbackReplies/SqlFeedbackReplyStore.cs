using System.Globalization;
using System.Text.Json;
using CroydonBot.Storage;
using Dapper;

namespace CroydonBot.FeedbackReplies;

/// <summary>The reply tables of migration 0006; the SQL runs unchanged on SQLite and PostgreSQL.</summary>
public sealed class SqlFeedbackReplyStore(ISqlDatabase database, TimeProvider clock) : IFeedbackReplyStore
{
    private const string ReplyColumns = "id, reference, text, sent_by AS SentBy, sent_at AS SentAt, delivery, delivered_at AS DeliveredAt";

    public Task AddLinkAsync(FeedbackLink link, CancellationToken cancellationToken)
    {
        var parameters = new
        {
            link.Reference,
            link.UserHash,
            channel = link.ReplyIn?.ChannelId,
            conversation = link.ReplyIn is null ? null : JsonSerializer.Serialize(link.ReplyIn),
            at = Iso(clock.GetUtcNow()),
        };
        return database.WriteAsync((connection, transaction, _) => connection.ExecuteAsync(
            "INSERT INTO feedback_links (reference, user_hash, reply_channel, reply_conversation, created_at) VALUES (@Reference, @UserHash, @channel, @conversation, @at)",
            parameters, transaction), cancellationToken);
    }

    public async Task<FeedbackLink?> GetLinkAsync(string reference, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<LinkRow>(
            "SELECT reference, user_hash AS UserHash, reply_conversation AS ReplyConversation FROM feedback_links WHERE reference = @reference", new { reference });
        return row is null ? null : new FeedbackLink(row.Reference, row.UserHash,
            row.ReplyConversation is null ? null : JsonSerializer.Deserialize<ConversationTarget>(row.ReplyConversation));
    }

    public Task<long> AddReplyAsync(string reference, string text, string sentBy, string delivery, string userHash, bool delivered, CancellationToken cancellationToken)
    {
        var now = Iso(clock.GetUtcNow());
        var parameters = new { reference, text, sentBy, delivery, userHash, now, deliveredAt = delivered ? now : null };
        return database.WriteAsync((connection, transaction, _) => connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO feedback_replies (reference, text, sent_by, sent_at, delivery, user_hash, delivered_at)
            VALUES (@reference, @text, @sentBy, @now, @delivery, @userHash, @deliveredAt) RETURNING id
            """, parameters, transaction), cancellationToken);
    }

    public async Task<IReadOnlyList<FeedbackReply>> RepliesAsync(string reference, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ReplyRow>($"SELECT {ReplyColumns} FROM feedback_replies WHERE reference = @reference ORDER BY id", new { reference });
        return [.. rows.Select(r => r.ToReply())];
    }

    public async Task<IReadOnlyList<FeedbackReply>> WaitingForAsync(string userHash, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ReplyRow>(
            $"SELECT {ReplyColumns} FROM feedback_replies WHERE user_hash = @userHash AND delivered_at IS NULL ORDER BY id", new { userHash });
        return [.. rows.Select(r => r.ToReply())];
    }

    /// <summary>Every user with a reply not yet delivered.</summary>
    public async Task<IReadOnlyList<string>> UsersWithRepliesWaitingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var users = await connection.QueryAsync<string>("SELECT DISTINCT user_hash FROM feedback_replies WHERE delivered_at IS NULL");
        return [.. users];
    }

    public Task MarkDeliveredAsync(long id, CancellationToken cancellationToken)
    {
        var parameters = new { id, at = Iso(clock.GetUtcNow()) };
        return database.WriteAsync((connection, transaction, _) => connection.ExecuteAsync(
            "UPDATE feedback_replies SET delivered_at = @at WHERE id = @id AND delivered_at IS NULL", parameters, transaction), cancellationToken);
    }

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string at) => DateTimeOffset.Parse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private sealed class LinkRow
    {
        public string Reference { get; set; } = "";
        public string UserHash { get; set; } = "";
        public string? ReplyConversation { get; set; }
    }

    private sealed class ReplyRow
    {
        public long Id { get; set; }
        public string Reference { get; set; } = "";
        public string Text { get; set; } = "";
        public string SentBy { get; set; } = "";
        public string SentAt { get; set; } = "";
        public string Delivery { get; set; } = "";
        public string? DeliveredAt { get; set; }

        public FeedbackReply ToReply() => new(Id, Reference, Text, SentBy, Parse(SentAt), Delivery, DeliveredAt is null ? null : Parse(DeliveredAt));
    }
}
