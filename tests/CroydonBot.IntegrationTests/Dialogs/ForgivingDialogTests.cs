using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Replies;
using CroydonBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CroydonBot.IntegrationTests.Dialogs;

/// <summary>
/// The feedback conversation forgives: a change of mind in one's own words, a question asked in the middle,
/// a reply route with no way to reply, a reference asked about later, all through the real app.
/// </summary>
public sealed class ForgivingDialogTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    private IFeedbackStore Store => fixture.Host.Services.GetRequiredService<IFeedbackStore>();

    private FeedbackConversation NewConversation() => new(fixture.Host.Client);

    [Theory]
    [InlineData("actually forget it")]
    [InlineData("nah never mind dont send anything")]
    [InlineData("i changed my mind")]
    [InlineData("Sorry, I have changed my mind, please cancel.")]
    public async Task AChangeOfMindInOwnWordsStopsWithoutSending(string words)
    {
        var chat = NewConversation();
        var before = (await Store.ListAsync(null, 10000, CancellationToken.None)).Count;

        await chat.StartAtAsync(FeedbackStep.Topic);
        await chat.SayAsync(words);

        Assert.Contains("nothing was sent", chat.Text);
        Assert.Equal(ReplyKinds.SmallTalk, ReplyChannelData.KindOf(chat.Replies[0]));
        await chat.SayAsync("what is staying put");
        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(chat.Replies[0]));
        Assert.Equal(before, (await Store.ListAsync(null, 10000, CancellationToken.None)).Count);
    }

    [Theory]
    // No phrase of the change-of-mind list: the learned feedback intent reads these as stopping.
    [InlineData("On second thoughts I'd prefer not to go ahead today, thanks.")]
    [InlineData("hmm lets leave it there for now")]
    [InlineData("hmm i'm not ready to do this yet")]
    public async Task AChangeOfMindNoListHoldsStopsWithoutSending(string words)
    {
        var chat = NewConversation();

        await chat.StartAtAsync(FeedbackStep.Topic);
        await chat.SayAsync(words);

        Assert.Contains("nothing was sent", chat.Text);
        Assert.Equal(ReplyKinds.SmallTalk, ReplyChannelData.KindOf(chat.Replies[0]));
    }

    [Fact]
    public async Task AnAnswerTheChoiceCannotUseIsAskedAgainNotSearched()
    {
        var chat = NewConversation();

        await chat.StartAtAsync(FeedbackStep.Topic);
        await chat.AnswerAsync("The forum should meet in the evenings, lots of us are at college in the day.");
        await chat.SayAsync("yeah sure put my name on it, i dont mind");

        Assert.All(chat.Replies, r => Assert.Equal(ReplyKinds.Feedback, ReplyChannelData.KindOf(r)));
    }

    [Fact]
    public async Task AQuestionAfterADashIsAnsweredNotKeptAsTheMessage()
    {
        var chat = NewConversation();

        await chat.StartAtAsync(FeedbackStep.Topic);
        await chat.SayAsync("hang on first - how much is the setting up home allowance");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(chat.Replies[0]));
        Assert.DoesNotContain("kept that as your message", chat.Text);
        Assert.Contains("What is your feedback about?", chat.Replies[^1].Text);
    }

    [Fact]
    public async Task FeedbackThatStartsWithAStopWordIsKeptAsTheMessage()
    {
        var chat = NewConversation();

        await chat.StartAtAsync(FeedbackStep.Message);
        await chat.AnswerAsync("stop moving care leavers out of croydon when there are flats right here in the borough");

        Assert.Contains("young ambassador", chat.Text);
    }

    [Theory]
    [InlineData("actually no cancel that. how does the housing panel work", "panel")]
    // In one sentence: not wanting to send it, then what they want to know.
    [InlineData("oh never mind i dont want to send it now, i just want to know what staying put is", "foster")]
    public async Task ACancelWithAQuestionStopsAndAnswersTheQuestion(string words, string fact)
    {
        var chat = NewConversation();

        await chat.StartAtAsync(FeedbackStep.Topic);
        await chat.SayAsync(words);

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(chat.Replies[0]));
        Assert.Contains("nothing was sent", chat.Text);
        Assert.Contains(fact, chat.Text);
    }

    [Fact]
    public async Task AQuestionNamingATopicIsAnsweredRatherThanTakenAsTheTopic()
    {
        var chat = NewConversation();

        await chat.StartAtAsync(FeedbackStep.Topic);
        await chat.SayAsync("does croydon have a housing panel for care leavers?");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(chat.Replies[0]));
        Assert.Contains("What is your feedback about?", chat.Replies[^1].Text);
    }

    [Fact]
    public async Task FeedbackWrittenBeforeItsQuestionIsKeptAsTheMessage()
    {
        var chat = NewConversation();

        await chat.StartAtAsync(FeedbackStep.Topic);
        await chat.SayAsync("ok well nobody assessed me before i turned 18, that's what i want to complain about");

        Assert.Contains("kept that as your message", chat.Text);
        Assert.Contains("What is your feedback about?", chat.Replies[^1].Text);
        await chat.AnswerAsync("housing");
        Assert.Contains("Are you a young ambassador?", chat.Text);
    }

    [Fact]
    public async Task SendFromTheChangeMenuSends()
    {
        var chat = NewConversation();
        await chat.ReachSummaryAsync("The hub should open on Sundays.");

        await chat.AnswerAsync("Change something");
        await chat.AnswerAsync("send");

        Assert.Matches("FB-\\d{4}-\\d{6}", chat.Text);
    }

    [Fact]
    public async Task AReplyThroughAPersonalAdviserWithNoNameSaysWhyThereWillBeNoReply()
    {
        var chat = NewConversation();

        await chat.StartAtAsync(FeedbackStep.Contact, new FeedbackWalk { Message = "The heating is broken.", ContactMethod = "Through my personal adviser" });
        await chat.AnswerAsync("skip");

        Assert.Contains("no way to reply", chat.Text);
        await chat.AnswerAsync("yes");
        Assert.Contains("Wants a reply: no", chat.Text);
    }

    [Fact]
    public async Task TheConfirmationSaysWhoReadsItAndWhenToExpectAReply()
    {
        var chat = NewConversation();
        await chat.ReachSummaryAsync("More evening events please.");

        await chat.AnswerAsync("send");

        Assert.Contains("the council's participation team", chat.Text);
        Assert.Contains("10 working days", chat.Text);
    }

    [Fact]
    public async Task AReferenceIsToldOnlyToThePersonWhoSentIt()
    {
        var chat = NewConversation();
        await chat.ReachSummaryAsync("The bus to the hub is too slow.");
        await chat.AnswerAsync("send");
        var reference = System.Text.RegularExpressions.Regex.Match(chat.Text, "FB-\\d{4}-\\d{6}").Value;

        await chat.SayAsync($"what happened to {reference}");
        Assert.Contains("waiting to be read", chat.Text);

        var stranger = new FeedbackConversation(fixture.Host.Client, userId: "someone-else");
        await stranger.SayAsync($"what happened to {reference}");
        Assert.Contains("only tell you about feedback you sent", stranger.Text);
        Assert.DoesNotContain("waiting to be read", stranger.Text);
    }

    [Theory]
    // Round S: after a question answered in between, saying one carries on (with a contact, or alone) resumes the dialog.
    [InlineData("yeah i still want to send it. call me on 07700 900456", "Phone: 07700 900456")]
    [InlineData("ok carry on", "What is your feedback about?")]
    public async Task CarryingOnAfterAQuestionResumesTheDialogAndKeepsWhatElseWasSaid(string words, string expected)
    {
        var chat = NewConversation();

        await chat.StartAtAsync(FeedbackStep.Topic);
        await chat.SayAsync("hang on first - how much is the setting up home allowance");
        await chat.SayAsync(words);

        Assert.DoesNotContain("nothing was sent", chat.Text);
        Assert.All(chat.Replies, r => Assert.Equal(ReplyKinds.Feedback, ReplyChannelData.KindOf(r)));
        Assert.Contains(expected, chat.Text);
    }

    [Theory]
    // Round S: the bot called by name in a thanks or goodbye does not choose "This bot" as the topic.
    [InlineData("ta bot")]
    [InlineData("thanks mate bye")]
    public async Task ThanksThatNameTheBotLeaveTheTopicOpen(string words)
    {
        var chat = NewConversation();

        await chat.StartAtAsync(FeedbackStep.Topic);
        await chat.SayAsync(words);

        Assert.Equal(ReplyKinds.SmallTalk, ReplyChannelData.KindOf(chat.Replies[0]));
        Assert.Contains("hasn't been sent", chat.Text);
        Assert.DoesNotContain("young ambassador", chat.Text);
    }

    [Fact]
    public async Task AChoiceNamedAfterThanksIsStillTheAnswer()
    {
        var chat = NewConversation();

        await chat.StartAtAsync(FeedbackStep.Topic);
        await chat.SayAsync("the bot thanks");

        Assert.Equal(ReplyKinds.Feedback, ReplyChannelData.KindOf(chat.Replies[0]));
    }

    [Fact]
    public async Task AQuestionAfterALeadInAtTheMessageIsAnsweredNotKept()
    {
        var chat = NewConversation();

        await chat.StartAtAsync(FeedbackStep.Message);
        await chat.SayAsync("one sec, what age do you have to be to become a young ambassador");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(chat.Replies[0]));
        Assert.Contains("14", chat.Replies[0].Text);
        Assert.Contains("What would you like to tell the council?", chat.Replies[^1].Text);
    }

    [Fact]
    public async Task PointingBackAtWhatWasSaidAtTheMessageIsTheMessage()
    {
        var chat = NewConversation();

        await chat.StartAtAsync(FeedbackStep.Message);
        await chat.SayAsync("what i told you before, the repairs team never turns up when they say");

        Assert.All(chat.Replies, r => Assert.Equal(ReplyKinds.Feedback, ReplyChannelData.KindOf(r)));
        Assert.Contains("ambassador", chat.Text);
    }
}
