using CroydonBot.Safety;

namespace CroydonBot.UnitTests.Safety;

public sealed class ChatSentencesTests
{
    [Fact]
    public void ChatWithoutCapitalsSplitsAtEachStopFollowedByASpace() =>
        Assert.Equal(
            ["so i went to see my PA today.", "anyway she said the forum is on a tuesday?", "is that every week or not"],
            ChatSentences.Of("so i went to see my PA today. anyway she said the forum is on a tuesday? is that every week or not"));

    [Fact]
    public void ALineBreakEndsASentence() =>
        Assert.Equal(
            ["first line with enough words here", "second line with enough words too"],
            ChatSentences.Of("first line with enough words here\nsecond line with enough words too"));

    [Theory]
    [InlineData("how much is the setting up home allowance in croydon")]
    [InlineData("ok. thanks. how much is the setting up home allowance")]
    [InlineData("")]
    public void OneSentenceOfEnoughWordsGivesNothingToReadApart(string message) =>
        Assert.Empty(ChatSentences.Of(message));

    [Fact]
    public void AStopInsideANumberOrWordDoesNotSplit() =>
        Assert.Empty(ChatSentences.Of("is it 3.5 percent or something like that for care leavers"));

    [Fact]
    public void ASentenceRunOnWithCommasIsReadClauseByClause() =>
        Assert.Equal(
            ["things have been hard this month", "i have not had a proper meal since monday", "but what i wanted to ask about is the bus pass"],
            ChatSentences.ClausesOf("things have been hard this month, i have not had a proper meal since monday, but what i wanted to ask about is the bus pass"));

    [Fact]
    public void ClausesAreTakenFromEachSentenceOfALongerMessage() =>
        Assert.Equal(
            ["my flat is fine most of the time", "the boiler keeps going off at night."],
            ChatSentences.ClausesOf("is there a grant for a new boiler in croydon? my flat is fine most of the time, the boiler keeps going off at night."));

    [Theory]
    [InlineData("how much is the setting up home allowance in croydon")]
    [InlineData("ok, thanks, how much is the setting up home allowance")]
    [InlineData("")]
    public void AMessageWithoutTwoLongClausesGivesNothingToReadApart(string message) =>
        Assert.Empty(ChatSentences.ClausesOf(message));
}
