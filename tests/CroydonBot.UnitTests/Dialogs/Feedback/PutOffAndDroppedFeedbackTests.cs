using CroydonBot.Dialogs.Feedback;

namespace CroydonBot.UnitTests.Dialogs.Feedback;

/// <summary>
/// Round X (dialog-x2): two classes said inside the feedback dialog, in phrasings of our own, with look-alikes that must not
/// change. A question flagged as an aside that puts the dialog off first ("wait b4 that ...") is a question; the feedback
/// named as what is dropped ("..., forget the complaint") or not sending said in other words ("dont need to send it now") stops.
/// </summary>
public sealed class PutOffAndDroppedFeedbackTests
{
    private readonly ChangeOfMind _changeOfMind = new(DialogFiles.Feedback().Commands.Cancel, DialogFiles.Feedback().Commands.ChangeOfMind, DialogFiles.Feedback().Commands.Fillers);

    [Theory]
    [InlineData("wait b4 that how long does the bursary last", "how long does the bursary last")]
    [InlineData("hang on before i do, whos in charge of the hub", "whos in charge of the hub")]
    [InlineData("before that, what does a PA actually do", "what does a PA actually do")]
    [InlineData("quick q first what age does leaving care support stop", "what age does leaving care support stop")]
    public void AQuestionAfterPuttingTheDialogOffIsWhatIsAsked(string text, string question)
    {
        Assert.True(AsideQuestion.Opens(text), text);
        Assert.Equal(question, AsideQuestion.Rest(text));
    }

    [Theory]
    [InlineData("before the pandemic the hub was open every day")]
    [InlineData("b4 i moved out nobody told me about the grant")]
    public void ASentenceOpeningWithBeforeSomethingElseIsNoAside(string text) => Assert.False(AsideQuestion.Opens(text), text);

    [Theory]
    [InlineData("ok ill just email her myself, forget the complaint")]
    [InlineData("sound ill ring the hub, scrap my feedback")]
    [InlineData("my PA sorted it already so cancel the message")]
    [InlineData("ah right, i dont need to send it now")]
    [InlineData("cool thanks, no need to send anything then")]
    [InlineData("nah forget about the suggestion thing")]
    public void DroppingTheFeedbackNamedOrNotSendingStops(string text) => Assert.True(_changeOfMind.Matches(text, out _), text);

    [Theory]
    [InlineData("where do i leave my feedback")]
    [InlineData("forget the feedback forms, just ask us face to face")]
    [InlineData("i want to send the complaint to the housing manager")]
    [InlineData("they never send the feedback they promised after reviews")]
    [InlineData("you dont need to be a care leaver to go to the forum")]
    public void FeedbackThatNamesTheFeedbackOrSendingIsKept(string text) => Assert.False(_changeOfMind.Matches(text, out _), text);
}
