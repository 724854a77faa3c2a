using CroydonBot.Dialogs.Feedback;

namespace CroydonBot.UnitTests.Dialogs.Feedback;

public sealed class ChangeOfMindTests
{
    private readonly ChangeOfMind _changeOfMind = new(DialogFiles.Feedback().Commands.Cancel, DialogFiles.Feedback().Commands.ChangeOfMind, DialogFiles.Feedback().Commands.Fillers);

    [Theory]
    [InlineData("Sorry, I have changed my mind, please cancel.")]
    [InlineData("please cancel")]
    [InlineData("ok, stop now")]
    [InlineData("nah never mind dont send anything")]
    [InlineData("I think I will ring my PA about it instead. Forget it.")]
    // The reason first, then a short way of stopping after "so" or a comma, in a sentence past the short limit.
    [InlineData("my cousin says she can sort it out with the housing officer herself next week, so just forget it")]
    [InlineData("ok i reckon its better if i talk to my PA about this on thursday so dont send anything for now")]
    // A short clause that stops opens a sentence past the short limit, and the reason follows.
    [InlineData("oh wait i changed my mind, my key worker is going to raise it at the next house meeting instead")]
    // Round K (dialog-k): holding it back to check first, and "not yet" said alone (fillers aside).
    [InlineData("ok hold off for now, i want to ask my mates first")]
    [InlineData("hang fire on that please")]
    [InlineData("umm wait not yet")]
    public void AChangeOfMindInOwnWordsIsRecognised(string text) => Assert.True(_changeOfMind.Matches(text, out _));

    [Theory]
    [InlineData("stop moving care leavers out of croydon when there are flats right here")]
    [InlineData("please cancel the plan to close the youth club, it's the only place we have, and a lot of us go there")]
    [InlineData("my PA cancelled three times")]
    // A "so" whose clause does not stop, and a sentence too long to be a change of mind however it ends.
    [InlineData("my PA was off sick for a whole month, so nobody told me the forms were due")]
    [InlineData("the rent letters kept coming to my old flat for months and months after i moved out and told them twice, so just forget it")]
    // "not yet" inside a message is a fact about what happened, not holding the feedback back.
    [InlineData("my PA has not yet replied to any of my emails about the deposit")]
    public void FeedbackThatMerelyMentionsStoppingIsNot(string text) => Assert.False(_changeOfMind.Matches(text, out _));

    [Theory]
    [InlineData("no cancel that. how does the housing panel work", "how does the housing panel work")]
    // In the same sentence, after the clause that stops.
    [InlineData("nah forget it, how does the housing panel work", "how does the housing panel work")]
    [InlineData("oh never mind i dont want to send it now, i just want to know what staying put is", "i just want to know what staying put is")]
    // A reason after the stop is not a question to answer.
    [InlineData("nah forget it, my carer already sorted it out for me", null)]
    [InlineData("ok forget it, my PA already knows what happened with the rent", null)]
    public void AQuestionAfterTheChangeOfMindIsKept(string text, string? question)
    {
        Assert.True(_changeOfMind.Matches(text, out var rest));
        Assert.Equal(question, rest);
    }

    [Theory]
    // The way of stopping opens a longer sentence, and a reason follows it.
    [InlineData("nah forget it, my carer already sorted it out for me")]
    [InlineData("oh never mind then i'll just tell her at my next review")]
    [InlineData("ok scrap it i dont want anyone getting told off over it")]
    // Words that only lead in ("hmm", "wait") do not push the way of stopping out of the opening.
    [InlineData("hmm wait actually changed my mind i will sort it myself")]
    public void AWayOfStoppingOpeningALongerSentenceIsRecognised(string text) => Assert.True(_changeOfMind.Matches(text, out _));

    [Fact]
    public void FeedbackThatOpensWithAWayOfStoppingIsNotWhenItReadsAsFeedback()
    {
        const string Message = "never mind the letters what we really need is a PA who answers her phone";
        var reading = new ChangeOfMind(DialogFiles.Feedback().Commands.Cancel, DialogFiles.Feedback().Commands.ChangeOfMind,
            DialogFiles.Feedback().Commands.Fillers, readsAsFeedback: text => text == Message);

        Assert.False(reading.Matches(Message, out _));
        // Nor when it ends a longer sentence after its reason, unless what ends it is not sending the feedback.
        Assert.True(new ChangeOfMind(DialogFiles.Feedback().Commands.Cancel, DialogFiles.Feedback().Commands.ChangeOfMind,
            DialogFiles.Feedback().Commands.Fillers, readsAsFeedback: _ => true)
            .Matches("the housing officer says she will chase the repair herself before the weekend, so dont bother sending it", out _));
        // Not sending something else is the feedback's own words: the model decides.
        Assert.False(new ChangeOfMind(DialogFiles.Feedback().Commands.Cancel, DialogFiles.Feedback().Commands.ChangeOfMind,
            DialogFiles.Feedback().Commands.Fillers, readsAsFeedback: _ => true)
            .Matches("the council keeps posting my rent letters to the old hostel, so please dont send them there", out _));
        const string Ending = "the council keeps posting letters about my old tenancy to my new address, so please stop it";
        Assert.False(new ChangeOfMind(DialogFiles.Feedback().Commands.Cancel, DialogFiles.Feedback().Commands.ChangeOfMind,
            DialogFiles.Feedback().Commands.Fillers, readsAsFeedback: text => text == Ending).Matches(Ending, out _));
        // Not wanting to send, opening a long sentence, is about the feedback itself whatever follows it.
        Assert.True(new ChangeOfMind(DialogFiles.Feedback().Commands.Cancel, DialogFiles.Feedback().Commands.ChangeOfMind,
            DialogFiles.Feedback().Commands.Fillers, readsAsFeedback: _ => true)
            .Matches("oh never mind i dont want to send it now, i just want to know what staying put is", out _));
        // A short sentence that opens with a way of stopping, whatever the model reads in its reason.
        Assert.True(new ChangeOfMind(DialogFiles.Feedback().Commands.Cancel, DialogFiles.Feedback().Commands.ChangeOfMind,
            DialogFiles.Feedback().Commands.Fillers, readsAsFeedback: _ => true)
            .Matches("hmm actually forget it i will just ask my key worker instead", out _));
        // A short clause that stops is clear whatever the model says.
        Assert.True(new ChangeOfMind(DialogFiles.Feedback().Commands.Cancel, DialogFiles.Feedback().Commands.ChangeOfMind,
            DialogFiles.Feedback().Commands.Fillers, readsAsFeedback: _ => true).Matches("scrap that lol", out _));
    }
}
