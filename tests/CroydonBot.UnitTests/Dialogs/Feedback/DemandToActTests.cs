using CroydonBot.Dialogs.Feedback.Intent;

namespace CroydonBot.UnitTests.Dialogs.Feedback;

/// <summary>Round P (route-p): which clauses demand that someone hear or act on what was told. Phrasings of our own.</summary>
public sealed class DemandToActTests
{
    [Theory]
    [InlineData("someone needs to sort this")]
    [InlineData("like seriously somebody at the council has to hear about it")]
    [InlineData("the council should look into this")]
    [InlineData("honestly whoever runs it needs to do something about it")]
    public void ADemandToHearOrActOnWhatWasToldMatches(string clause) => Assert.True(DemandToAct.Matches(clause), clause);

    [Theory]
    // Asking, or a duty that is not about what was told.
    [InlineData("does someone need to sort this before i move in")]
    [InlineData("someone needs to sign my form")]
    [InlineData("the council should pay for my travel")]
    [InlineData("i need to sort this out myself")]
    public void OtherClausesDoNot(string clause) => Assert.False(DemandToAct.Matches(clause), clause);
}
