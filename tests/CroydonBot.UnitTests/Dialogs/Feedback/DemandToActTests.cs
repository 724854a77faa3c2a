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
    // Round R (route-t): a wish that someone in charge know or hear.
    [InlineData("i want someone senior to hear this")]
    [InlineData("i just want the council to know how that feels")]
    [InlineData("we want somebody at the top to actually listen")]
    public void ADemandToHearOrActOnWhatWasToldMatches(string clause) => Assert.True(DemandToAct.Matches(clause), clause);

    [Theory]
    // Asking, or a duty that is not about what was told.
    [InlineData("does someone need to sort this before i move in")]
    [InlineData("someone needs to sign my form")]
    [InlineData("the council should pay for my travel")]
    [InlineData("i need to sort this out myself")]
    [InlineData("i want my PA to know my new address")]
    [InlineData("i want to know how that works")]
    public void OtherClausesDoNot(string clause) => Assert.False(DemandToAct.Matches(clause), clause);

    [Theory]
    [InlineData("how come nobody rings back", true)]
    [InlineData("why is the hub shut", true)]
    [InlineData("how can i complain", false)]
    public void HowComeAsksWhyAsWhyDoes(string clause, bool why) => Assert.Equal(why, DemandToAct.AsksWhy(clause));

    // Round S (dialog-s): wanting someone to act on it, not only to hear it.
    [Theory]
    [InlineData("i need somebody to ring me back and fix it")]
    [InlineData("we want the council to sort this")]
    [InlineData("i just want someone to look into it")]
    public void AWishThatSomeoneActOnItMatches(string clause) => Assert.True(DemandToAct.Matches(clause), clause);

    [Theory]
    [InlineData("i want someone to call me back")]
    [InlineData("i need someone to help me fill in the form")]
    [InlineData("i want my PA to sort it")]
    public void ACallBackAloneOrAWorkerAskedIsNot(string clause) => Assert.False(DemandToAct.Matches(clause), clause);
}
