using CroydonBot.Dialogs.Feedback;

namespace CroydonBot.UnitTests.Dialogs.Feedback;

/// <summary>Questions and wishes about the feedback itself, answered from dialogs/feedback.yaml (round G of the forgiving dialog).</summary>
public sealed class AboutTheFeedbackTests
{
    private readonly AboutTheFeedback _about = new(DialogFiles.Feedback().AboutTheFeedback, new FeedbackOptions { ReadBy = "the participation team", ReplyWithinWorkingDays = 7 });

    [Theory]
    [InlineData("does my name go on this?? i want it anonymous", "You don't have to give your name")]
    [InlineData("please dont put my name on it", "You don't have to give your name")]
    [InlineData("i dont want them knowing its me", "You don't have to give your name")]
    [InlineData("they can know it was me, i dont mind", "I don't add names")]
    [InlineData("u can use my name if u want", "I don't add names")]
    [InlineData("who sees what i write here", "It goes to the participation team")]
    [InlineData("how long until they reply", "within 7 working days")]
    public void AQuestionOrWishAboutTheFeedbackGetsTheDialogsAnswer(string text, string answer) =>
        Assert.Contains(answer, _about.AnswerTo(text));

    [Theory]
    // The feedback itself, which only mentions a name or who sees things.
    [InlineData("my PA keeps giving out my name and number to other people in the hostel")]
    [InlineData("who do i ask about the setting up home allowance")]
    [InlineData("the staff at my placement read my post before i get it, and they never say sorry when i tell them it is private")]
    public void OtherRepliesAreNotAboutTheFeedback(string text) => Assert.Null(_about.AnswerTo(text));

    [Fact]
    public void ASettingThatOpensTheAnswerIsCapitalised() =>
        Assert.StartsWith("The participation team reads it", _about.AnswerTo("when will i hear back from them"));
}
