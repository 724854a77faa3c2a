using CroydonBot.Configuration;
using CroydonBot.Dialogs.Feedback;
using CroydonBot.Dialogs.Feedback.Intent;
using CroydonBot.Replies;

namespace CroydonBot.UnitTests.Dialogs.Feedback;

/// <summary>
/// Round Y (route-y): a message that says it is feedback, or asks for what it tells to be carried to someone, starts the dialog
/// whatever follows; and requests for something for the person ("recommend horror films ...", "anything for my sister") are asked,
/// not offered. In phrasings of our own, with look-alikes that must not change.
/// </summary>
public sealed class AnnouncedAndCarriedFeedbackTests
{
    private static readonly FeedbackIntentModel Model = FeedbackIntentModel.Load(DialogFiles.Path(Path.Combine(FeedbackIntentData.Folder, FeedbackIntentData.ModelFile)));
    private static readonly SmallTalkMatcher SmallTalk = new(YamlFile.Read<SmallTalkData>(DialogFiles.Path(SmallTalkData.File)));
    private readonly FeedbackTriggers _triggers = new(DialogFiles.Feedback().Triggers, Model, smallTalk: SmallTalk);

    [Theory]
    [InlineData("this is an idea: open the hub on sundays cos loads of us work in the week")]
    [InlineData("heres a suggestion. do the pathway plan online so we can see it whenever")]
    [InlineData("just a complaint about the repairs lot, they left my boiler broken for a month")]
    [InlineData("wanna leave some feedback about the forum? it ran over and nobody got any food")]
    public void AMessageThatSaysItIsFeedbackIsOfferedWhateverFollows(string text)
    {
        var trigger = _triggers.Match(text);
        Assert.True(trigger is { Starts: true, Message: not null }, $"{text}: {trigger} {Model.Predict(text)}");
    }

    [Theory]
    [InlineData("this is an idea:", true)]
    [InlineData("i got a complaint about the repairs team", true)]
    [InlineData("want to give some feedback on the app?", true)]
    [InlineData("its a good idea to get contents insurance", false)]
    [InlineData("i have an idea for a business", false)]
    [InlineData("this is a complaint letter from my landlord", false)]
    [InlineData("this is my PA's number", false)]
    public void OnlyAnOpeningThatNamesAnItemOfFeedbackAnnouncesIt(string clause, bool opens) =>
        Assert.Equal(opens, SelfAnnouncement.Opens(clause));

    [Theory]
    [InlineData("seriously?? my bursary came three weeks late again. someone higher up needs to hear this, fix it")]
    [InlineData("the repairs team never turned up. i want someone to look at it")]
    [InlineData("could you get a message to the head of the leaving care team? nobody has rung me back since may")]
    [InlineData("could i send the council something anonymously")]
    [InlineData("can i make a complaint without giving my name")]
    public void ADemandARelayOrLeaveToTellWithoutANameStartsTheDialog(string text)
    {
        var trigger = _triggers.Match(text);
        Assert.True(trigger is { Starts: true }, $"{text}: {trigger} {Model.Predict(text)}");
    }

    [Theory]
    [InlineData("sort it out", true)]
    [InlineData("just fix it pls", true)]
    [InlineData("sort out my bus pass", false)]
    public void AShortOrderToActRepeatsTheDemand(string clause, bool orders) => Assert.Equal(orders, DemandToAct.OrdersToAct(clause));

    [Theory]
    [InlineData("someone higher up needs to hear this", true)]
    [InlineData("i want someone to look at it", true)]
    [InlineData("i want someone to look at my cv", false)]
    public void WantingSomeoneToLookAtWhatWasToldDemandsAction(string clause, bool demands) => Assert.Equal(demands, DemandToAct.Matches(clause));

    [Theory]
    [InlineData("could you get a message to the head of the leaving care team", true)]
    [InlineData("can you get me a bus pass", false)]
    public void GettingAMessageToSomeoneRequestsARelay(string clause, bool relays) => Assert.Equal(relays, SpeechAct.RequestsRelay(clause));

    [Theory]
    [InlineData("could i leave a comment by email")]
    [InlineData("can i complain if im only 15")]
    public void LeaveToTellByAnotherWayOrAtAnAgeIsStillAnswered(string text)
    {
        var trigger = _triggers.Match(text);
        Assert.True(trigger is { Starts: false }, $"{text}: {trigger} {Model.Predict(text)}");
    }

    [Theory]
    [InlineData("recommend podcasts about money pls")]
    [InlineData("recommend some anime like one piece")]
    [InlineData("anything for my little brother hes 9")]
    [InlineData("anything like free swimming")]
    public void AskingForSomethingForThePersonIsAQuestion(string text)
    {
        Assert.True(MessageShape.IsQuestion(text), text);
        Assert.False(_triggers.Match(text) is { Starts: true }, text);
    }

    [Theory]
    [InlineData("recommend the council does more drop ins")]
    [InlineData("anything is better than the hostel")]
    public void AProposalOrAJudgementIsNotARequest(string text) => Assert.False(MessageShape.IsQuestion(text), text);
}
