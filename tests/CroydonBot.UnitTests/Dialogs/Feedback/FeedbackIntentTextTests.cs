using CroydonBot.Dialogs.Feedback.Intent;

namespace CroydonBot.UnitTests.Dialogs.Feedback;

public sealed class FeedbackIntentTextTests
{
    [Theory]
    [InlineData("wait actually first, how much is the apprenticeship bursary")]
    [InlineData("btw how much is the HE bursary")]
    [InlineData("does croydon have a housing panel for care leavers?")]
    [InlineData("hang on first - how often should my PA visit")]
    [InlineData("the relief stopped, who do i talk to about it")]
    public void AClauseOpeningWithAQuestionWordAsksSomething(string text) => Assert.True(FeedbackIntentText.AsksSomething(text));

    [Theory]
    [InlineData("ok well nobody assessed me before i turned 18, that's what i want to complain about")]
    [InlineData("ok. my feedback is they keep saying my PA ends at 21 which isnt right")]
    [InlineData("my bursary was paid late again, which i want looked into")]
    [InlineData("i rang the duty team, who never rang back")]
    public void AQuestionWordInsideASentenceThatTellsDoesNot(string text) => Assert.False(FeedbackIntentText.AsksSomething(text));

    [Theory]
    [InlineData("can u log a complaint for me", false)]
    [InlineData("if i tell them at 22 i want a PA again, how long can i have one", true)]
    [InlineData("can i get the bursary?", true)]
    public void ARequestIsNotAskingForInformation(string text, bool asks) => Assert.Equal(asks, FeedbackIntentText.AsksForInformation(text));

    [Theory]
    [InlineData("my sister lives with me, does that change my council tax", true)]
    [InlineData("my english is not good, is there a leaflet in arabic", true)]
    [InlineData("my PA is great, can u pass that on", false)]
    [InlineData("how much is the bursary", false)]
    public void ASituationThenAQuestionAsksInALaterClause(string text, bool asks) => Assert.Equal(asks, FeedbackIntentText.AsksInALaterClause(text));
}
