using CroydonBot.IntegrationTests.Dialogs;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Protocol;
using CroydonBot.Replies;

namespace CroydonBot.IntegrationTests.Knowledge;

/// <summary>
/// Round AG (ent-ag): a follow-up that changes only the asker's condition (an age, the time of day, other councils) stays on the
/// conversation's subject, and is answered by what that subject's section says of the condition.
/// </summary>
public sealed class AskersConditionFollowUpTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    [Fact]
    public async Task AnOlderAgeAfterPriorityNeedIsAnsweredByTheRuleForThatAge()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("will the council have to house me if i end up homeless at 18, i was in care");

        // "22" is said in the shared-room rule's history ("until age 22"): the age is a condition, not a word to search.
        var older = await conversation.ReplyAsync("and what if im 22");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(older));
        Assert.Contains("vulnerable", older.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task NextYearsAgeAfterTheCollegeBursaryIsAnsweredByItsAgeRule()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("how much is the college bursary for young people in care");

        var nextYear = await conversation.ReplyAsync("what about when im 19 next year");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(nextYear));
        Assert.Contains("16 to 18", nextYear.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhetherAllCouncilsPayItStaysOnTheAllowance()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("how much is the setting up home allowance");

        var councils = await conversation.ReplyAsync("do all councils pay that");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(councils));
        Assert.DoesNotContain("Council Tax", councils.Text, StringComparison.Ordinal);
        Assert.Contains("councils", councils.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDayTimeAfterTheOutOfHoursNumberIsTheSinglePointOfContact()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("who do i ring out of hours about a child at risk");

        var day = await conversation.ReplyAsync("and during the day?");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(day));
        Assert.Contains("8255 2888", day.Text, StringComparison.Ordinal);
    }
}
