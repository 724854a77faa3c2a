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

    [Theory]
    [InlineData("am i priority need for housing at 18", "what about when im 23")]
    // Round G: the composed answer for this one said the 18-20 rule again word for word.
    [InlineData("will the council house me if im homeless at 19", "what about if im 22")]
    public async Task AnotherAgeAsksTheSameQuestionAtThatAge(string first, string followUp)
    {
        var conversation = NewConversation();
        var before = await ReplyAsync(first, conversation);

        var older = await ReplyAsync(followUp, conversation);

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(older));
        Assert.NotEqual(before.Text, older.Text);
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
    // Round G: a weak reaction with thanks was "Shall I send this as your feedback?".
    [InlineData("alright cheers, that helps a bit")]
    public async Task AGoodbyeAfterAnAnswerIsAShortFriendlyClose(string goodbye)
    {
        var conversation = NewConversation();
        await ReplyAsync("how much is the uni bursary", conversation);

        var close = await ReplyAsync(goodbye, conversation);

        Assert.Equal(ReplyKinds.SmallTalk, ReplyChannelData.KindOf(close));
        Assert.DoesNotContain("£2,000", close.Text);
    }

    [Fact]
    public async Task ThanksWithPraiseAfterAnAnswerCloses()
    {
        var conversation = NewConversation();
        await ReplyAsync("how much is the uni bursary", conversation);

        var close = await ReplyAsync("aw thank you so much, that's really useful. bye!", conversation);

        // Not the answer again, and not "Shall I send this as your feedback?".
        Assert.Equal(ReplyKinds.SmallTalk, ReplyChannelData.KindOf(close));
        Assert.DoesNotContain("feedback", close.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AShortQuestionWithASubjectOfItsOwnIsNotBentToTheLastOne()
    {
        var conversation = NewConversation();
        await ReplyAsync("did ofsted say anything good about croydon in 2024", conversation);

        // The praise mentions advocates in passing; the question asks what one is.
        var own = await ReplyAsync("whats an advocate", conversation);

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(own));
        Assert.Contains("on your side", own.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AYearNamedAfterAQuestionMarkIsThatYearsFindingFirst()
    {
        var conversation = NewConversation();
        await ReplyAsync("what was croydons ofsted grade in 2020", conversation);

        var older = await ReplyAsync("what about before? like back in 2017 maybe", conversation);

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(older));
        Assert.Contains("inadequate", older.Text, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("This is from September 2017", older.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAmountHeardIsCheckedAgainstTheLastSubject()
    {
        var conversation = NewConversation();
        await ReplyAsync("what is the setting up home allowance", conversation);

        var heard = await ReplyAsync("saw on a forum it was £2000, is that the case now?", conversation);

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(heard));
        Assert.Contains("£3,000", heard.Text);
    }

    [Fact]
    public async Task ALongMessageEndingInAQuestionPointingBackLeansOnTheLastSubject()
    {
        var conversation = NewConversation();
        await ReplyAsync("is there council tax help for care leavers in croydon", conversation);

        var other = await ReplyAsync("my social worker was from southwark not croydon but i moved to croydon last year, can i still have it", conversation);

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(other));
        Assert.Contains("council tax", other.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AnotherYearAfterHowDidTheyDoAsksForThatYearsGradeFirst()
    {
        var conversation = NewConversation();
        await ReplyAsync("how did croydon do for care leavers at its latest inspection", conversation);

        var then = await ReplyAsync("what about 2020", conversation);

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(then));
        Assert.Contains("requires improvement", then.Text, StringComparison.OrdinalIgnoreCase);
        // The asked year leads, labelled as history; today's grade does not come first.
        Assert.StartsWith("This is from March 2020", then.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Round G: a follow-up asking another fact of the topic just answered ("when could i get the money out") was given
    /// the last answer again, word for word, without that fact; it now leads with the sentence that holds it.
    /// </summary>
    [Fact]
    public async Task AFollowUpAskingAnotherFactIsNotGivenTheSameAnswerAgain()
    {
        var conversation = NewConversation();
        var before = await ReplyAsync("what is the junior isa for children in care", conversation);

        var when = await ReplyAsync("so when could i get the money out", conversation);

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(when));
        Assert.NotEqual(before.Text, when.Text);
        Assert.Contains("from 18", when.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Round G: a condition on the last question ("even though ...") asks it again; its own words ("education") found a
    /// section about them (college money) instead of saying that the PA is for everyone.
    /// </summary>
    [Fact]
    public async Task AConditionOnTheLastQuestionIsAnsweredFromTheSameSection()
    {
        var conversation = NewConversation();
        await ReplyAsync("how long can i keep my personal adviser", conversation);

        var condition = await ReplyAsync("even though im not in education or training right now", conversation);

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(condition));
        Assert.Contains("whether or not you are in education or training", condition.Text, StringComparison.Ordinal);
    }

    private static string NewConversation() => Guid.NewGuid().ToString("N");

    private async Task<Activity> ReplyAsync(string text, string conversation) => (await _host.Client.AskAsync(text, conversation)).Single();
}
