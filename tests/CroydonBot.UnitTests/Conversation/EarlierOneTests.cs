using CroydonBot.Conversation;

namespace CroydonBot.UnitTests.Conversation;

/// <summary>Round R (scripts-t): a short follow-up asking for the one before the thing just answered.</summary>
public sealed class EarlierOneTests
{
    [Theory]
    [InlineData("and before that?")]
    [InlineData("ok what about the one before")]
    [InlineData("n the time before")]
    [InlineData("the previous one?")]
    [InlineData("what was the inspection before")]
    [InlineData("and the earlier report")]
    [InlineData("what happened before then")]
    [InlineData("did they say that last time")]
    [InlineData("n how was it last time?")]
    public void AShortAskForTheOneBeforeAsks(string text) => Assert.True(EarlierOne.Asks(text), text);

    [Theory]
    // The asker's own timing, a year of its own, "before" pointing at nothing said, or a message that tells more.
    [InlineData("what do i do before that")]
    [InlineData("can i get it before i turn 18")]
    [InlineData("was it good before 2017")]
    [InlineData("before you answer, whats a PA")]
    [InlineData("did anyone check on croydon before the council sacked the director that year")]
    [InlineData("what was it like in 2017")]
    [InlineData("and after that?")]
    // "the last time" is the newest one; the asker's own last time is theirs.
    [InlineData("when was the last time")]
    [InlineData("what did i get last time")]
    [InlineData("last time they came was it in winter")]
    public void LookAlikesDoNotAsk(string text) => Assert.False(EarlierOne.Asks(text), text);

    [Theory]
    // Round AE (conv-ae): how it was before, asked at more length, or whether it always held.
    [InlineData("and was it any different before?")]
    [InlineData("so was it worse before")]
    [InlineData("ok but has it always been rated like that")]
    [InlineData("were they always this good")]
    public void AskingHowItWasBeforeAsks(string text) => Assert.True(EarlierOne.Asks(text), text);

    [Theory]
    // Present "always" asks how often; the asker's own past; "before" not closing a question of how it was.
    [InlineData("is it always every two months")]
    [InlineData("do they always visit at home")]
    [InlineData("was i meant to apply before")]
    [InlineData("what happened to the ambassadors before")]
    [InlineData("it was always like that at my old placement before")]
    public void AlwaysAndBeforeLookAlikesDoNotAsk(string text) => Assert.False(EarlierOne.Asks(text), text);

    [Theory]
    // Round AG (ofsted-ag): the asker's story after "tho"/"cos" tells why they ask, and "b4" is "before".
    [InlineData("was it always like that tho my mum said it used to be awful")]
    [InlineData("has it always been like this cos my sw reckons it was bad")]
    [InlineData("n b4 that")]
    [InlineData("wat about the one b4")]
    [InlineData("was it worse b4")]
    public void AStoryAfterTheQuestionOrBeforeSaidAsB4StillAsks(string text) => Assert.True(EarlierOne.Asks(text), text);

    [Theory]
    // The asker's own timing before the story word, or a story word too early to leave a question before it.
    [InlineData("can i get it b4 i turn 18")]
    [InlineData("what do i do before that cos i need to know")]
    [InlineData("cos my carer said it was always like that")]
    public void StoryLookAlikesStillDoNotAsk(string text) => Assert.False(EarlierOne.Asks(text), text);

    [Theory]
    [InlineData("n was it always good or nah", "good")]
    [InlineData("has it always been bad", "bad")]
    [InlineData("were they always this strict", "strict")]
    public void TheStateAlwaysAskedIsTheWordAfterAlways(string question, string state) =>
        Assert.Equal(state, EarlierOne.StateAlwaysAsked(question));

    [Theory]
    [InlineData("was it always like that")]
    [InlineData("has it always been the same")]
    [InlineData("is it always good")]
    [InlineData("and before that?")]
    public void NoStateOrNoQuestionOfBeforeNamesNoState(string question) =>
        Assert.Null(EarlierOne.StateAlwaysAsked(question));

    // Round AI (ofsted-ai): "was it always like that" names no state, and still asks whether it was ever otherwise.
    [Theory]
    [InlineData("was it always like that")]
    [InlineData("has it always been this way")]
    [InlineData("n were they always good")]
    public void AlwaysAskedOfTheThingAnsweredAsksAlways(string question) => Assert.True(EarlierOne.AsksAlways(question), question);

    [Theory]
    [InlineData("and before that?")]
    [InlineData("is it always good")]
    [InlineData("do i always have to see my pa")]
    public void NoAlwaysOrNoQuestionOfBeforeDoesNotAskAlways(string question) => Assert.False(EarlierOne.AsksAlways(question), question);

    [Theory]
    [InlineData("and before 2017?", 2017)]
    [InlineData("wat was it before 2017", 2017)]
    [InlineData("n what was it like before 2020 tho", 2020)]
    public void AYearClosingAShortAskForBeforeIsTheYearAskedBefore(string question, int year) =>
        Assert.Equal(year, EarlierOne.YearAskedBefore(question));

    [Theory]
    [InlineData("can i get it before 2025")]
    [InlineData("and before that?")]
    [InlineData("what happened before 2017 when the council was run by a different party and nobody checked anything")]
    [InlineData("was it like that before 2017 or after")]
    public void NoYearOrTheAskersOwnTimingAsksNoYearBefore(string question) => Assert.Null(EarlierOne.YearAskedBefore(question));
}
