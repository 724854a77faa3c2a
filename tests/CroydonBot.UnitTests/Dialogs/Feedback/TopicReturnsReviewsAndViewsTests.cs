using CroydonBot.Configuration;
using CroydonBot.Dialogs.Feedback;
using CroydonBot.Dialogs.Feedback.Intent;
using CroydonBot.Replies;

namespace CroydonBot.UnitTests.Dialogs.Feedback;

/// <summary>
/// Round AL (rank-al): questions that got "Shall I send this as your feedback?" (going back to a topic and asking about it with no
/// question mark; a grievance told, then asking whether one may ask for a review) and feedback answered as a question (a proposal,
/// then asking the bot to suggest or raise it; asking that one's views reach whoever writes or decides the thing). Phrasings of our
/// own, with look-alikes.
/// </summary>
public sealed class TopicReturnsReviewsAndViewsTests
{
    private static readonly FeedbackIntentModel Model = FeedbackIntentModel.Load(DialogFiles.Path(Path.Combine(FeedbackIntentData.Folder, FeedbackIntentData.ModelFile)));
    private static readonly SmallTalkMatcher SmallTalk = new(YamlFile.Read<SmallTalkData>(DialogFiles.Path(SmallTalkData.File)));
    private readonly FeedbackTriggers _triggers = new(DialogFiles.Feedback().Triggers, Model, smallTalk: SmallTalk);

    [Theory]
    [InlineData("ok back to the staying put thing can i stay after 21")]
    [InlineData("so about the bursary again can it be paid monthly")]
    [InlineData("going back to housing, does the panel decide it")]
    [InlineData("right on the council tax thing how long does it last")]
    public void GoingBackToATopicAndAskingAsks(string text) => Assert.True(TopicReturn.Asks(text), text);

    [Theory]
    [InlineData("i went back to the office and they ignored me again")]
    [InlineData("about a week ago my PA stopped answering my calls")]
    [InlineData("back to the hostel tonight, its freezing in there")]
    public void AStoryThatMentionsGoingBackDoesNotAsk(string text) => Assert.False(TopicReturn.Asks(text), text);

    [Theory]
    [InlineData("ok back to the foster thing can my carer keep me past 21")]
    [InlineData("so about the grant again is it paid straight to me")]
    [InlineData("my plan hasnt been updated since i moved. can i ask for a review or do i have to wait")]
    [InlineData("nobody has checked my needs in ages, am i allowed to request a review now")]
    public void AQuestionAfterAReturnOrAGrievanceIsNotOfferedAsFeedback(string text)
    {
        var trigger = _triggers.Match(text);
        Assert.True(trigger is null or { Starts: false }, $"{text}: {trigger} {Model.Predict(text)}");
    }

    [Theory]
    [InlineData("can i ask for a review of my pathway plan", false)]
    [InlineData("im due a review next month, what happens at it", false)]
    [InlineData("i want to leave a review of the youth hub", true)]
    [InlineData("can i give an honest review of my hostel", true)]
    public void OnlyAReviewGivenIsAWayOfTelling(string text, bool tells) =>
        Assert.Equal(tells, MessageIntent.NamesTellingOrWhomToTell(text));

    [Theory]
    [InlineData("can u suggest it", true)]
    [InlineData("could you raise that with them", true)]
    [InlineData("can you put the idea forward", true)]
    [InlineData("can u suggest a good bank for students", false)]
    [InlineData("can you raise my allowance", false)]
    [InlineData("could u mention a few colleges near croydon", false)]
    public void AskingTheBotToSuggestOrRaiseWhatWasToldIsARelay(string clause, bool relay) =>
        Assert.Equal(relay, SpeechAct.RequestsRelay(clause));

    [Theory]
    [InlineData("there should be a film night at the hub for care leavers, can u suggest it")]
    [InlineData("i think the forum should meet on saturdays, could you raise that with them")]
    [InlineData("can my views on the new youth offer get to whoever is writing it")]
    [InlineData("is there a way my opinion on the housing plan gets to whoever decides it")]
    [InlineData("how do i get my point to reach the actual team not just my PA")]
    [InlineData("how can i get my ideas to the people at the top")]
    public void AProposalToRaiseOrAViewForThoseWhoDecideStartsTheDialog(string text)
    {
        var trigger = _triggers.Match(text);
        Assert.True(trigger is { Starts: true }, $"{text}: {trigger} {Model.Predict(text)}");
    }

    [Theory]
    [InlineData("can my mate get to the hub from east croydon")]
    [InlineData("how do i get my pathway plan to my new PA")]
    [InlineData("can u suggest a good bank for students")]
    public void LookAlikesThatAskForAServiceAreNotStarted(string text)
    {
        var trigger = _triggers.Match(text);
        Assert.True(trigger is null or { Starts: false }, $"{text}: {trigger} {Model.Predict(text)}");
    }
}
