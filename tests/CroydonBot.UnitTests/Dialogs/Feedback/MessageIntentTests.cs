using CroydonBot.Dialogs.Feedback.Intent;

namespace CroydonBot.UnitTests.Dialogs.Feedback;

/// <summary>The made-up words the feedback intent model sees for what a message wants to do (phrasings written for this test).</summary>
public sealed class MessageIntentTests
{
    [Theory]
    [InlineData("at youth club the kids all said the trips are too short", MessageIntent.ReportsViews, true)]
    [InlineData("our panel agreed the drop in needs a quiet room", MessageIntent.ReportsViews, true)]
    [InlineData("my PA said the grant goes up in april", MessageIntent.ReportsViews, false)]
    [InlineData("do landlords have to tell you about the deposit scheme", MessageIntent.TellVerb, false)]
    [InlineData("is the job centre meant to let you know about it", MessageIntent.TellVerb, false)]
    [InlineData("i have to tell you my new PA is brilliant", MessageIntent.TellVerb, true)]
    [InlineData("I would be grateful to know who runs the forum", MessageIntent.WantsToKnow, true)]
    [InlineData("i want the council to know the hub is brilliant", MessageIntent.WantsToKnow, false)]
    [InlineData("how often do they review my plan", MessageIntent.TellVerb, false)]
    [InlineData("i want to leave a review of the hub", MessageIntent.TellVerb, true)]
    // Round R (route-t): "pass ... on" is a way of telling only as a verb, not a ticket on something.
    [InlineData("could i get a bus pass on my student card", MessageIntent.TellVerb, false)]
    [InlineData("is my leisure pass on the app yet", MessageIntent.TellVerb, false)]
    [InlineData("can i pass that on to the team", MessageIntent.TellVerb, true)]
    [InlineData("pls pass it on", MessageIntent.TellVerb, true)]
    public void TheMarksNameWhatTheMessageWantsToDo(string text, string mark, bool marked) =>
        Assert.Equal(marked, MessageIntent.Marks(text).Split(' ').Contains(mark));

    [Theory]
    [InlineData("my college never said, do they have to tell you about the bursary", true)]
    [InlineData("are care homes supposed to let you know when you can leave", true)]
    [InlineData("how do i tell the council my PA is great", false)]
    [InlineData("i have to tell someone about my flat", false)]
    public void AQuestionAboutSomeoneElsesDutyToTellIsAboutBeingTold(string text, bool duty) =>
        Assert.Equal(duty, MessageIntent.AsksAboutADutyToTell(text));

    [Theory]
    [InlineData("whats the phone number for the leaving care team", true)]
    [InlineData("got an email address for the complaints people", true)]
    [InlineData("how do i tell the council my number changed", false)]
    [InlineData("who do i send my feedback to", false)]
    public void AskingForAContactDetailIsAskingForAFact(string text, bool contact) =>
        Assert.Equal(contact, MessageIntent.AsksForContactDetails(text));

    [Theory]
    [InlineData("can somebody help me write a complaint", true)]
    [InlineData("is there anyone who can support me to complain", true)]
    [InlineData("who can help me with making a complaint about my flat", true)]
    // Asking the bot itself to help is asking this chat to take it.
    // Round AC (ctx-ac): the complaint named in a condition, the help asked after it.
    [InlineData("if i put in a complaint about my foster carer would anyone help me with it", true)]
    [InlineData("if i complain about the hostel will somebody support me cos im rubbish at writing", true)]
    [InlineData("if i complain about my PA she will just ignore it", false)]
    [InlineData("can u help me complain about my PA", false)]
    [InlineData("i want to make a complaint", false)]
    public void AskingForAPersonsHelpToComplainIsAskingForAnAdvocate(string text, bool help) =>
        Assert.Equal(help, MessageIntent.AsksForHelpToComplain(text));

    /// <summary>
    /// Round U (route-u): only a question with a way of telling, someone to tell, a wish to tell or a message to send can be asking how
    /// to tell; one about what a scheme does for the asker names none of them.
    /// </summary>
    [Theory]
    [InlineData("how do i let the council know", true)]
    [InlineData("can i report it for her", true)]
    [InlineData("can this chat send a msg to my housing officer", true)]
    [InlineData("who do i talk to", true)]
    [InlineData("can i send something without my name on it", true)]
    [InlineData("could being a young ambassador help me get an apprenticeship after", false)]
    [InlineData("would volunteering at the hub look good on my cv", false)]
    public void AQuestionCanOnlyAskHowToTellWhenItNamesTelling(string text, bool names) =>
        Assert.Equal(names, MessageIntent.NamesTellingOrWhomToTell(text));
}
