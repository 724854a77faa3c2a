using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Protocol;
using CroydonBot.Replies;

namespace CroydonBot.IntegrationTests.Knowledge;

/// <summary>
/// Follow-ups played over the real app, one conversation each: the same question asked again for another year or
/// age, a follow-up naming nothing but a question word, a change of subject, another council, and a goodbye.
/// </summary>
public sealed class FollowUpConversationTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();
    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task AnotherYearAsksTheSameQuestionAsOfThatYear()
    {
        var conversation = NewConversation();
        await ReplyAsync("what grade did ofsted give croydon for care leavers in 2024", conversation);

        var then = await ReplyAsync("how about 2020", conversation);

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(then));
        // The 2020 grade for children in care and care leavers, not the 2024 answer again.
        Assert.Contains("requires improvement", then.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("2020", then.Text);
    }

    [Fact]
    public async Task AnotherAgeAsksTheSameQuestionAtThatAge()
    {
        var conversation = NewConversation();
        await ReplyAsync("am i priority need for housing at 18", conversation);

        var older = await ReplyAsync("what about when im 23", conversation);

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(older));
        // The rule for 21 and over, not the one for 18 to 20 again.
        Assert.Contains("21 or over", older.Text);
        Assert.Contains("vulnerable", older.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AQuestionWordAloneIsAskedOfTheSubjectJustAnswered()
    {
        var conversation = NewConversation();
        await ReplyAsync("whats the setting up home allowance", conversation);

        var since = await ReplyAsync("since when?", conversation);

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(since));
        Assert.Contains("2023", since.Text);
        Assert.Contains("setting-up-home", since.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SayingTheSubjectChangesIsNotReadAsAFollowUp()
    {
        var conversation = NewConversation();
        await ReplyAsync("how much is the uni bursary", conversation);

        var weather = await ReplyAsync("unrelated but will it rain tomorrow", conversation);

        Assert.Equal(ReplyKinds.Fallback, ReplyChannelData.KindOf(weather));
        Assert.DoesNotContain("bursary", weather.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AnotherCouncilAfterCroydonsRatingIsDeclined()
    {
        var conversation = NewConversation();
        await ReplyAsync("how did ofsted rate croydon", conversation);

        var other = await ReplyAsync("what about bromley, are they any good", conversation);

        Assert.Equal(ReplyKinds.Fallback, ReplyChannelData.KindOf(other));
        Assert.Contains("Croydon", other.Text);
    }

    [Theory]
    [InlineData("ok thank you, bye")]
    [InlineData("cool cheers thats all")]
    public async Task AGoodbyeAfterAnAnswerIsAShortFriendlyClose(string goodbye)
    {
        var conversation = NewConversation();
        await ReplyAsync("how much is the uni bursary", conversation);

        var close = await ReplyAsync(goodbye, conversation);

        Assert.Equal(ReplyKinds.SmallTalk, ReplyChannelData.KindOf(close));
        Assert.DoesNotContain("£2,000", close.Text);
    }

    private static string NewConversation() => Guid.NewGuid().ToString("N");

    private async Task<Activity> ReplyAsync(string text, string conversation) => (await _host.Client.AskAsync(text, conversation)).Single();
}
