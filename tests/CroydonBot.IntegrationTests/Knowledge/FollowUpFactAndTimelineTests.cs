using CroydonBot.IntegrationTests.Dialogs;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Protocol;
using CroydonBot.Replies;

namespace CroydonBot.IntegrationTests.Knowledge;

/// <summary>
/// Round AF (conv-af): follow-ups asking a new kind of fact of the subject in context (a helpline's hours, an age range, how
/// often a thing the last section only mentions is checked, since when a scheme exists), another subject in place of the last
/// one on the same step of the timeline, and a period (between two years, "was it always good"). Each phrasing is our own, and
/// each got the last answer again or another time's section on the base of the round.
/// </summary>
public sealed class FollowUpFactAndTimelineTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    [Fact]
    public async Task AHelplinesHoursAreAnsweredFromTheHelplinesJustGiven()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("is there a helpline for care leavers that isnt the council");

        var hours = await conversation.ReplyAsync("when are they open");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(hours));
        Assert.Contains("Monday to Friday", hours.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAgeRangeAskedWithNoSubjectIsTheLastAnswersAgeRule()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("how do i sign up as a young ambassador");

        var ages = await conversation.ReplyAsync("whats the age range");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(ages));
        Assert.Contains("14 to 25", ages.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HowOftenAThingTheLastSectionOnlyMentionsIsCheckedComesFromTheSectionNamedAfterIt()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("how often should my personal adviser come and see me");

        var plan = await conversation.ReplyAsync("and that pathway plan of mine, how often do they go over it");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(plan));
        Assert.Contains("six months", plan.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SinceWhenAsksWhenTheSchemeBeganNotWhenTheReportCameOut()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("what did ofsted think of the young ambassadors");

        var since = await conversation.ReplyAsync("since when is that scheme around");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(since));
        Assert.Contains("2023", since.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherSubjectInPlaceOfTheLastIsAnsweredFromTheSameStepOfTheTimeline()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("what did ofsted say about care leavers in 2024");

        var children = await conversation.ReplyAsync("and children in care?");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(children));
        Assert.Contains("care for children in care a good grade", children.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BetweenTwoYearsIsAnsweredFromTheStepOfTheTimelineBetweenThem()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("when was croydon judged good");

        var between = await conversation.ReplyAsync("did anything happen between 2017 and 2020");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(between));
        Assert.Contains("monitoring", between.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WasItAlwaysGoodGoesBackToTheTimeItWasNot()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("what did ofsted last say about croydon");
        await conversation.ReplyAsync("when was that");

        var always = await conversation.ReplyAsync("was it always good then");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(always));
        Assert.Contains("inadequate", always.Text, StringComparison.Ordinal);
    }
}
