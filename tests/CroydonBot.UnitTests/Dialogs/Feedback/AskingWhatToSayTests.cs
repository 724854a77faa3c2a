using CroydonBot.Configuration;
using CroydonBot.Dialogs.Feedback;
using CroydonBot.Dialogs.Feedback.Intent;
using CroydonBot.Replies;

namespace CroydonBot.UnitTests.Dialogs.Feedback;

/// <summary>
/// Round AS (route-as): asking what to say to someone in a conversation of one's own ("anything i should tell my work coach ...
/// first appointment tmrw") is a question for the bot, never feedback offered or started, however sure the model is (it reads such
/// messages as feedback already said at 0.9 and more). Sure feedback put as a question is still offered. Phrasings of our own.
/// </summary>
public sealed class AskingWhatToSayTests
{
    private static readonly FeedbackIntentModel Model = FeedbackIntentModel.Load(DialogFiles.Path(Path.Combine(FeedbackIntentData.Folder, FeedbackIntentData.ModelFile)));
    private static readonly SmallTalkMatcher SmallTalk = new(YamlFile.Read<SmallTalkData>(DialogFiles.Path(SmallTalkData.File)));
    private readonly FeedbackTriggers _triggers = new(DialogFiles.Feedback().Triggers, Model, smallTalk: SmallTalk);

    [Theory]
    [InlineData("anything i should tell the jobcentre about leaving care? my first appointment is on monday")]
    [InlineData("anything i should tell my work coach so i get the care leaver rate? going in tomorrow morning")]
    [InlineData("housing appointment on thursday, anything i shud say to the officer so they know i left care at 18?")]
    public void AskingWhatToSayInOnesOwnAppointmentIsNotOfferedAsFeedback(string text)
    {
        var trigger = _triggers.Match(text);
        Assert.True(trigger is null or { Starts: false }, $"{text}: {trigger} {Model.Predict(text)}");
    }

    [Theory]
    [InlineData("anything i should tell my work coach at the jobcentre")]
    [InlineData("what do i need to say to my PA")]
    [InlineData("is there anything i should mention at my review")]
    [InlineData("what should i ask the landlord before i sign")]
    [InlineData("wat do i say to the housing officer tmrw")]
    public void AClauseAskingWhatOneShouldSayAsksWhatToSay(string clause) =>
        Assert.True(MessageIntent.AsksWhatToSay(clause), clause);

    [Theory]
    [InlineData("what i want to say is my PA never rings back")]
    [InlineData("i have something to say about my PA")]
    [InlineData("how do i tell the council my PA has been amazing")]
    [InlineData("can i say something to the council")]
    public void TellingOrAskingHowToTellDoesNotAskWhatToSay(string clause) =>
        Assert.False(MessageIntent.AsksWhatToSay(clause), clause);
}
