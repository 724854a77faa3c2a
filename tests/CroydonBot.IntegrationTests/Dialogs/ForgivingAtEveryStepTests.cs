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
    /// <summary>The answers that reach each question in turn, and words only that question says.</summary>
    private static readonly (string Answer, string Question)[] Path =
    [
        ("give feedback", "What is your feedback about?"),
        ("housing", "What would you like to tell the council?"),
        ("The heating in my flat has been broken for weeks.", "Are you a young ambassador?"),
        ("no", "Would you like someone from the council to reply"),
        ("yes", "How would you like them to reply?"),
        ("Email", "What email address should they use?"),
        ("me@example.com", "Is it OK for them to share it"),
        ("yes", "Shall I send it?"),
    ];

    private IFeedbackStore Store => fixture.Host.Services.GetRequiredService<IFeedbackStore>();

    private async Task<FeedbackConversation> AtStepAsync(int step)
    {
        var chat = new FeedbackConversation(fixture.Host.Client);
        foreach (var (answer, _) in Path.Take(step + 1))
        {
            await chat.AnswerAsync(answer);
        }
        Assert.Contains(Path[step].Question, chat.Replies[^1].Text);
        return chat;
    }

    [Theory]
    [InlineData(0, "hold on whats the setting up home allowance", "3,000")]
    [InlineData(1, "sorry one sec, how often is my PA supposed to visit me?", "two months")]
    [InlineData(2, "oh quick question, how long can i keep my PA for?", "25")]
    [InlineData(3, "hang on - what is staying put", "foster")]
    [InlineData(4, "wait is the care leaver oyster card free", "Oyster")]
    [InlineData(5, "before i do that, how much is the uni bursary?", "2,000")]
    [InlineData(6, "one sec, how much is the setting up home allowance", "3,000")]
    [InlineData(7, "oh wait what is staying put", "foster")]
    // Short, and it names a topic ("pathway plan" is Leaving care support): still a question.
    [InlineData(0, "whats a pathway plan", "six months")]
    public async Task AQuestionAtAnyStepIsAnsweredWithItsSourceThenTheSameQuestionAgain(int step, string question, string fact)
    {
        var chat = await AtStepAsync(step);

        await chat.SayAsync(question);

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(chat.Replies[0]));
        Assert.Contains(fact, chat.Replies[0].Text);
        Assert.Contains("Source", chat.Replies[0].Text);
        Assert.Contains("Back to your feedback", chat.Replies[^1].Text);
        Assert.Contains(Path[step].Question, chat.Replies[^1].Text);
        Assert.DoesNotContain("kept that as your message", chat.Text);
        // The dialog carries on where it was.
        await chat.AnswerAsync(Path[step + 1 < Path.Length ? step + 1 : step].Answer);
    }

    [Theory]
    [InlineData(0, "nah forget it, my carer already sorted it out for me")]
    [InlineData(1, "oh never mind then, i'll just tell her at my next review")]
    [InlineData(2, "dont worry about it, my key worker already passed it on")]
    [InlineData(3, "nah leave it, my sister already emailed them about it")]
    [InlineData(4, "hmm no i've changed my mind, it got fixed this morning")]
    [InlineData(5, "actually leave it, my advocate is dealing with it now")]
    [InlineData(6, "you know what, never mind, it's not worth the hassle")]
    [InlineData(7, "forget it, i'd rather talk to my PA about it first")]
    // The reason first and the way of stopping last, or a short stop opening a long sentence.
    [InlineData(1, "the youth worker said she'd take it to the manager herself on monday, so dont bother sending it")]
    [InlineData(3, "hmm actually i changed my mind, ill sort it out with the landlord face to face")]
    public async Task AChangeOfMindWithAReasonStopsAtAnyStepWithNothingSent(int step, string words)
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
        var chat = await AtStepAsync(1);

        await chat.AnswerAsync("never mind the letters they send, what we really need is a PA who answers her phone");

        Assert.Contains("Are you a young ambassador?", chat.Text);
    }

    [Fact]
    public async Task SendItBeforeTheEndIsNotStoppingAndTheEmailIsStillAskedFor()
    {
        var chat = await AtStepAsync(4);

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
        var chat = await AtStepAsync(0);
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

    [Fact]
    public async Task AnAddressGivenWhereAReplyIsOfferedAnswersTheWholeRoute()
    {
        var chat = await AtStepAsync(3);

        await chat.AnswerAsync("someone@example.org");

        Assert.Contains("Is it OK for them to share it", chat.Replies[^1].Text);
        await chat.AnswerAsync("yes");
        Assert.Contains("Wants a reply: yes", chat.Text);
        Assert.Contains("someone@example.org", chat.Text);
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

    [Theory]
    [InlineData(0, "is this anonymous?", "You don't have to give your name")]
    [InlineData(1, "will they find out it was me", "You don't have to give your name")]
    [InlineData(2, "who gets to see this", "It goes to")]
    [InlineData(7, "u can put my name on it btw", "I don't add names")]
    public async Task AQuestionAboutTheFeedbackItselfIsAnsweredByTheDialogThenTheSameQuestionAgain(int step, string words, string answer)
    {
        var chat = await AtStepAsync(step);

        await chat.AnswerAsync(words);

        Assert.Contains(answer, chat.Text);
        Assert.Contains(Path[step].Question, chat.Replies[^1].Text);
        Assert.DoesNotContain("kept that as your message", chat.Text);
        await chat.AnswerAsync(Path[step + 1 < Path.Length ? step + 1 : step].Answer);
    }

    [Theory]
    [InlineData(0, "cheers, bye")]
    [InlineData(3, "thanks so much, bye")]
    [InlineData(7, "thank you, bye")]
    public async Task ThanksAndByeAtAnOpenQuestionKeepTheFeedbackUnsentAndSaySo(int step, string words)
    {
        var before = (await Store.ListAsync(null, 10000, CancellationToken.None)).Count;
        var chat = await AtStepAsync(step);

        await chat.SayAsync(words);

        Assert.Equal(ReplyKinds.SmallTalk, ReplyChannelData.KindOf(chat.Replies[0]));
        Assert.Contains("hasn't been sent yet", chat.Text);
        Assert.Equal(before, (await Store.ListAsync(null, 10000, CancellationToken.None)).Count);
        // Nothing was dropped: the open question takes the next answer.
        await chat.AnswerAsync(Path[step + 1 < Path.Length ? step + 1 : step].Answer);
    }

    [Fact]
    public async Task ASubjectInOwnWordsAtTheTopicQuestionGoesUnderSomethingElse()
    {
        var chat = await AtStepAsync(0);

        await chat.AnswerAsync("its about the bus pass office");

        Assert.Contains("under \"Something else\"", chat.Text);
        Assert.Contains("What would you like to tell the council?", chat.Replies[^1].Text);
    }

    [Fact]
    public async Task MoreOfTheMessageAtALaterQuestionJoinsIt()
    {
        var chat = await AtStepAsync(2);

        await chat.AnswerAsync("and the whole building has had no hot water since friday either");

        Assert.Contains("added that to your message", chat.Text);
        Assert.Contains(Path[2].Question, chat.Replies[^1].Text);
        await chat.AnswerAsync("no");
        await chat.AnswerAsync("no");
        await chat.AnswerAsync("yes");
        Assert.Contains("broken for weeks", chat.Text);
        Assert.Contains("no hot water since friday", chat.Text);
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
