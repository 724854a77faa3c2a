using CroydonBot.Dialogs.Feedback;
using CroydonBot.Dialogs.Feedback.Intent;

namespace CroydonBot.UnitTests.Dialogs.Feedback;

/// <summary>
/// Round AC (route-ac): wanting something heard by those who decide (leave to write, log or say something for them; a view got to
/// the people who decide; feedback announced with only where it goes asked; the suggestion box asked for) against asking how a
/// process goes on (what happens after a complaint is ignored). Phrasings of our own, with look-alikes that must not change.
/// </summary>
public sealed class WantingItHeardTests
{
    private static readonly FeedbackIntentModel Model = FeedbackIntentModel.Load(DialogFiles.Path(Path.Combine(FeedbackIntentData.Folder, FeedbackIntentData.ModelFile)));
    private readonly FeedbackTriggers _triggers = new(DialogFiles.Feedback().Triggers, Model);

    [Theory]
    [InlineData("can i write something for the council about being moved three times in a year")]
    [InlineData("hey can i log a few points from the care leavers forum")]
    [InlineData("yo can i say sumthing about the supported lodgings scheme")]
    [InlineData("could we jot down some thoughts for the team about the drop in")]
    public void AskingLeaveToWriteLogOrSaySomethingIsNotAQuestion(string text) =>
        Assert.False(MessageShape.IsQuestion(text), text);

    [Theory]
    [InlineData("can i write my cv with you")]
    [InlineData("can i log in on my phone")]
    [InlineData("can i say im homeless if im sofa surfing")]
    public void AskingLeaveToDoSomethingOfOnesOwnStillAsks(string text) =>
        Assert.True(MessageShape.IsQuestion(text), text);

    [Theory]
    [InlineData("everyone in our group thinks the grant is too small. can we get that to the people in charge")]
    [InlineData("the hostel rules are so strict, can you take this to the council")]
    public void AViewGotToThoseWhoDecideIsFeedbackOfferedBack(string text) =>
        Assert.True(_triggers.Match(text) is { Starts: true, Message: not null }, text);

    [Theory]
    [InlineData("can i get it to my new address")]
    [InlineData("can we get them to pay for the deposit")]
    public void GettingSomethingElseSomewhereIsNotARelay(string text) =>
        Assert.True(MessageShape.IsQuestion(text), text);

    [Theory]
    [InlineData("hi, id like to give some feedback about the hub opening hours, who reads it")]
    [InlineData("i want to leave a comment on the local offer. where does it end up?")]
    public void WantingToTellThenAskingWhereItGoesStartsTheDialog(string text) =>
        Assert.True(_triggers.Match(text) is { Starts: true }, text);

    [Theory]
    [InlineData("i want to make a complaint about my PA, how long does it take")]
    [InlineData("who reads the pathway plan")]
    public void AskingSomethingOfItsOwnDoesNotStartTheDialog(string text) =>
        Assert.False(_triggers.Match(text) is { Starts: true }, text);

    [Theory]
    [InlineData("is there a suggestion box")]
    [InlineData("wheres the comments box?")]
    [InlineData("do u have a feedback form")]
    public void TheSuggestionBoxAskedForIsTheDialog(string text)
    {
        Assert.True(AsksForTheDialog.Matches(text), text);
        Assert.True(_triggers.Match(text) is { Starts: true, Message: null }, text);
    }

    [Theory]
    [InlineData("is there a complaint form")]
    [InlineData("is there a box for food donations")]
    public void OtherFormsAndBoxesAreNotTheDialog(string text) => Assert.False(AsksForTheDialog.Matches(text), text);

    [Theory]
    [InlineData("if i complain about my flat and nobody gets back to me what happens then")]
    [InlineData("what can i do if the council turns my complaint down")]
    public void WhatHappensAfterAComplaintIsAskedNotGiven(string text) =>
        Assert.False(_triggers.Match(text) is { Starts: true }, text);

    [Theory]
    [InlineData("i want the people who run the forum to hear about the food", MessageIntent.WantsItHeard)]
    [InlineData("please put it on record that i asked twice", MessageIntent.WantsItHeard)]
    [InlineData("if they ignore it wat happens after", MessageIntent.AsksWhatNext)]
    [InlineData("can i take it to the ombudsman", MessageIntent.AsksWhatNext)]
    public void TheModelSeesWantingItHeardAndAskingWhatNext(string text, string mark) =>
        Assert.Contains(mark, MessageIntent.Marks(text), StringComparison.Ordinal);

    [Theory]
    [InlineData("i want to know when the hub opens")]
    [InlineData("i heard the grant went up")]
    [InlineData("before i write it what did ofsted say about the forum")]
    public void WantingToKnowHearsayAndOnesOwnWritingAreNotWantingItHeard(string text) =>
        Assert.DoesNotContain(MessageIntent.WantsItHeard, MessageIntent.Marks(text), StringComparison.Ordinal);

    [Theory]
    [InlineData("got feedback on the youth hub")]
    [InlineData("i have feedback about my leaving care review")]
    public void FeedbackAnnouncedWithoutAnArticleOpensTheMessage(string clause) => Assert.True(SelfAnnouncement.Opens(clause), clause);

    [Fact]
    public void FeedbackAnnouncedThenAStoryWithHearsayAndAWishToBeHeardIsOffered()
    {
        const string text = "got feedback on the drop in - staff say its open to everyone but it never feels like that. want the council to know";
        Assert.True(_triggers.Match(text) is { Starts: true, Message: not null }, text);
    }

    [Theory]
    [InlineData("want the council to know that", true)]
    [InlineData("want someone in charge to hear it", true)]
    [InlineData("want the council tax form", false)]
    [InlineData("want to know when it opens", false)]
    public void AWishToBeHeardMayLeaveOutTheI(string clause, bool demand) => Assert.Equal(demand, DemandToAct.Matches(clause));

    [Fact]
    public void AskingToTakeAComplaintFurtherIsNotOfferedAsFeedback()
    {
        const string text = "i complained about my flat months ago and heard nothing back, can i take it further than croydon";
        Assert.False(_triggers.Match(text) is { Starts: true }, text);
    }

    [Fact]
    public void ALabelWithTextSpeakForForIsStillALabel() =>
        Assert.Equal("open the hub later on fridays", _triggers.Match("feedback 4 the youth club: open the hub later on fridays")?.Message);

    [Theory]
    [InlineData("this is a complaint about the bus pass scheme")]
    [InlineData("its a suggestion for the youth hub")]
    public void AnAnnouncementAloneStartsTheDialog(string text) =>
        Assert.True(_triggers.Match(text) is { Starts: true, Message: null }, text);
}
