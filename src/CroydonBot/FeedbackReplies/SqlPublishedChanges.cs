using System.Globalization;
using CroydonBot.Storage;
using Dapper;

namespace CroydonBot.FeedbackReplies;

/// <summary>The published_changes table of migration 0007, the same SQL on SQLite and PostgreSQL.</summary>
public sealed class SqlPublishedChanges(ISqlDatabase database, TimeProvider clock) : IPublishedChanges
{
    public Task<long> PublishAsync(string reference, string summary, string publishedBy, CancellationToken cancellationToken)
    {
        var parameters = new { reference, summary, publishedBy, at = clock.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture) };
        return database.WriteAsync((connection, transaction, _) => connection.ExecuteScalarAsync<long>(
            "INSERT INTO published_changes (reference, summary, published_by, published_at) VALUES (@reference, @summary, @publishedBy, @at) RETURNING id",
            parameters, transaction), cancellationToken);
    }

    public async Task<IReadOnlyList<PublishedChange>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(
            "SELECT id, reference, summary, published_by AS PublishedBy, published_at AS PublishedAt FROM published_changes ORDER BY published_at DESC, id DESC LIMIT @limit",
            new { limit });
        return [.. rows.Select(r => new PublishedChange(r.Id, r.Reference, r.Summary, r.PublishedBy,
            DateTimeOffset.Parse(r.PublishedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)))];
    }

    private sealed class Row
    {
        public long Id { get; set; }
        public string Reference { get; set; } = "";
        public string Summary { get; set; } = "";
        public string PublishedBy { get; set; } = "";
        public string PublishedAt { get; set; } = "";
    }
}
