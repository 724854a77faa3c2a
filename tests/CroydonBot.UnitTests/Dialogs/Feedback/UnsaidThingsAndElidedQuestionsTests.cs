using CroydonBot.Dialogs.Feedback;
using CroydonBot.Dialogs.Feedback.Intent;

namespace CroydonBot.UnitTests.Dialogs.Feedback;

/// <summary>
/// Round AG (route-ag): a question with its "is there" left off ("anything i should say to my work coach"), help to complain asked from
/// someone described ("someone on my side to help me make a complaint"), and something still to say announced before leave to add it
/// here. The committed model and the default bars; phrasings of our own, with look-alikes that must not change.
/// </summary>
public sealed class UnsaidThingsAndElidedQuestionsTests
{
    private static readonly FeedbackIntentModel Model = FeedbackIntentModel.Load(DialogFiles.Path(Path.Combine(FeedbackIntentData.Folder, FeedbackIntentData.ModelFile)));
    private readonly FeedbackTriggers _triggers = new(DialogFiles.Feedback().Triggers, Model);

    [Theory]
    [InlineData("anything i should say to my work coach")]
    [InlineData("anything i should bring to my pathway plan meeting")]
    [InlineData("anyone i can talk to about money stuff")]
    [InlineData("ok so any way we can get the grant sooner")]
    [InlineData("anything else i need to tell the housing office")]
    public void AQuestionWithItsIsThereLeftOffAsks(string text) =>
        Assert.True(MessageShape.IsQuestion(text), text);

    [Theory]
    [InlineData("anything i say to my PA gets ignored")]
    [InlineData("anyone who works at the hub is lovely")]
    public void AClauseOpeningWithAnythingButNoModalOfTheirOwnTells(string text) =>
        Assert.False(MessageShape.IsQuestion(text), text);

    [Theory]
    [InlineData("anything i should say to my work coach")]
    [InlineData("anything i should ask my PA about it")]
    [InlineData("can i get someone on my side to help me make a complaint, like an advocate or something")]
    [InlineData("is there someone independent who can help me put a complaint in, like not my PA")]
    public void QuestionsLikeTheseAreNotStarted(string text)
    {
        var trigger = _triggers.Match(text);
        Assert.False(trigger is { Starts: true }, $"{text}: {trigger} {Model.Predict(text)}");
    }

    [Theory]
    [InlineData("someone on my side to help me make a complaint")]
    [InlineData("is there a person outside the council who could help me write a complaint")]
    public void HelpAskedFromSomeoneDescribedIsHelpToComplain(string text) =>
        Assert.True(MessageIntent.AsksForHelpToComplain(text), text);

    [Theory]
    [InlineData("i went to the youth council meeting and theres something i forgot to say, can i add it here")]
    [InlineData("i was at my review last week and forgot to mention something, can i put it here")]
    [InlineData("i have a point about the housing panel i never got to make, can i drop it here")]
    [InlineData("theres something i didnt get to say at the forum, can i say it here")]
    public void SomethingUnsaidThenLeaveToAddItStartsTheDialog(string text)
    {
        var trigger = _triggers.Match(text);
        Assert.True(trigger is { Starts: true }, $"{text}: {trigger} {Model.Predict(text)}");
    }

    [Theory]
    [InlineData("i forgot to say something to my PA, can i text her")]
    [InlineData("theres something i forgot to ask, how long does the bursary last")]
    public void SomethingUnsaidBeforeAnotherQuestionIsNotStarted(string text)
    {
        var trigger = _triggers.Match(text);
        Assert.False(trigger is { Starts: true }, $"{text}: {trigger} {Model.Predict(text)}");
    }
}
