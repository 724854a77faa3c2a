using CroydonBot.Dialogs.Feedback;
using CroydonBot.Dialogs.Feedback.Intent;
using CroydonBot.Text;

namespace CroydonBot.UnitTests.Dialogs.Feedback;

/// <summary>
/// Round AE (route-ae): the shapes that kept feedback from the dialog and put a question into it. A story's end ("and that was it",
/// "its not right") is no tag question; a doing as a condition's subject ("would being in care ...") asks; "feed something back" and
/// passing on something nice about someone ask leave to tell; a view made sure to reach those who decide wants the dialog; a link word
/// typed a letter off still opens a question. Phrasings of our own, with look-alikes that must not change.
/// </summary>
public sealed class StoriesViewsAndLeadInsTests
{
    [Theory]
    [InlineData("they moved me out in a week with no warning and that was it")]
    [InlineData("the staff at the hostel talk down to us and its not right")]
    [InlineData("my review got cancelled twice. that aint right")]
    public void AStoryThatEndsWithItsVerdictIsNotATagQuestion(string text) =>
        Assert.False(MessageShape.IsQuestion(text), text);

    [Theory]
    [InlineData("so i get the grant till 25 right")]
    [InlineData("the bursary is paid in three bits, was it")]
    public void ATagAfterAStatementStillAsks(string text) =>
        Assert.True(MessageShape.IsQuestion(text), text);

    [Theory]
    [InlineData("if i got evicted would being in care help me get a flat")]
    [InlineData("if i move to kent will having a PA still count")]
    public void ADoingAsTheSubjectAfterAConditionAsks(string text) =>
        Assert.True(MessageShape.IsQuestion(text), text);

    [Theory]
    [InlineData("can being an ambassador get me work experience")]
    [InlineData("im 20 and moving soon, does being in care change what rent i pay")]
    public void BeingWithAThingAfterItIsTheSubjectAsked(string text) =>
        Assert.True(MessageShape.IsQuestion(text), text);

    [Theory]
    [InlineData("my broken boiler is being looked at by the council next week")]
    public void BeingBeforeAParticipleLeavesItsSubjectOut(string text) =>
        Assert.False(MessageShape.IsQuestion(text), text);

    [Theory]
    [InlineData("can i feed something back")]
    [InlineData("can we feed a few things back from the youth forum")]
    [InlineData("can i pass on something nice about my support worker")]
    [InlineData("could i give something positive about the hub staff")]
    public void AskingLeaveToFeedBackOrPassOnSomethingNiceIsNotAQuestion(string text) =>
        Assert.False(MessageShape.IsQuestion(text), text);

    [Theory]
    [InlineData("can i share something about myself")]
    [InlineData("can i pass on my tenancy to my sister")]
    public void AskingLeaveForSomethingOfOnesOwnStillAsks(string text) =>
        Assert.True(MessageShape.IsQuestion(text), text);

    [Theory]
    [InlineData("how can i make sure our views actually get to the people who decide")]
    [InlineData("how do i make sure my feedback reaches the right team and doesnt get ignored")]
    [InlineData("is there a way to send my thoughts to the people who really run the hub? its about the opening times")]
    public void AViewMadeSureToReachThoseWhoDecideAsksForTheDialog(string text) =>
        Assert.True(ViewsToThoseWhoDecide.Matches(text), text);

    [Theory]
    [InlineData("how do i make sure my rent gets to the council")]
    [InlineData("how do i make sure my application reaches the housing team")]
    public void SomethingElseMadeSureToReachThemIsNotAView(string text) =>
        Assert.False(ViewsToThoseWhoDecide.Matches(text), text);

    [Theory]
    [InlineData("actualy")]
    [InlineData("acutally")]
    [InlineData("anywy")]
    public void ALongLinkWordALetterOffIsStillOne(string word) =>
        Assert.True(QuestionShape.IsLinkWord(word), word);

    [Theory]
    [InlineData("actual")]
    [InlineData("actuary")]
    [InlineData("sa")]
    public void OtherWordsAreNotLinkWords(string word) =>
        Assert.False(QuestionShape.IsLinkWord(word), word);

    [Fact]
    public void AQuestionAfterALinkWordTypedALetterOffAsks() =>
        Assert.True(QuestionShape.AsksSomething("actualy hang on how much is the bursary"));
}
