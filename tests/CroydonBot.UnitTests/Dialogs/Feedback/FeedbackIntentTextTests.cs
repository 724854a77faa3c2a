using CroydonBot.Dialogs.Feedback.Intent;

namespace CroydonBot.UnitTests.Dialogs.Feedback;

public sealed class FeedbackIntentTextTests
{
    [Theory]
    [InlineData("wait actually first, how much is the apprenticeship bursary")]
    [InlineData("btw how much is the HE bursary")]
    [InlineData("does croydon have a housing panel for care leavers?")]
    public void AClauseOpeningWithAQuestionWordAsksSomething(string text) => Assert.True(FeedbackIntentText.AsksSomething(text));

    [Theory]
    [InlineData("ok well nobody assessed me before i turned 18, that's what i want to complain about")]
    [InlineData("ok. my feedback is they keep saying my PA ends at 21 which isnt right")]
    public void AQuestionWordInsideASentenceThatTellsDoesNot(string text) => Assert.False(FeedbackIntentText.AsksSomething(text));

    [Theory]
    [InlineData("can u log a complaint for me", false)]
    [InlineData("if i tell them at 22 i want a PA again, how long can i have one", true)]
    [InlineData("can i get the bursary?", true)]
    public void ARequestIsNotAskingForInformation(string text, bool asks) => Assert.Equal(asks, FeedbackIntentText.AsksForInformation(text));
}
