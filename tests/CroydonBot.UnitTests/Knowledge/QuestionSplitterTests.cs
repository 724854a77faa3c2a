using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class QuestionSplitterTests
{
    [Fact]
    public void TwoQuestionsInOneMessageAreSplit()
    {
        var parts = QuestionSplitter.Split("what is a personal adviser? and can i get money for uni?");

        Assert.Equal(["what is a personal adviser", "can i get money for uni"], parts);
    }

    [Fact]
    public void OneQuestionStaysWhole()
    {
        Assert.Equal(["what did ofsted say in 2024?"], QuestionSplitter.Split("what did ofsted say in 2024?"));
    }

    [Fact]
    public void ShortFragmentsAreNotQuestionsOfTheirOwn()
    {
        Assert.Single(QuestionSplitter.Split("ofsted? what did they say about croydon"));
    }

    [Fact]
    public void AndFollowedByAQuestionWordStartsASecondQuestion()
    {
        Assert.Equal(["how much is the college bursary", "who pays it to me"], QuestionSplitter.Split("how much is the college bursary and who pays it to me"));
    }

    [Theory]
    [InlineData("whats the leaving care grant for and also how do i get a pa", "how do i get a pa")]
    [InlineData("when does the forum meet n also can my mate come", "can my mate come")]
    public void AndAlsoFollowedByAQuestionWordStartsASecondQuestion(string message, string second) =>
        Assert.Equal(second, QuestionSplitter.Split(message)[1]);

    [Fact]
    public void AndJoiningTwoThingsInOneQuestionDoesNotSplitIt()
    {
        Assert.Single(QuestionSplitter.Split("what did ofsted say about housing and jobs for care leavers"));
    }

    [Theory]
    [InlineData("was it any better back then? say 2018")]
    [InlineData("what about the earlier one? like the 2017 one")]
    public void AFragmentNarrowingTheQuestionStaysWithIt(string text) => Assert.Equal([text], QuestionSplitter.Split(text));

    // Who is asking, or why, after the question is no second question: answered alone, its words found unrelated sections.
    [Theory]
    [InlineData("can my foster child get the college bursary? asking as her carer")]
    [InlineData("is the pa thing until 25? just wondering for my cousin")]
    [InlineData("do care leavers get cheap bus travel? im asking for a friend")]
    public void ANoteOnWhoAsksStaysWithTheQuestion(string text) => Assert.Equal([text], QuestionSplitter.Split(text));

    // Round W: who said what the question asks about is no second question either: answered alone, "my foster dad told me"
    // found Staying Put, which became the conversation's subject.
    [Theory]
    [InlineData("did croydon fail its ofsted? my foster dad told me it did", "did croydon fail its ofsted")]
    [InlineData("is the uni bursary really 2 grand? my mate reckons it is", "is the uni bursary really 2 grand")]
    [InlineData("can i stay with my carers till 21?? my social worker keeps telling me i can", "can i stay with my carers till 21")]
    public void ANoteOnWhoSaidItIsNoSecondQuestion(string text, string question) => Assert.Equal([question], QuestionSplitter.Split(text));

    // A note telling what was said narrows the question, and stays a part of its own as before.
    [Theory]
    [InlineData("is the care leaver grant going up? my PA told me about a new amount")]
    [InlineData("did ofsted visit in the summer? my mate reckons they came in july")]
    public void ANoteTellingWhatWasSaidStaysApart(string text) => Assert.Equal(2, QuestionSplitter.Split(text).Count);

    // A second part that asks about the claim is still a question of its own.
    [Fact]
    public void AQuestionAboutWhatSomeoneSaidIsStillASecondQuestion() =>
        Assert.Equal(2, QuestionSplitter.Split("what is staying put? and is it true what my carer said about it").Count);

    [Fact]
    public void ASentenceThatTellsStaysApartFromTheQuestion() =>
        Assert.Equal(2, QuestionSplitter.Split("can i get help with rent? i was in care in croydon from 14").Count);

    [Theory]
    [InlineData("how long does the bursary last n who do i ask about it")]
    [InlineData("wats staying put & wen does it end")]
    public void TextSpeakAndJoinsTwoQuestionsToo(string text)
    {
        Assert.Equal(2, QuestionSplitter.Split(text).Count);
    }

    [Fact]
    public void QuestionsJoinedByAndAreOneSentence()
    {
        Assert.True(QuestionSplitter.JoinedByAnd("what is the local offer and who wrote it"));
        Assert.False(QuestionSplitter.JoinedByAnd("what is the local offer? who wrote it?"));
        Assert.False(QuestionSplitter.JoinedByAnd("what is the local offer"));
    }
}
