using CroydonBot.FeedbackReplies;
using CroydonBot.IntegrationTests.Storage;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CroydonBot.IntegrationTests.FeedbackReplies;

/// <summary>
/// The SQLite reply store that knows in memory who has replies waiting: it must give every waiting reply exactly as the
/// database does, whether the reply was in the file before the bot started or added since.
/// </summary>
public sealed class CachedFeedbackReplyStoreTests : IAsyncLifetime
{
    private readonly SqliteStoreFixture _file = new();
    private SqlFeedbackReplyStore _fromFile = null!;

    public async Task InitializeAsync()
    {
        await _file.InitializeAsync();
        _fromFile = new SqlFeedbackReplyStore(_file.Database, TimeProvider.System);
    }

    public Task DisposeAsync() => _file.DisposeAsync();

    [Fact]
    public async Task AReplyWaitingInTheFileBeforeStartIsGivenToItsUserOnly()
    {
        await _fromFile.AddReplyAsync("FB-2026-000007", "We fixed the form.", "sam", ReplyDelivery.NextVisit, "user-a", delivered: false, CancellationToken.None);
        var cached = new CachedFeedbackReplyStore(_fromFile);

        var mine = await cached.WaitingForAsync("user-a", CancellationToken.None);
        var theirs = await cached.WaitingForAsync("user-b", CancellationToken.None);

        Assert.Equal("We fixed the form.", Assert.Single(mine).Text);
        Assert.Empty(theirs);
    }

    [Fact]
    public async Task AReplyAddedAfterAnEmptyCheckIsGivenAtTheNextMessageAndOnceDeliveredNoMore()
    {
        var cached = new CachedFeedbackReplyStore(_fromFile);
        Assert.Empty(await cached.WaitingForAsync("user-a", CancellationToken.None));

        var id = await cached.AddReplyAsync("FB-2026-000008", "The grant now covers a cooker.", "sam", ReplyDelivery.NextVisit, "user-a", delivered: false, CancellationToken.None);
        Assert.Equal(id, Assert.Single(await cached.WaitingForAsync("user-a", CancellationToken.None)).Id);

        await cached.MarkDeliveredAsync(id, CancellationToken.None);
        Assert.Empty(await cached.WaitingForAsync("user-a", CancellationToken.None));
        Assert.Empty(await cached.WaitingForAsync("user-a", CancellationToken.None));
    }

    [Fact]
    public async Task AReplyAlreadyDeliveredInChatNeverWaits()
    {
        var cached = new CachedFeedbackReplyStore(_fromFile);
        await cached.AddReplyAsync("FB-2026-000009", "Sent live.", "sam", ReplyDelivery.LiveChat, "user-a", delivered: true, CancellationToken.None);

        Assert.Empty(await cached.WaitingForAsync("user-a", CancellationToken.None));
    }

    [Fact]
    public async Task AUserWhoseReplyWasDeliveredGetsTheNextOneAddedLater()
    {
        var cached = new CachedFeedbackReplyStore(_fromFile);
        var first = await cached.AddReplyAsync("FB-2026-000010", "First.", "sam", ReplyDelivery.NextVisit, "user-a", delivered: false, CancellationToken.None);
        await cached.MarkDeliveredAsync(first, CancellationToken.None);
        Assert.Empty(await cached.WaitingForAsync("user-a", CancellationToken.None));

        await cached.AddReplyAsync("FB-2026-000010", "Second.", "sam", ReplyDelivery.NextVisit, "user-a", delivered: false, CancellationToken.None);

        Assert.Equal("Second.", Assert.Single(await cached.WaitingForAsync("user-a", CancellationToken.None)).Text);
    }

    [Fact]
    public async Task AWaitingReplyDeletedBehindItsBackIsNotGiven()
    {
        var cached = new CachedFeedbackReplyStore(_fromFile);
        await cached.AddReplyAsync("FB-2026-000011", "Withdrawn.", "sam", ReplyDelivery.NextVisit, "user-a", delivered: false, CancellationToken.None);
        await using (var connection = new SqliteConnection($"Data Source={_file.FilePath};Pooling=False"))
        {
            await connection.ExecuteAsync("DELETE FROM feedback_replies");
        }

        Assert.Empty(await cached.WaitingForAsync("user-a", CancellationToken.None));
    }
}
