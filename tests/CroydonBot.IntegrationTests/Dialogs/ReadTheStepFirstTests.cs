using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Replies;
using CroydonBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CroydonBot.IntegrationTests.Dialogs;

/// <summary>
/// Round F of the forgiving dialog, through the real app on loopback: what the open question asked for is read
/// before any reading of stopping (a "no" about replying is a reply choice), more of the message where it was offered
/// joins it, agreeing and "send it" before the end never stop it, a feedback stopped a message ago comes back with its
/// answers when wanted, and a message that got the crisis reply inside the dialog is said not to be in the feedback.
/// Phrasings are my own, not any evaluation batch's.
/// </summary>
public sealed class ReadTheStepFirstTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    private const string Message = "The app should show the dates of the ambassador meetings";

    /// <summary>The way through these tests take: the ambassador programme and <see cref="Message"/>.</summary>
    private static readonly FeedbackWalk Ambassadors = new() { Topic = "The ambassador programme", Message = Message };

    private FeedbackConversation NewConversation() => new(fixture.Host.Client);

    private IFeedbackStore Store => fixture.Host.Services.GetRequiredService<IFeedbackStore>();

    [Fact]
    public async Task NoAboutReplyingAtTheReplyQuestionIsAReplyChoiceNotAStop()
    {
        var chat = await NewConversation().StartAtAsync(FeedbackStep.WantsReply, Ambassadors);

        await chat.AnswerAsync("no response please, just keep my name off it");

        Assert.Contains("Is it OK for them to share it", chat.Text);
        await chat.GoOnAsync(FeedbackStep.Consent, FeedbackStep.Summary, Ambassadors);
        var stored = await Store.GetAsync(await chat.SendAsync(), CancellationToken.None);
        Assert.Equal((Message, false), (stored!.Message, stored.WantsReply));
    }

    [Fact]
    public async Task ASkipWordAtAnOptionalContactSkipsItAndDoesNotStop()
    {
        var chat = await NewConversation().StartAtAsync(FeedbackStep.Contact, Ambassadors);

        await chat.AnswerAsync("leave it");

        Assert.Contains("no way to reply", chat.Text);
        Assert.Contains("Is it OK for them to share it", chat.Text);
    }

    [Fact]
    public async Task NoNeedToAnswerSaidEarlyIsKeptAsTheReplyChoice()
    {
        var chat = await NewConversation().StartAtAsync(FeedbackStep.Topic);

        await chat.AnswerAsync("nah no need to answer me, just get it to the right team");

        Assert.Contains("Wants a reply: no", chat.Text);
        Assert.Contains("What is your feedback about?", chat.Text);
    }

    [Fact]
    public async Task MoreOfTheMessageWhereItWasOfferedJoinsIt()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);
        await chat.AnswerAsync("tell the council the youth club closing so early is rubbish");
        Assert.Contains("Shall I send this as your feedback?", chat.Text);

        await chat.AnswerAsync("it only opens 4 to 6 and most of us are still at college then");

        Assert.Contains("added that to your message", chat.Text);
        Assert.Contains("What is your feedback about?", chat.Text);
        await chat.GoOnAsync(FeedbackStep.Topic, FeedbackStep.Summary, FeedbackWalk.NoReply with { Topic = "Something else" });
        Assert.Contains("youth club closing so early", chat.Text);
        Assert.Contains("still at college then", chat.Text);
    }

    [Theory]
    [InlineData("yeah that's correct, send it")]
    [InlineData("ok its all correct, submit it")]
    [InlineData("ok thats it, send it off")]
    [InlineData("yes confirm it")]
    public async Task AgreeingAndSendBeforeTheEndIsNotYetNotAStop(string words)
    {
        var chat = await NewConversation().StartAtAsync(FeedbackStep.Topic);

        await chat.AnswerAsync(words);

        Assert.Contains("as soon as you've answered this one", chat.Text);
        Assert.Contains("What is your feedback about?", chat.Text);
    }

    [Fact]
    public async Task AFeedbackStoppedAMessageAgoComesBackWithItsAnswers()
    {
        var chat = await NewConversation().StartAtAsync(FeedbackStep.Ambassador, Ambassadors);
        await chat.SayAsync("actually forget it");
        Assert.Contains("I've stopped", chat.Text);

        await chat.AnswerAsync("oh hang on, i do want to send it actually");

        Assert.Contains("carry on where you left off", chat.Text);
        Assert.Contains("Are you a young ambassador?", chat.Text);
        await chat.GoOnAsync(FeedbackStep.Ambassador, FeedbackStep.Summary, FeedbackWalk.NoReply);
        var stored = await Store.GetAsync(await chat.SendAsync(), CancellationToken.None);
        Assert.Equal(("ambassadors", Message), (stored!.Topic, stored.Message));
    }

    [Fact]
    public async Task WhatElseTheMessageThatBringsItBackSaysIsTheMessage()
    {
        var chat = await NewConversation().StartAtAsync(FeedbackStep.Topic);
        await chat.SayAsync("nah forget it");

        await chat.AnswerAsync("sorry i do want to send it. the rent top up letters never arrive on time");

        Assert.Contains("kept that as your message", chat.Text);
        Assert.Contains("What is your feedback about?", chat.Text);
        await chat.AnswerAsync("Housing");
        Assert.Contains("Are you a young ambassador?", chat.Text);
    }

    [Fact]
    public async Task OnlyTheNextMessageCanBringItBack()
    {
        var chat = await NewConversation().StartAtAsync(FeedbackStep.Message, Ambassadors);
        await chat.SayAsync("actually forget it");
        await chat.SayAsync("what is staying put");

        await chat.SayAsync("oh hang on, i do want to send it actually");

        Assert.DoesNotContain("carry on where you left off", chat.Text);
    }

    [Fact]
    public async Task AMessageThatGotTheCrisisReplyInsideTheDialogIsSaidNotToBeInTheFeedback()
    {
        var chat = await NewConversation().StartAtAsync(FeedbackStep.Message, Ambassadors);
        await chat.SayAsync("i cant do this anymore, tonight im going to take all my tablets");
        Assert.Equal(ReplyKinds.Safeguarding, ReplyChannelData.KindOf(chat.Replies[0]));

        await chat.AnswerAsync(Message);

        Assert.Contains("haven't put your last message in your feedback", chat.Replies[0].Text);
        Assert.Contains("Are you a young ambassador?", chat.Text);
        // Said once, not at every later question.
        await chat.AnswerAsync("no");
        Assert.DoesNotContain("haven't put your last message", chat.Text);
    }
}
