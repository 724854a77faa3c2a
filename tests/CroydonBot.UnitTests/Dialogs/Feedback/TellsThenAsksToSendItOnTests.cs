using CroydonBot.Dialogs.Feedback;
using CroydonBot.Dialogs.Feedback.Intent;

namespace CroydonBot.UnitTests.Dialogs.Feedback;

/// <summary>
/// Round AH (rank-ah): something told that reads as feedback, then only asking leave to send it on ("can i send this somewhere"), to
/// have the people concerned told, or to have the person praised recognised, is feedback to give: the dialog starts with it offered.
/// Asking where complaints go, or leave to get something for oneself, is still a question. None of these phrasings is an eval line.
/// </summary>
public sealed class TellsThenAsksToSendItOnTests
{
    private static readonly FeedbackIntentModel Model = FeedbackIntentModel.Load(DialogFiles.Path(Path.Combine(FeedbackIntentData.Folder, FeedbackIntentData.ModelFile)));
    private readonly FeedbackTriggers _triggers = new(DialogFiles.Feedback().Triggers, Model);

    [Theory]
    [InlineData("my PA missed 3 meetings in a row and never said sorry. can i send this somewhere")]
    [InlineData("the hostel staff were rude to me again today. is there somewhere i can send this")]
    [InlineData("i want to complain about my social worker she never listens, can this go somewhere")]
    [InlineData("the new drop in is brilliant, the staff are so kind. can i send that somewhere")]
    [InlineData("my foster carer has been so patient with me all year. could she be thanked properly")]
    [InlineData("the leaving care team never replies to emails. can the managers be made aware of this")]
    [InlineData("the youth worker at the hub really helped me with my cv, can i tell someone that")]
    [InlineData("nobody came to fix the boiler for three weeks. could we let the housing team know this")]
    // Round AJ (help-aj): the leave typed straight on after what was told, with no comma.
    [InlineData("the careers lady at the hub was actually amazing can i tell someone that")]
    [InlineData("my PA sorted my flat out in a week could the team be told")]
    [InlineData("the staff at the drop in were really rude to me today can i send this somewhere")]
    public void FeedbackToldThenAskingToSendItOnIsOfferedWhole(string text)
    {
        var trigger = _triggers.Match(text);

        Assert.NotNull(trigger);
        Assert.True(trigger.Starts);
        Assert.Equal(text, trigger.Message);
    }

    [Theory]
    [InlineData("my PA never rings back. where do i send a complaint")]
    [InlineData("im 19 and at uni. can i get the bursary")]
    [InlineData("my PA left. can i get a new one")]
    [InlineData("my mate is a care leaver in croydon. can she get the council tax relief")]
    [InlineData("my PA is new can i get a different one")]
    public void QuestionsAfterAStoryAreNotStartedAsFeedback(string text)
    {
        var trigger = _triggers.Match(text);

        Assert.True(trigger is null || !trigger.Starts);
    }
}
