using CroydonBot.Configuration;
using CroydonBot.Dialogs.Feedback;
using CroydonBot.Dialogs.Feedback.Intent;
using CroydonBot.Replies;

namespace CroydonBot.UnitTests.Dialogs.Feedback;

/// <summary>
/// Round W (dialog-w): the classes behind AL's routing and dialog misses, in phrasings of our own, each with look-alikes
/// that name the same words but must not change: those in charge asked to read, know or change what was told (a relay);
/// ending by asking where to put a complaint (the procedure); an aside question at the message prompt; "my message is ..."
/// as the message; a question about another subject that ends "who gets it" (not about the feedback); ways of stopping in a run.
/// </summary>
public sealed class RelaysAsidesAndStopsTests
{
    private static readonly FeedbackIntentModel Model = FeedbackIntentModel.Load(DialogFiles.Path(Path.Combine(FeedbackIntentData.Folder, FeedbackIntentData.ModelFile)));
    private static readonly SmallTalkMatcher SmallTalk = new(YamlFile.Read<SmallTalkData>(DialogFiles.Path(SmallTalkData.File)));
    private readonly FeedbackTriggers _triggers = new(DialogFiles.Feedback().Triggers, Model, smallTalk: SmallTalk);

    [Theory]
    [InlineData("can the head of the leaving care team read this, the hub has been shut on fridays for a month")]
    [InlineData("the new forms are impossible to fill in. could someone rethink how they do them")]
    [InlineData("my worker went above and beyond when my nan died. could the council know shes a star")]
    [InlineData("can the manager in charge of housing see this please: care leavers are waiting a year for a flat")]
    public void ThoseInChargeAskedToReadKnowOrChangeWhatWasToldStartTheDialog(string text)
    {
        var trigger = _triggers.Match(text);
        Assert.True(trigger is { Starts: true }, $"{text}: {trigger} {Model.Predict(text)}");
    }

    [Theory]
    [InlineData("can someone read my cv before i send it")]
    [InlineData("can the council know where i live if i move out of croydon")]
    [InlineData("can someone change my PA")]
    [InlineData("could someone look at my housing letter")]
    public void HelpAskedForOneselfIsNotARelay(string text) => Assert.False(SpeechAct.RequestsRelay(text), text);

    [Theory]
    [InlineData("nobody ever picks up and the hub is a mess, honestly useless. where do i actually send a complaint")]
    [InlineData("my placement has been awful for months. where can i even make a complaint")]
    public void EndingByAskingWhereToPutAComplaintIsAnsweredWithTheButton(string text)
    {
        var trigger = _triggers.Match(text);
        Assert.True(trigger is null or { Starts: false }, $"{text}: {trigger} {Model.Predict(text)}");
    }

    [Theory]
    [InlineData("btw how much is the setting up home allowance", true)]
    [InlineData("quick q, when does the bursary get paid", true)]
    [InlineData("oh and one more thing, who runs the forum", true)]
    [InlineData("wait is the hub open on saturdays", true)]
    [InlineData("the hub is never open on saturdays", false)]
    [InlineData("quickly moving kids around hurts them", false)]
    public void AQuestionFlaggedAsAnAsideIsRecognised(string text, bool aside) => Assert.Equal(aside, AsideQuestion.Opens(text));

    [Theory]
    [InlineData("my message is that nobody told me why my PA changed", true)]
    [InlineData("ok so my feedback is why do we wait months for a flat", true)]
    [InlineData("what i want to say is the forms are too long", true)]
    [InlineData("all i want them to know is how hard it was", true)]
    // Round AJ (help-aj): after a reaction closed by a full stop, in the past and in text speak.
    [InlineData("ok cool. so wat i wanted to say is the login keeps breaking and nobody ever fixes it", true)]
    [InlineData("nice. what i meant to say is the forms are too long", true)]
    [InlineData("thanks, so the thing i wanted to say is nobody rings back", true)]
    [InlineData("what i wanted to know is when the hub opens", false)]
    [InlineData("what is my message about", false)]
    [InlineData("my messages to my PA never get answered, is that normal", false)]
    public void AReplyNamingItselfAsTheMessageIsRecognised(string text, bool names) => Assert.Equal(names, MessageFrame.Opens(text));

    [Theory]
    [InlineData("also whats the setting up home grant for care leavers, who gets it")]
    [InlineData("hang on what is the staying put thing about, who reads it to decide")]
    public void AQuestionOnItsOwnSubjectIsNotAboutTheFeedback(string text)
    {
        var about = new AboutTheFeedback(DialogFiles.Feedback().AboutTheFeedback, new FeedbackOptions { ReadBy = "the participation team", ReplyWithinWorkingDays = 7 });
        Assert.Null(about.AnswerTo(text));
    }

    [Fact]
    public void AShortQuestionAboutWhoReadsTheFeedbackIsStillAnswered()
    {
        var about = new AboutTheFeedback(DialogFiles.Feedback().AboutTheFeedback, new FeedbackOptions { ReadBy = "the participation team", ReplyWithinWorkingDays = 7 });
        Assert.Contains("participation team", about.AnswerTo("wait, who reads it?"));
    }

    [Theory]
    [InlineData("cancel, no worries")]
    [InlineData("scrap that, never mind")]
    [InlineData("cancel it lol")]
    [InlineData("dont bother, its fine")]
    public void WaysOfStoppingInARunAreSmallTalk(string text) => Assert.Equal("nevermind", SmallTalk.Match(text)?.Name);

    [Theory]
    [InlineData("cancel my housing application")]
    [InlineData("how do i cancel my council tax direct debit")]
    public void CancellingSomethingNamedIsNotSmallTalk(string text) => Assert.Null(SmallTalk.Match(text));
}
