using CroydonBot.Dialogs.Feedback.Intent;

namespace CroydonBot.UnitTests.Dialogs.Feedback;

/// <summary>
/// Round V (route-v): what a clause does. Asking how to act asks for the process; asking for a relay is what the feedback dialog
/// does. Phrasings of our own, with look-alikes that name the same words but do something else.
/// </summary>
public sealed class SpeechActTests
{
    [Theory]
    [InlineData("who do we even moan to", true)]
    [InlineData("so who should i go to then", true)]
    [InlineData("is there anybody above my worker", true)]
    [InlineData("whats my next step", true)]
    [InlineData("what can i even do", true)]
    [InlineData("how can i take this further", true)]
    [InlineData("who can i tell that the hub was great", false)]
    [InlineData("who runs the forum", false)]
    [InlineData("what do they do at the forum", false)]
    public void AskingWhomToGoToOrWhatToDoNextAsksHowToAct(string clause, bool asks) => Assert.Equal(asks, SpeechAct.AsksHowToAct(clause));

    [Theory]
    [InlineData("the hub shut early again. who am i meant to complain to cos nobody answers", true)]
    [InlineData("who do i complain to, the hub was great though", false)]
    public void OnlyTheLastActCounts(string text, bool asks) => Assert.Equal(asks, SpeechAct.EndsAskingHowToAct(text));

    /// <summary>
    /// Round X (route-x): "but" parts the last act, whom is above a worker is whom to go to, and asking leave to complain after a story
    /// asks about the process. Alone, or relaying for someone else, it does not.
    /// </summary>
    [Theory]
    [InlineData("my social worker takes forever to reply haha but for real whos above her", true)]
    [InlineData("the hostel manager swore at me in the kitchen, i was mortified. can i complain about her?", true)]
    [InlineData("my lodging host locks the fridge at night. not unsafe, just tight. can i make a complaint or ask for a move?", true)]
    [InlineData("i was in a rough childrens home at 14. im 21 and fine now, could i still complain", true)]
    [InlineData("can i complain about my hostel staff being rude every morning", false)]
    [InlineData("her PA keeps being rude to her, can i report it for her", false)]
    [InlineData("who is above me on the housing list", false)]
    [InlineData("the hub was shut again. can i complain about it, thats the third time", false)]
    public void AskingLeaveToComplainAfterAStoryAsksHowToAct(string text, bool asks) => Assert.Equal(asks, SpeechAct.EndsAskingHowToAct(text));

    [Theory]
    [InlineData("could u log this for me", true)]
    [InlineData("pls can someone pass this up to management", true)]
    [InlineData("can someone from the hub get back to me about my deposit", true)]
    [InlineData("can someone above my PA hear this", true)]
    [InlineData("i want that noted", true)]
    [InlineData("id like to log a concern", true)]
    [InlineData("can i leave a comment about the hub opening times", true)]
    [InlineData("how can we submit a suggestion for you guys", true)]
    [InlineData("how can i send this to someone in charge", true)]
    [InlineData("can u pass me the number for the hub", false)]
    [InlineData("how do i give feedback to my lecturer", false)]
    [InlineData("how do i leave a suggestion", false)]
    [InlineData("i want to log in to the app", false)]
    [InlineData("can the council know my address", false)]
    [InlineData("can someone contact me", false)]
    [InlineData("how do i get it to work", false)]
    public void AskingForWhatIsToldToBeRelayedRequestsARelay(string clause, bool requests) => Assert.Equal(requests, SpeechAct.RequestsRelay(clause));

