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
    public void AChangeOfMindInOwnWordsIsRecognised(string text) => Assert.True(_changeOfMind.Matches(text, out _));

    [Theory]
    [InlineData("stop moving care leavers out of croydon when there are flats right here")]
    [InlineData("please cancel the plan to close the youth club, it's the only place we have, and a lot of us go there")]
    [InlineData("my PA cancelled three times")]
    public void FeedbackThatMerelyMentionsStoppingIsNot(string text) => Assert.False(_changeOfMind.Matches(text, out _));

    [Fact]
    public void AQuestionAfterTheChangeOfMindIsKept()
    {
        Assert.True(_changeOfMind.Matches("no cancel that. how does the housing panel work", out var rest));
        Assert.Equal("how does the housing panel work", rest);
    }

    [Theory]
    // The way of stopping opens a longer sentence, and a reason follows it.
    [InlineData("nah forget it, my carer already sorted it out for me")]
    [InlineData("oh never mind then i'll just tell her at my next review")]
    [InlineData("ok scrap it i dont want anyone getting told off over it")]
    public void AWayOfStoppingOpeningALongerSentenceIsRecognised(string text) => Assert.True(_changeOfMind.Matches(text, out _));

    [Fact]
    public void FeedbackThatOpensWithAWayOfStoppingIsNotWhenItReadsAsFeedback()
    {
        const string Message = "never mind the letters what we really need is a PA who answers her phone";
        var reading = new ChangeOfMind(DialogFiles.Feedback().Commands.Cancel, DialogFiles.Feedback().Commands.ChangeOfMind,
            DialogFiles.Feedback().Commands.Fillers, readsAsFeedback: text => text == Message);

        Assert.False(reading.Matches(Message, out _));
        // A short clause that stops is clear whatever the model says.
        Assert.True(new ChangeOfMind(DialogFiles.Feedback().Commands.Cancel, DialogFiles.Feedback().Commands.ChangeOfMind,
            DialogFiles.Feedback().Commands.Fillers, readsAsFeedback: _ => true).Matches("scrap that lol", out _));
    }
}
