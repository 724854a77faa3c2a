using CroydonBot.Dialogs.Feedback;
using CroydonBot.Dialogs.Feedback.Intent;

namespace CroydonBot.UnitTests.Dialogs.Feedback;

/// <summary>
/// Round AI (route-ai): views someone holds or gathered, or something they want to say, then asking whether it can be given here
/// ("can i do that on here", "can we send them through you"): the chat is where it goes, so the dialog starts. Phrasings of our own;
/// look-alikes name a view that is not theirs, thoughts that are not a view, or ask for something else here.
/// </summary>
public sealed class ViewsToTellHereTests
{
    private static readonly FeedbackIntentModel Model = FeedbackIntentModel.Load(DialogFiles.Path(Path.Combine(FeedbackIntentData.Folder, FeedbackIntentData.ModelFile)));
    private readonly FeedbackTriggers _triggers = new(DialogFiles.Feedback().Triggers, Model);

    [Theory]
    [InlineData("i want my say on the youth hub to reach the managers, can i do that on here")]
    [InlineData("we gathered views at the forum last night, can we send them through you")]
    [InlineData("theres something id like to say about how my hostel is run, can i do it here")]
    [InlineData("a few of us want to send in our thoughts about the local offer, can we do that through this chat")]
    public void ViewsOrSomethingToSayAskedToGoThroughThisChatAreToTellHere(string text) =>
        Assert.True(ThisChat.AsksToTellHere(text), text);

    [Theory]
    [InlineData("what was ofsteds view on croydon, can u tell me here")]
    [InlineData("can i see my pathway plan on here")]
    [InlineData("my thoughts are all over the place, can i talk to someone here")]
    [InlineData("can i check my opinion is right before i say it")]
    public void AViewNotTheirsOrNothingToTellIsNot(string text) =>
        Assert.False(ThisChat.AsksToTellHere(text), text);

    [Theory]
    [InlineData("i want my say on the youth hub to reach the managers, can i do that on here")]
    [InlineData("we gathered views at the forum last night, can we send them through you")]
    [InlineData("theres something id like to say about how my hostel is run, can i do it here")]
    public void TheyStartTheDialog(string text)
    {
        var trigger = _triggers.Match(text);
        Assert.True(trigger is { Starts: true }, $"{text}: {trigger} {Model.Predict(text)}");
    }
}