    /// <summary>
    /// Round V (route-v2): the relay asked in more frames and verbs: the bot's ability ("r u able to", "is it possible for you to", "u can
    /// ... through this"), sending views or a message on, putting in a word, writing it down, wishing the council or a manager to know
    /// or get in touch, and leave to report that something is so. Look-alikes ask for a service, a reference or a document.
    /// </summary>
    [Theory]
    [InlineData("are you able to send my thoughts on the hub to the people in charge", true)]
    [InlineData("is it possible to forward my feedback to the leaving care manager", true)]
    [InlineData("apparently you can send a message to the council on here", true)]
    [InlineData("could someone put a good word in about the hub staff", true)]
    [InlineData("can u write this down for me", true)]
    [InlineData("can someone hear my views on the new flat", true)]
    [InlineData("could this go up to someone senior", true)]
    [InlineData("i would like the council to know that the forum helped me", true)]
    [InlineData("i want a manager to ring me about my deposit", true)]
    [InlineData("can u pass a note 2 the ambassadors", true)]
    [InlineData("may i say that the hub staff were really kind", true)]
    [InlineData("i just want it on file", true)]
    [InlineData("are you able to send me the link to the local offer", false)]
    [InlineData("can u send it to me", false)]
    [InlineData("could you send a letter to my landlord", false)]
    [InlineData("can u put in a good word for me with the housing officer", false)]
    [InlineData("can i report that to the police", false)]
    [InlineData("can i report", false)]
    [InlineData("i want my PA to know that i moved", false)]
    [InlineData("can this go in the washing machine", false)]
    public void ARelayIsAskedInManyFramesButAlwaysOfWhatIsTold(string clause, bool requests) => Assert.Equal(requests, SpeechAct.RequestsRelay(clause));

    /// <summary>
    /// Round X (route-x): the relay told as an imperative pointing back at what was told, asked to be flagged, or wished in writing.
    /// Sending a thing to oneself, or flagging a bus, is not.
    /// </summary>
    [Theory]
    [InlineData("pls send this up", true)]
    [InlineData("pass that along", true)]
    [InlineData("could you flag that the drop in shuts before college finishes", true)]
    [InlineData("i want to put this in writing to the council", true)]
    [InlineData("id like that put in writing", true)]
    [InlineData("send it to me", false)]
    [InlineData("pass me the number", false)]
    [InlineData("can you flag down a bus for me", false)]
    [InlineData("i want to put my name in writing on the form", false)]
    public void ARelayToldAsAnImperativeOrInWritingRequestsARelay(string clause, bool requests) => Assert.Equal(requests, SpeechAct.RequestsRelay(clause));

    [Theory]
    [InlineData("can u put in a word that the hub is great, the staff are lovely", new[] { "can u put in a word that the hub is great", "the staff are lovely" })]
    [InlineData("i can log it. but first how long does it take", new[] { "i can log it", "first how long does it take" })]
    public void ActsArePartedAtMarksButNotAtThat(string text, string[] acts) => Assert.Equal(acts, SpeechAct.Acts(text));

    [Theory]
    [InlineData("i wanna do that", true)]
    [InlineData("id like to do this please", true)]
    [InlineData("yeah i want that", true)]
    [InlineData("i want to know how much the grant is", false)]
    [InlineData("i want to do an apprenticeship", false)]
    public void AWishPointingBackAtWhatWasNamedIsNotAQuestion(string clause, bool wants) => Assert.Equal(wants, SpeechAct.WantsWhatWasNamed(clause));

    [Theory]
    [InlineData("make the forum monthly instead", true)]
    [InlineData("do a session on budgeting", true)]
    [InlineData("do you run sessions on budgeting", false)]
    [InlineData("have they got any sessions", false)]
    public void AVerbOfDoingWithNoOneAskedProposes(string clause, bool proposes) => Assert.Equal(proposes, SpeechAct.Proposes(clause));

    [Theory]
    [InlineData("my bestie lives with me is she covered by the discount too", true)]
    [InlineData("my worker never visits how often are they meant to come", true)]
    [InlineData("my plan hasnt been looked at since march is that even allowed", true)]
    [InlineData("got a cough for a week now shud i see a doctor", true)]
    [InlineData("my worker is the best ever", false)]
    [InlineData("the wifi is down so i cant do my coursework", false)]
    [InlineData("my point for the council is that care leavers need more help", false)]
    [InlineData("the hub was shut again can u pass this on", false)]
    public void AQuestionRunningOnFromAStatementIsFound(string text, bool asks) => Assert.Equal(asks, SpeechAct.AsksInARunOnClause(text));
}
