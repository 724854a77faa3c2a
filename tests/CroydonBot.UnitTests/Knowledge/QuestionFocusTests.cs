using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class QuestionFocusTests
{
    [Fact]
    public void TheQuestionSentencesOfAStoryAreItsFocus()
    {
        var focus = QuestionFocus.Of("i moved out of my nan's in the summer and started a new job. my hours keep changing. can i still get help with rent?");

        Assert.Equal("can i still get help with rent?", focus);
    }

    [Theory]
    [InlineData("what is the setting up home allowance")]
    [InlineData("how much is it? who pays it?")]
    [InlineData("my worker left. my new one is nice.")]
    public void AMessageWithoutAStoryAroundAQuestionHasNoFocus(string message)
    {
        Assert.Null(QuestionFocus.Of(message));
    }

    [Theory]
    [InlineData("honestly fed up with the buses, do care leavers get cheaper travel", "do care leavers get cheaper travel")]
    [InlineData("im on the youth panel and we were chatting: how often does the forum meet", "how often does the forum meet")]
    [InlineData("my rent went up again. still not moaning, is there help with rent for care leavers", "is there help with rent for care leavers")]
    public void TheQuestionAfterAFramingClauseIsTheFocus(string message, string focus)
    {
        Assert.Equal(focus, QuestionFocus.Of(message));
    }

    [Theory]
    [InlineData("how much is the bursary, and who pays it")]
    [InlineData("my pa left last month, which was annoying")]
    [InlineData("they said pas stop at 21, is that true")]
    [InlineData("my cousin moved here from another borough, can she still get it")]
    public void AClauseThatAsksFirstOrPointsBackIsNotFramed(string message)
    {
        Assert.Null(QuestionFocus.Of(message));
    }

    // Round W: a question spliced to the story told after it with a comma or a dash, where a full stop would go.
    [Theory]
    [InlineData("whats a leaving care grant, my foster carer keeps mentioning it", "whats a leaving care grant")]
    [InlineData("how much is the uni bursary - my tutor asked me today", "how much is the uni bursary")]
    [InlineData("when does the forum meet, they moved it again", "when does the forum meet")]
    [InlineData("is there a discount on buses, someone at college was going on about oyster cards", "is there a discount on buses")]
    public void AQuestionFollowedByAToldClauseIsTheFocus(string message, string focus)
    {
        Assert.Equal(focus, QuestionFocus.Of(message));
    }

    [Theory]
    [InlineData("how much is the grant, and who pays it")]
    [InlineData("whats a pathway plan, i mean what goes in it")]
    [InlineData("can i keep my pa, my mate lost hers at 21?")]
    [InlineData("is that true, my cousin said the grant went up")]
    [InlineData("my pa keeps mentioning a pathway plan, whats that")]
    [InlineData("is there a group for older care leavers, im 21 and dont know anyone")]
    public void AClauseAfterAQuestionThatAsksOrIsAskedAboutIsNotStory(string message)
    {
        Assert.Null(QuestionFocus.Of(message));
    }

    [Fact]
    public void AQuestionAboutTheStoryItselfKeepsTheStory()
    {
        Assert.Null(QuestionFocus.Of("my friend told me pas stop at 21 unless you study. is that right?"));
    }

    [Fact]
    public void AQuestionPointingBackAfterALongStoryIsTheFocus()
    {
        var focus = QuestionFocus.Of("years ago my foster mum said the council was a mess and my worker kept changing. i moved schools twice. is it still as bad as that?");

        Assert.Equal("is it still as bad as that?", focus);
    }

    [Fact]
    public void AQuestionPointingBackAtAClaimJustBeforeItKeepsTheStory()
    {
        Assert.Null(QuestionFocus.Of("i live in sutton now. my sister says the council still pays for driving lessons for everyone. is that still how it is?"));
    }

    [Fact]
    public void ASentenceThatAsksAboutItsOwnFirstClauseIsTheFocus()
    {
        var focus = QuestionFocus.Of("my knee is bad and the physio costs loads. i'm 19. my mate said care leavers get free dentist now, does that cover me?");

        Assert.Equal("my mate said care leavers get free dentist now, does that cover me?", focus);
    }

    [Fact]
    public void AMoanThatAsksIsNotTheFocusBesideARealQuestion()
    {
        var focus = QuestionFocus.Of("my rent went up loads, why does nobody warn us about this. can care leavers get help with rent?");

        Assert.Equal("can care leavers get help with rent?", focus);
    }

    // Where the question is, apart from its frame (round M), a question pointing back included.
    [Theory]
    [InlineData("before i put in a complaint, how did ofsted grade croydon in 2024?", "how did ofsted grade croydon in 2024?")]
    [InlineData("I want to complain that nobody gave me my passport. Is that allowed?", "Is that allowed?")]
    [InlineData("my mates all moan about it. what is the local offer?", "what is the local offer?")]
    [InlineData("before i write a complaint, what grade did ofsted give croydon last time?", "what grade did ofsted give croydon last time?")]
    public void TheAskingPartLeavesOutTheFrame(string message, string asking)
    {
        Assert.Equal(asking, QuestionFocus.AskingPart(message));
    }

    [Theory]
    [InlineData("how do i complain about my pa")]
    [InlineData("i want to complain about my pa")]
    [InlineData("what is it? how much is it?")]
    public void AMessageThatIsAllQuestionOrNoneHasNoSeparateAskingPart(string message)
    {
        Assert.Null(QuestionFocus.AskingPart(message));
    }

    // Round R (lead): an emoji ends a sentence, and a wish to know holds its question.
    [Theory]
    [InlineData("my netflix account got hacked 😂 whats the higher education bursary", "whats the higher education bursary")]
    [InlineData("ugh so dying to know when the care leavers forum meets", "when the care leavers forum meets")]
    [InlineData("argh im desperate to know how much the apprenticeship bursary is", "how much the apprenticeship bursary is")]
    [InlineData("been wondering whether ambassadors get paid", "whether ambassadors get paid")]
    public void AnEmojiOrAWishToKnowSetsTheQuestionApart(string message, string focus)
    {
        Assert.Equal(focus, QuestionFocus.Of(message));
        Assert.Equal(focus, QuestionFocus.AskingPart(message));
    }

    [Theory]
    [InlineData("i dont know how im gonna pay for anything at uni")]
    [InlineData("i keep wondering if that is why nobody rang")]
    [InlineData("how much is the bursary 😂")]
    [InlineData("do you know what a pathway plan is")]
    public void NotKnowingAQuestionAboutTheStoryOrATrailingEmojiSetsNothingApart(string message)
    {
        Assert.Null(QuestionFocus.Of(message));
    }

    [Theory]
    [InlineData("my cousin got robbed last year but hes fine now. unrelated but how long can i keep my PA", "how long can i keep my PA")]
    [InlineData("had the worst shift at work lol. random q, whats the local offer", "whats the local offer")]
    [InlineData("i had a rough time at 14, im 20 now and fine, can i still get a personal adviser", "can i still get a personal adviser")]
    public void AQuestionAfterASwitchOrAskedByTheAskerIsTheFocus(string message, string focus)
    {
        Assert.Equal(focus, QuestionFocus.Of(message));
    }

    [Theory]
    [InlineData("my mate said pas stop at 21, can i still get it")]
    [InlineData("my pa is rubbish, can u pass it on")]
    public void AnAskersClausePointingBackOrARequestIsNotTheFocus(string message)
    {
        Assert.Null(QuestionFocus.Of(message));
    }
}

