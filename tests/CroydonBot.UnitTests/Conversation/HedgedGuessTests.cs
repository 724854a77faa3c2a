using CroydonBot.Conversation;

namespace CroydonBot.UnitTests.Conversation;

/// <summary>Round AN (follow-an, part 2): a guess hedged with "or something" after an open question is no part of what is asked.</summary>
public sealed class HedgedGuessTests
{
    [Theory]
    [InlineData("wat happened after that did the goverment take over or sumthin", "wat happened after that")]
    [InlineData("so wat happened after, did the goverment take over or smth", "so wat happened after")]
    [InlineData("why did it change, was it the new boss or something?", "why did it change")]
    public void TheHedgedGuessAfterAnOpenQuestionIsLeftOut(string question, string asked) => Assert.Equal(asked, HedgedGuess.Without(question));

    [Theory]
    [InlineData("did the government take over or something")]
    [InlineData("is it a grant or a loan")]
    [InlineData("wat happened after that")]
    [InlineData("do i get a bursary for uni or something")]
    public void AQuestionWithNoHedgedGuessAfterAnOpenOneIsKept(string question) => Assert.Equal(question, HedgedGuess.Without(question));
}
