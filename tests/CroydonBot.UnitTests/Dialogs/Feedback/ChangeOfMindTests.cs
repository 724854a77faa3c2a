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
}
