using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Replies;
using Microsoft.Data.Sqlite;

namespace CroydonBot.IntegrationTests.Knowledge;

/// <summary>
/// Questions typed in disguised spelling over /api/messages: each is answered from the same section as its plain form,
/// a disguised follow-up is read against the conversation, and the question log keeps what the person typed.
/// </summary>
public sealed class DisguisedSpellingTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();
    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("h0w d0 1 b3c0m3 @ y0ung @mb@ss@d0r", "how do i become a young ambassador")]
    [InlineData("wh@t gr@d3 d1d 0fst3d g1v3 cr0yd0n 1n 2024", "what grade did ofsted give croydon in 2024")]
    [InlineData("c a r e  l e a v e r s  c o u n c i l  t a x", "care leavers council tax")]
    public async Task ADisguisedQuestionIsAnsweredFromTheSameSectionAsItsPlainForm(string disguised, string plain)
    {
        var plainReply = (await _host.Client.AskAsync(plain, Guid.NewGuid().ToString("N"))).First();
        var disguisedReply = (await _host.Client.AskAsync(disguised, Guid.NewGuid().ToString("N"))).First();

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(plainReply));
        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(disguisedReply));
        Assert.Equal(ReplyChannelData.SourcesOf(plainReply).First(), ReplyChannelData.SourcesOf(disguisedReply).First());
    }

    [Fact]
    public async Task ADisguisedFollowUpIsReadAgainstTheConversation()
    {
        var conversation = new OneReplyConversation(_host.Client);
        var first = await conversation.ReplyAsync("is there a discount oyster card for care leavers");

        var then = await conversation.ReplyAsync("h0w much d03s 1t c0st");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(first));
        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(then));
        Assert.Contains("£", then.Text);
    }

    [Fact]
    public async Task TheQuestionLogKeepsWhatThePersonTyped()
    {
        // No "@word" in it: the redactor would take that for a social media handle.
        const string typed = "h0w d0 1 j01n th3 y0ung 4mb4ss4d0rs";
        await _host.Client.AskAsync(typed, Guid.NewGuid().ToString("N"));

        await using var connection = new SqliteConnection($"Data Source={_host.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT question FROM questions";
        var questions = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            questions.Add(reader.GetString(0));
        }
        Assert.Contains(typed, questions);
        Assert.DoesNotContain("how do i join the young ambassadors", questions);
    }
}
