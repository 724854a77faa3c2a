using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Replies;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;

namespace CroydonBot.IntegrationTests.Knowledge;

public sealed class QuestionLogTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();
    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task EveryQuestionIsRecordedWithItsKindSourcesAndConfidence()
    {
        var conversation = Guid.NewGuid().ToString("N");
        await _host.Client.AskAsync("what did ofsted say about croydon in 2024", conversation);

        var row = (await ReadRowsAsync()).Single(r => r.Question == "what did ofsted say about croydon in 2024");
        Assert.Equal(ReplyKinds.Answer, row.Kind);
        Assert.NotEmpty(row.Sources);
        Assert.InRange(row.Confidence!.Value, 0.01, 1.0);
        Assert.Equal("test", row.Channel);
    }

    [Fact]
    public async Task TheRawUserIdIsNeverStored()
    {
        await _host.Client.AskAsync("how do i become a young ambassador");

        var row = (await ReadRowsAsync()).Single(r => r.Question == "how do i become a young ambassador");
        Assert.NotEqual("user-1", row.UserHash);
        Assert.Matches("^[0-9a-f]{32}$", row.UserHash);
        var bytes = await File.ReadAllBytesAsync(_host.DatabasePath);
        Assert.DoesNotContain("user-1", System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public async Task AQuestionTheBotCannotAnswerIsRecordedAsUnanswered()
    {
        var replies = await _host.Client.AskAsync("whos gonna win the premier league this season");

        Assert.Equal(ReplyKinds.Fallback, ReplyChannelData.KindOf(replies.Single()));
        var row = (await ReadRowsAsync()).Single(r => r.Question.StartsWith("whos gonna win", StringComparison.Ordinal));
        Assert.Equal(ReplyKinds.Fallback, row.Kind);
    }

    [Fact]
    public async Task AnUnknownCardValueWithNoWordsIsNotLoggedAsAQuestion()
    {
        var activity = Activities.Message(".\u0019");
        activity.Value = System.Text.Json.JsonSerializer.SerializeToElement(new { k = new { k = 1 } });

        using var response = await _host.Client.PostAsJsonAsync("api/messages", activity, CroydonBot.Protocol.ProtocolJson.Options);
        var reply = (await response.Content.ReadFromJsonAsync<CroydonBot.Protocol.ExpectedReplies>(CroydonBot.Protocol.ProtocolJson.Options))!.Activities.Single();

        Assert.Equal(ReplyKinds.SmallTalk, ReplyChannelData.KindOf(reply));
        Assert.DoesNotContain(await ReadRowsAsync(), r => r.Question.StartsWith('.'));
    }

    private async Task<List<(string Question, string Kind, string Sources, double? Confidence, string Channel, string UserHash)>> ReadRowsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_host.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT question, kind, sources, confidence, channel, user_hash FROM questions";
        var rows = new List<(string, string, string, double?, string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetDouble(3), reader.GetString(4), reader.GetString(5)));
        }
        return rows;
    }
}
