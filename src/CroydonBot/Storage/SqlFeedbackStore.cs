using System.Globalization;
using Dapper;

namespace CroydonBot.Storage;

/// <summary>The feedback inbox in SQL; the statements run unchanged on SQLite and PostgreSQL.</summary>
public sealed class SqlFeedbackStore(ISqlDatabase database, TimeProvider clock) : IFeedbackStore
{
    private const string Columns =
        """
        id, reference, created_at AS CreatedAt, channel, conversation_hash AS ConversationHash, topic, message,
        is_ambassador AS IsAmbassador, wants_reply AS WantsReply, contact_method AS ContactMethod, contact,
        consent_to_share AS ConsentToShare, safeguarding, status, assignee, notes, reply_sent AS ReplySent, closed_at AS ClosedAt
        """;

    public async Task<FeedbackItem> AddAsync(FeedbackItem feedback, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var parameters = new
        {
            Temp = "pending-" + Guid.NewGuid().ToString("N"),
            CreatedAt = Iso(now),
            feedback.Channel,
            feedback.ConversationHash,
            feedback.Topic,
            feedback.Message,
            IsAmbassador = feedback.IsAmbassador ? 1 : 0,
            WantsReply = feedback.WantsReply ? 1 : 0,
            feedback.ContactMethod,
            feedback.Contact,
            ConsentToShare = feedback.ConsentToShare ? 1 : 0,
            Safeguarding = feedback.SafeguardingFlag ? 1 : 0,
        };
        var (id, reference) = await database.WriteAllOrNothingAsync(async (connection, transaction, _) =>
        {
            // Insert with a temporary unique reference, then derive the public one from the row id: no gaps, no races.
            var id = await connection.ExecuteScalarAsync<long>(
                """
                INSERT INTO feedback (reference, created_at, channel, conversation_hash, topic, message, is_ambassador, wants_reply,
                                      contact_method, contact, consent_to_share, safeguarding, status, reply_sent)
                VALUES (@Temp, @CreatedAt, @Channel, @ConversationHash, @Topic, @Message, @IsAmbassador, @WantsReply,
                        @ContactMethod, @Contact, @ConsentToShare, @Safeguarding, 'new', 0)
                RETURNING id
                """,
                parameters,
                transaction);
            var reference = string.Create(CultureInfo.InvariantCulture, $"FB-{now.Year}-{id:000000}");
            await connection.ExecuteAsync("UPDATE feedback SET reference = @reference WHERE id = @id", new { reference, id }, transaction);
            return (id, reference);
        }, cancellationToken);
        return feedback with { Id = id, Reference = reference, CreatedAt = now, Status = FeedbackStatus.New };
    }

    public async Task<FeedbackItem?> GetAsync(string reference, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<FeedbackRow>($"SELECT {Columns} FROM feedback WHERE reference = @reference", new { reference });
        return row?.ToItem();
    }

    public async Task<IReadOnlyList<FeedbackItem>> ListAsync(string? status, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<FeedbackRow>(
            $"SELECT {Columns} FROM feedback WHERE (@status IS NULL OR status = @status) ORDER BY safeguarding DESC, id DESC LIMIT @limit",
            new { status, limit });
        return [.. rows.Select(r => r.ToItem())];
    }

    public async Task<bool> UpdateAsync(string reference, string status, string? assignee, string? notes, bool replySent, CancellationToken cancellationToken)
    {
        if (!FeedbackStatus.All.Contains(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown feedback status.");
        }
        var closedAt = status == FeedbackStatus.Closed ? Iso(clock.GetUtcNow()) : null;
        var parameters = new { reference, status, assignee, notes, replySent = replySent ? 1 : 0, closedAt };
        var changed = await database.WriteAsync((connection, transaction, _) => connection.ExecuteAsync(
            """
            UPDATE feedback SET status = @status, assignee = @assignee, notes = @notes, reply_sent = @replySent,
                   closed_at = CASE WHEN @closedAt IS NULL THEN NULL ELSE COALESCE(closed_at, @closedAt) END
            WHERE reference = @reference
            """,
            parameters,
            transaction), cancellationToken);
        return changed > 0;
    }

    public async Task<bool> DeleteAsync(string reference, CancellationToken cancellationToken)
    {
        // The sender's link, the chat to reply in and the replies go with the feedback.
        var deleted = await database.WriteAllOrNothingAsync(async (connection, transaction, _) =>
        {
            await connection.ExecuteAsync("DELETE FROM feedback_replies WHERE reference = @reference", new { reference }, transaction);
            await connection.ExecuteAsync("DELETE FROM feedback_links WHERE reference = @reference", new { reference }, transaction);
            return await connection.ExecuteAsync("DELETE FROM feedback WHERE reference = @reference", new { reference }, transaction);
        }, cancellationToken);
        return deleted > 0;
    }

    public Task<int> DeleteClosedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var parameters = new { cutoff = Iso(cutoff) };
        return database.WriteAllOrNothingAsync(async (connection, transaction, _) =>
        {
            var deleted = await connection.ExecuteAsync(
                "DELETE FROM feedback WHERE status = 'closed' AND closed_at IS NOT NULL AND closed_at < @cutoff", parameters, transaction);
            await connection.ExecuteAsync("DELETE FROM feedback_replies WHERE reference NOT IN (SELECT reference FROM feedback)", transaction: transaction);
            await connection.ExecuteAsync("DELETE FROM feedback_links WHERE reference NOT IN (SELECT reference FROM feedback)", transaction: transaction);
            return deleted;
        }, cancellationToken);
    }

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>The row as stored: dates as ISO text and flags as integers, the same on both databases.</summary>
    private sealed class FeedbackRow
    {
        public long Id { get; set; }
        public string Reference { get; set; } = "";
        public string CreatedAt { get; set; } = "";
        public string Channel { get; set; } = "";
        public string ConversationHash { get; set; } = "";
        public string Topic { get; set; } = "";
        public string Message { get; set; } = "";
        public long IsAmbassador { get; set; }
        public long WantsReply { get; set; }
        public string? ContactMethod { get; set; }
        public string? Contact { get; set; }
        public long ConsentToShare { get; set; }
        public long Safeguarding { get; set; }
        public string Status { get; set; } = "";
        public string? Assignee { get; set; }
        public string? Notes { get; set; }
        public long ReplySent { get; set; }
        public string? ClosedAt { get; set; }

        public FeedbackItem ToItem() => new()
        {
            Id = Id,
            Reference = Reference,
            CreatedAt = DateTimeOffset.Parse(CreatedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            Channel = Channel,
            ConversationHash = ConversationHash,
            Topic = Topic,
            Message = Message,
            IsAmbassador = IsAmbassador != 0,
            WantsReply = WantsReply != 0,
            ContactMethod = ContactMethod,
            Contact = Contact,
            ConsentToShare = ConsentToShare != 0,
            SafeguardingFlag = Safeguarding != 0,
            Status = Status,
            Assignee = Assignee,
            Notes = Notes,
            ReplySent = ReplySent != 0,
            ClosedAt = ClosedAt is null ? null : DateTimeOffset.Parse(ClosedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        };
    }
}
