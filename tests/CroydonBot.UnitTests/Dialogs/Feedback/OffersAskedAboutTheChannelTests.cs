using CroydonBot.Dialogs.Feedback;
using CroydonBot.Dialogs.Feedback.Intent;

namespace CroydonBot.UnitTests.Dialogs.Feedback;

/// <summary>
/// Round AF (route-af): feedback offered as a question about the channel ("is this where i give my views", "is it too late to say
/// it", "can i log that", "can my views go to the board"), praise to pass on asked as whether it can reach someone ("can the council
/// know how good she is", "is there a way this can get back to her manager"), an apology's "if", and a part asked about by a word
/// pointing back at it. The committed model and the default bars; phrasings of our own, with look-alikes that must not change.
/// </summary>
public sealed class OffersAskedAboutTheChannelTests
{
    private static readonly FeedbackIntentModel Model = FeedbackIntentModel.Load(DialogFiles.Path(Path.Combine(FeedbackIntentData.Folder, FeedbackIntentData.ModelFile)));
    private readonly FeedbackTriggers _triggers = new(DialogFiles.Feedback().Triggers, Model);

    [Theory]
    [InlineData("hey is this the place where i give my views on the youth hub?")]
    [InlineData("is this where we leave feedback about the leaving care team")]
    [InlineData("i got feedback about my old foster placement, is it too late to send it? i still want to")]
    [InlineData("i have a compliment and a complaint. compliment: the hub staff. complaint: the repairs team. can i send both")]
    [InlineData("the girls at the drop in said they want longer opening hours. can i log that")]
    [InlineData("my PA went above and beyond this year, can the council know how hard she has worked")]
    [InlineData("i wanted to thank my keyworker for everything this year. is there a way this can get back to his manager?")]
    [InlineData("sorry if this is the wrong place but the hub staff were so kind when i moved in, can u tell them")]
    [InlineData("can my views go to the corporate parenting board? care leavers need more help with bills")]
    [InlineData("id like to comment on how my move to semi independent was handled")]
    [InlineData("can i feed back on the housing panel? they said it was fair but it never felt fair to me")]
    [InlineData("hiya im from the ambassadors group, can i feed something back from the away day")]
    public void FeedbackOfferedAsAQuestionAboutTheChannelStartsTheDialog(string text)
    {
        var trigger = _triggers.Match(text);
        Assert.True(trigger is { Starts: true }, $"{text}: {trigger} {Model.Predict(text)}");
    }

    [Theory]
    [InlineData("is this where i find the local offer")]
    [InlineData("can the council know how many care leavers live in croydon")]
    [InlineData("sorry if this is a silly question but does the grant go up every year")]
    [InlineData("can i complain about my social worker if im 16")]
    public void QuestionsThatLookAlikeAreNotStarted(string text)
    {
        var trigger = _triggers.Match(text);
        Assert.False(trigger is { Starts: true }, $"{text}: {trigger} {Model.Predict(text)}");
    }

    [Theory]
    [InlineData("hi is this where i give my opinion on the pathway plans")]
    [InlineData("is this the right place to leave a suggestion")]
    public void AskingWhetherThisChatIsWhereOnesViewsGoAsksForTheDialog(string text) =>
        Assert.True(AsksForTheDialog.Matches(text), text);

    [Theory]
    [InlineData("is this where the council puts its feedback")]
    [InlineData("is this where i make a complaint about housing")]
    public void AskingWhereSomethingElseGoesIsNotThisChat(string text) =>
        Assert.False(AsksForTheDialog.Matches(text), text);

    [Theory]
    [InlineData("the housing bit was that any better")]
    [InlineData("n the 2020 one was it good too or just ok")]
    [InlineData("sorry if this is a silly question but does the grant go up every year")]
    public void APartAskedAboutByAWordPointingBackAsks(string text) =>
        Assert.True(MessageShape.IsQuestion(text), text);

    [Theory]
    [InlineData("the worst part was that nobody rang me back")]
    [InlineData("the best bit was that my PA came to my graduation")]
    [InlineData("sorry if this isnt the right place but my keyworker is the only one who ever helped me")]
    [InlineData("can i feed back on the forum? they said the forum listens to everyone but that is not true")]
    public void AStoryOrAnApologysIfDoesNotAsk(string text) =>
        Assert.False(MessageShape.IsQuestion(text), text);

    [Theory]
    [InlineData("ok nvm ill just do the feedback one for now")]
    [InlineData("nah forget that, lets just send my message")]
    public void ChoosingTheFeedbackAfterAWayOfStoppingGoesOn(string text)
    {
        Assert.True(ChangeOfMind.GoesOn(text), text);
        Assert.False(new ChangeOfMind(["cancel"], ["nvm", "forget that", "forget it"], ["ok", "nah", "just"]).Matches(text, out _), text);
    }

    [Theory]
    [InlineData("nvm ill send the message another day")]
    [InlineData("forget it ill do the feedback later")]
    public void PuttingTheFeedbackOffStillStops(string text)
    {
        Assert.False(ChangeOfMind.GoesOn(text), text);
        Assert.True(new ChangeOfMind(["cancel"], ["nvm", "forget it"], ["ok", "nah", "just"]).Matches(text, out _), text);
    }
}
