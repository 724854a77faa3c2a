using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Replies;
using CroydonBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CroydonBot.IntegrationTests.Dialogs;

/// <summary>
/// Round E of the forgiving dialog, through the real app: at every question of the feedback conversation a
/// question is answered with its source and the same question asked again, and a change of mind in one's own
/// words stops it with nothing sent; a way to reply given early or with the wrong question is kept, and its
/// contact still asked for; a question that leans on the feedback ("did ofsted say anything about it?") is read
/// against what the feedback is about. Round G adds: a question or wish about the feedback itself ("is this
/// anonymous?") is answered in the dialog's own words, thanks and goodbye at an open question keep the feedback
/// unsent and say so, a short plain question at a choice question is answered though it names a choice, and a way of
/// stopping may end a longer sentence after its reason.
/// </summary>
public sealed class ForgivingAtEveryStepTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    private IFeedbackStore Store => fixture.Host.Services.GetRequiredService<IFeedbackStore>();

    private Task<FeedbackConversation> AtStepAsync(FeedbackStep step) => new FeedbackConversation(fixture.Host.Client).StartAtAsync(step);

    [Theory]
    [InlineData(FeedbackStep.Topic, "hold on whats the setting up home allowance", "3,000")]
    [InlineData(FeedbackStep.Message, "sorry one sec, how often is my PA supposed to visit me?", "two months")]
    [InlineData(FeedbackStep.Ambassador, "oh quick question, how long can i keep my PA for?", "25")]
    [InlineData(FeedbackStep.WantsReply, "hang on - what is staying put", "foster")]
    [InlineData(FeedbackStep.ContactMethod, "wait is the care leaver oyster card free", "Oyster")]
    [InlineData(FeedbackStep.Contact, "before i do that, how much is the uni bursary?", "2,000")]
    [InlineData(FeedbackStep.Consent, "one sec, how much is the setting up home allowance", "3,000")]
    [InlineData(FeedbackStep.Summary, "oh wait what is staying put", "foster")]
    // Short, and it names a topic ("pathway plan" is Leaving care support): still a question.
    [InlineData(FeedbackStep.Topic, "whats a pathway plan", "six months")]
    // With no question mark, where the message is asked for and where a yes or no is.
    [InlineData(FeedbackStep.Message, "wait how often is my PA actually meant to visit me", "two months")]
    [InlineData(FeedbackStep.Ambassador, "wait how much is the setting up home allowance", "3,000")]
    // Words that only break in, however many, do not make the question part of the message.
    [InlineData(FeedbackStep.Message, "oh wait hang on is the care leaver oyster card free", "Oyster")]
    public async Task AQuestionAtAnyStepIsAnsweredWithItsSourceThenTheSameQuestionAgain(FeedbackStep step, string question, string fact)
    {
        var chat = await AtStepAsync(step);

        await chat.SayAsync(question);

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(chat.Replies[0]));
        Assert.Contains(fact, chat.Replies[0].Text);
        Assert.Contains("Source", chat.Replies[0].Text);
        Assert.Contains("Back to your feedback", chat.Replies[^1].Text);
        Assert.Contains(FeedbackWalk.Usual.QuestionAt(step), chat.Replies[^1].Text);
        Assert.DoesNotContain("kept that as your message", chat.Text);
        // The dialog carries on where it was.
        await chat.GoOnAsync(step, step + 1);
    }

    [Theory]
    [InlineData(FeedbackStep.Topic, "nah forget it, my carer already sorted it out for me")]
    [InlineData(FeedbackStep.Message, "oh never mind then, i'll just tell her at my next review")]
    [InlineData(FeedbackStep.Ambassador, "dont worry about it, my key worker already passed it on")]
    [InlineData(FeedbackStep.WantsReply, "nah leave it, my sister already emailed them about it")]
    [InlineData(FeedbackStep.ContactMethod, "hmm no i've changed my mind, it got fixed this morning")]
    [InlineData(FeedbackStep.Contact, "actually leave it, my advocate is dealing with it now")]
    [InlineData(FeedbackStep.Consent, "you know what, never mind, it's not worth the hassle")]
    [InlineData(FeedbackStep.Summary, "forget it, i'd rather talk to my PA about it first")]
    // The reason first and the way of stopping last, or a short stop opening a long sentence.
    [InlineData(FeedbackStep.Message, "the youth worker said she'd take it to the manager herself on monday, so dont bother sending it")]
    [InlineData(FeedbackStep.WantsReply, "hmm actually i changed my mind, ill sort it out with the landlord face to face")]
    public async Task AChangeOfMindWithAReasonStopsAtAnyStepWithNothingSent(FeedbackStep step, string words)
    {
        var before = (await Store.ListAsync(null, 10000, CancellationToken.None)).Count;
        var chat = await AtStepAsync(step);

        await chat.SayAsync(words);

        Assert.Contains("nothing was sent", chat.Text);
        Assert.Equal(ReplyKinds.SmallTalk, ReplyChannelData.KindOf(chat.Replies[0]));
        Assert.Equal(before, (await Store.ListAsync(null, 10000, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task FeedbackThatOpensWithAWayOfStoppingIsKeptAsTheMessage()
    {
        var chat = await AtStepAsync(FeedbackStep.Message);

        await chat.AnswerAsync("never mind the letters they send, what we really need is a PA who answers her phone");

        Assert.Contains("Are you a young ambassador?", chat.Text);
    }

    [Fact]
    public async Task SendItBeforeTheEndIsNotStoppingAndTheEmailIsStillAskedFor()
    {
        var chat = await AtStepAsync(FeedbackStep.ContactMethod);

        // The way to reply, said loosely, then "send it" where the address is asked for.
        await chat.AnswerAsync("you can email me back");
        Assert.Contains("What email address should they use?", chat.Replies[^1].Text);
        await chat.AnswerAsync("yep send it");
        Assert.DoesNotContain("nothing was sent", chat.Text);
        Assert.Contains("What email address should they use?", chat.Replies[^1].Text);
        await chat.AnswerAsync("me@example.com");
        await chat.AnswerAsync("yes");
        Assert.Contains("Reply by: Email", chat.Text);

        await chat.AnswerAsync("yep send it");

        Assert.Matches("FB-\\d{4}-\\d{6}", chat.Text);
    }

    [Fact]
    public async Task AWayToReplyGivenBeforeItsQuestionIsKeptAndItsContactAskedLater()
    {
        var chat = await AtStepAsync(FeedbackStep.Topic);
        await chat.AnswerAsync("The forum should meet after college, not in the day.");
        Assert.Contains("kept that as your message", chat.Text);

        await chat.AnswerAsync("u can text me back");

        Assert.Contains("Reply by: Phone", chat.Text);
        Assert.Contains("What is your feedback about?", chat.Replies[^1].Text);
        await chat.AnswerAsync("yep send it");
        Assert.Contains("What is your feedback about?", chat.Replies[^1].Text);
        await chat.AnswerAsync("Something else");
        await chat.AnswerAsync("no");
        Assert.Contains("What phone number should they use?", chat.Text);
        await chat.AnswerAsync("skip");
        // No number: said why there will be no reply, rather than a route staff cannot use.
        Assert.Contains("no way to reply", chat.Text);
    }

    [Theory]
    [InlineData("someone@example.org", "someone@example.org")]
    // The contact inside a few words: the number itself is kept, with the way to reply it brings.
    [InlineData("u can whatsapp me on 07700 900123", "Phone: 07700 900123")]
    public async Task AnAddressGivenWhereAReplyIsOfferedAnswersTheWholeRoute(string words, string contact)
    {
        var chat = await AtStepAsync(FeedbackStep.WantsReply);

        await chat.AnswerAsync(words);

        Assert.Contains("Is it OK for them to share it", chat.Replies[^1].Text);
        await chat.AnswerAsync("yes");
        Assert.Contains("Wants a reply: yes", chat.Text);
        Assert.Contains(contact, chat.Text);
    }

    [Theory]
    // The question names no subject: "it" is what the feedback is about, not the last thing answered.
    [InlineData("i want to complain about the out of hours line", "what did ofsted think of it", "out-of-hours")]
    [InlineData("complaint about my pathway plan", "how often should it be looked at", "six months")]
    public async Task AQuestionLeaningOnTheFeedbackIsReadAgainstIt(string start, string question, string fact)
    {
        var chat = new FeedbackConversation(fixture.Host.Client);
        await chat.SayAsync("what is the care leaver oyster card");
        await chat.AnswerAsync(start);

        await chat.SayAsync(question);

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(chat.Replies[0]));
        Assert.Contains(fact, chat.Replies[0].Text);
        Assert.Contains("Back to your feedback", chat.Replies[^1].Text);
    }

    [Fact]
    public async Task AQuestionLeaningOnTheFeedbackIsReadAgainstTheThingItsOpeningNamedNotTheStory()
    {
        // The story's own words (a fever, a Sunday, a call back) would lead the search away from the service named.
        var chat = new FeedbackConversation(fixture.Host.Client);
        await chat.SayAsync("id like to feed back about the emergency duty team");
        await chat.AnswerAsync("my carer phoned them one sunday when i had a fever and it took hours before anybody rang us back");

        await chat.SayAsync("did the inspectors pick up on that?");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(chat.Replies[0]));
        // About the service named (the guide's "help out of hours" or the report's "out-of-hours service"), whichever leads.
        Assert.Matches("(?i)out[- ]of[- ]hours", chat.Replies[0].Text);
        Assert.Contains("Back to your feedback", chat.Replies[^1].Text);
    }

    [Theory]
    [InlineData(FeedbackStep.Topic, "is this anonymous?", "You don't have to give your name")]
    [InlineData(FeedbackStep.Message, "will they find out it was me", "You don't have to give your name")]
    [InlineData(FeedbackStep.Ambassador, "who gets to see this", "It goes to")]
    [InlineData(FeedbackStep.Summary, "u can put my name on it btw", "I don't add names")]
    public async Task AQuestionAboutTheFeedbackItselfIsAnsweredByTheDialogThenTheSameQuestionAgain(FeedbackStep step, string words, string answer)
    {
        var chat = await AtStepAsync(step);

        await chat.AnswerAsync(words);

        Assert.Contains(answer, chat.Text);
        Assert.Contains(FeedbackWalk.Usual.QuestionAt(step), chat.Replies[^1].Text);
        Assert.DoesNotContain("kept that as your message", chat.Text);
        await chat.GoOnAsync(step, step + 1);
    }

    [Theory]
    [InlineData(FeedbackStep.Topic, "cheers, bye")]
    [InlineData(FeedbackStep.WantsReply, "thanks so much, bye")]
    [InlineData(FeedbackStep.Summary, "thank you, bye")]
    public async Task ThanksAndByeAtAnOpenQuestionKeepTheFeedbackUnsentAndSaySo(FeedbackStep step, string words)
    {
        var before = (await Store.ListAsync(null, 10000, CancellationToken.None)).Count;
        var chat = await AtStepAsync(step);

        await chat.SayAsync(words);

        Assert.Equal(ReplyKinds.SmallTalk, ReplyChannelData.KindOf(chat.Replies[0]));
        Assert.Contains("hasn't been sent yet", chat.Text);
        Assert.Equal(before, (await Store.ListAsync(null, 10000, CancellationToken.None)).Count);
        // Nothing was dropped: the open question takes the next answer.
        await chat.GoOnAsync(step, step + 1);
    }

    [Fact]
    public async Task ASubjectInOwnWordsAtTheTopicQuestionGoesUnderSomethingElse()
    {
        var chat = await AtStepAsync(FeedbackStep.Topic);

        await chat.AnswerAsync("its about the bus pass office");

        Assert.Contains("under \"Something else\"", chat.Text);
        Assert.Contains("What would you like to tell the council?", chat.Replies[^1].Text);
    }

    [Theory]
    [InlineData("and the whole building has had no hot water since friday either", "no hot water since friday")]
    // Asking someone to act is feedback, though shaped as a question.
    [InlineData("the landlord keeps ignoring us, could somebody from the council chase him up", "could somebody from the council chase him up")]
    public async Task MoreOfTheMessageAtALaterQuestionJoinsIt(string words, string added)
    {
        var chat = await AtStepAsync(FeedbackStep.Ambassador);

        await chat.AnswerAsync(words);

        Assert.Contains("added that to your message", chat.Text);
        await chat.GoOnAsync(FeedbackStep.Ambassador, FeedbackStep.Summary, FeedbackWalk.NoReply);
        Assert.Contains("broken for weeks", chat.Text);
        Assert.Contains(added, chat.Text);
    }

    [Fact]
    public async Task FeedbackNamingNothingLeavesAQuestionToItsOwnWords()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);
        await chat.AnswerAsync("feedback please");

        // "they" leans on the conversation; "feedback please" named nothing for it to lean on.
        await chat.SayAsync("what did they say croydon has to get better at in 2024");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(chat.Replies[0]));
        Assert.Contains("out of hours", chat.Replies[0].Text);
    }
}
