using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class QuestionRoleTests
{
    [Theory]
    [InlineData("what did the leader of the council say about the budget", "leader of the council")]
    [InlineData("did the head teacher even thank the pupils", "head teacher")]
    [InlineData("who was the chair of governors in 2023", "chair of governors")]
    [InlineData("could you say what the review board said about it", "review board")]
    [InlineData("which council officer admitted it went wrong", "council officer")]
    [InlineData("who the deputy mayor was when it opened", "deputy mayor")]
    public void TheRoleAQuestionAsksAboutIsFound(string question, string role) =>
        Assert.Equal(role, string.Join(' ', QuestionRole.Of(question) ?? ["(none)"]));

    [Fact]
    public void ASpeakerNamedByAPronounIsAskedAboutWithoutWords() => Assert.Empty(QuestionRole.Of("so what did she actually say")!);

    [Theory]
    [InlineData("how much is the setting up home allowance")]
    [InlineData("when did the report come out")]
    public void AQuestionAboutNoSpeakerHasNoRole(string question) => Assert.Null(QuestionRole.Of(question));
}
