using CroydonBot.Dialogs.Feedback;
using CroydonBot.Dialogs.Feedback.Intent;

namespace CroydonBot.UnitTests.Dialogs.Feedback;

/// <summary>
/// Round E's routing: feedback-like messages start the dialog, question-like ones do not, and a question the model
/// is unsure of is answered with the "Give feedback" button instead of "Shall I send this as your feedback?".
/// The committed model and the default bars; none of these phrasings is a training example or from an evaluation set.
/// </summary>
public sealed class FeedbackRoutingTests
{
    private static readonly FeedbackIntentModel Model = FeedbackIntentModel.Load(DialogFiles.Path(Path.Combine(FeedbackIntentData.Folder, FeedbackIntentData.ModelFile)));
    private readonly FeedbackTriggers _triggers = new(DialogFiles.Feedback().Triggers, Model);

    [Theory]
    [InlineData("i want to tell the council what it was like being moved five times in a year")]
    [InlineData("can i share my opinion about the care leavers hub")]
    [InlineData("who do i tell that my leaving care worker has been brilliant")]
    [InlineData("me and my flatmate want to suggest a bike scheme for care leavers, who do we tell")]
    [InlineData("id like to thank the duty team for sorting my emergency housing")]
    [InlineData("the setting up home grant doesnt cover a fridge and a bed, the council needs to raise it")]
    public void FeedbackLikeMessagesStartTheDialog(string text)
    {
        var trigger = _triggers.Match(text);
        Assert.True(trigger is { Starts: true }, $"{text}: {trigger} {Model.Predict(text)}");
    }

    [Theory]
    [InlineData("i want to know if the council pays for a tv licence")]
    [InlineData("tell me more about the drop in")]
    [InlineData("my deposit wasnt returned, can the council get it back for me")]
    [InlineData("is the council still in special measures or whatever")]
    [InlineData("how often should my pathway plan be reviewed")]
    public void QuestionLikeMessagesAreNotFeedback(string text)
    {
        var trigger = _triggers.Match(text);
        Assert.True(trigger is null or { Starts: false }, $"{text}: {trigger} {Model.Predict(text)}");
    }

    [Theory]
    [InlineData("how do i give feedback")]
    [InlineData("can I complain about my PA")]
    public void AskingHowToGiveFeedbackIsAnsweredWithTheButton(string text)
    {
        var trigger = _triggers.Match(text);
        Assert.True(trigger is { Starts: false }, $"{text}: {trigger} {Model.Predict(text)}");
    }

    [Fact]
    public void AQuestionInTheUncertainZoneIsAnsweredWithTheButtonNotConfirmed()
    {
        // Bars that put this question in the uncertain zone whatever the model's exact reading: above the bar for a
        // statement, below the bars for a question and for offering a question back as the feedback.
        const string Text = "my foster placement ended at 18 and it has been hard since. can i still get help from them?";
        var reading = Model.Predict(Text);
        var bars = FeedbackRoutingBars.Default with { Start = 0, QuestionStart = 1.01f, QuestionOffer = 1.01f, About = 1.01f, Clause = 1.01f };
        var triggers = new FeedbackTriggers(DialogFiles.Feedback().Triggers, Model, bars);

        var trigger = triggers.Match(Text);

        Assert.True(trigger is { Starts: false }, $"{trigger} {reading}");
    }

    [Fact]
    public void AStatementInTheUncertainZoneIsStillOfferedAsTheFeedback()
    {
        const string Text = "the bus pass form is far too long and nobody helps you fill it in";
        var bars = FeedbackRoutingBars.Default with { Start = 0, QuestionStart = 0, QuestionOffer = 1.01f, About = 1.01f, Clause = 1.01f };
        var triggers = new FeedbackTriggers(DialogFiles.Feedback().Triggers, Model, bars);

        var trigger = triggers.Match(Text);

        Assert.True(trigger is { Starts: true }, $"{trigger} {Model.Predict(Text)}");
    }
}
