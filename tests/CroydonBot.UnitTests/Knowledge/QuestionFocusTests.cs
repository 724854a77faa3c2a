using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class QuestionFocusTests
{
    [Fact]
    public void TheQuestionSentencesOfAStoryAreItsFocus()
    {
        var focus = QuestionFocus.Of("i moved out of my nan's in the summer and started a new job. my hours keep changing. can i still get help with rent?");

        Assert.Equal("can i still get help with rent?", focus);
    }

    [Theory]
    [InlineData("what is the setting up home allowance")]
    [InlineData("how much is it? who pays it?")]
    [InlineData("my worker left. my new one is nice.")]
    public void AMessageWithoutAStoryAroundAQuestionHasNoFocus(string message)
    {
        Assert.Null(QuestionFocus.Of(message));
    }

    [Fact]
    public void AQuestionAboutTheStoryItselfKeepsTheStory()
    {
        Assert.Null(QuestionFocus.Of("my friend told me pas stop at 21 unless you study. is that right?"));
    }
}
