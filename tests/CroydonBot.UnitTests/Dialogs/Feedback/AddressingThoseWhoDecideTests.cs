using CroydonBot.Dialogs.Feedback;
using CroydonBot.Dialogs.Feedback.Intent;

namespace CroydonBot.UnitTests.Dialogs.Feedback;

/// <summary>
/// Round AA (route-aa): messages that address those who decide (how to get a view to the council or whoever runs something, a
/// wish that the council know, a verdict on the bot itself), and questions opened by a negated auxiliary with a named body or
/// "dont u". Phrasings of our own, with look-alikes that must not change.
/// </summary>
public sealed class AddressingThoseWhoDecideTests
{
    private static readonly FeedbackIntentModel Model = FeedbackIntentModel.Load(DialogFiles.Path(Path.Combine(FeedbackIntentData.Folder, FeedbackIntentData.ModelFile)));
    private readonly FeedbackTriggers _triggers = new(DialogFiles.Feedback().Triggers, Model);

    [Theory]
    [InlineData("how can i get my thoughts to the people who run the youth hub")]
    [InlineData("where do i leave a comment for the people in charge of the forum")]
    [InlineData("is there a way to share my opinion with the council on here")]
    [InlineData("how do i let croydon know what i think about the new hub please")]
    [InlineData("will our views on the housing list ever reach someone who can change it")]
    [InlineData("how can we send a message to the council through this app")]
    public void AViewSentToThoseWhoDecideAsksForTheDialog(string text)
    {
        Assert.True(AsksForTheDialog.Matches(text), text);
        Assert.True(_triggers.Match(text) is { Starts: true, Message: null }, text);
    }

    [Theory]
    // A fact told for a service, not a view.
    [InlineData("how do i let the council know i moved flat")]
    // No one named who decides: the guide answers, with the button.
    [InlineData("how do i share my views")]
    // A worker, not those who decide.
    [InlineData("how do i send a message to my PA")]
    // Something of their own to ask after it.
    [InlineData("how do i send my views to the council and how long do they take to reply")]
    public void LookAlikesAreNotAViewSentToThoseWhoDecide(string text) => Assert.False(ViewsToThoseWhoDecide.Matches(text), text);

    [Theory]
    [InlineData("council needs to hear that")]
    [InlineData("the council needs to change this")]
    [InlineData("i want the council told")]
    [InlineData("i need an answer from the hub and i want the council to know how long ive waited")]
    [InlineData("i want the people running it to hear this")]
    public void AWishThatTheCouncilKnowOrActMatches(string clause) => Assert.True(DemandToAct.Matches(clause), clause);

    [Theory]
    [InlineData("i want the council tax form")]
    [InlineData("i want to change my PA")]
    [InlineData("i rang the hub and i want to know when it opens")]
    public void AWishForSomethingElseIsNotADemand(string clause) => Assert.False(DemandToAct.Matches(clause), clause);

    [Theory]
    [InlineData("how is it fair that we wait months", true)]
    [InlineData("how is nobody answering the phone", true)]
    [InlineData("how is the bursary paid", false)]
    public void HowIsItFairAsksWhy(string clause, bool why) => Assert.Equal(why, DemandToAct.AsksWhy(clause));

    [Theory]
    [InlineData("this bot is rubbish it keeps giving me the same answer")]
    [InlineData("ur app never loads on my phone")]
    [InlineData("ngl the chatbot gave me the wrong date for the forum")]
    public void AVerdictOnTheBotIsOfferedBack(string text)
    {
        Assert.True(VerdictOnTheBot.Matches(text), text);
        Assert.True(_triggers.Match(text) is { Starts: true, Message: not null }, text);
    }

    [Theory]
    // A question beside it is what is asked.
    [InlineData("this app is confusing, where is the bit about bursaries")]
    // The bot as a place or as what is asked about.
    [InlineData("i asked the bot about my grant yesterday")]
    [InlineData("did ambassadors design this app")]
    public void TheBotNotAsTheSubjectOfAVerdictIsNot(string text) => Assert.False(VerdictOnTheBot.Matches(text), text);

    [Theory]
    [InlineData("didnt croydon get a better rating after the inspection")]
    [InlineData("doesnt ofsted check the leaving care team too")]
    [InlineData("my uni asked again, dont u get the bursary paid termly if ur a care leaver")]
    public void ANegatedQuestionWithANamedBodyOrDontYouAsks(string text) => Assert.True(MessageShape.IsQuestion(text), text);

    [Theory]
    [InlineData("dont worry about it, my PA sorted it")]
    [InlineData("didnt get my bus pass yet")]
    [InlineData("dont even get me started on the hostel")]
    public void ANegatedStatementDoesNotAsk(string text) => Assert.False(MessageShape.IsQuestion(text), text);

    [Theory]
    [InlineData("how can i make a complaint about the hostel staff. they shout at us and nobody does anything, i just want it to stop")]
    [InlineData("where do i complain about my leaving care worker, she cancels every visit and i feel like nobody cares")]
    public void OpeningByAskingHowToComplainIsAnsweredWithTheButton(string text) =>
        Assert.True(_triggers.Match(text) is null or { Starts: false }, text);
}
